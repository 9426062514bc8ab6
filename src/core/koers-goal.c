/* koers-goal.c: a SMARTI goal written with a student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-goal.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

typedef struct
{
  const char *id;
  const char *dutch;
  const char *label;
} Name;

static const Name status_names[KOERS_N_GOAL_STATUSES] = {
  [KOERS_GOAL_CONCEPT] = { "concept", "concept", N_("Concept") },
  [KOERS_GOAL_ACTIVE] = { "active", "actief", N_("Active") },
  [KOERS_GOAL_EVALUATED] = { "evaluated", "geevalueerd", N_("Evaluated") },
  [KOERS_GOAL_STOPPED] = { "stopped", "gestopt", N_("Stopped") },
};

static const Name outcome_names[KOERS_N_GOAL_OUTCOMES] = {
  [KOERS_GOAL_OUTCOME_NONE] = { "none", "geen", N_("Not evaluated") },
  [KOERS_GOAL_OUTCOME_REACHED] = { "reached", "behaald", N_("Reached") },
  [KOERS_GOAL_OUTCOME_PARTLY] = { "partly", "deels", N_("Partly reached") },
  [KOERS_GOAL_OUTCOME_NOT_REACHED] = { "not-reached", "niet-behaald", N_("Not reached") },
};

static const struct {
  const char *letter;
  const char *name;
  const char *help;
} smarti[KOERS_N_SMARTI] = {
  { "S", N_("Specific"), N_("Concrete, small, quick and clear: everyone knows what they will see or hear when it is reached.") },
  { "M", N_("Measurable"), N_("At the evaluation anyone can check whether it was reached.") },
  { "A", N_("Acceptable"), N_("The student, the teachers and the parents accept it and see its use.") },
  { "R", N_("Realistic"), N_("Challenging, but reachable for this student, school and parents.") },
  { "T", N_("Time-bound"), N_("It has a start date and an evaluation date.") },
  { "I", N_("Inspiring"), N_("The people involved want to work on it; it makes them act.") },
};

static gboolean
name_lookup (const Name *names,
             guint       n_names,
             const char *text,
             guint      *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_ascii_strcasecmp (text, names[i].id) == 0 ||
          g_ascii_strcasecmp (text, names[i].dutch) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
koers_goal_status_to_id (KoersGoalStatus status)
{
  g_return_val_if_fail (status < KOERS_N_GOAL_STATUSES, NULL);
  return status_names[status].id;
}

gboolean
koers_goal_status_from_string (const char      *text,
                               KoersGoalStatus *out)
{
  guint i;

  /* "geëvalueerd" is how Dutch users write it. */
  if (g_strcmp0 (text, "geëvalueerd") == 0)
    text = "geevalueerd";
  if (!name_lookup (status_names, KOERS_N_GOAL_STATUSES, text, &i))
    return FALSE;
  *out = (KoersGoalStatus) i;
  return TRUE;
}

const char *
koers_goal_status_get_label (KoersGoalStatus status)
{
  g_return_val_if_fail (status < KOERS_N_GOAL_STATUSES, NULL);
  return _(status_names[status].label);
}

const char *
koers_goal_outcome_to_id (KoersGoalOutcome outcome)
{
  g_return_val_if_fail (outcome < KOERS_N_GOAL_OUTCOMES, NULL);
  return outcome_names[outcome].id;
}

gboolean
koers_goal_outcome_from_string (const char       *text,
                                KoersGoalOutcome *out)
{
  guint i;

  if (!name_lookup (outcome_names, KOERS_N_GOAL_OUTCOMES, text, &i))
    return FALSE;
  *out = (KoersGoalOutcome) i;
  return TRUE;
}

const char *
koers_goal_outcome_get_label (KoersGoalOutcome outcome)
{
  g_return_val_if_fail (outcome < KOERS_N_GOAL_OUTCOMES, NULL);
  return _(outcome_names[outcome].label);
}

const char *
koers_smarti_get_letter (KoersSmarti letter)
{
  g_return_val_if_fail (letter < KOERS_N_SMARTI, NULL);
  return smarti[letter].letter;
}

const char *
koers_smarti_get_name (KoersSmarti letter)
{
  g_return_val_if_fail (letter < KOERS_N_SMARTI, NULL);
  return _(smarti[letter].name);
}

const char *
koers_smarti_get_help (KoersSmarti letter)
{
  g_return_val_if_fail (letter < KOERS_N_SMARTI, NULL);
  return _(smarti[letter].help);
}

void
koers_goal_feedback_free (KoersGoalFeedback *feedback)
{
  if (feedback == NULL)
    return;
  g_free (feedback->date);
  g_free (feedback->note);
  g_free (feedback);
}

