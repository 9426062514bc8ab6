/* koers-output.h: where a document leaves the app, into a file or to a printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* @file is the one the user chose; not called when the user cancels. */
typedef void (*KoersOutputFileFunc) (GFile    *file,
                                     gpointer  user_data);

/* Asks where to save, offering one kind of file (@filter_name, @mime_type and
 * @suffix without the dot) and @suggested_name, then calls @chosen. @destroy
 * frees @user_data afterwards, chosen or cancelled. */
void               koers_output_ask_file            (GtkWindow           *parent,
                                                     const char          *title,
                                                     const char          *accept_label,
                                                     const char          *filter_name,
                                                     const char          *mime_type,
                                                     const char          *suffix,
                                                     const char          *suggested_name,
                                                     KoersOutputFileFunc  chosen,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);
/* The same for a file to read: no name is suggested. */
void               koers_output_ask_open_file       (GtkWindow           *parent,
                                                     const char          *title,
                                                     const char          *accept_label,
                                                     const char          *filter_name,
                                                     const char          *mime_type,
                                                     const char          *suffix,
                                                     KoersOutputFileFunc  chosen,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);
/* @file's local path; NULL with an error the user can act on when it has none. */
char              *koers_output_dup_path            (GFile               *file,
                                                     GError             **error);

/* A print job named @job_name on @paper_name ("iso_a4") in @orientation, for the
 * renderers in src/print/: they draw in points on the whole sheet and keep their
 * own margins. The print dialog may still change the page setup. */
GtkPrintOperation *koers_output_print_operation_new (const char          *job_name,
                                                     const char          *paper_name,
                                                     GtkPageOrientation   orientation);
/* Runs the print dialog; a failure is told in a message dialog headed @error_heading.
 * When the user prints, the audit log gets a line: @what (a koers_audit_get_label()
 * id) for @student_ids (gint64). */
void               koers_output_print               (GtkPrintOperation   *operation,
                                                     GtkWindow           *parent,
                                                     const char          *error_heading,
                                                     KoersStore          *store,
                                                     const char          *what,
                                                     GArray              *student_ids);
/* Adds the audit line for a file with student data the user saved (@what for
 * @student_ids); TRUE, or FALSE with @error. */
gboolean           koers_output_audit_export        (KoersStore          *store,
                                                     const char          *what,
                                                     GArray              *student_ids,
                                                     GError             **error);
/* A message dialog on @parent headed @heading with @error's message. */
void               koers_output_show_error          (GtkWindow           *parent,
                                                     const char          *heading,
                                                     const GError        *error);

G_END_DECLS
