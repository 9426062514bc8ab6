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
#include "koers-output.h"

typedef struct
{
  KoersStore              *store;
  KoersMeeting            *meeting;
  KoersStudent            *student;
  char                    *invitation;
  KoersMeetingIcsDoneFunc  done;
  GObject                 *user_data;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->store);
  g_clear_object (&export->meeting);
  g_clear_object (&export->student);
  g_free (export->invitation);
  g_clear_object (&export->user_data);
  g_free (export);
}

/* Callbacks */

static void
file_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;

  koers_meeting_export_ics_write (export->store, export->meeting, export->student, export->invitation,
                                  file, &error);
  if (export->done != NULL)
    export->done (file, 0, error, export->user_data);
}

/* Public */

void
koers_meeting_export_ics (GtkWindow               *parent,
                          KoersStore              *store,
                          KoersMeeting            *meeting,
                          KoersStudent            *student,
                          const char              *invitation,
                          KoersMeetingIcsDoneFunc  done,
                          GObject                 *user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  Export *export;

  g_return_if_fail (KOERS_IS_STORE (store));
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
  export->store = g_object_ref (store);
  export->meeting = koers_meeting_copy (meeting);
  export->student = g_object_ref (student);
  export->invitation = g_strdup (invitation);
  export->done = done;
  export->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  name = koers_meeting_ics_dup_suggested_name (student);
  koers_output_ask_file (parent, _("Export Calendar Event"), _("_Export"),
                         _("Calendar Events"), "text/calendar", "ics", name,
                         file_chosen_cb, export, (GDestroyNotify) export_free);
}

gboolean
koers_meeting_export_ics_write (KoersStore    *store,
                                KoersMeeting  *meeting,
                                KoersStudent  *student,
                                const char    *invitation,
                                GFile         *file,
                                GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = koers_output_dup_path (file, error);
  if (path == NULL || !koers_meeting_write_ics (meeting, student, invitation, path, error))
    return FALSE;
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    gint64 id = koers_student_get_id (student);

    g_array_append_val (ids, id);
    return koers_output_audit_export (store, "meeting-ics", ids, error);
  }
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
