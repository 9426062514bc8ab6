/* koers-unlock-page.h: unlocking an existing notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOERS_TYPE_UNLOCK_PAGE (koers_unlock_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersUnlockPage, koers_unlock_page, KOERS, UNLOCK_PAGE, AdwBin)

/* Signal: "notebook-opened" (KoersStore *store: the notebook is unlocked). */
GtkWidget *koers_unlock_page_new      (void);
/* The notebook to unlock; its file name is shown. */
void       koers_unlock_page_set_path (KoersUnlockPage *self,
                                       const char      *path);
/* Empties the entry and the message and focuses the entry. */
void       koers_unlock_page_reset    (KoersUnlockPage *self);
/* Shows @message as the page's error, with the way back to the latest backup. */
void       koers_unlock_page_show_damaged (KoersUnlockPage *self,
                                       const char      *message);

G_END_DECLS
