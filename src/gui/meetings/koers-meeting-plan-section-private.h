/* koers-meeting-plan-section-private.h: what the GUI test drives in the plan section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-plan-section.h"

G_BEGIN_DECLS

GtkEditable *koers_meeting_plan_section_get_reason_row      (KoersMeetingPlanSection *self);
GtkEditable *koers_meeting_plan_section_get_date_row        (KoersMeetingPlanSection *self);
GtkEditable *koers_meeting_plan_section_get_time_row        (KoersMeetingPlanSection *self);
AdwComboRow *koers_meeting_plan_section_get_status_row      (KoersMeetingPlanSection *self);
AdwComboRow *koers_meeting_plan_section_get_consent_row     (KoersMeetingPlanSection *self);
GtkWidget   *koers_meeting_plan_section_get_consent_group   (KoersMeetingPlanSection *self);
GtkLabel    *koers_meeting_plan_section_get_consent_warning (KoersMeetingPlanSection *self);

G_END_DECLS