struct _KoersGoal
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  gint64 follows_goal_id;
  KoersGoalStatus status;
  KoersGoalOutcome outcome;
  gboolean for_care_meeting;
  gboolean smarti[KOERS_N_SMARTI];
  char *smarti_remarks[KOERS_N_SMARTI];

  GPtrArray *steps;          /* char *, NULL-terminated */
  GArray *step_results;      /* KoersStepResult, one per step */
  GPtrArray *adults;         /* char *, NULL-terminated */

  char *uuid;
  char *title;
  char *start_date;
  char *evaluation_date;
  char *involved;
  char *author;
  char *went_well;
  char *adults_change;
  char *evaluated_on;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (KoersGoal, koers_goal, G_TYPE_OBJECT)

static GPtrArray *
strv_array_new (const char * const *strv)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      /* Blank lines are what an editor leaves behind, not a step. */
      g_autofree char *text = g_strstrip (g_strdup (strv[i]));

      if (koers_str_is_set (text))
        g_ptr_array_add (array, g_steal_pointer (&text));
    }
  g_ptr_array_add (array, NULL);
  return array;
}

static void
koers_goal_finalize (GObject *object)
{
  KoersGoal *self = KOERS_GOAL (object);

  g_ptr_array_unref (self->steps);
  g_array_unref (self->step_results);
  g_ptr_array_unref (self->adults);
  for (guint i = 0; i < KOERS_N_SMARTI; i++)
    g_free (self->smarti_remarks[i]);
  g_free (self->uuid);
  g_free (self->title);
  g_free (self->start_date);
  g_free (self->evaluation_date);
  g_free (self->involved);
  g_free (self->author);
  g_free (self->went_well);
  g_free (self->adults_change);
  g_free (self->evaluated_on);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_goal_parent_class)->finalize (object);
}

static void
koers_goal_class_init (KoersGoalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_goal_finalize;
}

static void
koers_goal_init (KoersGoal *self)
{
  self->steps = strv_array_new (NULL);
  self->adults = strv_array_new (NULL);
  self->step_results = g_array_new (FALSE, TRUE, sizeof (KoersStepResult));
}

KoersGoal *
koers_goal_new (void)
{
  return g_object_new (KOERS_TYPE_GOAL, NULL);
}

KoersGoal *
koers_goal_copy (KoersGoal *self)
{
  KoersGoal *copy;

  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);

  copy = koers_goal_new ();
  copy->id = self->id;
  copy->student_id = self->student_id;
  copy->follows_goal_id = self->follows_goal_id;
  copy->status = self->status;
  copy->outcome = self->outcome;
  copy->for_care_meeting = self->for_care_meeting;
  for (guint i = 0; i < KOERS_N_SMARTI; i++)
    {
      copy->smarti[i] = self->smarti[i];
      copy->smarti_remarks[i] = g_strdup (self->smarti_remarks[i]);
    }
  koers_goal_set_steps (copy, koers_goal_get_steps (self));
  g_array_set_size (copy->step_results, 0);
  g_array_append_vals (copy->step_results, self->step_results->data, self->step_results->len);
  koers_goal_set_adult_commitments (copy, koers_goal_get_adult_commitments (self));
  copy->uuid = g_strdup (self->uuid);
  copy->title = g_strdup (self->title);
  copy->start_date = g_strdup (self->start_date);
  copy->evaluation_date = g_strdup (self->evaluation_date);
  copy->involved = g_strdup (self->involved);
  copy->author = g_strdup (self->author);
  copy->went_well = g_strdup (self->went_well);
  copy->adults_change = g_strdup (self->adults_change);
  copy->evaluated_on = g_strdup (self->evaluated_on);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

#define PLAIN_ACCESSORS(type, field, default_value)                              \
  type                                                                          \
  koers_goal_get_##field (KoersGoal *self)                                      \
  {                                                                             \
    g_return_val_if_fail (KOERS_IS_GOAL (self), default_value);                 \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  koers_goal_set_##field (KoersGoal *self,                                      \
                          type       value)                                     \
  {                                                                             \
    g_return_if_fail (KOERS_IS_GOAL (self));                                    \
    self->field = value;                                                        \
  }

PLAIN_ACCESSORS (gint64, id, 0)
PLAIN_ACCESSORS (gint64, student_id, 0)
PLAIN_ACCESSORS (gint64, follows_goal_id, 0)
PLAIN_ACCESSORS (KoersGoalStatus, status, KOERS_GOAL_CONCEPT)
PLAIN_ACCESSORS (KoersGoalOutcome, outcome, KOERS_GOAL_OUTCOME_NONE)
PLAIN_ACCESSORS (gboolean, for_care_meeting, FALSE)

