/* koers-settings.h: the user's preferences (GSettings) and the notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* The io.github.koers.Koers settings: the installed schema, or, for koers run
 * from its build tree, the one compiled there. NULL when it cannot be found. */
GSettings *koers_settings_new                (GError     **error);

/* Brings the settings and an opened notebook together: a setting the user never
 * chose takes the notebook's value (notebooks from before the settings existed
 * kept them inside), every other one that the notebook keeps too is written
 * into it. A demo notebook gives nothing and keeps its own name and school. */
gboolean   koers_settings_sync_with_store    (GSettings   *settings,
                                              KoersStore  *store,
                                              GError     **error);
/* Writes @key into @store when the notebook keeps it too; TRUE for other keys. */
gboolean   koers_settings_write_to_store     (GSettings   *settings,
                                              const char  *key,
                                              KoersStore  *store,
                                              GError     **error);
/* Whether @store is a demo notebook, whose mentor and school are invented and
 * stay as they are, whatever the user's own name and school are. */
gboolean   koers_settings_store_is_demo      (KoersStore  *store);

G_END_DECLS
