/* koers-student-export.h: everything about one student, for the right of access
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/* The tables whose rows about a student the export holds, in its order. */
const char * const *koers_student_export_tables (void);

/* JSON (docs/student-export.md): every row about the student, sensitive ones
 * included (it is the student's own data), table by table, each row an object of
 * its columns as the notebook stores them. */
char *koers_store_export_student_json (KoersStore  *store,
                                       gint64       student_id,
                                       GError     **error);

G_END_DECLS
