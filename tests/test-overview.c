/* test-overview.c: the zorgcoördinator overview, each section at its date
 * boundaries, with an injected "today"; filters; CSV and JSON
 *
 * "Today" is a hundred days from now, so the students this test adds (today) are
 * older than the quiet-weeks window, and every date is relative to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "koers-date.h"
#include "koers-overview-export.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define MENTOR "mevrouw Bakker"
#define OTHER_MENTOR "meneer Yilmaz"
#define TODAY_OFFSET 100

typedef struct
{
  char *dir;
  KoersStore *store;
  char *today;
} Fixture;

/* Today of the overview plus @days, as ISO. */
static char *
day (int days)
{
  GDate date;

  koers_date_today (&date);
  days += TODAY_OFFSET;
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return koers_date_to_iso (&date);
}

static KoersStudent *
add_student (Fixture    *f,
             const char *first,
             const char *group,
             const char *mentor)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, "Test");
  koers_student_set_group (student, group);
  koers_student_set_mentor (student, mentor);
  g_assert_true (koers_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  return student;
}

/* An entry of @student dated today + @days, not saved yet. */
static KoersEntry *
new_entry (KoersStudent   *student,
           KoersEntryKind  kind,
           int             days,
           const char     *text)
{
  g_autofree char *date = day (days);
  KoersEntry *entry = koers_entry_new (kind);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  return entry;
}

static void
save_entry (Fixture    *f,
            KoersEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
}

static KoersEntry *
add_entry (Fixture        *f,
           KoersStudent   *student,
           KoersEntryKind  kind,
           int             days,
           const char     *text)
{
  KoersEntry *entry = new_entry (student, kind, days, text);

  save_entry (f, entry);
  return entry;
}

static void
add_followup (Fixture        *f,
              KoersStudent   *student,
              KoersEntryKind  kind,
              const char     *what,
              int             due_days,
              gboolean        has_due,
              gboolean        sensitive,
              gboolean        done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) entry = new_entry (student, kind, -20, "Gesprek over de week");
  g_autofree char *due = day (due_days);

  koers_entry_set_sensitive (entry, sensitive);
  koers_entry_set_followup_text (entry, what);
  koers_entry_set_followup_owner (entry, MENTOR);
  if (has_due)
    koers_entry_set_followup_due (entry, due);
  save_entry (f, entry);
  if (done)
    g_assert_true (koers_store_set_followup_done (f->store, entry, TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = koers_test_tmpdir_new ();
  path = g_build_filename (f->dir, "notebook.db", NULL);
  f->store = koers_store_create (path, PASS, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, KOERS_META_USER_NAME, MENTOR, &error));
  f->today = day (0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->today);
  koers_test_tmpdir_free (f->dir);
}

static GPtrArray *
overview (Fixture    *f,
          const char *group,
          const char *mentor)
{
  g_autoptr(GError) error = NULL;
  KoersOverviewQuery query = { f->today, group, mentor, 0 };
  GPtrArray *items = koers_store_get_overview (f->store, &query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

/* The rows of @section about @student (NULL: anyone), in order. */
static GPtrArray *
rows (GPtrArray            *items,
      KoersOverviewSection  section,
      KoersStudent         *student)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    {
      KoersOverviewItem *item = g_ptr_array_index (items, i);

      if (koers_overview_item_get_section (item) != section)
        continue;
      if (student != NULL &&
          koers_student_get_id (koers_overview_item_get_student (item)) != koers_student_get_id (student))
        continue;
      g_ptr_array_add (out, item);
    }
  return out;
}

static guint
count_rows (GPtrArray            *items,
            KoersOverviewSection  section)
{
  g_autoptr(GPtrArray) list = rows (items, section, NULL);

  return list->len;
}

static KoersOverviewItem *
row (GPtrArray *list,
     guint      i)
{
  g_assert_cmpuint (i, <, list->len);
  return g_ptr_array_index (list, i);
}

static void
assert_date (KoersOverviewItem *item,
             int                days)
{
  g_autofree char *expected = day (days);

  g_assert_cmpstr (koers_overview_item_get_date (item), ==, expected);
}

/* Goals */

static KoersGoal *
save_goal (Fixture         *f,
           KoersStudent    *student,
           const char      *title,
           int              evaluation_days,
           KoersGoalStatus  status)
{
  static const char * const steps[] = { "Ik hang mijn jas op", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *start = day (-30);
  g_autofree char *evaluation = day (evaluation_days);
  KoersGoal *goal = koers_goal_new ();

  koers_goal_set_student_id (goal, koers_student_get_id (student));
  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, steps);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluation);
  koers_goal_set_status (goal, status);
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  return goal;
}

