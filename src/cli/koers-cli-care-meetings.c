/* koers-cli-care-meetings.c: care-meetings, plan-care-meeting, care-meeting-sheet
 *
 * For the zorgcoördinator who plans the year's leerlingbesprekingen in one go and
 * prints the agenda for the table. Recording the outcome is done in the app, where
 * the brief is in view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-care-meetings.h"

#include "koers-care-meeting-sheet.h"
#include "koers-date.h"
#include "koers-i18n.h"

int
koers_cli_command_care_meetings (KoersCliOptions *options,
                                 int              argc,
                                 char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) meetings = NULL;

  if (!koers_cli_parse_command_options ("care-meetings", NULL, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  meetings = koers_store_list_care_meetings (store, &error);
  if (meetings == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < meetings->len; i++)
    {
      KoersCareMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *place = koers_cli_one_line (koers_care_meeting_get_place (meeting));

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%u\t%s\n",
               koers_care_meeting_get_id (meeting),
               koers_care_meeting_get_date (meeting),
               koers_care_meeting_get_time (meeting) ?: "-",
               koers_care_meeting_get_students (meeting)->len,
               koers_care_meeting_count_recorded (meeting),
               *place != '\0' ? place : "-");
    }
  return EXIT_OK;
}

int
koers_cli_command_plan_care_meeting (KoersCliOptions *options,
                                     int              argc,
                                     char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersCareMeeting) meeting = koers_care_meeting_new ();
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *time = NULL;
  g_autofree char *place = NULL;
  g_autofree char *group = NULL;
  g_auto(GStrv) attendees = NULL;
  g_auto(GStrv) students = NULL;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the meeting"), N_("DATE") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &time_text, N_("The time it starts, like 15:30"), N_("TIME") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Where it is held"), N_("PLACE") },
    { "attendee", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &attendees, N_("Who attends (repeat for each)"), N_("NAME") },
    { "student", 's', 0, G_OPTION_ARG_STRING_ARRAY, &students, N_("A student to discuss (repeat for each)"), N_("STUDENT") },
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_("Every student of this class or group"), N_("GROUP") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("plan-care-meeting", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (date_text == NULL)
    return koers_cli_usage_error (_("Say when the meeting is with --date DATE."));
  date = koers_date_parse_to_iso (date_text);
  if (date == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("--date: “%s” is not a date. Write it as yyyy-mm-dd or dd-mm-yyyy."), date_text);
      return koers_cli_usage_error (message);
    }

  if (time_text != NULL && (time = koers_time_parse (time_text)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("--time: “%s” is not a time. Write it like 15:30."), time_text);
      return koers_cli_usage_error (message);
    }

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  koers_care_meeting_set_date (meeting, date);
  koers_care_meeting_set_time (meeting, time);
  koers_care_meeting_set_place (meeting, place);
  koers_care_meeting_set_attendees (meeting, (const char * const *) attendees);
  for (guint i = 0; students != NULL && students[i] != NULL; i++)
    {
      g_autoptr(KoersStudent) student = koers_store_find_student (store, students[i], &error);

      if (student == NULL)
        return koers_cli_fail (error);
      koers_care_meeting_add_student (meeting, koers_student_get_id (student), NULL);
    }
  if (group != NULL)
    {
      g_autoptr(GPtrArray) in_group = koers_store_list_students (store, &(KoersStudentQuery) { .group = group },
                                                                 &error);

      if (in_group == NULL)
        return koers_cli_fail (error);
      if (in_group->len == 0)
        {
          g_autofree char *message = g_strdup_printf (_("There are no students in group “%s”."), group);
          return koers_cli_usage_error (message);
        }
      for (guint i = 0; i < in_group->len; i++)
        koers_care_meeting_add_student (meeting, koers_student_get_id (g_ptr_array_index (in_group, i)), NULL);
    }

  if (!koers_store_save_care_meeting (store, meeting, &error))
    return koers_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", koers_care_meeting_get_id (meeting));
  return EXIT_OK;
}

int
koers_cli_command_care_meeting_sheet (KoersCliOptions *options,
                                      int              argc,
                                      char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersCareMeeting) meeting = NULL;
  g_autoptr(KoersDocument) doc = NULL;
  g_autofree char *output = NULL;
  gboolean minutes = FALSE, include_sensitive = FALSE;
  guint64 id = 0;
  guint n_pages = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), N_("FILE.pdf") },
    { "minutes", 0, 0, G_OPTION_ARG_NONE, &minutes, N_("The minutes: conclusions and next steps"), NULL },
    { "include-sensitive", 0, 0, G_OPTION_ARG_NONE, &include_sensitive, N_("Put sensitive notes on the agenda, marked as such"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("care-meeting-sheet", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the PDF with -o FILE.pdf."));
  if (minutes && include_sensitive)
    return koers_cli_usage_error (_("The minutes quote no notes; leave out --include-sensitive."));
  if (!g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    {
      g_autofree char *message =
        /* Translators: “koers-cli care-meetings” is a command, keep it as is */
        g_strdup_printf (_("“%s” is not a meeting id. “koers-cli care-meetings” lists them with their ids."), argv[1]);
      return koers_cli_usage_error (message);
    }

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  meeting = koers_store_get_care_meeting (store, (gint64) id, &error);
  if (meeting == NULL)
    return koers_cli_fail (error);

  if (minutes)
    doc = koers_care_minutes_new (meeting);
  else
    {
      g_autoptr(GPtrArray) briefs = koers_store_get_care_briefs (store, meeting, &error);

      if (briefs == NULL)
        return koers_cli_fail (error);
      doc = koers_care_agenda_new (meeting, briefs, include_sensitive);
    }
  {
    g_autoptr(GArray) ids = koers_care_meeting_dup_student_ids (meeting);

    if (!koers_document_write_pdf (doc, output, &n_pages, &error) ||
        !koers_store_audit (store, KOERS_AUDIT_EXPORT, minutes ? "care-minutes" : "care-agenda", ids, &error))
      return koers_cli_fail (error);
  }
  g_print (ngettext ("%u page\n", "%u pages\n", n_pages), n_pages);
  return EXIT_OK;
}
