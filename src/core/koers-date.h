/* koers-date.h: the date formats Dutch schools write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads d-m-yyyy, dd-mm-yyyy (also with / or .) and yyyy-mm-dd.
 * Returns a newly allocated ISO date ("2012-03-14") or NULL for anything else,
 * including dates that do not exist (31-02-2012). */
char     *koers_date_parse_to_iso   (const char *text);
gboolean  koers_date_from_iso       (const char *iso,
                                     GDate      *out);
/* "14-03-2012": how a Dutch user reads and types a date. */
char     *koers_date_format_dutch   (const char *iso);
/* "November 2026", a heading over a month of the timeline. Month names come from
 * Koers's own translations, so they follow LANGUAGE even when LC_TIME does not. */
char     *koers_date_format_month_year (const char *iso);
/* "Tuesday 1 December 2026": a date in running text (a letter, a meeting's time).
 * Like the month headings, the names come from Koers's own translations. */
char     *koers_date_format_long    (const char *iso);
int       koers_date_years_between  (const GDate *from,
                                     const GDate *to);
void      koers_date_today          (GDate      *out);
char     *koers_date_to_iso         (const GDate *date);
/* Today minus @days, as ISO date: the start of "the last 4 weeks" and such. */
char     *koers_date_iso_days_ago   (guint       days);

/* "19:30", "9.15", "930" → "19:30", "09:15", "09:30"; NULL when it is no time. */
char     *koers_time_parse          (const char *text);

G_END_DECLS
