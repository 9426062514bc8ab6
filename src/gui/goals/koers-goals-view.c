/* koers-goals-view.c: a student's SMARTI goals, with feedback per step
 *
 * Three groups of goal cards, in the store's order: active goals (soonest
 * evaluation first, overdue ones marked), concepts, then evaluated and stopped
 * ones, dimmed. An active goal takes feedback per step with one click. Every
 * change reloads the whole view: a student has a handful of goals, not thousands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-goal-cards-dialog.h"
#include "koers-goal-editor.h"
#include "koers-goal-evaluation.h"
#include "koers-goals-view-private.h"
#include "koers-string.h"

struct _KoersGoalsView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  GtkScrolledWindow   *scrolled_window;
  AdwPreferencesGroup *active_group;
  AdwPreferencesGroup *concept_group;
  AdwPreferencesGroup *closed_group;

  KoersStore          *store;
  KoersStudent        *student;
  /* KoersGoal, as shown */
  GPtrArray           *goals;
  /* The cards, each with its group as "group" data */
  GPtrArray           *cards;
  /* Feedback buttons by "goal-id:step:kind", for the test */
  GHashTable          *feedback_buttons;
  GtkWindow           *dialog;
};

G_DEFINE_FINAL_TYPE (KoersGoalsView, koers_goals_view, ADW_TYPE_BIN)

enum {
  CHANGED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Prototypes */

static void open_editor (KoersGoalsView *self,
                         KoersGoal      *goal,
                         KoersGoal      *follows);

/* Helpers */

static void
show_toast (KoersGoalsView *self,
            const char     *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (markup);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
report_error (KoersGoalsView *self,
              const GError   *error)
{
  g_debug ("Goals: %s", error->message);
  show_toast (self, error->message);
}

static KoersGoal *
find_goal (KoersGoalsView *self,
           gint64          id)
{
  for (guint i = 0; self->goals != NULL && i < self->goals->len; i++)
    if (koers_goal_get_id (self->goals->pdata[i]) == id)
      return self->goals->pdata[i];

  return NULL;
}

static GtkWindow *
get_parent_window (KoersGoalsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
close_dialog (KoersGoalsView *self)
{
  GtkWindow *dialog = self->dialog;

  g_clear_weak_pointer (&self->dialog);
  if (dialog != NULL)
    gtk_window_destroy (dialog);
}

static void
clear_cards (KoersGoalsView *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = self->cards->pdata[i];

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (card), "group"), card);
    }

  g_ptr_array_set_size (self->cards, 0);
  g_hash_table_remove_all (self->feedback_buttons);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->active_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->concept_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->closed_group), FALSE);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_tag (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "goal-tag");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Six letters, lit when ticked; the tooltip names them. */
static GtkWidget *
create_smarti_badge (KoersGoal *goal)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *accessible = NULL;
  guint n_ticked = 0;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "smarti-badge");

  for (guint letter = 0; letter < KOERS_N_SMARTI; letter++)
    {
      gboolean ticked = koers_goal_get_smarti (goal, letter);
      const char *remark = koers_goal_get_smarti_remark (goal, letter);
      GtkWidget *label = gtk_label_new (koers_smarti_get_letter (letter));

      gtk_widget_add_css_class (label, "smarti-letter");
      gtk_widget_add_css_class (label, ticked ? "smarti-ticked" : "smarti-open");
      gtk_box_append (GTK_BOX (box), label);
      n_ticked += ticked ? 1 : 0;

      if (tooltip->len > 0)
        g_string_append_c (tooltip, '\n');
      /* Translators: a line of the SMARTI badge's tooltip: a mark, the letter and its name */
      g_string_append_printf (tooltip, _("%s %s · %s"), ticked ? "✓" : "○",
                              koers_smarti_get_letter (letter), koers_smarti_get_name (letter));
      if (koers_str_is_set (remark))
        g_string_append_printf (tooltip, " — %s", remark);
    }

  gtk_widget_set_tooltip_text (box, tooltip->str);
  /* Translators: what a screen reader says of the SMARTI badge */
  accessible = g_strdup_printf (_("SMARTI: %u of 6 ticked"), n_ticked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return box;
}

