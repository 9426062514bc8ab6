/* koers-store-overview.c: what needs attention across all students
 *
 * Every section is one query over the whole notebook, filtered by group and mentor
 * in SQL, so the overview stays one round of queries however many students there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include <math.h>

#include "koers-date.h"
#include "koers-i18n.h"

/* Rows start with the student; ?1 is today, ?2 the group, ?3 the mentor. */
#define FROM_STUDENTS \
  " FROM students s LEFT JOIN groups g ON g.id = s.group_id"
#define FILTER \
  " s.archived_at IS NULL AND (?2 IS NULL OR g.name = ?2) AND (?3 IS NULL OR s.mentor = ?3)"

typedef struct
{
  KoersStore *store;
  const char *today;
  GDate today_date;
  const char *group;
  const char *mentor;
  guint quiet_weeks;
  GPtrArray *items;
} Overview;

typedef void (*RowFunc) (Overview          *overview,
                         KoersOverviewItem *item,
                         sqlite3_stmt      *stmt);

/* Runs one section's query and turns every row into an item via @row_func. Extra
 * parameters from ?4 on are bound by the caller through @extra. */
static gboolean
run_section (Overview             *overview,
             KoersOverviewSection  section,
             const char           *sql,
             const char           *extra,
             RowFunc               row_func,
             GError              **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (overview->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, overview->today, -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 2, overview->group);
  koers_store_bind_text (stmt, 3, overview->mentor);
  if (extra != NULL)
    sqlite3_bind_text (stmt, 4, extra, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersStudent) student = koers_store_student_from_row (stmt);
      KoersOverviewItem *item = koers_overview_item_new (section, student);

      row_func (overview, item, stmt);
      g_ptr_array_add (overview->items, item);
    }

  if (rc != SQLITE_DONE)
    return koers_store_fail (overview->store, rc, error);
  return TRUE;
}

#define COL(n) (KOERS_STUDENT_N_COLUMNS + (n))

static gboolean
before_today (Overview   *overview,
              const char *iso)
{
  return iso != NULL && strcmp (iso, overview->today) < 0;
}

static void
goal_row (Overview          *overview,
          KoersOverviewItem *item,
          sqlite3_stmt      *stmt)
{
  const char *title = koers_store_column_text (stmt, COL (1));
  const char *due = koers_store_column_text (stmt, COL (2));
  g_autofree char *reason = NULL;

  if (before_today (overview, due))
    reason = g_strdup_printf (_("Evaluation of “%s” is overdue"), title);
  else
    reason = g_strdup_printf (_("Evaluate “%s”"), title);

  koers_overview_item_set_reason (item, reason);
  koers_overview_item_set_date (item, due);
  koers_overview_item_set_overdue (item, before_today (overview, due));
  koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_GOAL,
                                  sqlite3_column_int64 (stmt, COL (0)));
}

static void
followup_row (Overview          *overview,
              KoersOverviewItem *item,
              sqlite3_stmt      *stmt)
{
  KoersEntryKind kind = KOERS_ENTRY_OBSERVATION;
  const char *what = koers_store_column_text (stmt, COL (2));
  const char *due = koers_store_column_text (stmt, COL (4));
  g_autofree char *reason = NULL;

  koers_entry_kind_from_string (koers_store_column_text (stmt, COL (1)), &kind);

  /* The overview may be on a shared screen in a meeting: a sensitive note's
   * follow-up is named, not quoted. */
  if (sqlite3_column_int (stmt, COL (5)))
    reason = g_strdup (_("Follow-up of a sensitive note"));
  else if (kind == KOERS_ENTRY_AGREEMENT)
    reason = g_strdup_printf (_("Agreement: %s"), what);
  else
    reason = g_strdup (what);

  koers_overview_item_set_reason (item, reason);
  koers_overview_item_set_date (item, due);
  koers_overview_item_set_overdue (item, before_today (overview, due));
  koers_overview_item_set_owner (item, koers_store_column_text (stmt, COL (3)));
  koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_ENTRY,
                                  sqlite3_column_int64 (stmt, COL (0)));
}

