/* koers-package-import.h: students from a package into this notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* Called after a package was merged in, so the window shows the students. */
typedef void (*KoersPackageImportedFunc) (gpointer user_data);

/* Asks for a package file, then its passphrase (again after a wrong one), merges
 * it and shows what changed: the counts, the records this notebook kept because
 * they were newer here, and for a handover a summary page to save. */
void       koers_package_import_run   (GtkWindow                *parent,
                                       KoersStore               *store,
                                       KoersPackageImportedFunc  imported,
                                       gpointer                  user_data,
                                       GDestroyNotify            destroy);
/* The same from the passphrase on, for a package at @path; returns the passphrase
 * dialog (for the GUI test: its "passphrase" data is the entry row, its "import"
 * response imports). */
AdwMessageDialog *koers_package_import_path (GtkWindow                *parent,
                                             KoersStore               *store,
                                             const char               *path,
                                             KoersPackageImportedFunc  imported,
                                             gpointer                  user_data,
                                             GDestroyNotify            destroy);

G_END_DECLS