static void
test_goals (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoersStudent) sanne = add_student (f, "Sanne", "2A", MENTOR);
  g_autoptr(KoersGoal) overdue = save_goal (f, sanne, "Gisteren", -1, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) today = save_goal (f, sanne, "Vandaag", 0, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) week = save_goal (f, sanne, "Over een week", 7, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) later = save_goal (f, sanne, "Over acht dagen", 8, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) concept = save_goal (f, sanne, "Concept", 0, KOERS_GOAL_CONCEPT);
  g_autoptr(GPtrArray) items = overview (f, NULL, NULL);
  g_autoptr(GPtrArray) goals = rows (items, KOERS_OVERVIEW_GOALS, NULL);

  /* Due within a week, both ends included; later ones and concepts are not. */
  g_assert_cmpuint (goals->len, ==, 3);
  g_assert_cmpstr (koers_overview_item_get_reason (row (goals, 0)), ==, "Evaluation of “Gisteren” is overdue");
  g_assert_true (koers_overview_item_get_overdue (row (goals, 0)));
  assert_date (row (goals, 0), -1);
  g_assert_cmpint (koers_overview_item_get_target (row (goals, 0)), ==, KOERS_OVERVIEW_TARGET_GOAL);
  g_assert_cmpint (koers_overview_item_get_target_id (row (goals, 0)), ==, koers_goal_get_id (overdue));

  g_assert_cmpstr (koers_overview_item_get_reason (row (goals, 1)), ==, "Evaluate “Vandaag”");
  g_assert_false (koers_overview_item_get_overdue (row (goals, 1)));
  g_assert_cmpint (koers_overview_item_get_target_id (row (goals, 1)), ==, koers_goal_get_id (today));
  g_assert_cmpint (koers_overview_item_get_target_id (row (goals, 2)), ==, koers_goal_get_id (week));
  assert_date (row (goals, 2), 7);

  /* An evaluated goal is done with. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) after = NULL;
    g_autoptr(GPtrArray) goals_after = NULL;

    koers_goal_set_outcome (overdue, KOERS_GOAL_OUTCOME_REACHED);
    koers_goal_set_step_result (overdue, 0, KOERS_STEP_REACHED);
    g_assert_true (koers_store_evaluate_goal (f->store, overdue, &error));
    g_assert_no_error (error);
    after = overview (f, NULL, NULL);
    goals_after = rows (after, KOERS_OVERVIEW_GOALS, NULL);
    g_assert_cmpuint (goals_after->len, ==, 2);
    g_assert_cmpint (koers_overview_item_get_target_id (row (goals_after, 0)), ==, koers_goal_get_id (today));
  }

  (void) later;
  (void) concept;
}

/* Follow-ups */

