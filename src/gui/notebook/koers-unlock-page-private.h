/* koers-unlock-page-private.h: the widgets the GUI test drives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-unlock-page.h"

G_BEGIN_DECLS

GtkEditable *koers_unlock_page_get_passphrase_entry (KoersUnlockPage *self);
GtkWidget   *koers_unlock_page_get_unlock_button    (KoersUnlockPage *self);
/* The inline error ("Wrong passphrase. …"); hidden when there is none. */
GtkLabel    *koers_unlock_page_get_error_label      (KoersUnlockPage *self);
/* Shown under the error when the notebook is damaged and a backup exists. */
GtkWidget   *koers_unlock_page_get_restore_button   (KoersUnlockPage *self);
/* TRUE while the notebook is being opened. */
gboolean     koers_unlock_page_get_busy             (KoersUnlockPage *self);
/* TRUE from notebook-opened until the check of every page and the backup are done. */
gboolean     koers_unlock_page_get_checking         (KoersUnlockPage *self);

G_END_DECLS
