/* koers-checklist-editor-private.h: what the tests drive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-checklist-editor.h"
#include "koers-signal-row.h"

G_BEGIN_DECLS

/* The signal rows in the card's order. */
GPtrArray      *koers_checklist_editor_get_rows         (KoersChecklistEditor *self);
/* The working copy (what Save stores). */
KoersChecklist *koers_checklist_editor_get_checklist    (KoersChecklistEditor *self);
/* "signals" or "reflection" */
const char     *koers_checklist_editor_get_visible_page (KoersChecklistEditor *self);
GtkLabel       *koers_checklist_editor_get_changes_label (KoersChecklistEditor *self);
GtkWidget      *koers_checklist_editor_get_final_button (KoersChecklistEditor *self);
GtkEditable    *koers_checklist_editor_get_next_step_row (KoersChecklistEditor *self,
                                                          guint                 field);

G_END_DECLS
