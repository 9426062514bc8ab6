/* test-ics.c: the meeting's .ics export, read back by libical and line by line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libical/ical.h>
#include <string.h>
#include <sys/stat.h>

#include "koers-ics.h"
#include "koers-test-util.h"

#define UUID "0b7c3c8e-7f7e-4d1f-9a43-0c1f8c2b2d11"

/* Long, Dutch, and full of what TEXT must escape: a folded line has to cut
 * between characters, never inside "ë" or "’". */
#define INVITATION \
  "Beste ouders van Noëlle,\n" \
  "\n" \
  "Wij nodigen u uit voor een gesprek over Noëlle; het gaat over haar werkhouding, " \
  "haar cijfers en de ‘één-op-één’ begeleiding die zij krijgt. Een café-gesprek is het " \
  "niet, maar wij maken er graag een prettig gesprek van.\r\n" \
  "Map: C:\\Ouders\\Noëlle\n" \
  "Met vriendelijke groet,\n" \
  "meneer De Vries"

#define PLACE "Lokaal 2.14; naast de aula, 1e verdieping"

static KoersStudent *
make_student (void)
{
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, "Noëlle");
  koers_student_set_tussenvoegsel (student, "van der");
  koers_student_set_last_name (student, "Meer");
  return student;
}

static KoersMeeting *
make_meeting (const char *date,
              const char *time,
              guint       minutes)
{
  KoersMeeting *meeting = koers_meeting_new ();

  koers_meeting_set_uuid (meeting, UUID);
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  koers_meeting_set_reason (meeting, "GEHEIM: niet voor de agenda van de ouders");
  koers_meeting_set_worry (meeting, "GEHEIM: zorgen");
  koers_meeting_set_date (meeting, date);
  koers_meeting_set_time (meeting, time);
  koers_meeting_set_duration (meeting, minutes);
  koers_meeting_set_place (meeting, PLACE);
  return meeting;
}

static char *
export (KoersMeeting *meeting,
        const char   *invitation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) student = make_student ();
  char *ics = koers_meeting_to_ics (meeting, student, invitation, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ics);
  return ics;
}

/* The physical lines, without their CRLF; asserts every line ends in CRLF. */
static GPtrArray *
physical_lines (const char *ics)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *p = ics;

  g_assert_true (g_str_has_suffix (ics, "\r\n"));
  while (*p != '\0')
    {
      const char *crlf = strstr (p, "\r\n");
      const char *lf = strchr (p, '\n');

      g_assert_nonnull (crlf);
      /* No bare LF (or CR) before the line's CRLF. */
      g_assert_true (lf == crlf + 1);
      g_assert_null (memchr (p, '\r', (size_t) (crlf - p)));
      g_ptr_array_add (lines, g_strndup (p, (gsize) (crlf - p)));
      p = crlf + 2;
    }
  return lines;
}

/* Content lines after unfolding (RFC 5545 3.1: CRLF followed by one space or tab). */
static GPtrArray *
content_lines (GPtrArray *physical)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < physical->len; i++)
    {
      const char *line = g_ptr_array_index (physical, i);

      if (line[0] == ' ' || line[0] == '\t')
        {
          char **last;

          g_assert_cmpuint (lines->len, >, 0);
          last = (char **) &g_ptr_array_index (lines, lines->len - 1);
          {
            char *joined = g_strconcat (*last, line + 1, NULL);

            g_free (*last);
            *last = joined;
          }
        }
      else
        g_ptr_array_add (lines, g_strdup (line));
    }
  return lines;
}

static const char *
find_line (GPtrArray  *lines,
           const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), prefix))
      return g_ptr_array_index (lines, i);
  return NULL;
}

static guint
count_errors (icalcomponent *component)
{
  guint n = (guint) icalcomponent_count_properties (component, ICAL_XLICERROR_PROPERTY);

  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    n += count_errors (child);
  return n;
}

