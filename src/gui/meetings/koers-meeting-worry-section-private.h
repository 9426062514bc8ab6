/* koers-meeting-worry-section-private.h: what the GUI test drives in the worry section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-worry-section.h"

G_BEGIN_DECLS

GtkTextView *koers_meeting_worry_section_get_worry_view       (KoersMeetingWorrySection *self);
/* The row suggesting the wij-message; shown while the worry is empty. */
GtkWidget   *koers_meeting_worry_section_get_hint             (KoersMeetingWorrySection *self);
/* Inserts the opening of a wij-message ("We are worried because "). */
GtkWidget   *koers_meeting_worry_section_get_start_button     (KoersMeetingWorrySection *self);

/* Concrete examples: check rows (see koers-meeting-entry-rows.h) in the order
 * shown, facts before interpretations; NULL past the end. */
guint        koers_meeting_worry_section_get_n_examples       (KoersMeetingWorrySection *self);
GtkWidget   *koers_meeting_worry_section_get_example_row      (KoersMeetingWorrySection *self,
                                                               guint                     index);
/* "Show All" below the examples, NULL when every note is shown. */
GtkWidget   *koers_meeting_worry_section_get_examples_more_row (KoersMeetingWorrySection *self);

GtkTextView *koers_meeting_worry_section_get_going_well_view  (KoersMeetingWorrySection *self);
/* Where it goes well: check rows, positive notes first. */
guint        koers_meeting_worry_section_get_n_going_well     (KoersMeetingWorrySection *self);
GtkWidget   *koers_meeting_worry_section_get_going_well_row   (KoersMeetingWorrySection *self,
                                                               guint                     index);
GtkWidget   *koers_meeting_worry_section_get_going_well_more_row (KoersMeetingWorrySection *self);

G_END_DECLS
