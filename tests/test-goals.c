/* test-goals.c: SMARTI goals: rules, status changes, feedback, evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-date.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

typedef struct
{
  char *dir;
  KoersStore *store;
  KoersStudent *sanne;
} Fixture;

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

  f->sanne = koers_student_new ();
  koers_student_set_first_name (f->sanne, "Sanne");
  koers_student_set_last_name (f->sanne, "Bakker");
  koers_student_set_group (f->sanne, "2A");
  koers_store_save_student (f->store, f->sanne, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->sanne);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
}

static KoersGoal *
make_goal (Fixture         *f,
           KoersGoalStatus  status)
{
  static const char * const steps[] = {
    "Ik hang mijn jas aan de kapstok",
    "Ik zeg de docent gedag",
    "Ik ben stil als de les begint",
    NULL
  };
  static const char * const adults[] = { "Dat u niet door de klas roept", NULL };
  KoersGoal *goal = koers_goal_new ();

  koers_goal_set_student_id (goal, koers_student_get_id (f->sanne));
  koers_goal_set_title (goal, "Rustig binnenkomen");
  koers_goal_set_steps (goal, steps);
  koers_goal_set_adult_commitments (goal, adults);
  koers_goal_set_start_date (goal, "2026-11-02");
  koers_goal_set_evaluation_date (goal, "2026-11-23");
  koers_goal_set_status (goal, status);
  return goal;
}

static guint
count_goal_entries (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoersEntryQuery query = { .kinds = KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_GOAL) };
  g_autoptr(GPtrArray) entries = koers_store_list_entries (f->store, koers_student_get_id (f->sanne),
                                                           &query, &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
test_names (void)
{
  KoersGoalStatus status;
  KoersGoalOutcome outcome;

  g_assert_true (koers_goal_status_from_string ("geëvalueerd", &status));
  g_assert_cmpint (status, ==, KOERS_GOAL_EVALUATED);
  g_assert_true (koers_goal_status_from_string ("actief", &status));
  g_assert_cmpint (status, ==, KOERS_GOAL_ACTIVE);
  g_assert_true (koers_goal_outcome_from_string ("partly", &outcome));
  g_assert_cmpint (outcome, ==, KOERS_GOAL_OUTCOME_PARTLY);
  g_assert_false (koers_goal_status_from_string ("half", &status));

  for (guint i = 0; i < KOERS_N_SMARTI; i++)
    {
      g_assert_cmpuint (strlen (koers_smarti_get_letter (i)), ==, 1);
      g_assert_nonnull (koers_smarti_get_help (i));
    }
  g_assert_cmpstr (koers_smarti_get_letter (KOERS_SMARTI_INSPIRING), ==, "I");
}

static void
test_save_and_reload (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) goal = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) loaded = NULL;
  const char * const *steps;

  koers_goal_set_smarti (goal, KOERS_SMARTI_SPECIFIC, TRUE);
  koers_goal_set_smarti_remark (goal, KOERS_SMARTI_REALISTIC, "Eerst alleen de maandag");
  koers_goal_set_involved (goal, "Sanne, mentor, moeder");
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (koers_goal_get_uuid (goal)));

  loaded = koers_store_get_goal (f->store, koers_goal_get_id (goal), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_goal_get_title (loaded), ==, "Rustig binnenkomen");
  g_assert_cmpuint (koers_goal_get_n_steps (loaded), ==, 3);
  steps = koers_goal_get_steps (loaded);
  g_assert_cmpstr (steps[2], ==, "Ik ben stil als de les begint");
  g_assert_null (steps[3]);
  g_assert_cmpstr (koers_goal_get_adult_commitments (loaded)[0], ==, "Dat u niet door de klas roept");
  g_assert_true (koers_goal_get_smarti (loaded, KOERS_SMARTI_SPECIFIC));
  g_assert_false (koers_goal_get_smarti (loaded, KOERS_SMARTI_MEASURABLE));
  g_assert_cmpstr (koers_goal_get_smarti_remark (loaded, KOERS_SMARTI_REALISTIC), ==, "Eerst alleen de maandag");
  g_assert_cmpstr (koers_goal_get_involved (loaded), ==, "Sanne, mentor, moeder");
  g_assert_cmpint (koers_goal_get_status (loaded), ==, KOERS_GOAL_ACTIVE);

  /* Starting it active wrote one "doel" entry on the timeline, dated the start. */
  g_assert_cmpuint (count_goal_entries (f), ==, 1);

  /* Editing the steps replaces them. */
  {
    const char * const fewer[] = { "Ik ga direct zitten", NULL };

    koers_goal_set_steps (loaded, fewer);
    g_assert_true (koers_store_save_goal (f->store, loaded, &error));
    g_clear_object (&goal);
    goal = koers_store_get_goal (f->store, koers_goal_get_id (loaded), &error);
    g_assert_cmpuint (koers_goal_get_n_steps (goal), ==, 1);
    /* Saving an active goal again adds no entry. */
    g_assert_cmpuint (count_goal_entries (f), ==, 1);
  }
}

