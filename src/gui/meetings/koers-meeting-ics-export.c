/* koers-meeting-ics-export.c: a parent meeting into a calendar file the user picks
 *
 * The event is checked before the file chooser opens: a meeting without a date
 * or time cannot become an event, and the user should hear that before choosing
 * a folder, not after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-ics.h"
#include "koers-meeting-ics-export.h"

typedef struct
{
  KoersMeeting            *meeting;
  KoersStudent            *student;
  char                    *invitation;
  KoersMeetingIcsDoneFunc  done;
  GObject                 *user_data;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->meeting);
  g_clear_object (&export->student);
  g_free (export->invitation);
  g_clear_object (&export->user_data);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

/* Helpers */

static void
write_export (Export *export,
              GFile  *file)
{
  g_autoptr(GError) error = NULL;

  koers_meeting_export_ics_write (export->meeting, export->student, export->invitation,
                                  file, &error);
  if (export->done != NULL)
    export->done (file, 0, error, export->user_data);
}

/* Callbacks */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    write_export (export, file);
}
#else
static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        write_export (export, file);
    }

  export_free (export);
  g_object_unref (chooser);
}
#endif

/* Public */

void
koers_meeting_export_ics (GtkWindow               *parent,
                          KoersMeeting            *meeting,
                          KoersStudent            *student,
                          const char              *invitation,
                          KoersMeetingIcsDoneFunc  done,
                          GObject                 *user_data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  Export *export;

  g_return_if_fail (KOERS_IS_MEETING (meeting));
  g_return_if_fail (KOERS_IS_STUDENT (student));

  text = koers_meeting_to_ics (meeting, student, invitation, &error);
  if (text == NULL)
    {
      if (done != NULL)
        done (NULL, 0, error, user_data);
      return;
    }

  export = g_new0 (Export, 1);
  export->meeting = koers_meeting_copy (meeting);
  export->student = g_object_ref (student);
  export->invitation = g_strdup (invitation);
  export->done = done;
  export->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  name = koers_meeting_ics_dup_suggested_name (student);
  gtk_file_filter_set_name (filter, _("Calendar Events"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, _("Export Calendar Event"));
    gtk_file_dialog_set_accept_label (dialog, _("_Export"));
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_default_filter (dialog, filter);
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb, export);
  }
#else
  {
    GtkFileChooserNative *chooser;

    chooser = gtk_file_chooser_native_new (_("Export Calendar Event"), parent,
                                           GTK_FILE_CHOOSER_ACTION_SAVE,
                                           _("_Export"), _("_Cancel"));
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), export);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

gboolean
koers_meeting_export_ics_write (KoersMeeting  *meeting,
                                KoersStudent  *student,
                                const char    *invitation,
                                GFile         *file,
                                GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot save there: choose a folder on this computer."));
      return FALSE;
    }

  return koers_meeting_write_ics (meeting, student, invitation, path, error);
}

char *
koers_meeting_ics_dup_suggested_name (KoersStudent *student)
{
  const char *display_name;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  display_name = koers_student_get_display_name (student);
  /* A slash in a name would make the suggestion a folder. */
  name = g_strdelimit (g_strdup (display_name != NULL ? display_name : ""), "/\\", '-');
  /* Translators: a suggested file name; %s is the student's name */
  return g_strdup_printf (_("Meeting %s.ics"), name);
}
