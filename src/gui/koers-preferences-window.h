/* koers-preferences-window.h: the preferences kept inside the open notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PREFERENCES_WINDOW (koers_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, KOERS, PREFERENCES_WINDOW, AdwPreferencesWindow)

KoersPreferencesWindow *koers_preferences_window_new (GtkWindow  *parent,
                                                      KoersStore *store,
                                                      GSettings  *settings);

G_END_DECLS
