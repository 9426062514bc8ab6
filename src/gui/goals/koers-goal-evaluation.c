/* koers-goal-evaluation.c: evaluating or stopping a goal
 *
 * DOMAIN.md: when a goal did not work, first ask what went well and what the
 * adults can change before the goal is lowered. The window asks both whenever
 * the outcome is not "reached" and whenever a goal is stopped, says why, and
 * refuses without them (the store checks the same).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-goal-evaluation-private.h"

struct _KoersGoalEvaluation
{
  AdwWindow            parent_instance;

  GtkWidget           *done_button;
  GtkLabel            *goal_label;
  GtkLabel            *error_label;
  AdwPreferencesGroup *steps_group;
  GtkWidget           *outcome_group;
  AdwComboRow         *outcome_row;
  GtkWidget           *care_meeting_row;
  GtkSwitch           *care_meeting_switch;
  GtkWidget           *questions_group;
  GtkEditable         *went_well_row;
  GtkEditable         *adults_change_row;

  /* The "Reached" toggle of each step */
  GPtrArray           *reached_toggles;

  KoersStore          *store;
  KoersGoal           *goal;
  gboolean             stop;
};

G_DEFINE_FINAL_TYPE (KoersGoalEvaluation, koers_goal_evaluation, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KoersGoalOutcome outcomes[] = {
  KOERS_GOAL_OUTCOME_REACHED,
  KOERS_GOAL_OUTCOME_PARTLY,
  KOERS_GOAL_OUTCOME_NOT_REACHED,
};

/* Helpers */

static char *
dup_field (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static KoersGoalOutcome
get_outcome (KoersGoalEvaluation *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  return selected < G_N_ELEMENTS (outcomes) ? outcomes[selected] : KOERS_GOAL_OUTCOME_REACHED;
}

static gboolean
questions_needed (KoersGoalEvaluation *self)
{
  return self->stop || get_outcome (self) != KOERS_GOAL_OUTCOME_REACHED;
}

static void
show_error (KoersGoalEvaluation *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_state (KoersGoalEvaluation *self)
{
  gboolean reached = !self->stop && get_outcome (self) == KOERS_GOAL_OUTCOME_REACHED;

  gtk_widget_set_visible (self->questions_group, questions_needed (self));
  gtk_widget_set_visible (self->care_meeting_row, reached);

  gtk_widget_remove_css_class (GTK_WIDGET (self->went_well_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->adults_change_row), "error");
}

static void
finish (KoersGoalEvaluation *self)
{
  g_autoptr(KoersGoal) goal = koers_goal_copy (self->goal);
  g_autoptr(GError) error = NULL;
  g_autofree char *went_well = dup_field (self->went_well_row);
  g_autofree char *adults_change = dup_field (self->adults_change_row);
  gboolean ok;

  if (questions_needed (self) && (went_well == NULL || adults_change == NULL))
    {
      if (went_well == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->went_well_row), "error");
      if (adults_change == NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->adults_change_row), "error");
      show_error (self, self->stop
                        ? _("Before stopping the goal, answer both questions: what went well, and what the adults can do differently.")
                        : _("Before lowering the goal, answer both questions: what went well, and what the adults can do differently."));
      gtk_widget_grab_focus (GTK_WIDGET (went_well == NULL ? self->went_well_row : self->adults_change_row));
      return;
    }

  koers_goal_set_went_well (goal, went_well);
  koers_goal_set_adults_change (goal, adults_change);

  if (self->stop)
    {
      ok = koers_store_stop_goal (self->store, goal, &error);
    }
  else
    {
      for (guint i = 0; i < self->reached_toggles->len; i++)
        {
          GtkToggleButton *reached = self->reached_toggles->pdata[i];
          GtkToggleButton *not_yet = g_object_get_data (G_OBJECT (reached), "not-yet");
          KoersStepResult result = gtk_toggle_button_get_active (reached) ? KOERS_STEP_REACHED
                                   : gtk_toggle_button_get_active (not_yet) ? KOERS_STEP_NOT_YET
                                   : KOERS_STEP_NOT_EVALUATED;

          koers_goal_set_step_result (goal, i, result);
        }
      koers_goal_set_outcome (goal, get_outcome (self));
      koers_goal_set_for_care_meeting (goal, get_outcome (self) == KOERS_GOAL_OUTCOME_REACHED &&
                                             gtk_switch_get_active (self->care_meeting_switch));
      ok = koers_store_evaluate_goal (self->store, goal, &error);
    }

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[DONE], 0, goal);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_step (KoersGoalEvaluation *self,
          guint                index,
          const char          *step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *reached = gtk_toggle_button_new_with_label (_("Reached"));
  GtkWidget *not_yet = gtk_toggle_button_new_with_label (_("Not Yet"));
  KoersStepResult result = koers_goal_get_step_result (self->goal, index);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (not_yet), GTK_TOGGLE_BUTTON (reached));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (reached), result == KOERS_STEP_REACHED);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (not_yet), result == KOERS_STEP_NOT_YET);
  gtk_box_append (GTK_BOX (box), reached);
  gtk_box_append (GTK_BOX (box), not_yet);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_preferences_group_add (self->steps_group, row);

  g_object_set_data (G_OBJECT (reached), "not-yet", not_yet);
  g_ptr_array_add (self->reached_toggles, reached);
}

