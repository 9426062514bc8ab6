/* koers-meeting-after-section-private.h: what the GUI test drives after the meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-after-section.h"

G_BEGIN_DECLS

GtkEditable *koers_meeting_after_section_get_what_row         (KoersMeetingAfterSection *self);
AdwComboRow *koers_meeting_after_section_get_owner_row        (KoersMeetingAfterSection *self);
GtkEditable *koers_meeting_after_section_get_due_row          (KoersMeetingAfterSection *self);
GtkWidget   *koers_meeting_after_section_get_add_button       (KoersMeetingAfterSection *self);
GtkTextView *koers_meeting_after_section_get_summary_view     (KoersMeetingAfterSection *self);
GtkEditable *koers_meeting_after_section_get_next_contact_row (KoersMeetingAfterSection *self);
guint        koers_meeting_after_section_get_n_agreement_rows (KoersMeetingAfterSection *self);

G_END_DECLS