static void
assert_invalid (Fixture   *f,
                KoersGoal *goal)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (koers_store_save_goal (f->store, goal, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(KoersGoal) goal = make_goal (f, KOERS_GOAL_CONCEPT);
  const char * const none[] = { "  ", NULL };
  const char * const nine[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", NULL };

  koers_goal_set_title (goal, "");
  assert_invalid (f, goal);
  koers_goal_set_title (goal, "Rustig binnenkomen");

  koers_goal_set_steps (goal, none);
  assert_invalid (f, goal);
  koers_goal_set_steps (goal, nine);
  assert_invalid (f, goal);
  koers_goal_set_steps (goal, nine + 1);
  g_assert_cmpuint (koers_goal_get_n_steps (goal), ==, 8);

  koers_goal_set_evaluation_date (goal, NULL);
  assert_invalid (f, goal);
  koers_goal_set_evaluation_date (goal, "2026-10-01");   /* before the start */
  assert_invalid (f, goal);
  koers_goal_set_evaluation_date (goal, "2026-11-23");
  koers_goal_set_start_date (goal, "30-02-2026");
  assert_invalid (f, goal);
  koers_goal_set_start_date (goal, "2026-11-02");

  /* Evaluating goes through its own function, which asks the questions. */
  koers_goal_set_status (goal, KOERS_GOAL_EVALUATED);
  assert_invalid (f, goal);

  koers_goal_set_status (goal, KOERS_GOAL_CONCEPT);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) goals = NULL;

    g_assert_true (koers_store_save_goal (f->store, goal, &error));
    g_assert_no_error (error);
    /* A concept is not on the timeline yet. */
    g_assert_cmpuint (count_goal_entries (f), ==, 0);
    goals = koers_store_list_goals (f->store, koers_student_get_id (f->sanne), &error);
    g_assert_cmpuint (goals->len, ==, 1);
  }

  /* concept → active writes the entry; active → concept is refused. */
  koers_goal_set_status (goal, KOERS_GOAL_ACTIVE);
  g_assert_true (koers_store_save_goal (f->store, goal, NULL));
  g_assert_cmpuint (count_goal_entries (f), ==, 1);
  koers_goal_set_status (goal, KOERS_GOAL_CONCEPT);
  assert_invalid (f, goal);
}

