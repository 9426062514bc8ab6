/* koers-goal-evaluation-private.h: what the GUI test drives in the evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-goal-evaluation.h"

G_BEGIN_DECLS

/* Items in the order reached, partly reached, not reached. */
AdwComboRow *koers_goal_evaluation_get_outcome_row       (KoersGoalEvaluation *self);
GtkEditable *koers_goal_evaluation_get_went_well_row     (KoersGoalEvaluation *self);
GtkEditable *koers_goal_evaluation_get_adults_change_row (KoersGoalEvaluation *self);
GtkWidget   *koers_goal_evaluation_get_done_button       (KoersGoalEvaluation *self);
GtkLabel    *koers_goal_evaluation_get_error_label       (KoersGoalEvaluation *self);

G_END_DECLS
