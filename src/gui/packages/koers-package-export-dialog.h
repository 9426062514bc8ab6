/* koers-package-export-dialog.h: students out of this notebook, into a package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PACKAGE_EXPORT_DIALOG (koers_package_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KoersPackageExportDialog, koers_package_export_dialog, KOERS, PACKAGE_EXPORT_DIALOG, AdwWindow)

/* Signal "exported" (): a package was written (a handover also wrote entries here). */

/* Starts with the students of @group (may be NULL: none). */
KoersPackageExportDialog *koers_package_export_dialog_new (GtkWindow  *parent,
                                                           KoersStore *store,
                                                           const char *group);

G_END_DECLS
