/* koers-meeting-after-section.h: agreements, the next contact, a short evaluation, marking it held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_AFTER_SECTION (koers_meeting_after_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingAfterSection, koers_meeting_after_section, KOERS, MEETING_AFTER_SECTION, KoersMeetingSection)

G_END_DECLS
