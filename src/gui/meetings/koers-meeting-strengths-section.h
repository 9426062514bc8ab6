/* koers-meeting-strengths-section.h: strengths per area, first, and what we appreciate in the parents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_STRENGTHS_SECTION (koers_meeting_strengths_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingStrengthsSection, koers_meeting_strengths_section, KOERS, MEETING_STRENGTHS_SECTION, KoersMeetingSection)

G_END_DECLS
