/* koers-student-row.h: one student in the sidebar list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-student.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT_ROW (koers_student_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudentRow, koers_student_row, KOERS, STUDENT_ROW, GtkListBoxRow)

GtkWidget    *koers_student_row_new         (KoersStudent    *student);
KoersStudent *koers_student_row_get_student (KoersStudentRow *self);

G_END_DECLS
