/* koers-welcome-page-private.h: the button the GUI test presses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-welcome-page.h"

G_BEGIN_DECLS

GtkWidget *koers_welcome_page_get_create_button (KoersWelcomePage *self);

G_END_DECLS
