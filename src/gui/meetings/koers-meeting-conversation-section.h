/* koers-meeting-conversation-section.h: both views, the student's view, questions, goals to discuss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_CONVERSATION_SECTION (koers_meeting_conversation_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingConversationSection, koers_meeting_conversation_section, KOERS, MEETING_CONVERSATION_SECTION, KoersMeetingSection)

G_END_DECLS
