/* koers-ics.c: a parent meeting as an iCalendar event (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-ics.h"

#include <gio/gio.h>
#include <string.h>

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

/* RFC 5545 3.1: lines longer than 75 octets are folded. */
#define ICS_MAX_OCTETS 75

/* Dutch schools keep Dutch time. The rules are the EU's since 1996 (last Sunday of
 * March and of October); a calendar needs them to place a TZID'd time. */
static const char vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:Europe/Amsterdam\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19810329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19961027T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n";

/* RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks.
 * Other control characters are not allowed in a TEXT value at all. */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (escaped, "\\\\"); break;
        case ';': g_string_append (escaped, "\\;"); break;
        case ',': g_string_append (escaped, "\\,"); break;
        case '\r':
          /* CRLF is one line break. */
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n': g_string_append (escaped, "\\n"); break;
        case '\t': g_string_append_c (escaped, ' '); break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (escaped, *p);
          break;
        }
    }

  return g_string_free (escaped, FALSE);
}

/* Appends "NAME:value" as one content line, folded (RFC 5545 3.1) so no physical
 * line exceeds 75 octets, and never inside a UTF-8 sequence: a calendar that
 * unfolds byte-wise must get the same characters back. */
static void
append_line (GString    *ics,
             const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize room = ICS_MAX_OCTETS;

  while (length - start > room)
    {
      gsize end = start + room;

      /* Back up to the first byte of a character (continuation bytes are 10xxxxxx). */
      while (end > start && ((guchar) line[end] & 0xc0) == 0x80)
        end--;
      /* Not UTF-8 after all: any cut is better than none. */
      if (end == start)
        end = start + room;
      g_string_append_len (ics, line + start, (gssize) (end - start));
      g_string_append (ics, "\r\n ");
      start = end;
      /* Continuation lines begin with the space, which counts. */
      room = ICS_MAX_OCTETS - 1;
    }
  g_string_append (ics, line + start);
  g_string_append (ics, "\r\n");
}

static void
append_property (GString    *ics,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  append_line (ics, line);
}

static void
append_text_property (GString    *ics,
                      const char *name,
                      const char *text)
{
  g_autofree char *escaped = escape_text (text);

  append_property (ics, name, escaped);
}

static gboolean
parse_time (const char *time,
            int        *hour,
            int        *minute)
{
  if (time == NULL ||
      !g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$", time, 0, 0))
    return FALSE;

  *hour = (time[0] - '0') * 10 + (time[1] - '0');
  *minute = (time[3] - '0') * 10 + (time[4] - '0');
  return TRUE;
}

static const char *
status_value (KoersMeetingStatus status)
{
  switch (status)
    {
    case KOERS_MEETING_DRAFT: return "TENTATIVE";
    case KOERS_MEETING_CANCELLED: return "CANCELLED";
    case KOERS_MEETING_PLANNED:
    case KOERS_MEETING_HELD:
    case KOERS_N_MEETING_STATUSES:
    default: return "CONFIRMED";
    }
}

char *
koers_meeting_to_ics (KoersMeeting  *meeting,
                      KoersStudent  *student,
                      const char    *invitation,
                      GError       **error)
{
  g_autoptr(GString) ics = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *dtstart = NULL;
  g_autofree char *dtend = NULL;
  g_autofree char *dtstamp = NULL;
  g_autofree char *summary = NULL;
  const char *first_name;
  GDate date;
  int hour, minute;

  g_return_val_if_fail (KOERS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  if (!koers_date_from_iso (koers_meeting_get_date (meeting), &date))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The meeting has no date yet. Choose a date before adding it to a calendar."));
      return NULL;
    }
  if (!parse_time (koers_meeting_get_time (meeting), &hour, &minute))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The meeting has no start time yet. Fill in a time, such as 19:30, before adding it to a calendar."));
      return NULL;
    }
  if (!koers_str_is_set (koers_meeting_get_uuid (meeting)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Save the meeting before adding it to a calendar."));
      return NULL;
    }

  /* Wall-clock arithmetic in UTC: DTSTART and DTEND are both local times of the
   * named zone, so the end is the start plus the minutes on the clock. */
  utc = g_time_zone_new_utc ();
  start = g_date_time_new (utc, g_date_get_year (&date), g_date_get_month (&date),
                           g_date_get_day (&date), hour, minute, 0);
  end = g_date_time_add_minutes (start, (int) MAX (koers_meeting_get_duration (meeting), 1u));
  now = g_date_time_new_now_utc ();
  dtstart = g_date_time_format (start, "%Y%m%dT%H%M%S");
  dtend = g_date_time_format (end, "%Y%m%dT%H%M%S");
  dtstamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  uid = g_strconcat (koers_meeting_get_uuid (meeting), "@koers", NULL);

  first_name = koers_student_get_first_name (student);
  if (!koers_str_is_set (first_name))
    first_name = koers_student_get_display_name (student);
  /* Translators: the title of the calendar event; %s is the student's first name */
  summary = g_strdup_printf (_("Meeting about %s"), first_name);

  ics = g_string_new (NULL);
  append_property (ics, "BEGIN", "VCALENDAR");
  append_property (ics, "VERSION", "2.0");
  append_property (ics, "PRODID", "-//Koers//Koers " KOERS_VERSION "//EN");
  append_property (ics, "CALSCALE", "GREGORIAN");
  append_property (ics, "METHOD", "PUBLISH");
  g_string_append (ics, vtimezone);
  append_property (ics, "BEGIN", "VEVENT");
  append_property (ics, "UID", uid);
  append_property (ics, "DTSTAMP", dtstamp);
  append_property (ics, "DTSTART;TZID=Europe/Amsterdam", dtstart);
  append_property (ics, "DTEND;TZID=Europe/Amsterdam", dtend);
  append_text_property (ics, "SUMMARY", summary);
  if (koers_str_is_set (koers_meeting_get_place (meeting)))
    append_text_property (ics, "LOCATION", koers_meeting_get_place (meeting));
  if (koers_str_is_set (invitation))
    append_text_property (ics, "DESCRIPTION", invitation);
  append_property (ics, "STATUS", status_value (koers_meeting_get_status (meeting)));
  append_property (ics, "TRANSP", "OPAQUE");
  append_property (ics, "END", "VEVENT");
  append_property (ics, "END", "VCALENDAR");

  return g_string_free (g_steal_pointer (&ics), FALSE);
}

gboolean
koers_meeting_write_ics (KoersMeeting  *meeting,
                         KoersStudent  *student,
                         const char    *invitation,
                         const char    *path,
                         GError       **error)
{
  g_autofree char *ics = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  ics = koers_meeting_to_ics (meeting, student, invitation, error);
  if (ics == NULL)
    return FALSE;

  /* Written beside the target and renamed over it: a reader sees the old file or
   * the whole new one. 0600: it names a student. */
  if (!g_file_set_contents_full (path, ics, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not save the calendar file: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}
