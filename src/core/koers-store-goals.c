/* koers-store-goals.c: SMARTI goals, their feedback and evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

#define GOAL_COLUMNS \
  "g.id, g.uuid, g.student_id, g.title, g.start_date, g.evaluation_date, g.status," \
  " g.involved, g.outcome, g.went_well, g.adults_change, g.evaluated_on," \
  " g.for_care_meeting, g.follows_goal_id, g.created, g.modified, g.author"

static gboolean
set_goal_gone (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("The goal is no longer in the notebook."));
  return FALSE;
}

/* Reads the rows of one of the goal's child tables as a NULL-terminated list. */
static gboolean
load_lines (KoersStore   *self,
            const char   *sql,
            gint64        goal_id,
            GPtrArray    *lines,
            GArray       *results,
            GError      **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (lines, g_strdup (koers_store_column_text (stmt, 0)));
      if (results != NULL)
        {
          KoersStepResult result = KOERS_STEP_NOT_EVALUATED;

          if (g_strcmp0 (koers_store_column_text (stmt, 1), "reached") == 0)
            result = KOERS_STEP_REACHED;
          else if (g_strcmp0 (koers_store_column_text (stmt, 1), "not-yet") == 0)
            result = KOERS_STEP_NOT_YET;
          g_array_append_val (results, result);
        }
    }
  g_ptr_array_add (lines, NULL);

  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static KoersGoal *
goal_from_row (KoersStore    *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) adults = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) results = g_array_new (FALSE, TRUE, sizeof (KoersStepResult));
  KoersGoalStatus status = KOERS_GOAL_CONCEPT;
  KoersGoalOutcome outcome = KOERS_GOAL_OUTCOME_NONE;
  sqlite3_stmt *smarti;
  int rc;

  koers_goal_status_from_string (koers_store_column_text (stmt, 6), &status);
  koers_goal_outcome_from_string (koers_store_column_text (stmt, 8), &outcome);

  koers_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  koers_goal_set_uuid (goal, koers_store_column_text (stmt, 1));
  koers_goal_set_student_id (goal, sqlite3_column_int64 (stmt, 2));
  koers_goal_set_title (goal, koers_store_column_text (stmt, 3));
  koers_goal_set_start_date (goal, koers_store_column_text (stmt, 4));
  koers_goal_set_evaluation_date (goal, koers_store_column_text (stmt, 5));
  koers_goal_set_status (goal, status);
  koers_goal_set_involved (goal, koers_store_column_text (stmt, 7));
  koers_goal_set_outcome (goal, outcome);
  koers_goal_set_went_well (goal, koers_store_column_text (stmt, 9));
  koers_goal_set_adults_change (goal, koers_store_column_text (stmt, 10));
  koers_goal_set_evaluated_on (goal, koers_store_column_text (stmt, 11));
  koers_goal_set_for_care_meeting (goal, sqlite3_column_int (stmt, 12));
  koers_goal_set_follows_goal_id (goal, sqlite3_column_int64 (stmt, 13));
  koers_goal_set_created (goal, koers_store_column_text (stmt, 14));
  koers_goal_set_modified (goal, koers_store_column_text (stmt, 15));
  koers_goal_set_author (goal, koers_store_column_text (stmt, 16));

  if (!load_lines (self, "SELECT text, result FROM goal_steps WHERE goal_id = ?1 ORDER BY position",
                   koers_goal_get_id (goal), steps, results, error) ||
      !load_lines (self, "SELECT text FROM goal_adults WHERE goal_id = ?1 ORDER BY position",
                   koers_goal_get_id (goal), adults, NULL, error))
    return NULL;

  koers_goal_set_steps (goal, (const char * const *) steps->pdata);
  for (guint i = 0; i < results->len && i < koers_goal_get_n_steps (goal); i++)
    koers_goal_set_step_result (goal, i, g_array_index (results, KoersStepResult, i));
  koers_goal_set_adult_commitments (goal, (const char * const *) adults->pdata);

  smarti = koers_store_prepare (self,
                                "SELECT letter, ticked, remark FROM goal_smarti WHERE goal_id = ?1",
                                error);
  if (smarti == NULL)
    return NULL;
  sqlite3_bind_int64 (smarti, 1, koers_goal_get_id (goal));
  while ((rc = sqlite3_step (smarti)) == SQLITE_ROW)
    {
      int letter = sqlite3_column_int (smarti, 0);

      if (letter < 0 || letter >= KOERS_N_SMARTI)
        continue;
      koers_goal_set_smarti (goal, letter, sqlite3_column_int (smarti, 1));
      koers_goal_set_smarti_remark (goal, letter, koers_store_column_text (smarti, 2));
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&goal);
}