/* "Active · 12 days to evaluation", or the overdue or closed state. */
static GtkWidget *
create_state_label (KoersGoal *goal)
{
  KoersGoalStatus status = koers_goal_get_status (goal);
  const char *evaluation = koers_goal_get_evaluation_date (goal);
  g_autofree char *evaluation_dutch = koers_str_is_set (evaluation) ? koers_date_format_dutch (evaluation) : NULL;
  g_autofree char *text = NULL;
  const char *css_class = "dim-label";

  switch (status)
    {
    case KOERS_GOAL_ACTIVE:
      {
        int days = koers_goal_days_to_evaluation (goal, NULL);

        if (koers_goal_is_evaluation_overdue (goal, NULL))
          {
            text = g_strdup_printf (_("Evaluation overdue since %s"), evaluation_dutch);
            css_class = "error";
          }
        else if (days == 0)
          {
            text = g_strdup (_("Evaluation today"));
            css_class = "warning";
          }
        else
          {
            text = g_strdup_printf (ngettext ("%d day to evaluation", "%d days to evaluation", days), days);
            css_class = days <= 3 ? "warning" : "dim-label";
          }
      }
      break;

    case KOERS_GOAL_CONCEPT:
      text = g_strdup_printf (_("Evaluation planned for %s"), evaluation_dutch != NULL ? evaluation_dutch : "");
      break;

    case KOERS_GOAL_EVALUATED:
    case KOERS_GOAL_STOPPED:
    default:
      {
        const char *on = koers_goal_get_evaluated_on (goal);
        g_autofree char *on_dutch = koers_str_is_set (on) ? koers_date_format_dutch (on) : NULL;

        if (status == KOERS_GOAL_EVALUATED && on_dutch != NULL)
          /* Translators: "Partly reached · evaluated 12-03-2026" */
          text = g_strdup_printf (_("%s · evaluated %s"),
                                  koers_goal_outcome_get_label (koers_goal_get_outcome (goal)), on_dutch);
        else if (status == KOERS_GOAL_EVALUATED)
          text = g_strdup (koers_goal_outcome_get_label (koers_goal_get_outcome (goal)));
        else if (on_dutch != NULL)
          text = g_strdup_printf (_("Stopped on %s"), on_dutch);
        else
          text = g_strdup (koers_goal_status_get_label (status));
      }
      break;
    }

  return new_label (text, css_class);
}

static void
count_feedback (GPtrArray *feedback,
                guint      step,
                guint     *seen,
                guint     *better)
{
  *seen = *better = 0;
  for (guint i = 0; feedback != NULL && i < feedback->len; i++)
    {
      KoersGoalFeedback *item = feedback->pdata[i];

      if (item->step != step)
        continue;
      if (item->kind == KOERS_FEEDBACK_SEEN)
        (*seen)++;
      else
        (*better)++;
    }
}

static void
feedback_button_clicked_cb (GtkButton      *button,
                            KoersGoalsView *self)
{
  GVariant *target = g_object_get_data (G_OBJECT (button), "feedback");

  gtk_widget_activate_action_variant (GTK_WIDGET (self), "goals.add-feedback", target);
}

static GtkWidget *
create_feedback_button (KoersGoalsView    *self,
                        KoersGoal         *goal,
                        guint              step,
                        KoersFeedbackKind  kind)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content),
                                    kind == KOERS_FEEDBACK_SEEN ? "object-select-symbolic"
                                                                : "view-refresh-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content),
                                /* Translators: feedback on a step: "al gezien" */
                                kind == KOERS_FEEDBACK_SEEN ? C_("feedback", "Seen")
                                /* Translators: feedback on a step: "kan beter" */
                                                            : C_("feedback", "Can Be Better"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "goal-feedback-button");
  gtk_widget_set_tooltip_text (button, kind == KOERS_FEEDBACK_SEEN
                                       ? _("Seen this step today (al gezien)")
                                       : _("This step can be better (kan beter)"));
  /* Clicked, not an action target: a button made while the page is hidden may not
   * have seen its action enabled yet, and the click must never be lost. */
  g_object_set_data_full (G_OBJECT (button), "feedback",
                          g_variant_ref_sink (g_variant_new ("(xuu)", koers_goal_get_id (goal), step, (guint) kind)),
                          (GDestroyNotify) g_variant_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (feedback_button_clicked_cb), self, 0);

  g_hash_table_insert (self->feedback_buttons,
                       g_strdup_printf ("%" G_GINT64_FORMAT ":%u:%u", koers_goal_get_id (goal), step, kind),
                       button);
  return button;
}

