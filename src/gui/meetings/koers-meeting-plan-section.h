/* koers-meeting-plan-section.h: reason, aims, when and where, who attends, an adult student's consent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_PLAN_SECTION (koers_meeting_plan_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingPlanSection, koers_meeting_plan_section, KOERS, MEETING_PLAN_SECTION, KoersMeetingSection)

G_END_DECLS
