/* koers-goal.h: a SMARTI goal written with a student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* concept → active → evaluated | stopped; concept → stopped. Evaluated and stopped
 * are final: a new goal may follow one (koers_goal_set_follows_goal_id). */
typedef enum
{
  KOERS_GOAL_CONCEPT,
  KOERS_GOAL_ACTIVE,
  KOERS_GOAL_EVALUATED,
  KOERS_GOAL_STOPPED,
  KOERS_N_GOAL_STATUSES
} KoersGoalStatus;

typedef enum
{
  KOERS_GOAL_OUTCOME_NONE,
  KOERS_GOAL_OUTCOME_REACHED,      /* behaald */
  KOERS_GOAL_OUTCOME_PARTLY,       /* deels behaald */
  KOERS_GOAL_OUTCOME_NOT_REACHED,  /* niet behaald */
  KOERS_N_GOAL_OUTCOMES
} KoersGoalOutcome;

/* Per step at the evaluation. */
typedef enum
{
  KOERS_STEP_NOT_EVALUATED,
  KOERS_STEP_REACHED,
  KOERS_STEP_NOT_YET,
} KoersStepResult;

/* The six letters of SMARTI (DOMAIN.md). */
typedef enum
{
  KOERS_SMARTI_SPECIFIC,
  KOERS_SMARTI_MEASURABLE,
  KOERS_SMARTI_ACCEPTABLE,
  KOERS_SMARTI_REALISTIC,
  KOERS_SMARTI_TIME_BOUND,
  KOERS_SMARTI_INSPIRING,
  KOERS_N_SMARTI
} KoersSmarti;

typedef enum
{
  KOERS_FEEDBACK_SEEN,            /* al gezien */
  KOERS_FEEDBACK_CAN_BE_BETTER,   /* kan beter */
} KoersFeedbackKind;

#define KOERS_GOAL_MAX_STEPS 8
/* A typical evaluation comes about three weeks after the start. */
#define KOERS_GOAL_DEFAULT_WEEKS 3

const char      *koers_goal_status_to_id      (KoersGoalStatus  status);
gboolean         koers_goal_status_from_string (const char      *text,
                                               KoersGoalStatus *out);
/* Translated: "Concept", "Active", "Evaluated", "Stopped" */
const char      *koers_goal_status_get_label  (KoersGoalStatus  status);
const char      *koers_goal_outcome_to_id     (KoersGoalOutcome outcome);
gboolean         koers_goal_outcome_from_string (const char      *text,
                                               KoersGoalOutcome *out);
/* Translated: "Reached", "Partly reached", "Not reached" */
const char      *koers_goal_outcome_get_label (KoersGoalOutcome outcome);
/* "S", "M", ... (never translated: the letters are the method's name) */
const char      *koers_smarti_get_letter      (KoersSmarti      letter);
/* Translated: "Specific", ... */
const char      *koers_smarti_get_name        (KoersSmarti      letter);
/* Translated help text from DOMAIN.md, e.g. "Concrete, small, quick, clear: …" */
const char      *koers_smarti_get_help        (KoersSmarti      letter);

#define KOERS_TYPE_GOAL (koers_goal_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoal, koers_goal, KOERS, GOAL, GObject)

KoersGoal       *koers_goal_new                (void);
KoersGoal       *koers_goal_copy               (KoersGoal       *self);

gint64           koers_goal_get_id             (KoersGoal       *self);
void             koers_goal_set_id             (KoersGoal       *self,
                                                gint64           id);
const char      *koers_goal_get_uuid           (KoersGoal       *self);
void             koers_goal_set_uuid           (KoersGoal       *self,
                                                const char      *uuid);
gint64           koers_goal_get_student_id     (KoersGoal       *self);
void             koers_goal_set_student_id     (KoersGoal       *self,
                                                gint64           student_id);
/* In the student's words. */
const char      *koers_goal_get_title          (KoersGoal       *self);
void             koers_goal_set_title          (KoersGoal       *self,
                                                const char      *title);
/* The "Ik …" steps, 1 to 8, NULL-terminated. */
const char * const *koers_goal_get_steps       (KoersGoal       *self);
void             koers_goal_set_steps          (KoersGoal       *self,
                                                const char * const *steps);
