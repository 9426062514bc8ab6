/* koers-welcome-page.h: the first-run page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOERS_TYPE_WELCOME_PAGE (koers_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersWelcomePage, koers_welcome_page, KOERS, WELCOME_PAGE, AdwBin)

/* Signals: "create-notebook" (the user wants a new notebook),
 * "notebook-opened" (KoersStore *store: the demo notebook is open). */
GtkWidget *koers_welcome_page_new   (void);
/* Forgets an error shown before and gives the default button the focus. */
void       koers_welcome_page_reset (KoersWelcomePage *self);

G_END_DECLS
