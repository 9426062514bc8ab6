/* koers-meeting-sheet-private.h: the meeting sheet from records already loaded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-document.h"
#include "koers-meeting-sheet.h"

G_BEGIN_DECLS

/* What koers_meeting_sheet_new_from_store builds on. @entries (KoersEntry) are the
 * timeline entries the meeting's links and agenda point at, @goals (KoersGoal) the
 * goals selected to discuss; both may be NULL. Sensitive entries are left out
 * unless @include_sensitive, and the parents' sheet reads neither. */
KoersMeetingSheet *koers_meeting_sheet_new (KoersMeeting   *meeting,
                                            KoersStudent   *student,
                                            GPtrArray      *entries,
                                            GPtrArray      *goals,
                                            const char     *mentor_name,
                                            KoersSheetKind  kind,
                                            gboolean        include_sensitive);

KoersDocument     *koers_meeting_sheet_get_document (KoersMeetingSheet *sheet);

G_END_DECLS
