/* koers-goal-editor-private.h: what the GUI test drives in the goal editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-goal-editor.h"

G_BEGIN_DECLS

GtkEditable *koers_goal_editor_get_title_row       (KoersGoalEditor *self);
/* The entry of step @index (0-based), NULL past the last one. */
GtkEditable *koers_goal_editor_get_step_row        (KoersGoalEditor *self,
                                                    guint            index);
GtkWidget   *koers_goal_editor_get_add_step_button (KoersGoalEditor *self);
GtkWidget   *koers_goal_editor_get_save_button     (KoersGoalEditor *self);
GtkLabel    *koers_goal_editor_get_error_label     (KoersGoalEditor *self);

G_END_DECLS