static void
test_feedback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) goal = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(GPtrArray) feedback = NULL;
  KoersGoalFeedback *first;

  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_true (koers_store_add_goal_feedback (f->store, goal, 0, "2026-11-05", KOERS_FEEDBACK_SEEN, NULL, &error));
  g_assert_true (koers_store_add_goal_feedback (f->store, goal, 2, "2026-11-04", KOERS_FEEDBACK_CAN_BE_BETTER,
                                                "Praatte nog even door", &error));
  g_assert_no_error (error);

  g_assert_false (koers_store_add_goal_feedback (f->store, goal, 3, "2026-11-05", KOERS_FEEDBACK_SEEN, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_add_goal_feedback (f->store, goal, 0, "morgen", KOERS_FEEDBACK_SEEN, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  feedback = koers_store_list_goal_feedback (f->store, goal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feedback->len, ==, 2);
  /* Oldest first. */
  first = g_ptr_array_index (feedback, 0);
  g_assert_cmpuint (first->step, ==, 2);
  g_assert_cmpint (first->kind, ==, KOERS_FEEDBACK_CAN_BE_BETTER);
  g_assert_cmpstr (first->note, ==, "Praatte nog even door");
  g_assert_cmpstr (first->date, ==, "2026-11-04");
}

static void
test_evaluate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) goal = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) loaded = NULL;
  g_autoptr(KoersGoal) next = NULL;

  g_assert_true (koers_store_save_goal (f->store, goal, &error));

  /* No outcome yet. */
  g_assert_false (koers_store_evaluate_goal (f->store, goal, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Partly reached: first what went well and what the adults can change. */
  koers_goal_set_outcome (goal, KOERS_GOAL_OUTCOME_PARTLY);
  koers_goal_set_step_result (goal, 0, KOERS_STEP_REACHED);
  koers_goal_set_step_result (goal, 2, KOERS_STEP_NOT_YET);
  koers_goal_set_went_well (goal, "De jas hangt elke dag aan de kapstok");
  g_assert_false (koers_store_evaluate_goal (f->store, goal, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_goal_get_status (goal), ==, KOERS_GOAL_ACTIVE);

  koers_goal_set_adults_change (goal, "Bij binnenkomst een teken geven in plaats van roepen");
  g_assert_true (koers_store_evaluate_goal (f->store, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (koers_goal_get_status (goal), ==, KOERS_GOAL_EVALUATED);
  g_assert_nonnull (koers_goal_get_evaluated_on (goal));
  g_assert_cmpuint (count_goal_entries (f), ==, 2);

  loaded = koers_store_get_goal (f->store, koers_goal_get_id (goal), &error);
  g_assert_cmpint (koers_goal_get_outcome (loaded), ==, KOERS_GOAL_OUTCOME_PARTLY);
  g_assert_cmpint (koers_goal_get_step_result (loaded, 0), ==, KOERS_STEP_REACHED);
  g_assert_cmpint (koers_goal_get_step_result (loaded, 1), ==, KOERS_STEP_NOT_EVALUATED);
  g_assert_cmpint (koers_goal_get_step_result (loaded, 2), ==, KOERS_STEP_NOT_YET);
  g_assert_cmpstr (koers_goal_get_adults_change (loaded), ==, "Bij binnenkomst een teken geven in plaats van roepen");

  /* Final: no second evaluation, no way back to active; a new goal may follow it. */
  g_assert_false (koers_store_evaluate_goal (f->store, loaded, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  koers_goal_set_status (loaded, KOERS_GOAL_ACTIVE);
  assert_invalid (f, loaded);

  next = make_goal (f, KOERS_GOAL_ACTIVE);
  koers_goal_set_follows_goal_id (next, koers_goal_get_id (goal));
  g_assert_true (koers_store_save_goal (f->store, next, &error));
  g_clear_object (&loaded);
  loaded = koers_store_get_goal (f->store, koers_goal_get_id (next), &error);
  g_assert_cmpint (koers_goal_get_follows_goal_id (loaded), ==, koers_goal_get_id (goal));
}

static void
test_reached_and_stop (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) reached = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) stopped = make_goal (f, KOERS_GOAL_CONCEPT);
  g_autoptr(GPtrArray) goals = NULL;
  g_autofree char *three_days_ago = koers_date_iso_days_ago (3);

  g_assert_true (koers_store_save_goal (f->store, reached, &error));
  /* Reached needs no explanation; it may go to the leerlingbespreking. */
  koers_goal_set_outcome (reached, KOERS_GOAL_OUTCOME_REACHED);
  koers_goal_set_for_care_meeting (reached, TRUE);
  g_assert_true (koers_store_evaluate_goal (f->store, reached, &error));
  g_assert_no_error (error);

  g_assert_true (koers_store_save_goal (f->store, stopped, &error));
  g_assert_false (koers_store_stop_goal (f->store, stopped, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_goal_get_status (stopped), ==, KOERS_GOAL_CONCEPT);
  koers_goal_set_went_well (stopped, "Sanne wilde er wel over praten");
  koers_goal_set_adults_change (stopped, "Eerst samen een kleiner doel kiezen");
  /* A decision written down afterwards keeps its own date, but never a future one. */
  koers_goal_set_evaluated_on (stopped, "2999-01-01");
  g_assert_false (koers_store_stop_goal (f->store, stopped, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  koers_goal_set_evaluated_on (stopped, three_days_ago);
  g_assert_true (koers_store_stop_goal (f->store, stopped, &error));
  g_assert_cmpstr (koers_goal_get_evaluated_on (stopped), ==, three_days_ago);
  {
    KoersEntryQuery goal_kind = { .kinds = KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_GOAL), .from = three_days_ago, .to = three_days_ago };
    g_autoptr(GPtrArray) entries = koers_store_list_entries (f->store, koers_student_get_id (f->sanne), &goal_kind, &error);

    g_assert_cmpuint (entries->len, ==, 1);
    g_assert_true (g_str_has_prefix (koers_entry_get_text (g_ptr_array_index (entries, 0)), "Goal stopped"));
  }
  g_assert_cmpint (koers_goal_get_status (stopped), ==, KOERS_GOAL_STOPPED);

  goals = koers_store_list_goals (f->store, koers_student_get_id (f->sanne), &error);
  g_assert_cmpuint (goals->len, ==, 2);
  g_assert_true (koers_goal_get_for_care_meeting (g_ptr_array_index (goals, 0)) ||
                 koers_goal_get_for_care_meeting (g_ptr_array_index (goals, 1)));
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersGoal) later = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) sooner = make_goal (f, KOERS_GOAL_ACTIVE);
  g_autoptr(KoersGoal) concept = make_goal (f, KOERS_GOAL_CONCEPT);
  g_autoptr(KoersStudent) other = koers_student_new ();
  g_autoptr(KoersGoal) other_goal = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) in_2a = NULL;
  g_autoptr(GPtrArray) in_3b = NULL;
  GDate day;

  koers_goal_set_title (later, "Later");
  koers_goal_set_evaluation_date (later, "2026-12-20");
  koers_goal_set_title (sooner, "Sooner");
  koers_goal_set_evaluation_date (sooner, "2026-11-20");
  koers_goal_set_title (concept, "Concept");
  g_assert_true (koers_store_save_goal (f->store, concept, &error));
  g_assert_true (koers_store_save_goal (f->store, later, &error));
  g_assert_true (koers_store_save_goal (f->store, sooner, &error));

  goals = koers_store_list_goals (f->store, koers_student_get_id (f->sanne), &error);
  g_assert_cmpuint (goals->len, ==, 3);
  g_assert_cmpstr (koers_goal_get_title (g_ptr_array_index (goals, 0)), ==, "Sooner");
  g_assert_cmpstr (koers_goal_get_title (g_ptr_array_index (goals, 1)), ==, "Later");
  g_assert_cmpstr (koers_goal_get_title (g_ptr_array_index (goals, 2)), ==, "Concept");

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 23, 11, 2026);
  g_assert_cmpint (koers_goal_days_to_evaluation (sooner, &day), ==, -3);
  g_assert_true (koers_goal_is_evaluation_overdue (sooner, &day));
  g_assert_false (koers_goal_is_evaluation_overdue (later, &day));
  g_assert_false (koers_goal_is_evaluation_overdue (concept, &day));

  koers_student_set_first_name (other, "Daan");
  koers_student_set_last_name (other, "Dijk");
  koers_student_set_group (other, "3B");
  koers_store_save_student (f->store, other, &error);
  other_goal = make_goal (f, KOERS_GOAL_ACTIVE);
  koers_goal_set_student_id (other_goal, koers_student_get_id (other));
  g_assert_true (koers_store_save_goal (f->store, other_goal, &error));

  in_2a = koers_store_list_active_goals (f->store, "2A", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (in_2a->len, ==, 2);
  in_3b = koers_store_list_active_goals (f->store, "3B", &error);
  g_assert_cmpuint (in_3b->len, ==, 1);

  /* Archived students' goals are not printed with the class. */
  koers_store_set_student_archived (f->store, other, TRUE, &error);
  g_clear_pointer (&in_3b, g_ptr_array_unref);
  in_3b = koers_store_list_active_goals (f->store, "3B", &error);
  g_assert_cmpuint (in_3b->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/goals/names", test_names);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/goals/save-and-reload", test_save_and_reload);
  ADD ("/goals/rules", test_rules);
  ADD ("/goals/feedback", test_feedback);
  ADD ("/goals/evaluate", test_evaluate);
  ADD ("/goals/reached-and-stop", test_reached_and_stop);
  ADD ("/goals/lists", test_lists);
#undef ADD

  return g_test_run ();
}
