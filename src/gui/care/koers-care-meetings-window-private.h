/* koers-care-meetings-window-private.h: what the GUI test looks at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-care-meetings-window.h"

G_BEGIN_DECLS

/* "empty" or "meetings" */
const char *koers_care_meetings_window_get_page_name     (KoersCareMeetingsWindow *self);
GtkListBox *koers_care_meetings_window_get_meetings_list (KoersCareMeetingsWindow *self);

G_END_DECLS
