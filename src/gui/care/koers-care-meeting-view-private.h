/* koers-care-meeting-view-private.h: what the GUI test drives in a care meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-care-meeting-view.h"

G_BEGIN_DECLS

/* "plan" or "student" */
const char  *koers_care_meeting_view_get_page_name       (KoersCareMeetingView *self);
GtkListBox  *koers_care_meeting_view_get_students_list   (KoersCareMeetingView *self);
GtkBox      *koers_care_meeting_view_get_brief_box       (KoersCareMeetingView *self);
GtkTextView *koers_care_meeting_view_get_conclusion_view (KoersCareMeetingView *self);
GtkButton   *koers_care_meeting_view_get_record_button   (KoersCareMeetingView *self);
GtkListBox  *koers_care_meeting_view_get_steps_list      (KoersCareMeetingView *self);
/* The rows of a new step: what, who, by when; and its Add button. */
GtkEditable *koers_care_meeting_view_get_step_row        (KoersCareMeetingView *self,
                                                          guint                 index);
GtkButton   *koers_care_meeting_view_get_add_step_button (KoersCareMeetingView *self);

G_END_DECLS