static GtkWidget *
create_step_row (KoersGoalsView *self,
                 KoersGoal      *goal,
                 guint           step,
                 const char     *text,
                 GPtrArray      *feedback)
{
  KoersGoalStatus status = koers_goal_get_status (goal);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *mark;
  guint seen, better;

  gtk_widget_add_css_class (row, "goal-step");

  if (status == KOERS_GOAL_EVALUATED)
    {
      KoersStepResult result = koers_goal_get_step_result (goal, step);

      mark = gtk_image_new_from_icon_name (result == KOERS_STEP_REACHED ? "object-select-symbolic"
                                           : result == KOERS_STEP_NOT_YET ? "view-refresh-symbolic"
                                           : "media-record-symbolic");
      gtk_widget_set_tooltip_text (mark, result == KOERS_STEP_REACHED ? _("Reached")
                                         : result == KOERS_STEP_NOT_YET ? _("Not yet")
                                         : _("Not evaluated"));
      if (result == KOERS_STEP_REACHED)
        gtk_widget_add_css_class (mark, "success");
    }
  else
    {
      /* Translators: the number of a step on a goal card, as in "1." */
      g_autofree char *number = g_strdup_printf (_("%u."), step + 1);

      mark = gtk_label_new (number);
      gtk_widget_add_css_class (mark, "dim-label");
      gtk_widget_add_css_class (mark, "numeric");
    }
  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  gtk_widget_add_css_class (mark, "goal-step-mark");
  gtk_box_append (GTK_BOX (row), mark);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), new_label (text, NULL));

  count_feedback (feedback, step, &seen, &better);
  if (seen + better > 0)
    {
      g_autofree char *counts = NULL;
      GtkWidget *label;

      if (better == 0)
        /* Translators: feedback count of a step: seen n times */
        counts = g_strdup_printf (_("✓ seen %u×"), seen);
      else if (seen == 0)
        /* Translators: feedback count of a step: can be better n times */
        counts = g_strdup_printf (_("↻ can be better %u×"), better);
      else
        /* Translators: feedback counts of a step: ✓ seen n times, ↻ can be better n times */
        counts = g_strdup_printf (_("✓ seen %u× · ↻ can be better %u×"), seen, better);
      label = new_label (counts, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_box_append (GTK_BOX (row), texts);

  if (status == KOERS_GOAL_ACTIVE)
    {
      gtk_box_append (GTK_BOX (row), create_feedback_button (self, goal, step, KOERS_FEEDBACK_SEEN));
      gtk_box_append (GTK_BOX (row), create_feedback_button (self, goal, step, KOERS_FEEDBACK_CAN_BE_BETTER));
    }

  return row;
}

static GMenuModel *
create_goal_menu (KoersGoal *goal)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  g_autoptr(GMenu) cards = g_menu_new ();
  KoersGoalStatus status = koers_goal_get_status (goal);
  gint64 id = koers_goal_get_id (goal);

#define ADD(section, label, action) \
  G_STMT_START { \
    g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL); \
    g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id)); \
    g_menu_append_item (section, item); \
  } G_STMT_END

  if (status == KOERS_GOAL_CONCEPT || status == KOERS_GOAL_ACTIVE)
    ADD (change, _("_Edit…"), "goals.edit-goal");
  if (status == KOERS_GOAL_ACTIVE)
    ADD (change, _("E_valuate…"), "goals.evaluate-goal");
  if (status == KOERS_GOAL_CONCEPT || status == KOERS_GOAL_ACTIVE)
    ADD (change, _("_Stop Goal…"), "goals.stop-goal");
  if (status == KOERS_GOAL_EVALUATED || status == KOERS_GOAL_STOPPED)
    ADD (change, _("_New Goal Following This One"), "goals.follow-up");
  ADD (cards, _("_Print or Save Card…"), "goals.print-card");

#undef ADD

  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (cards));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
