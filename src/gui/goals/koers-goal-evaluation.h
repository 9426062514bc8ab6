/* koers-goal-evaluation.h: evaluating or stopping a goal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-goal.h"
#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOAL_EVALUATION (koers_goal_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoalEvaluation, koers_goal_evaluation, KOERS, GOAL_EVALUATION, AdwWindow)

/* A modal window over @parent for an active goal (@stop FALSE: per-step results and
 * the outcome) or for stopping a concept or active goal (@stop TRUE). Before a goal
 * is lowered or stopped it asks what went well and what the adults can change.
 * Signal: "done" (KoersGoal *goal: as stored, evaluated or stopped). */
KoersGoalEvaluation *koers_goal_evaluation_new (GtkWindow  *parent,
                                                KoersStore *store,
                                                KoersGoal  *goal,
                                                gboolean    stop);

G_END_DECLS