static void
test_followups (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoersStudent) daan = add_student (f, "Daan", "2A", MENTOR);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) list = NULL;

  add_followup (f, daan, KOERS_ENTRY_STUDENT_TALK, "Zonder datum", 0, FALSE, FALSE, FALSE);
  add_followup (f, daan, KOERS_ENTRY_STUDENT_TALK, "Vandaag bellen", 0, TRUE, FALSE, FALSE);
  add_followup (f, daan, KOERS_ENTRY_AGREEMENT, "Rooster bekijken", -1, TRUE, FALSE, FALSE);
  add_followup (f, daan, KOERS_ENTRY_STUDENT_TALK, "Al gedaan", -3, TRUE, FALSE, TRUE);
  add_followup (f, daan, KOERS_ENTRY_OBSERVATION, "Thuissituatie navragen", 2, TRUE, TRUE, FALSE);

  items = overview (f, NULL, NULL);
  list = rows (items, KOERS_OVERVIEW_FOLLOWUPS, daan);

  /* Overdue first, then by due date, undated last; done ones are gone. */
  g_assert_cmpuint (list->len, ==, 4);
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 0)), ==, "Agreement: Rooster bekijken");
  g_assert_true (koers_overview_item_get_overdue (row (list, 0)));
  assert_date (row (list, 0), -1);
  g_assert_cmpstr (koers_overview_item_get_owner (row (list, 0)), ==, MENTOR);
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 1)), ==, "Vandaag bellen");
  g_assert_false (koers_overview_item_get_overdue (row (list, 1)));
  /* A sensitive note's follow-up is named, not quoted. */
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 2)), ==, "Follow-up of a sensitive note");
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 3)), ==, "Zonder datum");
  g_assert_null (koers_overview_item_get_date (row (list, 3)));
  g_assert_false (koers_overview_item_get_overdue (row (list, 3)));
  g_assert_cmpint (koers_overview_item_get_target (row (list, 3)), ==, KOERS_OVERVIEW_TARGET_ENTRY);

  for (guint i = 0; i < items->len; i++)
    g_assert_null (strstr (koers_overview_item_get_reason (g_ptr_array_index (items, i)), "Thuissituatie"));
}

/* Referrals */

static void
add_referral (Fixture    *f,
              KoersStudent *student,
              int         feedback_days,
              gboolean    feedback)
{
  g_autoptr(KoersEntry) entry = new_entry (student, KOERS_ENTRY_REFERRAL, -30, "Aangemeld bij het wijkteam");
  g_autofree char *due = day (feedback_days);

  koers_entry_set_referral_to (entry, KOERS_REFERRAL_WIJKTEAM);
  koers_entry_set_referral_feedback_due (entry, due);
  if (feedback)
    {
      koers_entry_set_referral_feedback (entry, "Intake gepland");
      koers_entry_set_referral_feedback_date (entry, due);
    }
  save_entry (f, entry);
}

static void
test_referrals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(KoersStudent) lotte = add_student (f, "Lotte", "2A", MENTOR);
  g_autoptr(KoersStudent) jesse = add_student (f, "Jesse", "2A", MENTOR);
  g_autoptr(KoersStudent) milan = add_student (f, "Milan", "2A", MENTOR);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) list = NULL;

  add_referral (f, lotte, -1, FALSE);   /* past its date: listed */
  add_referral (f, jesse, 0, FALSE);    /* due today: not yet */
  add_referral (f, milan, -5, TRUE);    /* feedback came */

  items = overview (f, NULL, NULL);
  list = rows (items, KOERS_OVERVIEW_REFERRALS, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 0))), ==,
                   koers_student_get_id (lotte));
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 0)), ==, "No feedback yet from Wijkteam");
  g_assert_true (koers_overview_item_get_overdue (row (list, 0)));
  assert_date (row (list, 0), -1);
}

/* New signals since the last leerlingbespreking */

static gint64
save_final_checklist (Fixture      *f,
                      KoersStudent *student,
                      int           days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) template =
    koers_store_get_template_by_key (f->store, "signalenkaart-jong-doet-mee", &error);
  g_autoptr(KoersChecklist) checklist = NULL;
  g_autofree char *date = day (days);
  g_autofree char *due = day (days + 14);

  g_assert_no_error (error);
  checklist = koers_checklist_new_from_template (template);
  koers_checklist_set_student_id (checklist, koers_student_get_id (student));
  koers_checklist_set_date (checklist, date);
  koers_checklist_set_next_step (checklist, "Gesprekje over hoe het gaat");
  koers_checklist_set_next_step_owner (checklist, MENTOR);
  koers_checklist_set_next_step_due (checklist, due);
  koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);
  g_assert_true (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_no_error (error);
  return koers_checklist_get_id (checklist);
}

