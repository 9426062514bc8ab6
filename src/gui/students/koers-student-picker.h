/* koers-student-picker.h: choose students from the notebook, with search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* @student_ids (gint64) are the ticked students, never empty. Not called when the
 * user cancels. */
typedef void (*KoersStudentPickerFunc) (GArray   *student_ids,
                                        gpointer  user_data);

/* A dialog on @parent listing every student who is not archived, by class, with a
 * search entry; those in @exclude_ids (may be NULL) are not offered. @accept_label
 * names what happens: "_Add". @destroy frees @user_data afterwards. */
void koers_student_picker_run (GtkWindow              *parent,
                               KoersStore             *store,
                               const char             *heading,
                               const char             *accept_label,
                               GArray                 *exclude_ids,
                               KoersStudentPickerFunc  chosen,
                               gpointer                user_data,
                               GDestroyNotify          destroy);

G_END_DECLS
