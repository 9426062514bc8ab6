/* koers-checklist-print.c: a checklist to the printer or into a PDF
 *
 * The sheet is read from the store before any dialog opens, so a problem is
 * told at once, not after the user picked a printer or a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-checklist-print.h"
#include "koers-checklist-sheet.h"
#include "koers-output.h"
#include "koers-toasts.h"

typedef struct
{
  KoersChecklistSheet *sheet;
  KoersStore          *store;
  GArray              *student_ids;  /* for the audit log: empty for a blank sheet without a name */
  AdwToastOverlay     *overlay;      /* weak */
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->sheet, koers_checklist_sheet_free);
  g_clear_object (&job->store);
  g_clear_pointer (&job->student_ids, g_array_unref);
  g_clear_weak_pointer (&job->overlay);
  g_free (job);
}

/* Reads the sheet now, so a problem is told before a dialog opens. */
static Job *
job_new (KoersStore  *store,
         gint64       checklist_id,
         gint64       template_id,
         gint64       student_id,
         GError     **error)
{
  Job *job = g_new0 (Job, 1);

  job->store = g_object_ref (store);
  job->student_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (checklist_id != 0)
    {
      g_autoptr(KoersChecklist) checklist = koers_store_get_checklist (store, checklist_id, error);

      if (checklist != NULL)
        {
          student_id = koers_checklist_get_student_id (checklist);
          job->sheet = koers_checklist_sheet_new_filled (store, checklist_id, error);
        }
    }
  else
    job->sheet = koers_checklist_sheet_new_blank (store, template_id, student_id, error);

  if (job->sheet == NULL)
    {
      job_free (job);
      return NULL;
    }
  if (student_id != 0)
    g_array_append_val (job->student_ids, student_id);
  return job;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  /* Laid out for the paper the user picked in the dialog, not for A4. */
  guint n_pages = koers_checklist_sheet_paginate (job->sheet,
                                                  gtk_print_context_get_cairo_context (context),
                                                  gtk_print_context_get_width (context),
                                                  gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Job               *job)
{
  koers_checklist_sheet_render_page (job->sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

void
koers_checklist_print (GtkWindow  *parent,
                       KoersStore *store,
                       gint64      checklist_id,
                       gint64      template_id,
                       gint64      student_id)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (KOERS_IS_STORE (store));

  job = job_new (store, checklist_id, template_id, student_id, &error);
  if (job == NULL)
    {
      koers_output_show_error (parent, _("Cannot Print the Checklist"), error);
      return;
    }

  operation = koers_output_print_operation_new (_("Signal Checklist"), GTK_PAPER_NAME_A4,
                                                GTK_PAGE_ORIENTATION_PORTRAIT);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "koers-checklist-job", job, (GDestroyNotify) job_free);
  koers_output_print (operation, parent, _("Cannot Print the Checklist"),
                      job->store, "checklist", job->student_ids);
}

static void
write_file (GFile    *file,
            gpointer  user_data)
{
  Job *job = user_data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  path = koers_output_dup_path (file, &error);
  if (path != NULL && koers_checklist_sheet_write_pdf (job->sheet, path, &n_pages, &error) &&
      koers_output_audit_export (job->store, "checklist-pdf", job->student_ids, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Saved “%s”"), name);

      if (job->overlay != NULL)
        koers_toasts_show_text (job->overlay, text);
    }
  else if (job->overlay != NULL)
    koers_toasts_show_text (job->overlay, error->message);
}

void
koers_checklist_export (GtkWindow       *parent,
                        KoersStore      *store,
                        gint64           checklist_id,
                        gint64           template_id,
                        gint64           student_id,
                        AdwToastOverlay *overlay)
{
  g_autoptr(GError) error = NULL;
  Job *job;

  g_return_if_fail (KOERS_IS_STORE (store));

  job = job_new (store, checklist_id, template_id, student_id, &error);
  if (job == NULL)
    {
      koers_output_show_error (parent, _("Cannot Save the Checklist"), error);
      return;
    }
  g_set_weak_pointer (&job->overlay, overlay);

  koers_output_ask_file (parent, _("Save Checklist"), _("_Save"),
                         _("PDF Documents"), "application/pdf", "pdf",
                         /* Translators: suggested file names */
                         checklist_id != 0 ? _("Signal checklist.pdf") : _("Blank signal checklist.pdf"),
                         write_file, job, (GDestroyNotify) job_free);
}