static void
referral_row (Overview          *overview,
              KoersOverviewItem *item,
              sqlite3_stmt      *stmt)
{
  KoersReferralTo to = KOERS_REFERRAL_OTHER;
  const char *name = koers_store_column_text (stmt, COL (2));
  g_autofree char *whom = NULL;
  g_autofree char *reason = NULL;

  koers_referral_from_string (koers_store_column_text (stmt, COL (1)), &to);
  if (name != NULL)
    whom = g_strdup_printf ("%s (%s)", koers_referral_get_label (to), name);
  else
    whom = g_strdup (koers_referral_get_label (to));

  /* TRANSLATORS: %s is where the student was referred to, e.g. "Wijkteam" */
  reason = g_strdup_printf (_("No feedback yet from %s"), whom);

  koers_overview_item_set_reason (item, reason);
  koers_overview_item_set_date (item, koers_store_column_text (stmt, COL (3)));
  koers_overview_item_set_overdue (item, TRUE);
  koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_ENTRY,
                                  sqlite3_column_int64 (stmt, COL (0)));
}

static void
signals_row (Overview          *overview,
             KoersOverviewItem *item,
             sqlite3_stmt      *stmt)
{
  const char *name = koers_checklist_text (koers_store_column_text (stmt, COL (1)),
                                           koers_store_column_text (stmt, COL (2)));
  const char *last = koers_store_column_text (stmt, COL (4));
  g_autofree char *reason = NULL;

  if (last != NULL)
    {
      g_autofree char *when = koers_date_format_dutch (last);

      /* TRANSLATORS: %s is a checklist's name, then the date of the last student care meeting */
      reason = g_strdup_printf (_("%s filled in since the student care meeting of %s"), name, when);
    }
  else
    /* TRANSLATORS: %s is a checklist's name */
    reason = g_strdup_printf (_("%s filled in, never discussed in a student care meeting"), name);

  koers_overview_item_set_reason (item, reason);
  koers_overview_item_set_date (item, koers_store_column_text (stmt, COL (3)));
  koers_overview_item_set_owner (item, koers_store_column_text (stmt, COL (5)));
  koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_CHECKLIST,
                                  sqlite3_column_int64 (stmt, COL (0)));
}

static void
quiet_row (Overview          *overview,
           KoersOverviewItem *item,
           sqlite3_stmt      *stmt)
{
  const char *last = koers_store_column_text (stmt, COL (0));
  g_autofree char *reason = NULL;

  if (last != NULL)
    {
      GDate date;
      guint weeks = 0;

      if (koers_date_from_iso (last, &date))
        weeks = (guint) g_date_days_between (&date, &overview->today_date) / 7;
      reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Nothing written for %u week",
                                             "Nothing written for %u weeks", weeks),
                                weeks);
    }
  else
    reason = g_strdup (_("Nothing written since the student was added"));

  koers_overview_item_set_reason (item, reason);
  koers_overview_item_set_date (item, last != NULL ? last : koers_store_column_text (stmt, COL (1)));
  koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_STUDENT,
                                  koers_student_get_id (koers_overview_item_get_student (item)));
}

/* The attendance rows are filtered after the query, in C: the scheduled hours
 * depend on the calendar, which SQL does not know. */
