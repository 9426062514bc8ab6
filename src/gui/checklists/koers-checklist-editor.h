/* koers-checklist-editor.h: filling in a signal checklist, and the reflection after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_EDITOR (koers_checklist_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklistEditor, koers_checklist_editor, KOERS, CHECKLIST_EDITOR, AdwWindow)

/* Signals:
 * "saved" (): the checklist was stored (as draft, final, or deleted);
 * "toast" (AdwToast): for the main window, after this one closed (final, deleted). */

/* @checklist: a stored one (a draft to go on with, a final one to read), or NULL
 * for a new one from @template (then required). */
KoersChecklistEditor *koers_checklist_editor_new (GtkWindow              *parent,
                                                  KoersStore             *store,
                                                  KoersStudent           *student,
                                                  KoersChecklist         *checklist,
                                                  KoersChecklistTemplate *template,
                                                  GError                **error);

G_END_DECLS
