/* koers-list-box.h: what the app's boxed lists share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Removes every row of @list, keeping its placeholder (GTK keeps it after the rows). */
void koers_list_box_remove_rows (GtkListBox *list);

G_END_DECLS