static gboolean
add_attendance (Overview  *overview,
                GError   **error)
{
  g_autofree char *from = koers_school_year_start (&overview->today_date);
  GDate from_date;
  double default_hours;
  sqlite3_stmt *stmt;
  int rc;

  koers_date_from_iso (from, &from_date);
  default_hours = koers_store_get_default_hours (overview->store);

#define ABSENCE_HOURS \
  "CASE e.absence_unit WHEN 'dayparts'" \
  " THEN e.absence_amount * coalesce (g.hours_per_week, ?5) / 10.0" \
  " ELSE e.absence_amount END"
  /* Only students with absence can be below the line: the others are present 100%. */
  stmt = koers_store_prepare (overview->store,
                              "SELECT " KOERS_STUDENT_COLUMNS ","
                              "   coalesce (g.hours_per_week, ?5),"
                              "   total (CASE WHEN e.absence_authorised THEN " ABSENCE_HOURS " END),"
                              "   total (CASE WHEN NOT e.absence_authorised THEN " ABSENCE_HOURS " END),"
                              "   max (e.date)"
                              FROM_STUDENTS
                              /* CROSS: students outside, so each looks up its own absence
                               * in the covering entries_absence, not every absence row
                               * of the school first. */
                              " CROSS JOIN entries e ON e.student_id = s.id AND e.kind = 'absence'"
                              "   AND e.date >= ?4 AND e.date <= ?1"
                              " WHERE" FILTER
                              " GROUP BY s.id",
                              error);
#undef ABSENCE_HOURS
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, overview->today, -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 2, overview->group);
  koers_store_bind_text (stmt, 3, overview->mentor);
  sqlite3_bind_text (stmt, 4, from, -1, SQLITE_STATIC);
  /* Students without a class. */
  sqlite3_bind_double (stmt, 5, default_hours);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersAttendance attendance = { 0 };
      g_autoptr(KoersStudent) student = NULL;
      g_autoptr(KoersOverviewItem) item = NULL;
      g_autofree char *reason = NULL;

      attendance.scheduled_hours =
        koers_store_scheduled_hours (&from_date, &overview->today_date,
                                     sqlite3_column_double (stmt, COL (0)));
      attendance.authorised_hours = sqlite3_column_double (stmt, COL (1));
      attendance.unauthorised_hours = sqlite3_column_double (stmt, COL (2));
      koers_attendance_finish (&attendance);

      if (attendance.percentage >= KOERS_ATTENDANCE_PROBLEM_BELOW)
        continue;

      student = koers_store_student_from_row (stmt);
      item = koers_overview_item_new (KOERS_OVERVIEW_ATTENDANCE, student);
      /* Rounded down: 89.6% must not read as 90%. */
      /* TRANSLATORS: a percentage ("86"), then a number of hours ("12.5") */
      reason = g_strdup_printf (_("Present %.0f%% of the time, %g hours unauthorised absence"),
                                floor (attendance.percentage), attendance.unauthorised_hours);
      koers_overview_item_set_reason (item, reason);
      koers_overview_item_set_date (item, koers_store_column_text (stmt, COL (3)));
      koers_overview_item_set_overdue (item, TRUE);
      koers_overview_item_set_target (item, KOERS_OVERVIEW_TARGET_ATTENDANCE,
                                      koers_student_get_id (student));
      g_ptr_array_add (overview->items, g_steal_pointer (&item));
    }

  if (rc != SQLITE_DONE)
    return koers_store_fail (overview->store, rc, error);
  return TRUE;
}

