/* koers-care-meeting-view.h: one leerlingbespreking: the plan, and per student the
 * brief with the conclusion and next steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CARE_MEETING_VIEW (koers_care_meeting_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersCareMeetingView, koers_care_meeting_view, KOERS, CARE_MEETING_VIEW, AdwBin)

/* Signals:
 * "changed" (): the plan was saved or the meeting deleted: lists showing it reload.
 * "timeline-changed" (): an entry was written for a student (conclusion, step).
 * "student-activated" (gint64 student_id): open that student's timeline.
 * "toast" (AdwToast *): to show on the window.
 * "back" (): the back button on the plan, when the view is folded.
 * Property "folded": show the back button on the plan too. */

KoersCareMeetingView *koers_care_meeting_view_new          (void);
void                  koers_care_meeting_view_set_store    (KoersCareMeetingView *self,
                                                            KoersStore           *store);
/* Shows the meeting with @id, read from the store, on its plan; 0 clears the view. */
void                  koers_care_meeting_view_load         (KoersCareMeetingView *self,
                                                            gint64                id);
KoersCareMeeting     *koers_care_meeting_view_get_meeting  (KoersCareMeetingView *self);
/* Opens the brief of a student on the list. */
void                  koers_care_meeting_view_show_student (KoersCareMeetingView *self,
                                                            gint64                student_id);
/* Adds students to the list and saves it. */
void                  koers_care_meeting_view_add_students (KoersCareMeetingView *self,
                                                            GArray               *student_ids);

G_END_DECLS
