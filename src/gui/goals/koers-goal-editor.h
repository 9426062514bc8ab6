/* koers-goal-editor.h: writing or editing a SMARTI goal with a student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-goal.h"
#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOAL_EDITOR (koers_goal_editor_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoalEditor, koers_goal_editor, KOERS, GOAL_EDITOR, AdwWindow)

/* A modal window over @parent. @goal NULL writes a new goal for @student_id; with
 * @follows (an evaluated or stopped goal) the new goal links to it and starts from
 * its steps and adults' lines. Otherwise a copy of @goal is edited.
 * Signal: "saved" (KoersGoal *goal: stored, with its id). */
KoersGoalEditor *koers_goal_editor_new (GtkWindow  *parent,
                                        KoersStore *store,
                                        gint64      student_id,
                                        KoersGoal  *goal,
                                        KoersGoal  *follows);

G_END_DECLS
