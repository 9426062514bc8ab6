/* koers-import-dialog-private.h: the button the GUI test presses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-import-dialog.h"

G_BEGIN_DECLS

GtkWidget *koers_import_dialog_get_import_button (KoersImportDialog *self);

G_END_DECLS
