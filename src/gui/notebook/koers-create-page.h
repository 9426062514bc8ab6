/* koers-create-page.h: choosing the passphrase of a new notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KOERS_TYPE_CREATE_PAGE (koers_create_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersCreatePage, koers_create_page, KOERS, CREATE_PAGE, AdwBin)

/* Signals: "back" (return to the welcome page),
 * "notebook-opened" (KoersStore *store: the new notebook is created and open). */
GtkWidget *koers_create_page_new      (void);
/* Where the new notebook goes. */
void       koers_create_page_set_path (KoersCreatePage *self,
                                       const char      *path);
/* Empties the entries and messages and focuses the first entry. */
void       koers_create_page_reset    (KoersCreatePage *self);

G_END_DECLS