#undef PLAIN_ACCESSORS

#define STRING_ACCESSORS(field)                                                 \
  const char *                                                                  \
  koers_goal_get_##field (KoersGoal *self)                                      \
  {                                                                             \
    g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);                          \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  koers_goal_set_##field (KoersGoal  *self,                                     \
                          const char *value)                                    \
  {                                                                             \
    g_return_if_fail (KOERS_IS_GOAL (self));                                    \
    koers_str_replace (&self->field, value);                                    \
  }

STRING_ACCESSORS (uuid)
STRING_ACCESSORS (title)
STRING_ACCESSORS (start_date)
STRING_ACCESSORS (evaluation_date)
STRING_ACCESSORS (involved)
STRING_ACCESSORS (author)
STRING_ACCESSORS (went_well)
STRING_ACCESSORS (adults_change)
STRING_ACCESSORS (evaluated_on)
STRING_ACCESSORS (created)
STRING_ACCESSORS (modified)

#undef STRING_ACCESSORS

const char * const *
koers_goal_get_steps (KoersGoal *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);
  return (const char * const *) self->steps->pdata;
}

void
koers_goal_set_steps (KoersGoal          *self,
                      const char * const *steps)
{
  g_return_if_fail (KOERS_IS_GOAL (self));

  g_ptr_array_unref (self->steps);
  self->steps = strv_array_new (steps);
  /* Results belong to the steps as they were; the list may have changed. */
  g_array_set_size (self->step_results, self->steps->len - 1);
}

guint
koers_goal_get_n_steps (KoersGoal *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), 0);
  return self->steps->len - 1;
}

const char * const *
koers_goal_get_adult_commitments (KoersGoal *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);
  return (const char * const *) self->adults->pdata;
}

void
koers_goal_set_adult_commitments (KoersGoal          *self,
                                  const char * const *lines)
{
  g_return_if_fail (KOERS_IS_GOAL (self));

  g_ptr_array_unref (self->adults);
  self->adults = strv_array_new (lines);
}

gboolean
koers_goal_get_smarti (KoersGoal   *self,
                       KoersSmarti  letter)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), FALSE);
  g_return_val_if_fail (letter < KOERS_N_SMARTI, FALSE);
  return self->smarti[letter];
}

void
koers_goal_set_smarti (KoersGoal   *self,
                       KoersSmarti  letter,
                       gboolean     ticked)
{
  g_return_if_fail (KOERS_IS_GOAL (self));
  g_return_if_fail (letter < KOERS_N_SMARTI);
  self->smarti[letter] = !!ticked;
}

const char *
koers_goal_get_smarti_remark (KoersGoal   *self,
                              KoersSmarti  letter)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), NULL);
  g_return_val_if_fail (letter < KOERS_N_SMARTI, NULL);
  return self->smarti_remarks[letter];
}

void
koers_goal_set_smarti_remark (KoersGoal   *self,
                              KoersSmarti  letter,
                              const char  *remark)
{
  g_return_if_fail (KOERS_IS_GOAL (self));
  g_return_if_fail (letter < KOERS_N_SMARTI);
  koers_str_replace (&self->smarti_remarks[letter], remark);
}

KoersStepResult
koers_goal_get_step_result (KoersGoal *self,
                            guint      step)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), KOERS_STEP_NOT_EVALUATED);
  g_return_val_if_fail (step < self->step_results->len, KOERS_STEP_NOT_EVALUATED);
  return g_array_index (self->step_results, KoersStepResult, step);
}

void
koers_goal_set_step_result (KoersGoal       *self,
                            guint            step,
                            KoersStepResult  result)
{
  g_return_if_fail (KOERS_IS_GOAL (self));
  g_return_if_fail (step < self->step_results->len);
  g_array_index (self->step_results, KoersStepResult, step) = result;
}

int
koers_goal_days_to_evaluation (KoersGoal *self,
                               GDate     *today)
{
  GDate evaluation, now;

  g_return_val_if_fail (KOERS_IS_GOAL (self), 0);

  if (!koers_date_from_iso (self->evaluation_date, &evaluation))
    return 0;

  if (today == NULL)
    {
      koers_date_today (&now);
      today = &now;
    }

  return g_date_days_between (today, &evaluation);
}

gboolean
koers_goal_is_evaluation_overdue (KoersGoal *self,
                                  GDate     *today)
{
  g_return_val_if_fail (KOERS_IS_GOAL (self), FALSE);

  return self->status == KOERS_GOAL_ACTIVE &&
         self->evaluation_date != NULL &&
         koers_goal_days_to_evaluation (self, today) < 0;
}
