/* koers-meeting-conversation-section-private.h: what the GUI test drives in the conversation section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-conversation-section.h"

G_BEGIN_DECLS

GtkTextView *koers_meeting_conversation_section_get_school_view    (KoersMeetingConversationSection *self);
GtkTextView *koers_meeting_conversation_section_get_home_view      (KoersMeetingConversationSection *self);
GtkTextView *koers_meeting_conversation_section_get_student_view   (KoersMeetingConversationSection *self);

/* Questions for the parents: an AdwEntryRow each, in the meeting's order. */
guint        koers_meeting_conversation_section_get_n_questions    (KoersMeetingConversationSection *self);
GtkWidget   *koers_meeting_conversation_section_get_question_row   (KoersMeetingConversationSection *self,
                                                                    guint                            index);
GtkWidget   *koers_meeting_conversation_section_get_remove_question_button (KoersMeetingConversationSection *self,
                                                                    guint                            index);
/* The "Add Question" row below the questions. */
GtkWidget   *koers_meeting_conversation_section_get_add_question_row (KoersMeetingConversationSection *self);

/* Goals to discuss: a check row (AdwActionRow, check button "check" data) per
 * active or concept goal; the empty state when there is none. */
guint        koers_meeting_conversation_section_get_n_goals        (KoersMeetingConversationSection *self);
GtkWidget   *koers_meeting_conversation_section_get_goal_row       (KoersMeetingConversationSection *self,
                                                                    guint                            index);
GtkWidget   *koers_meeting_conversation_section_get_goals_empty_label (KoersMeetingConversationSection *self);

G_END_DECLS