create_card (KoersGoalsView *self,
             KoersGoal      *goal,
             GPtrArray      *feedback)
{
  KoersGoalStatus status = koers_goal_get_status (goal);
  const char * const *steps = koers_goal_get_steps (goal);
  const char * const *adults = koers_goal_get_adult_commitments (goal);
  g_autoptr(GMenuModel) menu = create_goal_menu (goal);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = new_label (koers_goal_get_title (goal), "heading");
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *state = create_state_label (goal);
  GtkWidget *steps_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "goal-card");
  if (status == KOERS_GOAL_EVALUATED || status == KOERS_GOAL_STOPPED)
    gtk_widget_add_css_class (card, "goal-closed");
  if (koers_goal_is_evaluation_overdue (goal, NULL) && status == KOERS_GOAL_ACTIVE)
    gtk_widget_add_css_class (card, "goal-overdue");

  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (header), title);
  if (status == KOERS_GOAL_CONCEPT || status == KOERS_GOAL_STOPPED)
    gtk_box_append (GTK_BOX (header), new_tag (koers_goal_status_get_label (status), NULL));
  if (koers_goal_get_for_care_meeting (goal))
    gtk_box_append (GTK_BOX (header), new_tag (_("For the Leerlingbespreking"), "goal-care-tag"));
  if (status == KOERS_GOAL_ACTIVE && koers_goal_is_evaluation_overdue (goal, NULL))
    {
      GtkWidget *evaluate = gtk_button_new_with_mnemonic (_("E_valuate…"));

      gtk_widget_set_valign (evaluate, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (evaluate), "goals.evaluate-goal");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (evaluate), "x", koers_goal_get_id (goal));
      gtk_box_append (GTK_BOX (header), evaluate);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Goal Menu"));
  gtk_box_append (GTK_BOX (header), menu_button);
  gtk_box_append (GTK_BOX (card), header);

  gtk_widget_set_hexpand (state, TRUE);
  gtk_box_append (GTK_BOX (meta), state);
  gtk_box_append (GTK_BOX (meta), create_smarti_badge (goal));
  gtk_box_append (GTK_BOX (card), meta);

  gtk_widget_add_css_class (steps_box, "goal-steps");
  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    gtk_box_append (GTK_BOX (steps_box), create_step_row (self, goal, i, steps[i], feedback));
  gtk_box_append (GTK_BOX (card), steps_box);

  if (adults != NULL && adults[0] != NULL)
    {
      g_autofree char *lines = g_strjoinv ("\n", (char **) adults);
      GtkWidget *heading = new_label (_("What the adults do"), "caption-heading");

      gtk_widget_add_css_class (heading, "dim-label");
      gtk_box_append (GTK_BOX (card), heading);
      gtk_box_append (GTK_BOX (card), new_label (lines, NULL));
    }

  if (status == KOERS_GOAL_EVALUATED || status == KOERS_GOAL_STOPPED)
    {
      const char *went_well = koers_goal_get_went_well (goal);
      const char *adults_change = koers_goal_get_adults_change (goal);

      if (koers_str_is_set (went_well))
        {
          g_autofree char *text = g_strdup_printf (_("Went well: %s"), went_well);

          gtk_box_append (GTK_BOX (card), new_label (text, "dim-label"));
        }
      if (koers_str_is_set (adults_change))
        {
          g_autofree char *text = g_strdup_printf (_("The adults will: %s"), adults_change);

          gtk_box_append (GTK_BOX (card), new_label (text, "dim-label"));
        }
    }

  return card;
}

static void
add_card (KoersGoalsView      *self,
          AdwPreferencesGroup *group,
          GtkWidget           *card)
{
  g_object_set_data (G_OBJECT (card), "group", group);
  g_ptr_array_add (self->cards, card);
  adw_preferences_group_add (group, card);
  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
}

static void
changed (KoersGoalsView *self)
{
  koers_goals_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Callbacks */

static void
editor_saved_cb (KoersGoalsView *self,
                 KoersGoal      *goal)
{
  changed (self);
  show_toast (self, koers_goal_get_status (goal) == KOERS_GOAL_ACTIVE ? _("Goal saved, the timeline has it too")
                                                                      : _("Goal saved"));
}

static void
follow_up_clicked_cb (AdwToast       *toast,
                      KoersGoalsView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "goal-id"));
  KoersGoal *goal = find_goal (self, id);

  if (goal != NULL)
    open_editor (self, NULL, goal);
}

