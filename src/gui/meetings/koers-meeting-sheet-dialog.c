/* koers-meeting-sheet-dialog.c: one question, then print or save a meeting sheet
 *
 * Modelled on the goal cards dialog: the question comes before the print dialog
 * or the file chooser opens, because it decides what is on the paper. For the
 * mentor's preparation the question is whether sensitive notes go on it: off by
 * default (DOMAIN.md, privacy), and only asked when the meeting links one. The
 * parents' sheet never holds anything sensitive, so it asks nothing and says
 * what it shows. Both print paths draw with the renderer in src/print/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-meeting-sheet-dialog-private.h"
#include "koers-output.h"

struct _KoersMeetingSheetDialog
{
  AdwMessageDialog           parent_instance;

  GtkWidget                 *sensitive_row;
  GtkSwitch                 *sensitive_switch;

  KoersStore                *store;
  gint64                     meeting_id;
  gint64                     student_id;
  char                      *student_name;
  KoersSheetKind             kind;
  KoersMeetingSheetDoneFunc  done;
  GObject                   *user_data;
};

G_DEFINE_FINAL_TYPE (KoersMeetingSheetDialog, koers_meeting_sheet_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* What one print or export needs after the dialog is gone. */
typedef struct
{
  KoersStore                *store;
  gint64                     meeting_id;
  gint64                     student_id;
  KoersSheetKind             kind;
  gboolean                   include_sensitive;
  KoersMeetingSheet         *sheet;
  KoersMeetingSheetDoneFunc  done;
  GObject                   *user_data;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_pointer (&job->sheet, koers_meeting_sheet_free);
  g_clear_object (&job->user_data);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* Helpers */

static gboolean
include_sensitive (KoersMeetingSheetDialog *self)
{
  return self->kind == KOERS_SHEET_PREPARATION &&
         gtk_widget_get_visible (self->sensitive_row) &&
         gtk_switch_get_active (self->sensitive_switch);
}

static Job *
job_new (KoersMeetingSheetDialog *self)
{
  Job *job = g_new0 (Job, 1);

  job->store = g_object_ref (self->store);
  job->meeting_id = self->meeting_id;
  job->student_id = self->student_id;
  job->kind = self->kind;
  job->include_sensitive = include_sensitive (self);
  job->done = self->done;
  job->user_data = self->user_data != NULL ? g_object_ref (self->user_data) : NULL;
  return job;
}

static gboolean
is_sensitive_entry (KoersStore *store,
                    gint64      entry_id)
{
  g_autoptr(KoersEntry) entry = NULL;

  if (entry_id == 0)
    return FALSE;
  /* An entry that cannot be read cannot end up on the sheet either. */
  entry = koers_store_get_entry (store, entry_id, NULL);
  return entry != NULL && koers_entry_get_sensitive (entry);
}

static gboolean
links_sensitive_entry (KoersStore   *store,
                       KoersMeeting *meeting)
{
  GArray *links = koers_meeting_get_links (meeting);
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);

  for (guint i = 0; i < links->len; i++)
    if (is_sensitive_entry (store, g_array_index (links, KoersMeetingLink, i).entry_id))
      return TRUE;
  for (guint i = 0; i < agenda->len; i++)
    if (is_sensitive_entry (store, ((KoersMeetingItem *) agenda->pdata[i])->entry_id))
      return TRUE;
  return FALSE;
}

/* Print */

/* The audit log's name for the sheet, with "-pdf" when it went into a file. */
static const char *
audit_what (Job      *job,
            gboolean  pdf)
{
  if (job->kind == KOERS_SHEET_PREPARATION)
    return pdf ? "meeting-preparation-pdf" : "meeting-preparation";
  return pdf ? "meeting-agreements-pdf" : "meeting-agreements";
}

static GArray *
job_student_ids (Job *job)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_val (ids, job->student_id);
  return ids;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  guint n_pages;

  /* Laid out for the paper the user picked in the dialog, not for A4. */
  n_pages = koers_meeting_sheet_paginate (job->sheet,
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
  koers_meeting_sheet_render_page (job->sheet, gtk_print_context_get_cairo_context (context),
                                   (guint) page);
}

static void
print_sheet (GtkWindow *parent,
             Job       *job_in)
{
  g_autoptr(Job) job = job_in;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = job_student_ids (job);
  const char *what = audit_what (job, FALSE);
  /* The operation keeps the job, and with it the store, until it is done. */
  KoersStore *job_store = job->store;

  /* Read before the print dialog opens: a problem is told now, not after the
   * user has chosen a printer. */
  job->sheet = koers_meeting_sheet_new_from_store (job->store, job->meeting_id, job->kind,
                                                   job->include_sensitive, &error);
  if (job->sheet == NULL)
    {
      koers_output_show_error (parent, _("Cannot Print the Sheet"), error);
      return;
    }

  operation = koers_output_print_operation_new (job->kind == KOERS_SHEET_PREPARATION
                                                  ? _("Meeting Preparation")
                                                  : _("Agreements"),
                                                GTK_PAPER_NAME_A4, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "koers-sheet-job", g_steal_pointer (&job),
                          (GDestroyNotify) job_free);

  koers_output_print (operation, parent, _("Cannot Print the Sheet"), job_store, what, ids);
}

/* Export */

