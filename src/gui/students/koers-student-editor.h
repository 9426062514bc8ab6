/* koers-student-editor.h: adding or editing a student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT_EDITOR (koers_student_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudentEditor, koers_student_editor, KOERS, STUDENT_EDITOR, AdwWindow)

/* A modal window over @parent. @student NULL adds a new student; otherwise a
 * copy of @student is edited, so Cancel leaves it untouched.
 * Signal: "saved" (KoersStudent *student: stored, with its id). */
KoersStudentEditor *koers_student_editor_new (GtkWindow    *parent,
                                              KoersStore   *store,
                                              KoersStudent *student);

G_END_DECLS
