/* koers-referrals-window.h: referrals still waiting for feedback, across students
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_REFERRALS_WINDOW (koers_referrals_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersReferralsWindow, koers_referrals_window, KOERS, REFERRALS_WINDOW, AdwWindow)

/* Signals:
 * "entry-activated" (gint64 student_id, gint64 entry_id): a referral was opened;
 *   the main window shows it on the student's timeline.
 * "changed" (): feedback was recorded (the timeline may show it). */

KoersReferralsWindow *koers_referrals_window_new    (GtkWindow            *parent,
                                                     KoersStore           *store);
void                  koers_referrals_window_reload (KoersReferralsWindow *self);

/* For tests: the rows of "overdue", "waiting" or "undated", in order (AdwActionRow,
 * each with "ids" data: gint64[2], the student's id and the entry's). */
GPtrArray            *koers_referrals_window_get_rows (KoersReferralsWindow *self,
                                                       const char           *section);

G_END_DECLS