static void
test_lines (void)
{
  g_autoptr(KoersMeeting) meeting = make_meeting ("2026-01-13", "19:30", 45);
  g_autofree char *ics = export (meeting, INVITATION);
  g_autoptr(GPtrArray) physical = physical_lines (ics);
  g_autoptr(GPtrArray) lines = content_lines (physical);
  const char *description;
  guint folded = 0;

  for (guint i = 0; i < physical->len; i++)
    {
      const char *line = g_ptr_array_index (physical, i);

      g_assert_cmpuint (strlen (line), <=, 75);
      /* Each physical line on its own is valid UTF-8: no sequence was cut. */
      g_assert_true (g_utf8_validate (line, -1, NULL));
      if (line[0] == ' ')
        folded++;
    }
  /* The long description had to be folded, over several lines. */
  g_assert_cmpuint (folded, >=, 3);

  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (find_line (lines, "VERSION:"), ==, "VERSION:2.0");
  g_assert_nonnull (find_line (lines, "PRODID:"));
  g_assert_cmpstr (find_line (lines, "CALSCALE:"), ==, "CALSCALE:GREGORIAN");
  g_assert_cmpstr (find_line (lines, "METHOD:"), ==, "METHOD:PUBLISH");
  g_assert_cmpstr (find_line (lines, "TZID:"), ==, "TZID:Europe/Amsterdam");
  g_assert_nonnull (find_line (lines, "BEGIN:STANDARD"));
  g_assert_nonnull (find_line (lines, "BEGIN:DAYLIGHT"));
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");

  g_assert_cmpstr (find_line (lines, "UID:"), ==, "UID:" UUID "@koers");
  g_assert_true (g_regex_match_simple ("^DTSTAMP:[0-9]{8}T[0-9]{6}Z$", find_line (lines, "DTSTAMP:"), 0, 0));
  g_assert_cmpstr (find_line (lines, "DTSTART;"), ==, "DTSTART;TZID=Europe/Amsterdam:20260113T193000");
  g_assert_cmpstr (find_line (lines, "DTEND;"), ==, "DTEND;TZID=Europe/Amsterdam:20260113T201500");
  g_assert_cmpstr (find_line (lines, "SUMMARY:"), ==, "SUMMARY:Meeting about Noëlle");
  g_assert_cmpstr (find_line (lines, "LOCATION:"), ==,
                   "LOCATION:Lokaal 2.14\\; naast de aula\\, 1e verdieping");

  /* Escaped: backslash, semicolon, comma; both LF and CRLF become \n. */
  description = find_line (lines, "DESCRIPTION:");
  g_assert_nonnull (description);
  g_assert_cmpstr (description, ==,
                   "DESCRIPTION:Beste ouders van Noëlle\\,\\n"
                   "\\n"
                   "Wij nodigen u uit voor een gesprek over Noëlle\\; het gaat over haar werkhouding\\, "
                   "haar cijfers en de ‘één-op-één’ begeleiding die zij krijgt. Een café-gesprek is het "
                   "niet\\, maar wij maken er graag een prettig gesprek van.\\n"
                   "Map: C:\\\\Ouders\\\\Noëlle\\n"
                   "Met vriendelijke groet\\,\\n"
                   "meneer De Vries");

  /* Only what the invitation says: nothing of the preparation. */
  g_assert_null (strstr (ics, "GEHEIM"));
}

/* Folding at every possible offset: a run of two- and three-byte characters shifted
 * one byte at a time puts the 75-octet boundary inside each kind of sequence. */
static void
test_folding_boundaries (void)
{
  for (guint shift = 0; shift < 6; shift++)
    {
      g_autoptr(KoersMeeting) meeting = make_meeting ("2026-01-13", "19:30", 30);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *ics = NULL;
      g_autoptr(GPtrArray) physical = NULL;
      g_autoptr(GPtrArray) lines = NULL;
      g_autofree char *expected = NULL;

      for (guint i = 0; i < shift; i++)
        g_string_append_c (text, 'x');
      for (guint i = 0; i < 40; i++)
        g_string_append (text, "ë’é");
      ics = export (meeting, text->str);
      physical = physical_lines (ics);
      lines = content_lines (physical);
      for (guint i = 0; i < physical->len; i++)
        {
          g_assert_cmpuint (strlen (g_ptr_array_index (physical, i)), <=, 75);
          g_assert_true (g_utf8_validate (g_ptr_array_index (physical, i), -1, NULL));
        }
      expected = g_strconcat ("DESCRIPTION:", text->str, NULL);
      g_assert_cmpstr (find_line (lines, "DESCRIPTION:"), ==, expected);
    }
}

static void
test_libical (void)
{
  g_autoptr(KoersMeeting) winter = make_meeting ("2026-01-13", "19:30", 45);
  g_autoptr(KoersMeeting) summer = make_meeting ("2026-07-07", "08:15", 30);
  g_autofree char *winter_ics = export (winter, INVITATION);
  g_autofree char *summer_ics = export (summer, NULL);
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *method;
  struct icaltimetype start, end, utc;
  struct icaldurationtype length;

  calendar = icalparser_parse_string (winter_ics);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  /* No X-LIC-ERROR: libical read every line. (icalrestriction_check is not used:
   * its iTIP rules want an ORGANIZER address, which a notebook does not have.) */
  g_assert_cmpuint (count_errors (calendar), ==, 0);

  method = icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY);
  g_assert_nonnull (method);
  g_assert_cmpint (icalproperty_get_method (method), ==, ICAL_METHOD_PUBLISH);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);

  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, UUID "@koers");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Meeting about Noëlle");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, PLACE);
  /* Unescaped and unfolded, libical gets the invitation back (CRLF as one line break). */
  {
    g_autofree char *expected = NULL;
    g_auto(GStrv) parts = g_strsplit (INVITATION, "\r\n", -1);

    expected = g_strjoinv ("\n", parts);
    g_assert_cmpstr (icalcomponent_get_description (event), ==, expected);
  }

  start = icalcomponent_get_dtstart (event);
  end = icalcomponent_get_dtend (event);
  g_assert_cmpint (start.year, ==, 2026);
  g_assert_cmpint (start.month, ==, 1);
  g_assert_cmpint (start.day, ==, 13);
  g_assert_cmpint (start.hour, ==, 19);
  g_assert_cmpint (start.minute, ==, 30);
  g_assert_nonnull (start.zone);
  g_assert_cmpstr (icaltimezone_get_tzid ((icaltimezone *) start.zone), ==, "Europe/Amsterdam");
  length = icaltime_subtract (end, start);
  g_assert_cmpint (icaldurationtype_as_int (length), ==, 45 * 60);
  /* The embedded VTIMEZONE puts 19:30 in January at UTC+1. */
  utc = icaltime_convert_to_zone (start, icaltimezone_get_utc_timezone ());
  g_assert_cmpint (utc.hour, ==, 18);
  g_assert_cmpint (utc.minute, ==, 30);
  icalcomponent_free (calendar);

  /* And in July at UTC+2. */
  calendar = icalparser_parse_string (summer_ics);
  g_assert_nonnull (calendar);
  g_assert_cmpuint (count_errors (calendar), ==, 0);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_null (icalcomponent_get_first_property (event, ICAL_DESCRIPTION_PROPERTY));
  start = icalcomponent_get_dtstart (event);
  utc = icaltime_convert_to_zone (start, icaltimezone_get_utc_timezone ());
  g_assert_cmpint (utc.hour, ==, 6);
  g_assert_cmpint (utc.minute, ==, 15);
  icalcomponent_free (calendar);
}