static void
test_signals (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KoersStudent) mees = add_student (f, "Mees", "2A", MENTOR);
  g_autoptr(KoersStudent) yara = add_student (f, "Yara", "2A", MENTOR);
  g_autoptr(KoersStudent) zoe = add_student (f, "Zoë", "2A", MENTOR);
  g_autoptr(KoersEntry) discussed = NULL;
  g_autoptr(KoersEntry) later = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 newest;

  /* Mees: discussed on the day it was filled in, then a newer card. */
  save_final_checklist (f, mees, -10);
  discussed = add_entry (f, mees, KOERS_ENTRY_CARE_MEETING, -10, "Besproken");
  newest = save_final_checklist (f, mees, -5);
  /* Yara: filled in, then discussed. */
  save_final_checklist (f, yara, -8);
  later = add_entry (f, yara, KOERS_ENTRY_CARE_MEETING, -3, "Besproken");
  /* Zoë: never discussed. */
  save_final_checklist (f, zoe, -2);

  items = overview (f, NULL, NULL);
  list = rows (items, KOERS_OVERVIEW_SIGNALS, NULL);
  g_assert_cmpuint (list->len, ==, 2);

  /* Waiting longest first; one row per student, the newest card. */
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 0))), ==,
                   koers_student_get_id (mees));
  g_assert_cmpint (koers_overview_item_get_target (row (list, 0)), ==, KOERS_OVERVIEW_TARGET_CHECKLIST);
  g_assert_cmpint (koers_overview_item_get_target_id (row (list, 0)), ==, newest);
  assert_date (row (list, 0), -5);
  g_assert_nonnull (strstr (koers_overview_item_get_reason (row (list, 0)), "since the student care meeting of"));
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 1))), ==,
                   koers_student_get_id (zoe));
  g_assert_nonnull (strstr (koers_overview_item_get_reason (row (list, 1)), "never discussed"));

  /* Discussing Mees today takes him off. */
  {
    g_autoptr(KoersEntry) today = add_entry (f, mees, KOERS_ENTRY_CARE_MEETING, 0, "Besproken");
    g_autoptr(GPtrArray) after = overview (f, NULL, NULL);
    g_autoptr(GPtrArray) list_after = rows (after, KOERS_OVERVIEW_SIGNALS, mees);

    g_assert_cmpuint (list_after->len, ==, 0);
  }
}

/* Quiet students */

static void
test_quiet (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoersStudent) edge = add_student (f, "Edge", "2A", MENTOR);
  g_autoptr(KoersStudent) quiet = add_student (f, "Quiet", "2A", MENTOR);
  g_autoptr(KoersStudent) never = add_student (f, "Never", "2A", MENTOR);
  g_autoptr(KoersStudent) future = add_student (f, "Future", "2A", MENTOR);
  g_autoptr(KoersEntry) e1 = add_entry (f, edge, KOERS_ENTRY_OBSERVATION, -42, "Rustig");
  g_autoptr(KoersEntry) e2 = add_entry (f, quiet, KOERS_ENTRY_OBSERVATION, -43, "Rustig");
  g_autoptr(KoersEntry) e3 = add_entry (f, future, KOERS_ENTRY_OBSERVATION, 3, "Gepland");
  g_autoptr(GPtrArray) items = overview (f, NULL, NULL);
  g_autoptr(GPtrArray) list = rows (items, KOERS_OVERVIEW_QUIET, NULL);
  g_autoptr(GError) error = NULL;

  /* Six weeks back is still inside the window; an entry dated later than today
   * does not count. Never written first, then the longest quiet. */
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 0))), ==,
                   koers_student_get_id (future));
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 0)), ==,
                   "Nothing written since the student was added");
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 1))), ==,
                   koers_student_get_id (never));
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 2))), ==,
                   koers_student_get_id (quiet));
  g_assert_cmpstr (koers_overview_item_get_reason (row (list, 2)), ==, "Nothing written for 6 weeks");
  assert_date (row (list, 2), -43);
  g_assert_cmpint (koers_overview_item_get_target (row (list, 2)), ==, KOERS_OVERVIEW_TARGET_STUDENT);

  /* A longer window takes the quiet one off; a student added within the window is
   * not quiet (counted from the day the student was added). */
  {
    KoersOverviewQuery query = { f->today, NULL, NULL, 7 };
    g_autoptr(GPtrArray) longer = koers_store_get_overview (f->store, &query, &error);
    g_autoptr(GPtrArray) quiet_longer = NULL;
    g_autofree char *soon = NULL;
    g_autoptr(GPtrArray) now = NULL;
    g_autoptr(GPtrArray) quiet_now = NULL;

    g_assert_no_error (error);
    quiet_longer = rows (longer, KOERS_OVERVIEW_QUIET, quiet);
    g_assert_cmpuint (quiet_longer->len, ==, 0);

    /* Looking from today (the students were added today), nobody is quiet yet. */
    query.today = soon = day (-TODAY_OFFSET);
    query.quiet_weeks = 0;
    now = koers_store_get_overview (f->store, &query, &error);
    g_assert_no_error (error);
    quiet_now = rows (now, KOERS_OVERVIEW_QUIET, NULL);
    g_assert_cmpuint (quiet_now->len, ==, 0);
  }
}

