/* koers-checklists-view.h: a student's signal checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLISTS_VIEW (koers_checklists_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistsView, koers_checklists_view, KOERS, CHECKLISTS_VIEW, AdwBin)

/* Signals: "changed" (a checklist was saved, made final or deleted: the timeline
 * may have a new entry), "toast" (AdwToast) for the window to show. */

void       koers_checklists_view_set_store      (KoersChecklistsView *self,
                                                 KoersStore          *store);
/* NULL empties the view and closes the editor. */
void       koers_checklists_view_set_student    (KoersChecklistsView *self,
                                                 KoersStudent        *student);
void       koers_checklists_view_reload         (KoersChecklistsView *self);
/* Opens the editor on a new checklist of @template_id (0: the signalenkaart, or
 * the first template when the user deleted it). Returns the editor, or NULL. */
GtkWindow *koers_checklists_view_new_checklist  (KoersChecklistsView *self,
                                                 gint64               template_id);
/* Opens checklist @id (a draft to go on with, a final one to read). */
GtkWindow *koers_checklists_view_open_checklist (KoersChecklistsView *self,
                                                 gint64               id);
/* "empty" or "list" */
const char *koers_checklists_view_get_visible_state (KoersChecklistsView *self);

G_END_DECLS
