/* koers-delete-student-dialog.h: deleting a student for good, after typing the name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* Called after the student was deleted. */
typedef void (*KoersStudentDeletedFunc) (KoersStudent *student,
                                         gpointer      user_data);

/* The dialog asks for the student's name; Delete is possible only once it is
 * typed. Its "name" data is the entry row, for the GUI test. */
AdwMessageDialog *koers_delete_student_dialog_new (GtkWindow               *parent,
                                                   KoersStore              *store,
                                                   KoersStudent            *student,
                                                   KoersStudentDeletedFunc  deleted,
                                                   gpointer                 user_data,
                                                   GDestroyNotify           destroy);

G_END_DECLS