static GPtrArray *
collect_goals (KoersStore    *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersGoal *goal = goal_from_row (self, stmt, error);

      if (goal == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (goals, goal);
    }

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&goals);
}

GPtrArray *
koers_store_list_goals (KoersStore  *self,
                        gint64       student_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " GOAL_COLUMNS " FROM goals g WHERE g.student_id = ?1"
                              " ORDER BY CASE g.status WHEN 'active' THEN 0 WHEN 'concept' THEN 1 ELSE 2 END,"
                              "   CASE WHEN g.status = 'active' THEN g.evaluation_date END,"
                              "   coalesce (g.evaluated_on, g.start_date) DESC, g.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, student_id);
  return collect_goals (self, stmt, error);
}

GPtrArray *
koers_store_list_active_goals (KoersStore  *self,
                               const char  *group,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " GOAL_COLUMNS " FROM goals g"
                              " JOIN students s ON s.id = g.student_id"
                              " LEFT JOIN groups gr ON gr.id = s.group_id"
                              " WHERE g.status = 'active' AND s.archived_at IS NULL"
                              "   AND (?1 IS NULL OR gr.name = ?1)"
                              " ORDER BY gr.name COLLATE NOCASE, s.last_name COLLATE NOCASE,"
                              "   s.first_name COLLATE NOCASE, g.start_date, g.id",
                              error);
  if (stmt == NULL)
    return NULL;

  koers_store_bind_text (stmt, 1, group);
  return collect_goals (self, stmt, error);
}

KoersGoal *
koers_store_get_goal (KoersStore  *self,
                      gint64       id,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  KoersGoal *goal;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " GOAL_COLUMNS " FROM goals g WHERE g.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_goal_gone (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  goal = goal_from_row (self, stmt, error);
  sqlite3_reset (stmt);
  return goal;
}

static gboolean
validate_goal (KoersGoal  *goal,
               GError    **error)
{
  GDate start, evaluation;
  guint n_steps = koers_goal_get_n_steps (goal);

  if (koers_goal_get_student_id (goal) <= 0)
    return koers_store_set_invalid (error, _("The goal belongs to no student."));
  if (!koers_str_is_set (koers_goal_get_title (goal)))
    return koers_store_set_invalid (error, _("The goal needs a title, in the student's own words."));
  if (n_steps == 0)
    return koers_store_set_invalid (error, _("The goal needs at least one step, such as “Ik hang mijn jas aan de kapstok”."));
  if (n_steps > KOERS_GOAL_MAX_STEPS)
    return koers_store_set_invalid (error, _("A goal has at most 8 steps. Keep it small, or split it into two goals."));
  if (!koers_date_from_iso (koers_goal_get_start_date (goal), &start))
    return koers_store_set_invalid (error, _("The goal needs a valid start date."));
  if (!koers_date_from_iso (koers_goal_get_evaluation_date (goal), &evaluation))
    return koers_store_set_invalid (error, _("The goal needs a valid evaluation date."));
  if (g_date_compare (&evaluation, &start) < 0)
    return koers_store_set_invalid (error, _("The evaluation date comes before the start date."));

  return TRUE;
}

/* The status the row has now, or -1 for a goal not stored yet. */
static int
stored_status (KoersStore  *self,
               KoersGoal   *goal,
               GError     **error)
{
  sqlite3_stmt *stmt;
  KoersGoalStatus status = KOERS_GOAL_CONCEPT;
  int rc;

  if (koers_goal_get_id (goal) == 0)
    return -1;

  stmt = koers_store_prepare (self, "SELECT status FROM goals WHERE id = ?1", error);
  if (stmt == NULL)
    return -2;

  sqlite3_bind_int64 (stmt, 1, koers_goal_get_id (goal));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_goal_gone (error);
      return -2;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return -2;
    }

  koers_goal_status_from_string (koers_store_column_text (stmt, 0), &status);
  sqlite3_reset (stmt);
  return status;
}

