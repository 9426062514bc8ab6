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

G_END_DECLS
