/* koers-meeting-mode.h: a calm full-window view for during the parent meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-meeting-context.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETING_MODE (koers_meeting_mode_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingMode, koers_meeting_mode, KOERS, MEETING_MODE, AdwWindow)

/* @meeting is the editor's working copy and must be stored (have an id): every
 * tick and every agreement is saved into it, and to the store, at once.
 * "changed" is emitted after each save, "ended" when the mentor ends the meeting
 * (the window closes then; closing it otherwise just leaves meeting mode). */
KoersMeetingMode *koers_meeting_mode_new (GtkWindow           *parent,
                                          KoersMeetingContext *context,
                                          KoersMeeting        *meeting);

G_END_DECLS