static gboolean
add_sections (Overview  *overview,
              GError   **error)
{
  g_autofree char *quiet_since = g_strdup_printf ("-%u days", overview->quiet_weeks * 7);

  return
    run_section (overview, KOERS_OVERVIEW_GOALS,
                 "SELECT " KOERS_STUDENT_COLUMNS ", gl.id, gl.title, gl.evaluation_date"
                 " FROM goals gl JOIN students s ON s.id = gl.student_id"
                 " LEFT JOIN groups g ON g.id = s.group_id"
                 " WHERE gl.status = 'active' AND gl.evaluation_date <= date (?1, '+" G_STRINGIFY (KOERS_OVERVIEW_DUE_DAYS) " days')"
                 "   AND" FILTER
                 " ORDER BY gl.evaluation_date, s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE, gl.id",
                 NULL, goal_row, error) &&
    run_section (overview, KOERS_OVERVIEW_FOLLOWUPS,
                 "SELECT " KOERS_STUDENT_COLUMNS ", e.id, e.kind, e.followup_text,"
                 "   e.followup_owner, e.followup_due, e.sensitive"
                 " FROM entries e JOIN students s ON s.id = e.student_id"
                 " LEFT JOIN groups g ON g.id = s.group_id"
                 " WHERE e.followup_text IS NOT NULL AND e.followup_done_at IS NULL"
                 "   AND" FILTER
                 " ORDER BY e.followup_due IS NULL, e.followup_due,"
                 "   e.followup_owner COLLATE NOCASE, s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE, e.id",
                 NULL, followup_row, error) &&
    run_section (overview, KOERS_OVERVIEW_REFERRALS,
                 "SELECT " KOERS_STUDENT_COLUMNS ", e.id, e.referral_to, e.referral_name,"
                 "   e.referral_feedback_due"
                 " FROM entries e JOIN students s ON s.id = e.student_id"
                 " LEFT JOIN groups g ON g.id = s.group_id"
                 " WHERE e.kind = 'referral' AND e.referral_feedback_date IS NULL"
                 "   AND e.referral_feedback_due < ?1 AND" FILTER
                 " ORDER BY e.referral_feedback_due, s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE, e.id",
                 NULL, referral_row, error) &&
    /* One row per student: the newest final checklist, when it is newer than the last
     * leerlingbespreking (one on the same day has discussed it). */
    run_section (overview, KOERS_OVERVIEW_SIGNALS,
                 "SELECT " KOERS_STUDENT_COLUMNS ", c.id, c.builtin_template_name,"
                 "   c.custom_template_name, c.date, lb.last, c.observer"
                 " FROM checklists c JOIN students s ON s.id = c.student_id"
                 " LEFT JOIN groups g ON g.id = s.group_id"
                 " LEFT JOIN (SELECT student_id, max (date) AS last FROM entries"
                 "            WHERE kind = 'care-meeting' AND date <= ?1"
                 "            GROUP BY student_id) lb ON lb.student_id = s.id"
                 " WHERE c.status = 'final' AND c.date <= ?1 AND c.date > coalesce (lb.last, '')"
                 "   AND c.id = (SELECT c2.id FROM checklists c2"
                 "               WHERE c2.student_id = c.student_id AND c2.status = 'final'"
                 "                 AND c2.date <= ?1 ORDER BY c2.date DESC, c2.id DESC LIMIT 1)"
                 "   AND" FILTER
                 " ORDER BY c.date, s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE",
                 NULL, signals_row, error) &&
    /* A student added recently is not quiet yet: the weeks count from the later of
     * the last entry and the day the student was added. */
    run_section (overview, KOERS_OVERVIEW_QUIET,
                 /* A lookup in the timeline's index per student, not a pass over
                  * every entry of the school. */
                 "SELECT " KOERS_STUDENT_COLUMNS ","
                 "   (SELECT max (e.date) FROM entries e WHERE e.student_id = s.id AND e.date <= ?1) AS last_date,"
                 "   substr (s.created, 1, 10)"
                 " FROM students s LEFT JOIN groups g ON g.id = s.group_id"
                 " WHERE max (coalesce (last_date, ''), substr (s.created, 1, 10)) < date (?1, ?4)"
                 "   AND" FILTER
                 " ORDER BY last_date IS NOT NULL, last_date, s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE",
                 quiet_since, quiet_row, error) &&
    add_attendance (overview, error);
}

GPtrArray *
koers_store_get_overview (KoersStore               *self,
                          const KoersOverviewQuery *query,
                          GError                  **error)
{
  static const KoersOverviewQuery everything = { NULL, NULL, NULL, 0 };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = NULL;
  Overview overview = { 0 };

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (query == NULL)
    query = &everything;

  if (query->today == NULL)
    koers_date_today (&overview.today_date);
  else if (!koers_date_from_iso (query->today, &overview.today_date))
    {
      koers_store_set_invalid (error, _("The overview needs a valid date for today."));
      return NULL;
    }
  today = koers_date_to_iso (&overview.today_date);

  overview.store = self;
  overview.today = today;
  overview.group = query->group;
  overview.mentor = query->mentor;
  overview.quiet_weeks = query->quiet_weeks > 0 ? query->quiet_weeks : KOERS_OVERVIEW_QUIET_WEEKS;
  overview.items = items;

  /* One read transaction: every section sees the same notebook. */
  if (!koers_store_exec (self, "BEGIN", error))
    return NULL;
  if (!add_sections (&overview, error))
    {
      koers_store_rollback (self);
      return NULL;
    }
  koers_store_rollback (self);

  return g_steal_pointer (&items);
}

char **
koers_store_list_mentors (KoersStore  *self,
                          GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT DISTINCT mentor FROM students"
                              " WHERE mentor IS NOT NULL AND archived_at IS NULL"
                              " ORDER BY mentor COLLATE NOCASE",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, koers_store_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}
