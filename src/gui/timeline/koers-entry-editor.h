/* koers-entry-editor.h: adding or editing a timeline entry with all its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ENTRY_EDITOR (koers_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntryEditor, koers_entry_editor, KOERS, ENTRY_EDITOR, AdwWindow)

/* Signal: "saved" (KoersEntry), after the store took it; the editor then closes.
 * @entry NULL: a new entry of @kind for @student_id, with @text (may be NULL). */
KoersEntryEditor *koers_entry_editor_new (GtkWindow      *parent,
                                          KoersStore     *store,
                                          gint64          student_id,
                                          KoersEntry     *entry,
                                          KoersEntryKind  kind,
                                          const char     *text);
/* Writes what the editor holds unsaved into the notebook as a draft, for when it
 * must close without asking (the notebook locks, the timeline shows another
 * student). The editor for the same entry, or a new entry for the same student,
 * takes it back when it opens. TRUE, writing nothing, when nothing changed or
 * the draft was kept already (the lock and the timeline both ask). */
gboolean          koers_entry_editor_keep_draft       (KoersEntryEditor  *self,
                                                       GError           **error);
/* The same for a note typed into the timeline's quick field and not added yet:
 * it goes below the waiting draft of a new entry, or becomes that draft. */
gboolean          koers_entry_editor_keep_quick_draft (KoersStore        *store,
                                                       gint64             student_id,
                                                       KoersEntryKind     kind,
                                                       const char        *text,
                                                       GError           **error);
/* The draft of entry @entry_id, which is gone, becomes (part of) the draft of a
 * new entry for @student_id. */
gboolean          koers_entry_editor_move_draft       (KoersStore        *store,
                                                       gint64             student_id,
                                                       gint64             entry_id,
                                                       GError           **error);
/* The draft key of the editor for @entry_id (0: a new entry) of @student_id,
 * and back: FALSE when @key is not an entry editor's. */
char             *koers_entry_editor_draft_key        (gint64             student_id,
                                                       gint64             entry_id);
gboolean          koers_entry_editor_parse_draft_key  (const char        *key,
                                                       gint64            *student_id,
                                                       gint64            *entry_id);

G_END_DECLS
