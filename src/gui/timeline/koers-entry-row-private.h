/* koers-entry-row-private.h: what the GUI test looks at in a timeline row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-entry-row.h"

G_BEGIN_DECLS

GtkLabel  *koers_entry_row_get_text_label    (KoersEntryRow *self);
/* "Sensitive — click to show", visible while the text is hidden. */
GtkWidget *koers_entry_row_get_reveal_button (KoersEntryRow *self);
GtkLabel  *koers_entry_row_get_month_label   (KoersEntryRow *self);
/* The row's menu (Edit, Delete, and Open Checklist for a checklist's signal). */
GMenuModel *koers_entry_row_get_menu        (KoersEntryRow *self);

G_END_DECLS
