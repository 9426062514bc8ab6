/* koers-package-export-dialog-private.h: what the GUI test drives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-package-export-dialog.h"

G_BEGIN_DECLS

/* The chosen students (gint64), borrowed. */
GArray     *koers_package_export_dialog_get_student_ids  (KoersPackageExportDialog *self);
void        koers_package_export_dialog_add_students     (KoersPackageExportDialog *self,
                                                          GArray                   *student_ids);
GtkListBox *koers_package_export_dialog_get_sensitive_list (KoersPackageExportDialog *self);
/* Fills the passphrase rows and the switches as a user would. */
void        koers_package_export_dialog_fill             (KoersPackageExportDialog *self,
                                                          const char               *passphrase,
                                                          const char               *repeat,
                                                          gboolean                  include_sensitive,
                                                          const char               *handover_to);
/* Checks the form and writes the package to @path, as after the file chooser. */
gboolean    koers_package_export_dialog_export_to        (KoersPackageExportDialog *self,
                                                          const char               *path);
/* "form" or "done" */
const char *koers_package_export_dialog_get_page_name    (KoersPackageExportDialog *self);

G_END_DECLS
