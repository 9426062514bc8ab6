/* koers-application.h: the Koers application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOERS_TYPE_APPLICATION (koers_application_get_type ())
G_DECLARE_FINAL_TYPE (KoersApplication, koers_application, KOERS, APPLICATION, AdwApplication)

KoersApplication *koers_application_new               (void);
/* The notebook file: --database PATH, else koers_store_default_path(). */
const char       *koers_application_get_database_path (KoersApplication *self);
void              koers_application_set_database_path (KoersApplication *self,
                                                       const char       *path);
/* The user's preferences (koers-settings.h), shared by every window. */
GSettings        *koers_application_get_settings      (KoersApplication *self);

G_END_DECLS
