/* koers-cli-meetings.c: meetings, meeting-sheet and meeting-ics
 *
 * meetings prints one meeting a line, tab-separated, with the status as an id so
 * scripts can rely on it; meeting-sheet prints the number of pages first. Neither
 * sheet nor calendar file is written when anything is missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-meetings.h"

#include "koers-i18n.h"
#include "koers-ics.h"
#include "koers-meeting-sheet.h"

/* A meeting is named by its row id, as `meetings` prints it; checked before the
 * passphrase is asked for, so a typo fails fast. */
static gboolean
parse_meeting_id (const char  *text,
                  gint64      *out,
                  GError     **error)
{
  guint64 id = 0;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    {
      *out = (gint64) id;
      return TRUE;
    }

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               /* Translators: “koers-cli meetings STUDENT” is a command, keep it as is */
               _("“%s” is not a meeting id. “koers-cli meetings STUDENT” lists a student’s meetings with their ids."),
               text);
  return FALSE;
}

/* The store says "no longer in the notebook", right for a window that showed the
 * meeting a moment ago; on the command line the id was typed, so say that. */
static KoersMeeting *
load_meeting (KoersStore  *store,
              gint64       id,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  KoersMeeting *meeting;

  meeting = koers_store_get_meeting (store, id, &local_error);
  if (meeting != NULL)
    return meeting;

  if (g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
    {
      /* Formatted apart: xgettext cannot see past a G_GINT64_FORMAT in the message. */
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a number; “koers-cli meetings STUDENT” is a command, keep it as is */
                   _("There is no meeting with id %s. “koers-cli meetings STUDENT” lists a student’s meetings with their ids."),
                   id_text);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

int
koers_cli_command_meetings (KoersCliOptions *options,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GPtrArray) meetings = NULL;

  if (!koers_cli_parse_command_options ("meetings", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  meetings = koers_store_list_meetings (store, koers_student_get_id (student), &error);
  if (meetings == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < meetings->len; i++)
    {
      KoersMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *reason = koers_cli_one_line (koers_meeting_get_reason (meeting));

      /* Machine-readable on purpose: the status is an id, not translated. */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n",
               koers_meeting_get_id (meeting),
               koers_meeting_get_date (meeting) ?: "",
               koers_meeting_status_to_id (koers_meeting_get_status (meeting)),
               reason);
    }

  return EXIT_OK;
}

int
koers_cli_command_meeting_sheet (KoersCliOptions *options,
                                 int              argc,
                                 char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersMeeting) meeting = NULL;
  g_autoptr(KoersMeetingSheet) sheet = NULL;
  g_autofree char *output = NULL;
  gboolean for_parents = FALSE;
  gboolean include_sensitive = FALSE;
  gint64 id = 0;
  guint n_pages = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE.pdf") },
    { "for-parents", 0, 0, G_OPTION_ARG_NONE, &for_parents, N_("The agreements for the parents instead of the mentor’s preparation"), NULL },
    { "include-sensitive", 0, 0, G_OPTION_ARG_NONE, &include_sensitive, N_("Include sensitive entries in the preparation (marked confidential)"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("meeting-sheet", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the PDF with -o FILE.pdf."));
  /* Refused rather than ignored: whoever asked expects sensitive text on paper
   * the parents take home, and that never happens. */
  if (for_parents && include_sensitive)
    return koers_cli_usage_error (_("The parents’ sheet never contains sensitive entries; --include-sensitive is only for the mentor’s preparation."));
  if (!parse_meeting_id (argv[1], &id, &error))
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  meeting = load_meeting (store, id, &error);
  if (meeting == NULL)
    return koers_cli_fail (error);

  sheet = koers_meeting_sheet_new_from_store (store, id,
                                              for_parents ? KOERS_SHEET_FOR_PARENTS : KOERS_SHEET_PREPARATION,
                                              include_sensitive, &error);
  if (sheet == NULL || !koers_meeting_sheet_write_pdf (sheet, output, &n_pages, &error) ||
      !koers_store_audit_student (store, KOERS_AUDIT_EXPORT,
                                  for_parents ? "meeting-agreements-pdf" : "meeting-preparation-pdf",
                                  koers_meeting_get_student_id (meeting), &error))
    return koers_cli_fail (error);

  /* The number first, so scripts can read it. */
  g_print (ngettext ("%u page\n", "%u pages\n", n_pages), n_pages);
  return EXIT_OK;
}

int
koers_cli_command_meeting_ics (KoersCliOptions *options,
                               int              argc,
                               char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersMeeting) meeting = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autofree char *output = NULL;
  g_autofree char *user_name = NULL;
  g_autofree char *school_name = NULL;
  g_autofree char *generated = NULL;
  const char *invitation;
  gint64 id = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The calendar file to write"), N_("FILE.ics") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("meeting-ics", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the calendar file with -o FILE.ics."));
  if (!parse_meeting_id (argv[1], &id, &error))
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  meeting = load_meeting (store, id, &error);
  if (meeting == NULL)
    return koers_cli_fail (error);
  student = koers_store_get_student (store, koers_meeting_get_student_id (meeting), &error);
  if (student == NULL)
    return koers_cli_fail (error);

  /* The invitation as the mentor edited it; otherwise the one the app would
   * generate, signed with the notebook's user name as in the app. */
  invitation = koers_meeting_get_invitation (meeting);
  if (invitation == NULL)
    {
      user_name = koers_store_dup_meta (store, KOERS_META_USER_NAME, &error);
      if (error != NULL)
        return koers_cli_fail (error);
      school_name = koers_store_dup_meta (store, KOERS_META_SCHOOL_NAME, &error);
      if (error != NULL)
        return koers_cli_fail (error);
      invitation = generated = koers_meeting_build_invitation (meeting, student, user_name, school_name);
    }

  if (!koers_meeting_write_ics (meeting, student, invitation, output, &error) ||
      !koers_store_audit_student (store, KOERS_AUDIT_EXPORT, "meeting-ics",
                                  koers_student_get_id (student), &error))
    return koers_cli_fail (error);

  g_print (_("Saved %s\n"), output);
  return EXIT_OK;
}
