/* koers-auto-lock.h: locking the notebook when nobody uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOERS_TYPE_AUTO_LOCK (koers_auto_lock_get_type ())
G_DECLARE_FINAL_TYPE (KoersAutoLock, koers_auto_lock, KOERS, AUTO_LOCK, GObject)

/* Signal "lock" (): the time without use is up, or the desktop session locked. */

/* Watches every window of @application for input; locks after the minutes of
 * @settings' "auto-lock-minutes" (koers-settings.h). */
KoersAutoLock *koers_auto_lock_new           (GtkApplication *application,
                                              GSettings      *settings);
/* Minutes without use before it locks; 0 is never. */
guint          koers_auto_lock_get_minutes   (KoersAutoLock  *self);
/* Emits "lock" when more than the set minutes passed since the last input, as
 * seen at @now (g_get_monotonic_time()); the timer calls it, tests too. */
gboolean       koers_auto_lock_check         (KoersAutoLock  *self,
                                              gint64          now);

G_END_DECLS
