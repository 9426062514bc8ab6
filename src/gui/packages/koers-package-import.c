/* koers-package-import.c: students from a package into this notebook
 *
 * Message dialogs, one after the other: the passphrase, then the report. A wrong
 * passphrase asks again; a damaged package says so and imports nothing (the store
 * merges in one transaction).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "koers-date.h"
#include "koers-handover-sheet.h"
#include "koers-output.h"
#include "notebook/koers-passphrase-dialog.h"
#include "packages/koers-package-import.h"

typedef struct
{
  GtkWindow                *parent;
  KoersStore               *store;
  char                     *path;
  KoersPackageImportedFunc  imported;
  gpointer                  user_data;
  GDestroyNotify            destroy;
  KoersPackageReport        report;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  if (import->destroy != NULL)
    import->destroy (import->user_data);
  g_clear_weak_pointer (&import->parent);
  g_object_unref (import->store);
  g_free (import->path);
  koers_package_report_clear (&import->report);
  g_free (import);
}


/* The report */

typedef struct
{
  GtkWindow  *parent;
  KoersStore *store;
  GArray     *student_ids;
  char       *from;
} Summary;

static void
summary_free (gpointer data)
{
  Summary *summary = data;

  g_clear_weak_pointer (&summary->parent);
  g_object_unref (summary->store);
  g_array_unref (summary->student_ids);
  g_free (summary->from);
  g_free (summary);
}

static void
summary_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  Summary *summary = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);
  g_autofree char *to = koers_store_dup_meta (summary->store, KOERS_META_USER_NAME, NULL);

  if (path == NULL ||
      !koers_handover_sheet_write_pdf (summary->store, summary->student_ids, summary->from, to, path, &error))
    koers_output_show_error (summary->parent, _("Could Not Save the PDF"), error);
}

static void
report_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Import           *import)
{
  g_autofree char *today = NULL;
  g_autofree char *suggested = NULL;
  Summary *summary;

  if (g_strcmp0 (response, "summary") != 0)
    return;

  summary = g_new0 (Summary, 1);
  g_set_weak_pointer (&summary->parent, import->parent);
  summary->store = g_object_ref (import->store);
  summary->student_ids = g_array_ref (import->report.student_ids);
  summary->from = g_strdup (import->report.from);
  today = koers_date_iso_days_ago (0);
  /* Translators: a file name; %s is the date, 2026-12-02 */
  suggested = g_strdup_printf (_("handover-%s.pdf"), today);
  koers_output_ask_file (import->parent, _("Save Summary"), _("_Save"), _("PDF documents"),
                         "application/pdf", "pdf", suggested, summary_chosen_cb, summary, summary_free);
}

static void
show_report (Import *import)
{
  KoersPackageReport *report = &import->report;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  /* Translators: after importing a package; the numbers are records */
  g_string_append_printf (body, _("Added %u, updated %u, unchanged %u."),
                          report->added, report->updated, report->unchanged);
  if (report->handover)
    {
      g_string_append (body, "\n\n");
      if (report->from != NULL)
        /* Translators: %s is the mentor who handed the students over */
        g_string_append_printf (body, _("A handover from %s: you are now the mentor of these students."),
                                report->from);
      else
        g_string_append (body, _("A handover: you are now the mentor of these students."));
    }

  dialog = adw_message_dialog_new (import->parent, _("Package Imported"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (report->handover && report->student_ids->len > 0)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "summary", _("Save _Summary…"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");

  if (report->conflicts->len > 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (ngettext ("Changed here after the package was made, so kept as it is:",
                                                    "Changed here after the package was made, so kept as they are:",
                                                    report->conflicts->len));

      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (box), heading);
      for (guint i = 0; i < report->conflicts->len; i++)
        {
          GtkWidget *line = gtk_label_new (g_ptr_array_index (report->conflicts, i));

          gtk_label_set_wrap (GTK_LABEL (line), TRUE);
          gtk_label_set_xalign (GTK_LABEL (line), 0);
          gtk_box_append (GTK_BOX (box), line);
        }
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (report_response_cb), import);
  g_object_set_data_full (G_OBJECT (dialog), "import", import, import_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The passphrase */

static gboolean
passphrase_accepted (const char  *passphrase,
                     char       **problem,
                     gpointer     user_data)
{
  Import *import = user_data;
  g_autoptr(GError) error = NULL;
  Import *shown;

  if (!koers_store_import_package (import->store, import->path, passphrase, &import->report, &error))
    {
      if (g_error_matches (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_WRONG_PASSPHRASE))
        {
          *problem = g_strdup (error->message);
          return FALSE;
        }
      koers_output_show_error (import->parent, _("Nothing Was Imported"), error);
      return TRUE;
    }

  if (import->imported != NULL)
    import->imported (import->user_data);

  /* The report dialog outlives the passphrase dialog: it gets the report. */
  shown = g_new0 (Import, 1);
  g_set_weak_pointer (&shown->parent, import->parent);
  shown->store = g_object_ref (import->store);
  shown->report = import->report;
  memset (&import->report, 0, sizeof import->report);
  show_report (shown);
  return TRUE;
}

AdwMessageDialog *
koers_package_import_path (GtkWindow                *parent,
                           KoersStore               *store,
                           const char               *path,
                           KoersPackageImportedFunc  imported,
                           gpointer                  user_data,
                           GDestroyNotify            destroy)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  Import *import;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  import = g_new0 (Import, 1);
  g_set_weak_pointer (&import->parent, parent);
  import->store = g_object_ref (store);
  import->path = g_strdup (path);
  import->imported = imported;
  import->user_data = user_data;
  import->destroy = destroy;

  name = g_path_get_basename (path);
  /* Translators: %s is the package's file name */
  body = g_strdup_printf (_("Type the passphrase the sender gave you for “%s”."), name);
  return koers_passphrase_dialog_ask (parent, _("Import Package"), body, _("_Import"),
                                      passphrase_accepted, import, import_free);
}

typedef struct
{
  GtkWindow                *parent;
  KoersStore               *store;
  KoersPackageImportedFunc  imported;
  gpointer                  user_data;
  GDestroyNotify            destroy;
} Choose;

static void
choose_free (gpointer data)
{
  Choose *choose = data;

  /* Handed on to the import when a file was chosen. */
  if (choose->destroy != NULL)
    choose->destroy (choose->user_data);
  g_clear_weak_pointer (&choose->parent);
  g_object_unref (choose->store);
  g_free (choose);
}

static void
package_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  Choose *choose = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);

  if (path == NULL)
    {
      koers_output_show_error (choose->parent, _("Nothing Was Imported"), error);
      return;
    }
  koers_package_import_path (choose->parent, choose->store, path, choose->imported,
                             choose->user_data, choose->destroy);
  choose->destroy = NULL;
}

void
koers_package_import_run (GtkWindow                *parent,
                          KoersStore               *store,
                          KoersPackageImportedFunc  imported,
                          gpointer                  user_data,
                          GDestroyNotify            destroy)
{
  Choose *choose = g_new0 (Choose, 1);

  g_set_weak_pointer (&choose->parent, parent);
  choose->store = g_object_ref (store);
  choose->imported = imported;
  choose->user_data = user_data;
  choose->destroy = destroy;
  koers_output_ask_open_file (parent, _("Import Package"), _("_Open"), _("Koers packages"),
                              "application/x-koers-package", "koers", package_chosen_cb, choose, choose_free);
}