/* Callbacks */

static void
changed_cb (KoersGoalEvaluation *self)
{
  show_error (self, NULL);
  update_state (self);
}

static void
done_button_clicked_cb (KoersGoalEvaluation *self)
{
  finish (self);
}

/* GObject */

static void
koers_goal_evaluation_dispose (GObject *object)
{
  KoersGoalEvaluation *self = KOERS_GOAL_EVALUATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->goal);
  g_clear_pointer (&self->reached_toggles, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_GOAL_EVALUATION);

  G_OBJECT_CLASS (koers_goal_evaluation_parent_class)->dispose (object);
}

static void
koers_goal_evaluation_class_init (KoersGoalEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goal_evaluation_dispose;

  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_GOAL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/goals/koers-goal-evaluation.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, done_button);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, goal_label);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, steps_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, care_meeting_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, care_meeting_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, questions_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, went_well_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEvaluation, adults_change_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, done_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_goal_evaluation_init (KoersGoalEvaluation *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reached_toggles = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    gtk_string_list_append (labels, koers_goal_outcome_get_label (outcomes[i]));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (labels));
}

/* Public API */

KoersGoalEvaluation *
koers_goal_evaluation_new (GtkWindow  *parent,
                           KoersStore *store,
                           KoersGoal  *goal,
                           gboolean    stop)
{
  KoersGoalEvaluation *self;
  const char * const *steps;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), NULL);

  self = g_object_new (KOERS_TYPE_GOAL_EVALUATION,
                       "transient-for", parent,
                       "title", stop ? _("Stop Goal") : _("Evaluate Goal"),
                       NULL);
  self->store = g_object_ref (store);
  self->goal = koers_goal_copy (goal);
  self->stop = stop;

  gtk_label_set_text (self->goal_label, koers_goal_get_title (goal));
  gtk_button_set_label (GTK_BUTTON (self->done_button), stop ? _("_Stop Goal") : _("_Evaluate"));
  gtk_widget_add_css_class (self->done_button, stop ? "destructive-action" : "suggested-action");

  steps = koers_goal_get_steps (goal);
  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    add_step (self, i, steps[i]);

  gtk_widget_set_visible (GTK_WIDGET (self->steps_group), !stop);
  gtk_widget_set_visible (self->outcome_group, !stop);
  gtk_editable_set_text (self->went_well_row, koers_goal_get_went_well (goal) != NULL
                                              ? koers_goal_get_went_well (goal) : "");
  gtk_editable_set_text (self->adults_change_row, koers_goal_get_adults_change (goal) != NULL
                                                  ? koers_goal_get_adults_change (goal) : "");
  gtk_window_set_default_widget (GTK_WINDOW (self), self->done_button);

  update_state (self);
  show_error (self, NULL);
  return self;
}

/* Private API, for tests */

AdwComboRow *
koers_goal_evaluation_get_outcome_row (KoersGoalEvaluation *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EVALUATION (self), NULL);

  return self->outcome_row;
}

GtkEditable *
koers_goal_evaluation_get_went_well_row (KoersGoalEvaluation *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EVALUATION (self), NULL);

  return self->went_well_row;
}

GtkEditable *
koers_goal_evaluation_get_adults_change_row (KoersGoalEvaluation *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EVALUATION (self), NULL);

  return self->adults_change_row;
}

GtkWidget *
koers_goal_evaluation_get_done_button (KoersGoalEvaluation *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EVALUATION (self), NULL);

  return self->done_button;
}

GtkLabel *
koers_goal_evaluation_get_error_label (KoersGoalEvaluation *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EVALUATION (self), NULL);

  return self->error_label;
}
