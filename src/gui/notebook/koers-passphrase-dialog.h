/* koers-passphrase-dialog.h: asking for passphrases in a message dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* @passphrase is wiped after the call: copy what must live on. Return FALSE to keep
 * the dialog open (a wrong passphrase), after setting @problem for its body. */
typedef gboolean (*KoersPassphraseFunc) (const char  *passphrase,
                                         char       **problem,
                                         gpointer     user_data);

/* A dialog with one passphrase row; @accepted runs on @accept_label or Enter, and
 * a FALSE from it asks again in a new dialog. @destroy frees @user_data at the
 * end. The dialog's "passphrase" data is its row, for the GUI test. */
AdwMessageDialog *koers_passphrase_dialog_ask    (GtkWindow           *parent,
                                                  const char          *heading,
                                                  const char          *body,
                                                  const char          *accept_label,
                                                  KoersPassphraseFunc  accepted,
                                                  gpointer             user_data,
                                                  GDestroyNotify       destroy);

/* The current passphrase, the new one twice: rekeys @store. Data "current", "new"
 * and "repeat" are the rows, for the GUI test. */
AdwMessageDialog *koers_passphrase_dialog_change (GtkWindow           *parent,
                                                  KoersStore          *store);

G_END_DECLS