static gboolean
write_job (Job         *job,
           const char  *path,
           guint       *n_pages,
           GError     **error)
{
  g_autoptr(KoersMeetingSheet) sheet = NULL;
  g_autoptr(GArray) ids = job_student_ids (job);

  sheet = koers_meeting_sheet_new_from_store (job->store, job->meeting_id, job->kind,
                                              job->include_sensitive, error);
  if (sheet == NULL)
    return FALSE;
  return koers_meeting_sheet_write_pdf (sheet, path, n_pages, error) &&
         koers_output_audit_export (job->store, audit_what (job, TRUE), ids, error);
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
  if (path != NULL)
    write_job (job, path, &n_pages, &error);

  if (job->done != NULL)
    job->done (file, n_pages, error, job->user_data);
}

static void
export_sheet (GtkWindow  *parent,
              Job        *job,
              const char *suggested_name)
{
  const char *title = job->kind == KOERS_SHEET_PREPARATION
                        ? _("Save Preparation")
                        : _("Save Agreements");

  koers_output_ask_file (parent, title, _("_Save"),
                         _("PDF Documents"), "application/pdf", "pdf", suggested_name,
                         write_file, job, (GDestroyNotify) job_free);
}

/* Callbacks */

static void
response_cb (KoersMeetingSheetDialog *self,
             const char              *response)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (g_strcmp0 (response, "print") == 0)
    {
      print_sheet (parent, job_new (self));
    }
  else if (g_strcmp0 (response, "export") == 0)
    {
      g_autofree char *name = koers_meeting_sheet_dialog_dup_suggested_name (self);

      export_sheet (parent, job_new (self), name);
    }
}

/* GObject */

static void
koers_meeting_sheet_dialog_dispose (GObject *object)
{
  KoersMeetingSheetDialog *self = KOERS_MEETING_SHEET_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->user_data);

  G_OBJECT_CLASS (koers_meeting_sheet_dialog_parent_class)->dispose (object);
}

static void
koers_meeting_sheet_dialog_finalize (GObject *object)
{
  KoersMeetingSheetDialog *self = KOERS_MEETING_SHEET_DIALOG (object);

  g_free (self->student_name);

  G_OBJECT_CLASS (koers_meeting_sheet_dialog_parent_class)->finalize (object);
}

static void
koers_meeting_sheet_dialog_class_init (KoersMeetingSheetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_meeting_sheet_dialog_dispose;
  object_class->finalize = koers_meeting_sheet_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-sheet-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingSheetDialog, sensitive_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingSheetDialog, sensitive_switch);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
koers_meeting_sheet_dialog_init (KoersMeetingSheetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public */

KoersMeetingSheetDialog *
koers_meeting_sheet_dialog_new (GtkWindow                 *parent,
                                KoersStore                *store,
                                KoersMeeting              *meeting,
                                KoersSheetKind             kind,
                                KoersMeetingSheetDoneFunc  done,
                                GObject                   *user_data)
{
  KoersMeetingSheetDialog *self;
  g_autoptr(KoersStudent) student = NULL;
  gboolean preparation = kind == KOERS_SHEET_PREPARATION;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (koers_meeting_get_id (meeting) != 0, NULL);

  self = g_object_new (KOERS_TYPE_MEETING_SHEET_DIALOG,
                       "transient-for", parent,
                       "heading", preparation ? _("Print Preparation")
                                              : _("Print Agreements for the Parents"),
                       "body", preparation
                                 ? _("Everything prepared for this meeting, for you as the mentor.")
                                 : _("Only the agreements and the next contact: nothing from the "
                                     "preparation or the timeline."),
                       NULL);
  self->store = g_object_ref (store);
  self->meeting_id = koers_meeting_get_id (meeting);
  self->student_id = koers_meeting_get_student_id (meeting);
  self->kind = kind;
  self->done = done;
  self->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  student = koers_store_get_student (store, koers_meeting_get_student_id (meeting), NULL);
  if (student != NULL)
    self->student_name = g_strdup (koers_student_get_display_name (student));

  gtk_widget_set_visible (self->sensitive_row,
                          preparation && links_sensitive_entry (store, meeting));
  gtk_switch_set_active (self->sensitive_switch, FALSE);

  return self;
}

void
koers_meeting_sheet_dialog_set_include_sensitive (KoersMeetingSheetDialog *self,
                                                  gboolean                 include_sensitive)
{
  g_return_if_fail (KOERS_IS_MEETING_SHEET_DIALOG (self));

  gtk_switch_set_active (self->sensitive_switch, include_sensitive);
}

gboolean
koers_meeting_sheet_dialog_write_pdf (KoersMeetingSheetDialog  *self,
                                      const char               *path,
                                      guint                    *n_pages,
                                      GError                  **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (KOERS_IS_MEETING_SHEET_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  job = job_new (self);
  return write_job (job, path, n_pages, error);
}

GtkWidget *
koers_meeting_sheet_dialog_get_sensitive_row (KoersMeetingSheetDialog *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_SHEET_DIALOG (self), NULL);

  return self->sensitive_row;
}

GtkSwitch *
koers_meeting_sheet_dialog_get_sensitive_switch (KoersMeetingSheetDialog *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_SHEET_DIALOG (self), NULL);

  return self->sensitive_switch;
}

char *
koers_meeting_sheet_dialog_dup_suggested_name (KoersMeetingSheetDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (KOERS_IS_MEETING_SHEET_DIALOG (self), NULL);

  /* A slash in a name would make the suggestion a folder. */
  name = g_strdelimit (g_strdup (self->student_name != NULL ? self->student_name : ""), "/\\", '-');
  if (self->kind == KOERS_SHEET_PREPARATION)
    /* Translators: a suggested file name; %s is the student's name */
    return g_strdup_printf (_("Preparation %s.pdf"), name);
  /* Translators: a suggested file name; %s is the student's name */
  return g_strdup_printf (_("Agreements %s.pdf"), name);
}
