/* koers-student-record-sheet.h: everything about one student, readable on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-document.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* For a student or parents who ask what the school keeps (the right of access):
 * the details, the whole timeline (sensitive notes too, marked: it is their own
 * data), goals, parent meetings, checklists and student care meetings. */
KoersDocument *koers_student_record_sheet_new (KoersStore  *store,
                                               gint64       student_id,
                                               GError     **error);

G_END_DECLS