static void
evaluation_done_cb (KoersGoalsView *self,
                    KoersGoal      *goal)
{
  g_autoptr(AdwToast) toast = NULL;

  changed (self);

  /* After the evaluation the next goal is often written right away. */
  toast = adw_toast_new (koers_goal_get_status (goal) == KOERS_GOAL_STOPPED ? _("Goal stopped")
                                                                           : _("Goal evaluated"));
  adw_toast_set_button_label (toast, _("_New Goal Following This One"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "goal-id", GSIZE_TO_POINTER ((gsize) koers_goal_get_id (goal)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (follow_up_clicked_cb), self, 0);
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
export_done_cb (GFile        *file,
                guint         n_pages,
                const GError *error,
                gpointer      user_data)
{
  KoersGoalsView *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      report_error (self, error);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is the file name of the exported PDF */
  text = g_strdup_printf (_("Card saved as %s"), name);
  show_toast (self, text);
}

/* Actions */

static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  koers_goals_view_new_goal (KOERS_GOALS_VIEW (widget));
}

static void
edit_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoersGoalsView *self = KOERS_GOALS_VIEW (widget);
  KoersGoal *goal = find_goal (self, g_variant_get_int64 (parameter));

  if (goal != NULL)
    open_editor (self, goal, NULL);
}

static void
follow_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoersGoalsView *self = KOERS_GOALS_VIEW (widget);
  KoersGoal *goal = find_goal (self, g_variant_get_int64 (parameter));

  if (goal != NULL)
    open_editor (self, NULL, goal);
}

static void
evaluate_goal_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  koers_goals_view_evaluate (KOERS_GOALS_VIEW (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
stop_goal_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  koers_goals_view_evaluate (KOERS_GOALS_VIEW (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
add_feedback_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersGoalsView *self = KOERS_GOALS_VIEW (widget);
  g_autofree char *today = koers_date_iso_days_ago (0);
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint step, kind;
  KoersGoal *goal;

  g_variant_get (parameter, "(xuu)", &id, &step, &kind);
  goal = find_goal (self, id);
  if (goal == NULL || self->store == NULL)
    return;

  if (!koers_store_add_goal_feedback (self->store, goal, step, today, kind, NULL, &error))
    {
      report_error (self, error);
      return;
    }

  /* Feedback stays out of the timeline: the view alone changes. */
  koers_goals_view_reload (self);
  show_toast (self, kind == KOERS_FEEDBACK_SEEN ? _("Noted: seen today")
                                                : _("Noted: can be better"));
}

static void
print_card_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersGoalsView *self = KOERS_GOALS_VIEW (widget);

  koers_goals_view_open_card_dialog (self, g_variant_get_int64 (parameter));
}

static void
open_editor (KoersGoalsView *self,
             KoersGoal      *goal,
             KoersGoal      *follows)
{
  KoersGoalEditor *editor;

  if (self->store == NULL || self->student == NULL)
    return;

  close_dialog (self);
  editor = koers_goal_editor_new (get_parent_window (self), self->store,
                                  koers_student_get_id (self->student), goal, follows);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* GObject */

static void
koers_goals_view_dispose (GObject *object)
{
  KoersGoalsView *self = KOERS_GOALS_VIEW (object);

  close_dialog (self);
  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->feedback_buttons, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_GOALS_VIEW);

  G_OBJECT_CLASS (koers_goals_view_parent_class)->dispose (object);
}

static void
koers_goals_view_class_init (KoersGoalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goals_view_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/goals/koers-goals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersGoalsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalsView, active_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalsView, concept_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalsView, closed_group);

  gtk_widget_class_install_action (widget_class, "goals.new-goal", NULL, new_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.edit-goal", "x", edit_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.evaluate-goal", "x", evaluate_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.stop-goal", "x", stop_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.follow-up", "x", follow_up_action);
  gtk_widget_class_install_action (widget_class, "goals.add-feedback", "(xuu)", add_feedback_action);
  gtk_widget_class_install_action (widget_class, "goals.print-card", "x", print_card_action);
}

static void
koers_goals_view_init (KoersGoalsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a template child: disposing the template would free it under AdwBin's feet. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->cards = g_ptr_array_new ();
  self->feedback_buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  clear_cards (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.new-goal", FALSE);
}

/* Public API */

GtkWidget *
koers_goals_view_new (void)
{
  return g_object_new (KOERS_TYPE_GOALS_VIEW, NULL);
}

void
koers_goals_view_set_store (KoersGoalsView *self,
                            KoersStore     *store)
{
  g_return_if_fail (KOERS_IS_GOALS_VIEW (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));

  if (store == NULL)
    koers_goals_view_set_student (self, NULL);

  g_set_object (&self->store, store);
}

void
koers_goals_view_set_student (KoersGoalsView *self,
                              KoersStudent   *student)
{
  gboolean other_student;

  g_return_if_fail (KOERS_IS_GOALS_VIEW (self));
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));

  other_student = self->student == NULL || student == NULL ||
                  koers_student_get_id (self->student) != koers_student_get_id (student);

  g_set_object (&self->student, student);
  if (other_student)
    close_dialog (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.new-goal", student != NULL);
  koers_goals_view_reload (self);

  if (other_student)
    {
      GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
    }
}

void
koers_goals_view_reload (KoersGoalsView *self)
{
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KOERS_IS_GOALS_VIEW (self));

  clear_cards (self);

  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  goals = koers_store_list_goals (self->store, koers_student_get_id (self->student), &error);
  if (goals == NULL)
    {
      report_error (self, error);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < goals->len; i++)
    {
      KoersGoal *goal = goals->pdata[i];
      g_autoptr(GPtrArray) feedback = NULL;
      g_autoptr(GError) feedback_error = NULL;
      AdwPreferencesGroup *group;

      switch (koers_goal_get_status (goal))
        {
        case KOERS_GOAL_ACTIVE:
          group = self->active_group;
          feedback = koers_store_list_goal_feedback (self->store, goal, &feedback_error);
          if (feedback == NULL)
            g_debug ("Goals: %s", feedback_error->message);
          break;
        case KOERS_GOAL_CONCEPT:
          group = self->concept_group;
          break;
        default:
          group = self->closed_group;
          feedback = koers_store_list_goal_feedback (self->store, goal, NULL);
          break;
        }

      add_card (self, group, create_card (self, goal, feedback));
    }

  self->goals = g_steal_pointer (&goals);
  gtk_stack_set_visible_child_name (self->stack, self->goals->len > 0 ? "list" : "empty");
}

