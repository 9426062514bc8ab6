/* koers-care-meetings-window.h: the student care meetings (leerlingbesprekingen)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "care/koers-care-meeting-view.h"
#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CARE_MEETINGS_WINDOW (koers_care_meetings_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersCareMeetingsWindow, koers_care_meetings_window, KOERS, CARE_MEETINGS_WINDOW, AdwWindow)

/* The list of meetings beside the one chosen (the next one ahead, else the
 * newest). The view's "student-activated" and "timeline-changed" are for the
 * main window: connect to koers_care_meetings_window_get_view(). */

KoersCareMeetingsWindow *koers_care_meetings_window_new      (GtkWindow               *parent,
                                                              KoersStore              *store);
void                     koers_care_meetings_window_reload   (KoersCareMeetingsWindow *self);
KoersCareMeetingView    *koers_care_meetings_window_get_view (KoersCareMeetingsWindow *self);
/* Plans a new meeting a week from today and shows it. */
void                     koers_care_meetings_window_plan     (KoersCareMeetingsWindow *self);

G_END_DECLS
