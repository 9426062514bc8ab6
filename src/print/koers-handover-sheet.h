/* koers-handover-sheet.h: the summary page a new mentor gets with a handover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-document.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* One section per student of @briefs (KoersCareBrief): strengths, goals, recent
 * signals, open agreements and referrals, so the new mentor knows where each
 * student stands. Never a sensitive line: those are counted, not quoted. @from
 * and @to (may be NULL) are the mentors; @date is ISO. */
KoersDocument *koers_handover_sheet_new (GPtrArray  *briefs,
                                         const char *from,
                                         const char *to,
                                         const char *date);

/* The page for @student_ids as they stand today, written to @path. */
gboolean       koers_handover_sheet_write_pdf (KoersStore  *store,
                                               GArray      *student_ids,
                                               const char  *from,
                                               const char  *to,
                                               const char  *path,
                                               GError     **error);

G_END_DECLS
