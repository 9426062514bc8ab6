/* koers-preferences-window-private.h: for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-preferences-window.h"

G_BEGIN_DECLS

GtkEditable   *koers_preferences_window_get_name_row  (KoersPreferencesWindow *self);
GtkSpinButton *koers_preferences_window_get_lock_spin (KoersPreferencesWindow *self);
/* The group holding name and school: its description says whether they apply. */
AdwPreferencesGroup *koers_preferences_window_get_you_group (KoersPreferencesWindow *self);

G_END_DECLS
