/* koers-import-dialog.h: the preview of a class list before it is imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-class-list.h"
#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_IMPORT_DIALOG (koers_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KoersImportDialog, koers_import_dialog, KOERS, IMPORT_DIALOG, AdwWindow)

/* A modal window over @parent showing what @list (read from @file) holds.
 * Signal: "imported" (guint n_imported, guint n_updated: the import is stored). */
KoersImportDialog *koers_import_dialog_new (GtkWindow      *parent,
                                            KoersStore     *store,
                                            KoersClassList *list,
                                            GFile          *file);

G_END_DECLS
