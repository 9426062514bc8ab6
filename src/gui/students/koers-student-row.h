/* koers-student-row.h: one student in the sidebar list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-student.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT_ROW (koers_student_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudentRow, koers_student_row, KOERS, STUDENT_ROW, GtkWidget)

/* Empty; the list view's factory fills it with koers_student_row_set_student(). */
GtkWidget    *koers_student_row_new         (void);
/* @group_heading: the class name shown above the first student of a class, or
 * NULL for the others. NULL @student empties the row. */
void          koers_student_row_set_student (KoersStudentRow *self,
                                             KoersStudent    *student,
                                             const char      *group_heading);
KoersStudent *koers_student_row_get_student (KoersStudentRow *self);

G_END_DECLS
