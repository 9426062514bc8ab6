/* koers-meeting-worry-section.h: the worry as a wij-message, concrete examples, where it goes well
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-section.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_WORRY_SECTION (koers_meeting_worry_section_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingWorrySection, koers_meeting_worry_section, KOERS, MEETING_WORRY_SECTION, KoersMeetingSection)

G_END_DECLS
