/* koers-fake-session.h: a GNOME session on the test's bus, as far as GTK asks
 *
 * Owns org.gnome.SessionManager (RegisterClient) and org.gnome.ScreenSaver
 * (GetActive, ActiveChanged) from a thread of its own, so GTK's synchronous
 * calls at startup are answered while the main thread waits. Start it before the
 * GtkApplication registers: that is when GTK looks for a session.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KoersFakeSession KoersFakeSession;

/* NULL, with @error, when there is no session bus. */
KoersFakeSession *koers_fake_session_start             (GError          **error);
/* Locks or unlocks the screen, as GNOME Shell says it: ActiveChanged(@active). */
void              koers_fake_session_set_screen_locked (KoersFakeSession *self,
                                                        gboolean          active);
/* TRUE once an application has registered as a session client. */
gboolean          koers_fake_session_has_client        (KoersFakeSession *self);
void              koers_fake_session_stop              (KoersFakeSession *self);

G_END_DECLS
