/* koers-meetings-view-private.h: what the GUI test drives in the meetings view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meetings-view.h"

G_BEGIN_DECLS

/* The meetings shown (KoersMeeting), in the view's order. */
GPtrArray  *koers_meetings_view_get_meetings      (KoersMeetingsView *self);
/* "empty" or "list" */
const char *koers_meetings_view_get_visible_state (KoersMeetingsView *self);
/* The open editor, NULL when none. */
GtkWindow  *koers_meetings_view_get_editor        (KoersMeetingsView *self);
/* Opens the editor for the meeting with @id (0: a new one) and returns it. */
GtkWindow  *koers_meetings_view_open_meeting      (KoersMeetingsView *self,
                                                   gint64             id);

G_END_DECLS