/* A timeline entry of kind goal, in the same transaction as the change. */
static gboolean
add_goal_entry (KoersStore  *self,
                KoersGoal   *goal,
                const char  *date,
                const char  *text,
                GError     **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_GOAL);

  koers_entry_set_student_id (entry, koers_goal_get_student_id (goal));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);
  return koers_store_save_entry (self, entry, error);
}

static gboolean
exec_for_goal (KoersStore  *self,
               const char  *sql,
               gint64       goal_id,
               GError     **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static const char *
step_result_id (KoersStepResult result)
{
  switch (result)
    {
    case KOERS_STEP_REACHED: return "reached";
    case KOERS_STEP_NOT_YET: return "not-yet";
    case KOERS_STEP_NOT_EVALUATED:
    default: return NULL;
    }
}

static gboolean
write_children (KoersStore  *self,
                KoersGoal   *goal,
                GError     **error)
{
  gint64 id = koers_goal_get_id (goal);
  const char * const *steps = koers_goal_get_steps (goal);
  const char * const *adults = koers_goal_get_adult_commitments (goal);
  sqlite3_stmt *stmt;
  int rc;

  if (!exec_for_goal (self, "DELETE FROM goal_steps WHERE goal_id = ?1", id, error) ||
      !exec_for_goal (self, "DELETE FROM goal_adults WHERE goal_id = ?1", id, error) ||
      !exec_for_goal (self, "DELETE FROM goal_smarti WHERE goal_id = ?1", id, error))
    return FALSE;

  for (guint i = 0; steps[i] != NULL; i++)
    {
      stmt = koers_store_prepare (self,
                                  "INSERT INTO goal_steps (goal_id, position, text, result)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, steps[i], -1, SQLITE_STATIC);
      koers_store_bind_text (stmt, 4, step_result_id (koers_goal_get_step_result (goal, i)));
      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  for (guint i = 0; adults[i] != NULL; i++)
    {
      stmt = koers_store_prepare (self,
                                  "INSERT INTO goal_adults (goal_id, position, text) VALUES (?1, ?2, ?3)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, adults[i], -1, SQLITE_STATIC);
      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  for (guint letter = 0; letter < KOERS_N_SMARTI; letter++)
    {
      stmt = koers_store_prepare (self,
                                  "INSERT INTO goal_smarti (goal_id, letter, ticked, remark)"
                                  " VALUES (?1, ?2, ?3, ?4)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) letter);
      sqlite3_bind_int (stmt, 3, koers_goal_get_smarti (goal, letter));
      koers_store_bind_text (stmt, 4, koers_goal_get_smarti_remark (goal, letter));
      if ((rc = sqlite3_step (stmt)) != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  return TRUE;
}

/* Writes the goal's own row and its children; the caller holds the transaction. */
static gboolean
write_goal (KoersStore  *self,
            KoersGoal   *goal,
            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (koers_goal_get_id (goal) == 0)
    {
      g_autofree char *uuid = g_strdup (koers_goal_get_uuid (goal));

      if (uuid == NULL)
        uuid = g_uuid_string_random ();

      stmt = koers_store_prepare (self,
                                  "INSERT INTO goals (uuid, student_id, title, start_date,"
                                  "   evaluation_date, status, involved, outcome, went_well,"
                                  "   adults_change, evaluated_on, for_care_meeting, follows_goal_id,"
                                  "   author, created, modified)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                  "   coalesce (?14, (SELECT value FROM meta WHERE key = '"
                                  KOERS_META_USER_NAME "')),"
                                  "   " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                  " RETURNING id, uuid, created, modified, author",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      koers_store_bind_text (stmt, 14, koers_goal_get_author (goal));
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE goals SET student_id = ?2, title = ?3, start_date = ?4,"
                                  "   evaluation_date = ?5, status = ?6, involved = ?7, outcome = ?8,"
                                  "   went_well = ?9, adults_change = ?10, evaluated_on = ?11,"
                                  "   for_care_meeting = ?12, follows_goal_id = ?13,"
                                  "   modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1"
                                  " RETURNING id, uuid, created, modified, author",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_goal_get_id (goal));
    }

  sqlite3_bind_int64 (stmt, 2, koers_goal_get_student_id (goal));
  koers_store_bind_text (stmt, 3, koers_goal_get_title (goal));
  koers_store_bind_text (stmt, 4, koers_goal_get_start_date (goal));
  koers_store_bind_text (stmt, 5, koers_goal_get_evaluation_date (goal));
  sqlite3_bind_text (stmt, 6, koers_goal_status_to_id (koers_goal_get_status (goal)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 7, koers_goal_get_involved (goal));
  if (koers_goal_get_outcome (goal) != KOERS_GOAL_OUTCOME_NONE)
    sqlite3_bind_text (stmt, 8, koers_goal_outcome_to_id (koers_goal_get_outcome (goal)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 9, koers_goal_get_went_well (goal));
  koers_store_bind_text (stmt, 10, koers_goal_get_adults_change (goal));
  koers_store_bind_text (stmt, 11, koers_goal_get_evaluated_on (goal));
  sqlite3_bind_int (stmt, 12, koers_goal_get_for_care_meeting (goal));
  if (koers_goal_get_follows_goal_id (goal) > 0)
    sqlite3_bind_int64 (stmt, 13, koers_goal_get_follows_goal_id (goal));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_goal_gone (error);
  if (rc != SQLITE_ROW)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return koers_store_set_invalid (error, _("The student of this goal is no longer in the notebook."));
      return koers_store_fail (self, rc, error);
    }

  koers_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  koers_goal_set_uuid (goal, koers_store_column_text (stmt, 1));
  koers_goal_set_created (goal, koers_store_column_text (stmt, 2));
  koers_goal_set_modified (goal, koers_store_column_text (stmt, 3));
  koers_goal_set_author (goal, koers_store_column_text (stmt, 4));
  sqlite3_reset (stmt);

  return write_children (self, goal, error);
}

/* Runs @write inside one transaction; on failure nothing of it stays. */
static gboolean
in_transaction (KoersStore  *self,
                gboolean   (*write) (KoersStore *, KoersGoal *, int, GError **),
                KoersGoal   *goal,
                GError     **error)
{
  int old_status;

  if (!koers_store_begin (self, error))
    return FALSE;

  old_status = stored_status (self, goal, error);
  if (old_status == -2 || !write (self, goal, old_status, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }

  return koers_store_commit (self, error);
}

static gboolean
save_goal (KoersStore  *self,
           KoersGoal   *goal,
           int          old_status,
           GError     **error)
{
  KoersGoalStatus status = koers_goal_get_status (goal);
  gboolean becomes_active;

  /* Evaluating and stopping go through their own functions, which ask the questions. */
  if (status == KOERS_GOAL_EVALUATED || status == KOERS_GOAL_STOPPED)
    {
      if (old_status != (int) status)
        return koers_store_set_invalid (error, _("Evaluate or stop a goal with its own action, which asks what went well first."));
    }
  else if (old_status == KOERS_GOAL_EVALUATED || old_status == KOERS_GOAL_STOPPED)
    {
      return koers_store_set_invalid (error, _("An evaluated or stopped goal cannot become active again. Start a new goal that follows it."));
    }
  else if (old_status == KOERS_GOAL_ACTIVE && status == KOERS_GOAL_CONCEPT)
    {
      return koers_store_set_invalid (error, _("An active goal cannot go back to concept."));
    }

  becomes_active = status == KOERS_GOAL_ACTIVE && old_status != KOERS_GOAL_ACTIVE;
  if (!write_goal (self, goal, error))
    return FALSE;

  if (becomes_active)
    {
      g_autofree char *text = g_strdup_printf (_("New goal: %s"), koers_goal_get_title (goal));

      return add_goal_entry (self, goal, koers_goal_get_start_date (goal), text, error);
    }

  return TRUE;
}

gboolean
koers_store_save_goal (KoersStore  *self,
                       KoersGoal   *goal,
                       GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), FALSE);

  if (!validate_goal (goal, error))
    return FALSE;

  return in_transaction (self, save_goal, goal, error);
}

static gboolean
has_both_answers (KoersGoal  *goal,
                  GError    **error)
{
  if (!koers_str_is_set (koers_goal_get_went_well (goal)) ||
      !koers_str_is_set (koers_goal_get_adults_change (goal)))
    return koers_store_set_invalid (error, _("First write down what went well and what the adults can do differently."));
  return TRUE;
}

/* The day of the evaluation: the one the caller wrote down (an evaluation entered
 * afterwards), else today. Never in the future. */
static char *
decision_date (KoersGoal  *goal,
               GError    **error)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  const char *given = koers_goal_get_evaluated_on (goal);
  GDate date;

  if (given == NULL)
    return g_steal_pointer (&today);

  if (!koers_date_from_iso (given, &date) || g_strcmp0 (given, today) > 0)
    {
      koers_store_set_invalid (error, _("The date of the evaluation must be a valid date, today or earlier."));
      return NULL;
    }

  return g_strdup (given);
}

static gboolean
evaluate_goal (KoersStore  *self,
               KoersGoal   *goal,
               int          old_status,
               GError     **error)
{
  g_autofree char *today = NULL;
  g_autofree char *text = NULL;

  if (old_status != KOERS_GOAL_ACTIVE)
    return koers_store_set_invalid (error, _("Only an active goal can be evaluated."));
  if (koers_goal_get_outcome (goal) == KOERS_GOAL_OUTCOME_NONE)
    return koers_store_set_invalid (error, _("Choose whether the goal was reached, partly reached or not reached."));
  if (koers_goal_get_outcome (goal) != KOERS_GOAL_OUTCOME_REACHED && !has_both_answers (goal, error))
    return FALSE;
  if ((today = decision_date (goal, error)) == NULL)
    return FALSE;

  koers_goal_set_status (goal, KOERS_GOAL_EVALUATED);
  koers_goal_set_evaluated_on (goal, today);
  if (!write_goal (self, goal, error))
    return FALSE;

  /* Translators: a timeline entry; the first %s is the outcome ("partly reached"), the second the goal */
  text = g_strdup_printf (_("Goal evaluated, %s: %s"),
                          koers_goal_outcome_get_label (koers_goal_get_outcome (goal)),
                          koers_goal_get_title (goal));
  return add_goal_entry (self, goal, today, text, error);
}

/* Evaluating and stopping: both end a goal, and on failure the caller's goal
 * keeps the status and date it had. */
static gboolean
decide_goal (KoersStore  *self,
             KoersGoal   *goal,
             gboolean   (*decide) (KoersStore *, KoersGoal *, int, GError **),
             GError     **error)
{
  g_autoptr(KoersGoal) before = NULL;

  if (!validate_goal (goal, error))
    return FALSE;

  before = koers_goal_copy (goal);
  if (!in_transaction (self, decide, goal, error))
    {
      koers_goal_set_status (goal, koers_goal_get_status (before));
      koers_goal_set_evaluated_on (goal, koers_goal_get_evaluated_on (before));
      return FALSE;
    }
  return TRUE;
}

gboolean
koers_store_evaluate_goal (KoersStore  *self,
                           KoersGoal   *goal,
                           GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), FALSE);

  return decide_goal (self, goal, evaluate_goal, error);
}

static gboolean
stop_goal (KoersStore  *self,
           KoersGoal   *goal,
           int          old_status,
           GError     **error)
{
  g_autofree char *today = NULL;
  g_autofree char *text = NULL;

  if (old_status != KOERS_GOAL_ACTIVE && old_status != KOERS_GOAL_CONCEPT)
    return koers_store_set_invalid (error, _("Only a concept or active goal can be stopped."));
  if (!has_both_answers (goal, error))
    return FALSE;
  if ((today = decision_date (goal, error)) == NULL)
    return FALSE;

  koers_goal_set_status (goal, KOERS_GOAL_STOPPED);
  koers_goal_set_evaluated_on (goal, today);
  if (!write_goal (self, goal, error))
    return FALSE;

  text = g_strdup_printf (_("Goal stopped: %s"), koers_goal_get_title (goal));
  return add_goal_entry (self, goal, today, text, error);
}

gboolean
koers_store_stop_goal (KoersStore  *self,
                       KoersGoal   *goal,
                       GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), FALSE);

  return decide_goal (self, goal, stop_goal, error);
}

gboolean
koers_store_add_goal_feedback (KoersStore         *self,
                               KoersGoal          *goal,
                               guint               step,
                               const char         *iso_date,
                               KoersFeedbackKind   kind,
                               const char         *note,
                               GError            **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  GDate date;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), FALSE);

  if (koers_goal_get_id (goal) == 0)
    return set_goal_gone (error);
  if (step >= koers_goal_get_n_steps (goal))
    return koers_store_set_invalid (error, _("The goal has no such step."));
  if (!koers_date_from_iso (iso_date, &date))
    return koers_store_set_invalid (error, _("Feedback needs a valid date."));

  stmt = koers_store_prepare (self,
                              "INSERT INTO goal_feedback (uuid, goal_id, step, date, kind, note, created)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " KOERS_SQL_NOW ")",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, koers_goal_get_id (goal));
  sqlite3_bind_int (stmt, 3, (int) step);
  sqlite3_bind_text (stmt, 4, iso_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, kind == KOERS_FEEDBACK_SEEN ? "seen" : "can-be-better", -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 6, note);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return set_goal_gone (error);
      return koers_store_fail (self, rc, error);
    }
  return TRUE;
}

GPtrArray *
koers_store_list_goal_feedback (KoersStore  *self,
                                KoersGoal   *goal,
                                GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_goal_feedback_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT id, step, date, kind, note FROM goal_feedback"
                              " WHERE goal_id = ?1 ORDER BY date, id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, koers_goal_get_id (goal));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersGoalFeedback *feedback = g_new0 (KoersGoalFeedback, 1);

      feedback->id = sqlite3_column_int64 (stmt, 0);
      feedback->step = (guint) sqlite3_column_int (stmt, 1);
      feedback->date = g_strdup (koers_store_column_text (stmt, 2));
      feedback->kind = g_strcmp0 (koers_store_column_text (stmt, 3), "seen") == 0
                       ? KOERS_FEEDBACK_SEEN : KOERS_FEEDBACK_CAN_BE_BETTER;
      feedback->note = g_strdup (koers_store_column_text (stmt, 4));
      g_ptr_array_add (list, feedback);
    }

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&list);
}
