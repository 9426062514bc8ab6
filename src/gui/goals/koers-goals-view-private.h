/* koers-goals-view-private.h: what the GUI test drives in the goals view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-goal.h"
#include "koers-goals-view.h"

G_BEGIN_DECLS

/* The goals shown (KoersGoal), in the view's order. */
GPtrArray *koers_goals_view_get_goals         (KoersGoalsView    *self);
/* "empty" or "list" */
const char *koers_goals_view_get_visible_state (KoersGoalsView    *self);
/* The open editor or evaluation window, NULL when none. */
GtkWindow *koers_goals_view_get_dialog        (KoersGoalsView    *self);
/* The feedback button of @step of the goal shown with @goal_id, NULL when none. */
GtkWidget *koers_goals_view_get_feedback_button (KoersGoalsView  *self,
                                                 gint64           goal_id,
                                                 guint            step,
                                                 KoersFeedbackKind kind);
/* "Print or Save Card…": the layout question for the goal with @goal_id. */
GtkWindow *koers_goals_view_open_card_dialog  (KoersGoalsView    *self,
                                               gint64             goal_id);
/* Opens the evaluation (@stop FALSE) or stop window for the goal with @goal_id. */
GtkWindow *koers_goals_view_evaluate          (KoersGoalsView    *self,
                                               gint64             goal_id,
                                               gboolean           stop);

G_END_DECLS
