/* koers-create-page-private.h: the widgets the GUI test drives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-create-page.h"

G_BEGIN_DECLS

GtkEditable *koers_create_page_get_passphrase_entry (KoersCreatePage *self);
GtkEditable *koers_create_page_get_repeat_entry     (KoersCreatePage *self);
GtkWidget   *koers_create_page_get_create_button    (KoersCreatePage *self);

G_END_DECLS