void
koers_goals_view_new_goal (KoersGoalsView *self)
{
  g_return_if_fail (KOERS_IS_GOALS_VIEW (self));

  open_editor (self, NULL, NULL);
}

/* Private API, for tests */

GPtrArray *
koers_goals_view_get_goals (KoersGoalsView *self)
{
  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  return self->goals;
}

const char *
koers_goals_view_get_visible_state (KoersGoalsView *self)
{
  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
koers_goals_view_get_dialog (KoersGoalsView *self)
{
  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  return self->dialog;
}

GtkWidget *
koers_goals_view_get_feedback_button (KoersGoalsView    *self,
                                      gint64             goal_id,
                                      guint              step,
                                      KoersFeedbackKind  kind)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  key = g_strdup_printf ("%" G_GINT64_FORMAT ":%u:%u", goal_id, step, kind);
  return g_hash_table_lookup (self->feedback_buttons, key);
}

GtkWindow *
koers_goals_view_open_card_dialog (KoersGoalsView *self,
                                   gint64          goal_id)
{
  KoersGoal *goal;
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = NULL;
  KoersGoalCardsDialog *dialog;

  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  goal = find_goal (self, goal_id);
  if (goal == NULL || self->student == NULL)
    return NULL;

  g_ptr_array_add (students, g_object_ref (self->student));
  g_ptr_array_add (goals, g_object_ref (goal));
  /* Translators: the suggested file name; %s is the student's name */
  name = g_strdup_printf (_("Goal card %s.pdf"), koers_student_get_display_name (self->student));
  close_dialog (self);
  dialog = koers_goal_cards_dialog_new (get_parent_window (self), self->store, students, goals,
                                        _("Goal Card"), name, export_done_cb, G_OBJECT (self));
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
koers_goals_view_evaluate (KoersGoalsView *self,
                           gint64          goal_id,
                           gboolean        stop)
{
  KoersGoal *goal;
  KoersGoalEvaluation *evaluation;

  g_return_val_if_fail (KOERS_IS_GOALS_VIEW (self), NULL);

  goal = find_goal (self, goal_id);
  if (goal == NULL || self->store == NULL)
    return NULL;

  close_dialog (self);
  evaluation = koers_goal_evaluation_new (get_parent_window (self), self->store, goal, stop);
  g_signal_connect_object (evaluation, "done", G_CALLBACK (evaluation_done_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (evaluation));
  gtk_window_present (GTK_WINDOW (evaluation));
  return GTK_WINDOW (evaluation);
}