guint            koers_goal_get_n_steps        (KoersGoal       *self);
/* What the adults do (mentor, parents, teachers), one line each; NULL-terminated. */
const char * const *koers_goal_get_adult_commitments (KoersGoal *self);
void             koers_goal_set_adult_commitments (KoersGoal    *self,
                                                const char * const *lines);
/* ISO dates; both required to save. */
const char      *koers_goal_get_start_date     (KoersGoal       *self);
void             koers_goal_set_start_date     (KoersGoal       *self,
                                                const char      *iso_date);
const char      *koers_goal_get_evaluation_date (KoersGoal      *self);
void             koers_goal_set_evaluation_date (KoersGoal      *self,
                                                const char      *iso_date);
KoersGoalStatus  koers_goal_get_status         (KoersGoal       *self);
void             koers_goal_set_status         (KoersGoal       *self,
                                                KoersGoalStatus  status);
/* Who wrote it with the student ("Sanne, mentor, moeder"). */
/* Who wrote the goal: set to the notebook's user name when it is first saved, kept
 * when the goal moves to another notebook. */
const char      *koers_goal_get_author         (KoersGoal       *self);
void             koers_goal_set_author         (KoersGoal       *self,
                                                const char      *author);
const char      *koers_goal_get_involved       (KoersGoal       *self);
void             koers_goal_set_involved       (KoersGoal       *self,
                                                const char      *involved);

/* SMARTI checklist: guidance, never a gate. */
gboolean         koers_goal_get_smarti         (KoersGoal       *self,
                                                KoersSmarti      letter);
void             koers_goal_set_smarti         (KoersGoal       *self,
                                                KoersSmarti      letter,
                                                gboolean         ticked);
const char      *koers_goal_get_smarti_remark  (KoersGoal       *self,
                                                KoersSmarti      letter);
void             koers_goal_set_smarti_remark  (KoersGoal       *self,
                                                KoersSmarti      letter,
                                                const char      *remark);

/* Evaluation */
KoersGoalOutcome koers_goal_get_outcome        (KoersGoal       *self);
void             koers_goal_set_outcome        (KoersGoal       *self,
                                                KoersGoalOutcome outcome);
KoersStepResult  koers_goal_get_step_result    (KoersGoal       *self,
                                                guint            step);
void             koers_goal_set_step_result    (KoersGoal       *self,
                                                guint            step,
                                                KoersStepResult  result);
/* The two questions asked before a goal is lowered or stopped (DOMAIN.md). */
const char      *koers_goal_get_went_well      (KoersGoal       *self);
void             koers_goal_set_went_well      (KoersGoal       *self,
                                                const char      *text);
const char      *koers_goal_get_adults_change  (KoersGoal       *self);
void             koers_goal_set_adults_change  (KoersGoal       *self,
                                                const char      *text);
/* ISO date of the evaluation or of stopping; NULL before. */
const char      *koers_goal_get_evaluated_on   (KoersGoal       *self);
void             koers_goal_set_evaluated_on   (KoersGoal       *self,
                                                const char      *iso_date);
gboolean         koers_goal_get_for_care_meeting (KoersGoal     *self);
void             koers_goal_set_for_care_meeting (KoersGoal     *self,
                                                gboolean         for_meeting);
/* The goal this one follows up on (0: none). */
gint64           koers_goal_get_follows_goal_id (KoersGoal      *self);
void             koers_goal_set_follows_goal_id (KoersGoal      *self,
                                                gint64           goal_id);

/* Days from @today (NULL: today) to the evaluation date; negative when overdue. */
int              koers_goal_days_to_evaluation (KoersGoal       *self,
                                                GDate           *today);
gboolean         koers_goal_is_evaluation_overdue (KoersGoal    *self,
                                                GDate           *today);

const char      *koers_goal_get_created        (KoersGoal       *self);
void             koers_goal_set_created        (KoersGoal       *self,
                                                const char      *timestamp);
const char      *koers_goal_get_modified       (KoersGoal       *self);
void             koers_goal_set_modified       (KoersGoal       *self,
                                                const char      *timestamp);

/* One feedback moment on one step ("al gezien" / "kan beter"). */
typedef struct
{
  gint64            id;
  guint             step;      /* 0-based index into the steps */
  char             *date;      /* ISO */
  KoersFeedbackKind kind;
  char             *note;      /* may be NULL */
} KoersGoalFeedback;

void koers_goal_feedback_free (KoersGoalFeedback *feedback);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersGoalFeedback, koers_goal_feedback_free)

G_END_DECLS