/* Attendance */

static guint
weekdays (const char *from,
          const char *to)
{
  GDate d, end;
  guint n = 0;

  g_assert_true (koers_date_from_iso (from, &d));
  g_assert_true (koers_date_from_iso (to, &end));
  for (; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, 1))
    n += g_date_get_weekday (&d) < G_DATE_SATURDAY;
  return n;
}

static void
add_absence (Fixture      *f,
             KoersStudent *student,
             double        hours,
             gboolean      authorised)
{
  g_autoptr(KoersEntry) entry = new_entry (student, KOERS_ENTRY_ABSENCE, 0, "Afwezig");

  koers_entry_set_absence_amount (entry, hours);
  koers_entry_set_absence_unit (entry, KOERS_ABSENCE_HOURS);
  koers_entry_set_absence_authorised (entry, authorised);
  save_entry (f, entry);
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KoersStudent) below = add_student (f, "Below", "2A", MENTOR);
  g_autoptr(KoersStudent) above = add_student (f, "Above", "2A", MENTOR);
  g_autoptr(KoersStudent) archived = add_student (f, "Archived", "2A", MENTOR);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;
  g_autofree char *from = NULL;
  double scheduled;

  koers_date_from_iso (f->today, &today);
  from = koers_school_year_start (&today);
  scheduled = weekdays (from, f->today) * 26 / 5.0;

  /* 89% present: authorised and unauthorised both count. */
  add_absence (f, below, scheduled * 0.06, TRUE);
  add_absence (f, below, scheduled * 0.05, FALSE);
  /* 91% present. */
  add_absence (f, above, scheduled * 0.09, FALSE);
  add_absence (f, archived, scheduled * 0.5, FALSE);
  g_assert_true (koers_store_set_student_archived (f->store, archived, TRUE, &error));
  g_assert_no_error (error);

  items = overview (f, NULL, NULL);
  list = rows (items, KOERS_OVERVIEW_ATTENDANCE, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (row (list, 0))), ==,
                   koers_student_get_id (below));
  g_assert_true (g_str_has_prefix (koers_overview_item_get_reason (row (list, 0)), "Present 89% of the time"));
  g_assert_cmpint (koers_overview_item_get_target (row (list, 0)), ==, KOERS_OVERVIEW_TARGET_ATTENDANCE);
}

