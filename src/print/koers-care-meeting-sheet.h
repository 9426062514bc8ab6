/* koers-care-meeting-sheet.h: the leerlingbespreking on paper: agenda and minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-document.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* The agenda: the plan, then per student the mentor's question and the brief, with
 * room to write the conclusion and next steps. @briefs holds a KoersCareBrief per
 * student of the meeting, in the same order. Lines from sensitive entries are left
 * out (and counted) unless @include_sensitive, and then marked "Sensitive". */
KoersDocument *koers_care_agenda_new  (KoersCareMeeting *meeting,
                                       GPtrArray        *briefs,
                                       gboolean          include_sensitive);
/* The minutes: who was there, and per student the question, the conclusion and the
 * next steps with owner and date. Nothing from the timeline is quoted. */
KoersDocument *koers_care_minutes_new (KoersCareMeeting *meeting);

/* The parts of @brief under small headings, sensitive lines as for the agenda. */
void           koers_care_brief_add_to_document (KoersDocument  *doc,
                                                 KoersCareBrief *brief,
                                                 gboolean        include_sensitive);

G_END_DECLS
