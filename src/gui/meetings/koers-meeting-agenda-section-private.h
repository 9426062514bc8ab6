/* koers-meeting-agenda-section-private.h: what the GUI test drives in the agenda section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-agenda-section.h"

G_BEGIN_DECLS

/* Visible while a linked sensitive entry is not on the agenda. */
GtkWidget   *koers_meeting_agenda_section_get_sensitive_group       (KoersMeetingAgendaSection *self);
/* "Put on Agenda" of the @index-th such entry, NULL when there is none. */
GtkWidget   *koers_meeting_agenda_section_get_put_on_agenda_button  (KoersMeetingAgendaSection *self,
                                                                     guint                      index);
GtkTextView *koers_meeting_agenda_section_get_invitation_view       (KoersMeetingAgendaSection *self);

G_END_DECLS