/* Filters, archived students */

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KoersStudent) a = add_student (f, "Anna", "2A", MENTOR);
  g_autoptr(KoersStudent) b = add_student (f, "Bram", "3B", OTHER_MENTOR);
  g_autoptr(KoersStudent) c = add_student (f, "Cas", "3B", MENTOR);
  g_autoptr(KoersStudent) gone = add_student (f, "Gone", "2A", MENTOR);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) mentors = NULL;

  add_followup (f, a, KOERS_ENTRY_AGREEMENT, "Anna", -1, TRUE, FALSE, FALSE);
  add_followup (f, b, KOERS_ENTRY_AGREEMENT, "Bram", -1, TRUE, FALSE, FALSE);
  add_followup (f, c, KOERS_ENTRY_AGREEMENT, "Cas", -1, TRUE, FALSE, FALSE);
  add_followup (f, gone, KOERS_ENTRY_AGREEMENT, "Gone", -1, TRUE, FALSE, FALSE);
  g_assert_true (koers_store_set_student_archived (f->store, gone, TRUE, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) all = overview (f, NULL, NULL);
    g_autoptr(GPtrArray) by_group = overview (f, "3B", NULL);
    g_autoptr(GPtrArray) by_mentor = overview (f, NULL, OTHER_MENTOR);
    g_autoptr(GPtrArray) both = overview (f, "3B", MENTOR);
    g_autoptr(GPtrArray) none = overview (f, "2A", OTHER_MENTOR);

    /* Archived students are nowhere. */
    for (guint i = 0; i < all->len; i++)
      g_assert_cmpint (koers_student_get_id (koers_overview_item_get_student (g_ptr_array_index (all, i))), !=,
                       koers_student_get_id (gone));
    g_assert_cmpuint (count_rows (all, KOERS_OVERVIEW_FOLLOWUPS), ==, 3);
    g_assert_cmpuint (count_rows (by_group, KOERS_OVERVIEW_FOLLOWUPS), ==, 2);
    g_assert_cmpuint (count_rows (by_mentor, KOERS_OVERVIEW_FOLLOWUPS), ==, 1);
    g_assert_cmpuint (count_rows (both, KOERS_OVERVIEW_FOLLOWUPS), ==, 1);
    g_assert_cmpuint (none->len, ==, 0);
  }

  mentors = koers_store_list_mentors (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (mentors), ==, 2);
  g_assert_cmpstr (mentors[0], ==, OTHER_MENTOR);
  g_assert_cmpstr (mentors[1], ==, MENTOR);

  /* A student without a mentor gets the notebook's user. */
  {
    g_autoptr(KoersStudent) d = add_student (f, "Dirk", "2A", NULL);
    g_assert_cmpstr (koers_student_get_mentor (d), ==, MENTOR);
  }

  /* A bad date says so. */
  {
    KoersOverviewQuery query = { "31-13-2026", NULL, NULL, 0 };
    g_autoptr(GPtrArray) items = koers_store_get_overview (f->store, &query, &error);

    g_assert_null (items);
    g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  }
}

/* CSV and JSON */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KoersStudent) a = add_student (f, "Anna", "2A", MENTOR);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  KoersOverviewQuery query = { f->today, "2A", NULL, 0 };
  JsonObject *root;
  JsonArray *sections;
  g_auto(GStrv) lines = NULL;

  add_followup (f, a, KOERS_ENTRY_AGREEMENT, "Bellen; daarna \"mailen\"", -1, TRUE, FALSE, FALSE);
  items = overview (f, "2A", NULL);

  csv = koers_overview_to_csv (items);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "Section;Student;Student number;Group;Mentor;What;Date;Overdue;Who\r\n"));
  lines = g_strsplit (csv, "\r\n", -1);
  /* The header, the follow-up, and the empty end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (csv, "Open Follow-ups and Agreements;Anna Test;;2A;" MENTOR
                            ";\"Agreement: Bellen; daarna \"\"mailen\"\"\";"));
  g_assert_nonnull (strstr (csv, ";yes;" MENTOR "\r\n"));

  json = koers_overview_to_json (items, &query, f->today);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "today"), ==, f->today);
  g_assert_cmpstr (json_object_get_string_member (root, "group"), ==, "2A");
  g_assert_cmpint (json_object_get_int_member (root, "quiet_weeks"), ==, 6);
  sections = json_object_get_array_member (root, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, KOERS_N_OVERVIEW_SECTIONS);
  for (guint i = 0; i < KOERS_N_OVERVIEW_SECTIONS; i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);
      JsonArray *section_items = json_object_get_array_member (section, "items");

      g_assert_cmpstr (json_object_get_string_member (section, "id"), ==, koers_overview_section_to_id (i));
      if (i == KOERS_OVERVIEW_FOLLOWUPS)
        {
          JsonObject *item = json_array_get_object_element (section_items, 0);

          g_assert_cmpuint (json_array_get_length (section_items), ==, 1);
          g_assert_cmpstr (json_object_get_string_member (item, "student"), ==, "Anna Test");
          g_assert_true (json_object_get_boolean_member (item, "overdue"));
          g_assert_cmpstr (json_object_get_string_member (item, "target"), ==, "entry");
          g_assert_true (json_object_get_null_member (item, "student_number"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/overview/goals", test_goals);
  ADD ("/overview/follow-ups", test_followups);
  ADD ("/overview/referrals", test_referrals);
  ADD ("/overview/signals", test_signals);
  ADD ("/overview/quiet", test_quiet);
  ADD ("/overview/attendance", test_attendance);
  ADD ("/overview/filters", test_filters);
  ADD ("/overview/export", test_export);

  return g_test_run ();
}