static void
test_past_midnight (void)
{
  g_autoptr(KoersMeeting) meeting = make_meeting ("2026-12-31", "23:45", 45);
  g_autofree char *ics = export (meeting, NULL);
  g_autoptr(GPtrArray) physical = physical_lines (ics);
  g_autoptr(GPtrArray) lines = content_lines (physical);

  g_assert_cmpstr (find_line (lines, "DTSTART;"), ==, "DTSTART;TZID=Europe/Amsterdam:20261231T234500");
  g_assert_cmpstr (find_line (lines, "DTEND;"), ==, "DTEND;TZID=Europe/Amsterdam:20270101T003000");
  g_assert_null (find_line (lines, "DESCRIPTION"));
}

static void
test_uid_stable (void)
{
  g_autoptr(KoersMeeting) meeting = make_meeting ("2026-01-13", "19:30", 45);
  g_autofree char *first = export (meeting, INVITATION);
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) first_lines = NULL;
  g_autoptr(GPtrArray) second_lines = NULL;
  g_autoptr(GPtrArray) first_physical = physical_lines (first);
  g_autoptr(GPtrArray) second_physical = NULL;

  /* An edit later (a new time) is the same event for the calendar. */
  koers_meeting_set_time (meeting, "20:00");
  second = export (meeting, "Nieuwe tijd");
  second_physical = physical_lines (second);
  first_lines = content_lines (first_physical);
  second_lines = content_lines (second_physical);
  g_assert_cmpstr (find_line (first_lines, "UID:"), ==, find_line (second_lines, "UID:"));
  g_assert_cmpstr (find_line (first_lines, "UID:"), ==, "UID:" UUID "@koers");
  g_assert_cmpstr (find_line (second_lines, "DTSTART;"), ==, "DTSTART;TZID=Europe/Amsterdam:20260113T200000");
}

static void
test_missing (void)
{
  g_autoptr(KoersStudent) student = make_student ();
  g_autoptr(KoersMeeting) no_time = make_meeting ("2026-01-13", NULL, 45);
  g_autoptr(KoersMeeting) no_date = make_meeting (NULL, "19:30", 45);
  g_autoptr(KoersMeeting) unsaved = make_meeting ("2026-01-13", "19:30", 45);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "gesprek.ics", NULL);
  char *ics;

  ics = koers_meeting_to_ics (no_time, student, NULL, &error);
  g_assert_null (ics);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "time"));
  g_clear_error (&error);

  g_assert_false (koers_meeting_write_ics (no_time, student, NULL, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  ics = koers_meeting_to_ics (no_date, student, NULL, &error);
  g_assert_null (ics);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "date"));
  g_clear_error (&error);

  koers_meeting_set_uuid (unsaved, NULL);
  ics = koers_meeting_to_ics (unsaved, student, NULL, &error);
  g_assert_null (ics);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

static void
test_write (void)
{
  g_autoptr(KoersStudent) student = make_student ();
  g_autoptr(KoersMeeting) meeting = make_meeting ("2026-01-13", "19:30", 45);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "gesprek.ics", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "gesprek.ics", NULL);
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (koers_meeting_write_ics (meeting, student, INVITATION, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_false (koers_meeting_write_ics (meeting, student, INVITATION, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/lines", test_lines);
  g_test_add_func ("/ics/folding-boundaries", test_folding_boundaries);
  g_test_add_func ("/ics/libical", test_libical);
  g_test_add_func ("/ics/past-midnight", test_past_midnight);
  g_test_add_func ("/ics/uid-stable", test_uid_stable);
  g_test_add_func ("/ics/missing", test_missing);
  g_test_add_func ("/ics/write", test_write);

  return g_test_run ();
}
