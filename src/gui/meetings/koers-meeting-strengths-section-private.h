/* koers-meeting-strengths-section-private.h: what the GUI test drives in the strengths section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-strengths-section.h"

G_BEGIN_DECLS

GtkTextView *koers_meeting_strengths_section_get_area_view       (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area);
GtkTextView *koers_meeting_strengths_section_get_parents_view    (KoersMeetingStrengthsSection *self);
/* "Add from Timeline" of @area: opens the list of positive notes. */
GtkMenuButton *koers_meeting_strengths_section_get_add_button    (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area);
/* The positive notes offered in @area's list, newest first: check rows (see
 * koers-meeting-entry-rows.h), or NULL past the end. */
GtkWidget   *koers_meeting_strengths_section_get_candidate_row   (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area,
                                                                  guint                         index);
/* Visible when the student has no positive notes to offer. */
GtkWidget   *koers_meeting_strengths_section_get_empty_label     (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area);
/* The notes linked under @area, in the order they were added. */
guint        koers_meeting_strengths_section_get_n_linked        (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area);
GtkWidget   *koers_meeting_strengths_section_get_linked_row      (KoersMeetingStrengthsSection *self,
                                                                  KoersArea                     area,
                                                                  guint                         index);
/* The remove button of a row from get_linked_row(). */
GtkWidget   *koers_meeting_strengths_section_get_remove_button   (GtkWidget                    *linked_row);

G_END_DECLS
