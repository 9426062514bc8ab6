/* koers-meeting-agenda-section.h: the agenda, sensitive subjects on it or not at all, and the invitation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_AGENDA_SECTION (koers_meeting_agenda_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingAgendaSection, koers_meeting_agenda_section, KOERS, MEETING_AGENDA_SECTION, KoersMeetingSection)

G_END_DECLS
