/* koers-list-box.h: what the app's boxed lists share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Removes every row of @list, keeping its placeholder (GTK keeps it after the rows). */
void koers_list_box_remove_rows (GtkListBox *list);

/* Makes the wrapped labels in @row (an AdwActionRow's title and subtitle) ask for
 * one line as their natural width. Asked for a wrapped natural width, GTK 4.8 lays
 * a word-char wrapped text out at every width down to one character: the largest
 * part of a student switch's layout (docs/performance.md). The row is as wide as
 * its list anyway. */
void koers_list_box_row_cheap_labels (GtkWidget *row);

G_END_DECLS
