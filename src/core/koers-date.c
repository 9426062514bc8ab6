/* koers-date.c: the date formats Dutch schools write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-date.h"

#include <stdlib.h>

#include "koers-i18n.h"

static gboolean
parse_number (const char  *text,
              guint        min_digits,
              guint        max_digits,
              guint       *out,
              const char **end)
{
  guint n = 0, value = 0;

  while (g_ascii_isdigit (text[n]) && n < max_digits)
    {
      value = value * 10 + (guint) (text[n] - '0');
      n++;
    }
  if (n < min_digits || g_ascii_isdigit (text[n]))
    return FALSE;

  *out = value;
  *end = text + n;
  return TRUE;
}

static char *
iso_if_valid (guint day,
              guint month,
              guint year)
{
  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

char *
koers_date_parse_to_iso (const char *text)
{
  g_autofree char *copy = NULL;
  const char *p;
  guint a, b, c;
  char sep;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  p = copy;

  /* yyyy-mm-dd */
  if (parse_number (p, 4, 4, &a, &p) && *p == '-' &&
      parse_number (p + 1, 1, 2, &b, &p) && *p == '-' &&
      parse_number (p + 1, 1, 2, &c, &p) && *p == '\0')
    return iso_if_valid (c, b, a);

  /* d-m-yyyy and dd-mm-yyyy, with -, / or . as administrations write them */
  p = copy;
  if (!parse_number (p, 1, 2, &a, &p))
    return NULL;
  sep = *p;
  if (sep != '-' && sep != '/' && sep != '.')
    return NULL;
  if (!parse_number (p + 1, 1, 2, &b, &p) || *p != sep)
    return NULL;
  if (!parse_number (p + 1, 4, 4, &c, &p) || *p != '\0')
    return NULL;

  return iso_if_valid (a, b, c);
}

gboolean
koers_date_from_iso (const char *iso,
                     GDate      *out)
{
  guint y, m, d;
  const char *p = iso;

  if (iso == NULL)
    return FALSE;

  if (!parse_number (p, 4, 4, &y, &p) || *p != '-' ||
      !parse_number (p + 1, 2, 2, &m, &p) || *p != '-' ||
      !parse_number (p + 1, 2, 2, &d, &p) || *p != '\0' ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
koers_date_format_dutch (const char *iso)
{
  GDate date;

  if (!koers_date_from_iso (iso, &date))
    return NULL;

  return g_strdup_printf ("%02u-%02u-%04u",
                          g_date_get_day (&date),
                          g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
koers_date_format_month_year (const char *iso)
{
  static const char * const months[] = {
    NC_("month heading", "January"), NC_("month heading", "February"),
    NC_("month heading", "March"), NC_("month heading", "April"),
    NC_("month heading", "May"), NC_("month heading", "June"),
    NC_("month heading", "July"), NC_("month heading", "August"),
    NC_("month heading", "September"), NC_("month heading", "October"),
    NC_("month heading", "November"), NC_("month heading", "December"),
  };
  GDate date;

  if (!koers_date_from_iso (iso, &date))
    return NULL;

  /* Translators: a month heading, as in "November 2026"; %1$s is the month, %2$d the year */
  return g_strdup_printf (_("%1$s %2$d"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month heading",
                                        months[g_date_get_month (&date) - 1]),
                          g_date_get_year (&date));
}

char *
koers_date_format_long (const char *iso)
{
  /* GDateWeekday counts from Monday = 1. */
  static const char * const weekdays[] = {
    NC_("weekday in a date", "Monday"), NC_("weekday in a date", "Tuesday"),
    NC_("weekday in a date", "Wednesday"), NC_("weekday in a date", "Thursday"),
    NC_("weekday in a date", "Friday"), NC_("weekday in a date", "Saturday"),
    NC_("weekday in a date", "Sunday"),
  };
  /* A context of their own: Dutch writes months in running text in lower case
   * ("1 december"), unlike the month headings. */
  static const char * const months[] = {
    NC_("month in a date", "January"), NC_("month in a date", "February"),
    NC_("month in a date", "March"), NC_("month in a date", "April"),
    NC_("month in a date", "May"), NC_("month in a date", "June"),
    NC_("month in a date", "July"), NC_("month in a date", "August"),
    NC_("month in a date", "September"), NC_("month in a date", "October"),
    NC_("month in a date", "November"), NC_("month in a date", "December"),
  };
  GDate date;

  if (!koers_date_from_iso (iso, &date))
    return NULL;

  /* Translators: a date in running text, as in "Tuesday 1 December 2026";
   * %1$s is the weekday, %2$d the day, %3$s the month, %4$d the year */
  return g_strdup_printf (_("%1$s %2$d %3$s %4$d"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "weekday in a date",
                                        weekdays[g_date_get_weekday (&date) - 1]),
                          g_date_get_day (&date),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month in a date",
                                        months[g_date_get_month (&date) - 1]),
                          g_date_get_year (&date));
}

int
koers_date_years_between (const GDate *from,
                          const GDate *to)
{
  int years = g_date_get_year (to) - g_date_get_year (from);

  /* Not yet had the birthday this year (a 29 February birthday counts on 1 March). */
  if (g_date_get_month (to) < g_date_get_month (from) ||
      (g_date_get_month (to) == g_date_get_month (from) &&
       g_date_get_day (to) < g_date_get_day (from)))
    years--;

  return years;
}

void
koers_date_today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out, 1);
  g_date_set_dmy (out,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

char *
koers_date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
koers_date_iso_days_ago (guint days)
{
  GDate date;

  koers_date_today (&date);
  g_date_subtract_days (&date, days);
  return koers_date_to_iso (&date);
}

/* "19:30", "9.15", "930" → "19:30", "09:15", "09:30"; NULL when it is no time. */
char *
koers_time_parse (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*([0-9]{1,2})[:.]?([0-9]{2})\\s*(uur)?\\s*$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *minutes = NULL;
  int h, m;

  if (!g_regex_match (regex, text, 0, &match))
    return NULL;

  hours = g_match_info_fetch (match, 1);
  minutes = g_match_info_fetch (match, 2);
  h = atoi (hours);
  m = atoi (minutes);
  if (h > 23 || m > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}
