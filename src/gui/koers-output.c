/* koers-output.c: where a document leaves the app, into a file or to a printer
 *
 * The goal cards, the meeting sheets and the .ics export all ask for a file the
 * same way: GtkFileDialog where GTK has it (4.10, the Flatpak), the native file
 * chooser on Debian 12's GTK 4.8. Keeping that switch in one place keeps the
 * two paths alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-output.h"

typedef struct
{
  KoersOutputFileFunc chosen;
  gpointer            user_data;
  GDestroyNotify      destroy;
  gboolean            open;     /* an existing file to read, not one to write */
} Ask;

static void
ask_free (Ask *ask)
{
  if (ask->destroy != NULL)
    ask->destroy (ask->user_data);
  g_free (ask);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Ask, ask_free)

/* Callbacks */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Ask) ask = user_data;
  g_autoptr(GFile) file = ask->open ? gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL)
                                    : gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    ask->chosen (file, ask->user_data);
}
#else
static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          Ask             *ask)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        ask->chosen (file, ask->user_data);
    }

  ask_free (ask);
  g_object_unref (chooser);
}
#endif

/* Public */

static void
ask_file (GtkWindow           *parent,
          gboolean             open,
          const char          *title,
          const char          *accept_label,
          const char          *filter_name,
          const char          *mime_type,
          const char          *suffix,
          const char          *suggested_name,
          KoersOutputFileFunc  chosen,
          gpointer             user_data,
          GDestroyNotify       destroy)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Ask *ask;

  g_return_if_fail (chosen != NULL);

  ask = g_new0 (Ask, 1);
  ask->chosen = chosen;
  ask->user_data = user_data;
  ask->destroy = destroy;
  ask->open = open;

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_default_filter (dialog, filter);
    if (open)
      gtk_file_dialog_open (dialog, parent, NULL, file_dialog_done_cb, ask);
    else
      {
        gtk_file_dialog_set_initial_name (dialog, suggested_name);
        gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb, ask);
      }
  }
#else
  {
    GtkFileChooserNative *chooser;

    chooser = gtk_file_chooser_native_new (title, parent,
                                           open ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
                                           accept_label, _("_Cancel"));
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    if (!open)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
    g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), ask);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

void
koers_output_ask_file (GtkWindow           *parent,
                       const char          *title,
                       const char          *accept_label,
                       const char          *filter_name,
                       const char          *mime_type,
                       const char          *suffix,
                       const char          *suggested_name,
                       KoersOutputFileFunc  chosen,
                       gpointer             user_data,
                       GDestroyNotify       destroy)
{
  ask_file (parent, FALSE, title, accept_label, filter_name, mime_type, suffix, suggested_name,
            chosen, user_data, destroy);
}

void
koers_output_ask_open_file (GtkWindow           *parent,
                            const char          *title,
                            const char          *accept_label,
                            const char          *filter_name,
                            const char          *mime_type,
                            const char          *suffix,
                            KoersOutputFileFunc  chosen,
                            gpointer             user_data,
                            GDestroyNotify       destroy)
{
  ask_file (parent, TRUE, title, accept_label, filter_name, mime_type, suffix, NULL,
            chosen, user_data, destroy);
}

char *
koers_output_dup_path (GFile   *file,
                       GError **error)
{
  char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The writers in src/core and src/print take a local path; a network
   * location without one cannot be written to. */
  path = g_file_get_path (file);
  if (path == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Cannot save there: choose a folder on this computer."));
  return path;
}

GtkPrintOperation *
koers_output_print_operation_new (const char         *job_name,
                                  const char         *paper_name,
                                  GtkPageOrientation  orientation)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (paper_name);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, orientation);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  return operation;
}

void
koers_output_print (GtkPrintOperation *operation,
                    GtkWindow         *parent,
                    const char        *error_heading,
                    KoersStore        *store,
                    const char        *what,
                    GArray            *student_ids)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (KOERS_IS_STORE (store));

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    koers_output_show_error (parent, error_heading, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           student_ids != NULL && student_ids->len > 0 &&
           !koers_store_audit (store, KOERS_AUDIT_PRINT, what, student_ids, &error))
    koers_output_show_error (parent, _("Printed, but Not Noted in the Log"), error);
}

gboolean
koers_output_audit_export (KoersStore  *store,
                           const char  *what,
                           GArray      *student_ids,
                           GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  if (student_ids == NULL || student_ids->len == 0)
    return TRUE;
  if (!koers_store_audit (store, KOERS_AUDIT_EXPORT, what, student_ids, error))
    {
      g_prefix_error (error, _("The file was saved, but not noted in the audit log: "));
      return FALSE;
    }
  return TRUE;
}

void
koers_output_show_error (GtkWindow    *parent,
                         const char   *heading,
                         const GError *error)
{
  GtkWidget *message;

  g_return_if_fail (error != NULL);

  message = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}
