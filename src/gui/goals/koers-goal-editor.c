/* koers-goal-editor.c: writing or editing a SMARTI goal with a student
 *
 * Like the other editors it works on a copy: only a successful save changes
 * anything, and a refusal shows in the window with everything typed kept.
 * The SMARTI checklist guides; it never keeps a goal from being saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-goal-editor-private.h"
#include "koers-unsaved.h"

struct _KoersGoalEditor
{
  AdwWindow             parent_instance;

  GtkWidget            *save_button;
  GtkLabel             *error_label;
  GtkEditable          *title_row;
  AdwPreferencesGroup  *steps_group;
  GtkWidget            *add_step_button;
  GtkTextView          *adults_view;
  GtkEditable          *start_row;
  GtkEditable          *evaluation_row;
  GtkEditable          *involved_row;
  AdwComboRow          *status_row;
  AdwPreferencesGroup  *smarti_group;

  /* AdwEntryRow, in order */
  GPtrArray            *step_rows;
  GtkCheckButton       *smarti_checks[KOERS_N_SMARTI];
  GtkEditable          *smarti_remarks[KOERS_N_SMARTI];

  KoersStore           *store;
  KoersGoal            *goal;
  gint64                student_id;
  gint64                follows_goal_id;
  /* The evaluation date last filled in from the start; follows the start until edited. */
  char                 *suggested_evaluation;
};

G_DEFINE_FINAL_TYPE (KoersGoalEditor, koers_goal_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The statuses the editor offers; evaluating and stopping have their own dialog. */
static const KoersGoalStatus editable_statuses[] = { KOERS_GOAL_CONCEPT, KOERS_GOAL_ACTIVE };

/* Prototypes */

static void changed_cb (KoersGoalEditor *self);

/* Helpers */

static char *
dup_field (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_field (GtkEditable *editable,
           const char  *value)
{
  gtk_editable_set_text (editable, value != NULL ? value : "");
}

static void
set_date_field (GtkEditable *editable,
                const char  *iso)
{
  g_autofree char *dutch = iso != NULL && *iso != '\0' ? koers_date_format_dutch (iso) : NULL;

  set_field (editable, dutch);
}

/* Marks the row; sets *iso to the ISO date or NULL. Both dates are required. */
static gboolean
check_date (GtkEditable *editable,
            char       **iso)
{
  g_autofree char *text = dup_field (editable);
  g_autofree char *parsed = text != NULL ? koers_date_parse_to_iso (text) : NULL;
  gboolean ok = parsed != NULL;

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");

  if (iso != NULL)
    *iso = g_steal_pointer (&parsed);
  return ok;
}

static char *
add_weeks (const char *iso,
           guint       weeks)
{
  GDate date;

  if (!koers_date_from_iso (iso, &date))
    return NULL;

  g_date_add_days (&date, weeks * 7);
  return koers_date_to_iso (&date);
}

/* AdwEntryRow (libadwaita 1.2) has no placeholder of its own; its GtkText has. */
static void
set_placeholder (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_TEXT (widget))
    {
      gtk_text_set_placeholder_text (GTK_TEXT (widget), text);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_placeholder (child, text);
}

static GStrv
dup_steps (KoersGoalEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->step_rows->len; i++)
    {
      g_autofree char *step = dup_field (self->step_rows->pdata[i]);

      if (step != NULL)
        g_strv_builder_add (builder, step);
    }

  return g_strv_builder_end (builder);
}

static GStrv
dup_adults (KoersGoalEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->adults_view);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

static void
renumber_steps (KoersGoalEditor *self)
{
  for (guint i = 0; i < self->step_rows->len; i++)
    {
      g_autofree char *title = NULL;

      /* Translators: the title of a step's entry in the goal editor */
      title = g_strdup_printf (_("Step %u"), i + 1);
      adw_preferences_row_set_title (self->step_rows->pdata[i], title);
    }

  gtk_widget_set_sensitive (self->add_step_button, self->step_rows->len < KOERS_GOAL_MAX_STEPS);
}

static void
remove_step_clicked_cb (GtkButton       *button,
                        KoersGoalEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  if (!g_ptr_array_remove (self->step_rows, row))
    return;

  adw_preferences_group_remove (self->steps_group, row);
  renumber_steps (self);
  changed_cb (self);
}

static GtkWidget *
add_step_row (KoersGoalEditor *self,
              const char      *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  if (self->step_rows->len >= KOERS_GOAL_MAX_STEPS)
    return NULL;

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Step"));
  g_object_set_data (G_OBJECT (remove), "row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_step_clicked_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  /* Translators: placeholder of a step; steps are written in the student's words
   * as "Ik ..." ("I ...") sentences; keep the Dutch "Ik" if it suits your language */
  set_placeholder (row, _("Ik …"));
  set_field (GTK_EDITABLE (row), text);
  g_signal_connect_object (row, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);

  g_ptr_array_add (self->step_rows, row);
  adw_preferences_group_add (self->steps_group, row);
  renumber_steps (self);
  return row;
}

static void
update_state (KoersGoalEditor *self)
{
  g_autofree char *title = dup_field (self->title_row);
  g_autofree char *start = NULL;
  g_autofree char *evaluation = NULL;
  g_auto(GStrv) steps = dup_steps (self);
  gboolean ok = TRUE;

  ok &= check_date (self->start_row, &start);
  ok &= check_date (self->evaluation_row, &evaluation);

  /* Said in the window rather than only by a red row. */
  if (ok && g_strcmp0 (evaluation, start) < 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_row), "error");
      ok = FALSE;
    }

  gtk_widget_set_sensitive (self->save_button, ok && title != NULL && steps[0] != NULL);
}

static void
show_error (KoersGoalEditor *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
save (KoersGoalEditor *self)
{
  g_autoptr(KoersGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = dup_field (self->title_row);
  g_autofree char *involved = dup_field (self->involved_row);
  g_autofree char *start = NULL;
  g_autofree char *evaluation = NULL;
  g_auto(GStrv) steps = dup_steps (self);
  g_auto(GStrv) adults = dup_adults (self);
  guint status = adw_combo_row_get_selected (self->status_row);

  /* Reached from the "Save changes?" question too, where the button is out of sight. */
  if (!gtk_widget_get_sensitive (self->save_button))
    {
      show_error (self, _("Not saved yet: fill in what is missing and correct the fields marked in red."));
      return;
    }

  check_date (self->start_row, &start);
  check_date (self->evaluation_row, &evaluation);

  goal = self->goal != NULL ? koers_goal_copy (self->goal) : koers_goal_new ();
  koers_goal_set_student_id (goal, self->student_id);
  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, (const char * const *) steps);
  koers_goal_set_adult_commitments (goal, (const char * const *) adults);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluation);
  koers_goal_set_involved (goal, involved);
  if (self->goal == NULL)
    koers_goal_set_follows_goal_id (goal, self->follows_goal_id);
  if (gtk_widget_get_visible (GTK_WIDGET (self->status_row)) && status < G_N_ELEMENTS (editable_statuses))
    koers_goal_set_status (goal, editable_statuses[status]);

  for (guint letter = 0; letter < KOERS_N_SMARTI; letter++)
    {
      g_autofree char *remark = dup_field (self->smarti_remarks[letter]);

      koers_goal_set_smarti (goal, letter, gtk_check_button_get_active (self->smarti_checks[letter]));
      koers_goal_set_smarti_remark (goal, letter, remark);
    }

  if (!koers_store_save_goal (self->store, goal, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, goal);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_from_question (GtkWindow *window)
{
  save (KOERS_GOAL_EDITOR (window));
}

/* Callbacks */

static void
changed_cb (KoersGoalEditor *self)
{
  show_error (self, NULL);
  update_state (self);
}

/* The evaluation follows the start, the notebook's evaluation period later, until the user changes it. */
static void
start_changed_cb (KoersGoalEditor *self)
{
  g_autofree char *text = dup_field (self->start_row);
  g_autofree char *start = text != NULL ? koers_date_parse_to_iso (text) : NULL;
  g_autofree char *current = dup_field (self->evaluation_row);
  g_autofree char *current_iso = current != NULL ? koers_date_parse_to_iso (current) : NULL;

  if (start != NULL && (current == NULL || g_strcmp0 (current_iso, self->suggested_evaluation) == 0))
    {
      g_free (self->suggested_evaluation);
      self->suggested_evaluation = add_weeks (start, koers_store_get_goal_weeks (self->store));
      set_date_field (self->evaluation_row, self->suggested_evaluation);
    }

  changed_cb (self);
}

static void
add_step_button_clicked_cb (KoersGoalEditor *self)
{
  GtkWidget *row = add_step_row (self, NULL);

  if (row != NULL)
    gtk_widget_grab_focus (row);
  changed_cb (self);
}

static void
save_button_clicked_cb (KoersGoalEditor *self)
{
  save (self);
}

/* GObject */

static void
koers_goal_editor_dispose (GObject *object)
{
  KoersGoalEditor *self = KOERS_GOAL_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->goal);
  g_clear_pointer (&self->step_rows, g_ptr_array_unref);
  g_clear_pointer (&self->suggested_evaluation, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_GOAL_EDITOR);

  G_OBJECT_CLASS (koers_goal_editor_parent_class)->dispose (object);
}

static void
koers_goal_editor_class_init (KoersGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goal_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_GOAL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/goals/koers-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, steps_group);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, add_step_button);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, adults_view);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, evaluation_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, involved_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalEditor, smarti_group);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_step_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_goal_editor_init (KoersGoalEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->step_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (editable_statuses); i++)
    gtk_string_list_append (statuses, koers_goal_status_get_label (editable_statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  for (guint letter = 0; letter < KOERS_N_SMARTI; letter++)
    {
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *remark = adw_entry_row_new ();
      g_autofree char *title = NULL;

      /* Translators: a SMARTI letter and its name, as in "S · Specific" */
      title = g_strdup_printf (_("%s · %s"), koers_smarti_get_letter (letter),
                               koers_smarti_get_name (letter));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), koers_smarti_get_help (letter));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, koers_smarti_get_name (letter));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remark), _("Remark (optional)"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remark);
      adw_preferences_group_add (self->smarti_group, row);

      self->smarti_checks[letter] = GTK_CHECK_BUTTON (check);
      self->smarti_remarks[letter] = GTK_EDITABLE (remark);
    }
}

/* Public API */

KoersGoalEditor *
koers_goal_editor_new (GtkWindow  *parent,
                       KoersStore *store,
                       gint64      student_id,
                       KoersGoal  *goal,
                       KoersGoal  *follows)
{
  KoersGoalEditor *self;
  KoersGoal *source = goal != NULL ? goal : follows;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (goal == NULL || KOERS_IS_GOAL (goal), NULL);
  g_return_val_if_fail (follows == NULL || KOERS_IS_GOAL (follows), NULL);

  self = g_object_new (KOERS_TYPE_GOAL_EDITOR,
                       "transient-for", parent,
                       "title", goal != NULL ? _("Edit Goal")
                                : follows != NULL ? _("New Goal Following Up")
                                : _("New Goal"),
                       NULL);
  self->store = g_object_ref (store);
  self->student_id = student_id;

  if (source != NULL)
    {
      const char * const *steps = koers_goal_get_steps (source);
      const char * const *adults = koers_goal_get_adult_commitments (source);

      for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
        add_step_row (self, steps[i]);

      if (adults != NULL)
        {
          g_autofree char *text = g_strjoinv ("\n", (char **) adults);

          gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->adults_view), text, -1);
        }

      set_field (self->involved_row, koers_goal_get_involved (source));
    }

  if (goal != NULL)
    {
      KoersGoalStatus status = koers_goal_get_status (goal);

      self->goal = koers_goal_copy (goal);
      set_field (self->title_row, koers_goal_get_title (goal));
      set_date_field (self->start_row, koers_goal_get_start_date (goal));
      set_date_field (self->evaluation_row, koers_goal_get_evaluation_date (goal));
      adw_combo_row_set_selected (self->status_row, status == KOERS_GOAL_CONCEPT ? 0 : 1);
      /* An active goal cannot go back to concept; an evaluated one is done. */
      gtk_widget_set_visible (GTK_WIDGET (self->status_row), status == KOERS_GOAL_CONCEPT);

      for (guint letter = 0; letter < KOERS_N_SMARTI; letter++)
        {
          gtk_check_button_set_active (self->smarti_checks[letter], koers_goal_get_smarti (goal, letter));
          set_field (self->smarti_remarks[letter], koers_goal_get_smarti_remark (goal, letter));
        }
    }
  else
    {
      g_autofree char *today = koers_date_iso_days_ago (0);

      if (follows != NULL)
        {
          self->follows_goal_id = koers_goal_get_id (follows);
          set_field (self->title_row, koers_goal_get_title (follows));
        }

      /* Written with the student, so usually worked on from today. */
      adw_combo_row_set_selected (self->status_row, 1);
      set_date_field (self->start_row, today);
    }

  /* Three empty steps invite the usual three to six. */
  while (self->step_rows->len < 3 && goal == NULL && follows == NULL)
    add_step_row (self, NULL);
  if (self->step_rows->len == 0)
    add_step_row (self, NULL);

  update_state (self);
  show_error (self, NULL);
  koers_unsaved_guard_window (GTK_WINDOW (self), _("Save the Goal?"),
                              _("What you wrote for this goal is not saved yet."),
                              save_from_question);
  return self;
}

/* Private API, for tests */

GtkEditable *
koers_goal_editor_get_title_row (KoersGoalEditor *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EDITOR (self), NULL);

  return self->title_row;
}

GtkEditable *
koers_goal_editor_get_step_row (KoersGoalEditor *self,
                                guint            index)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EDITOR (self), NULL);

  return index < self->step_rows->len ? self->step_rows->pdata[index] : NULL;
}

GtkWidget *
koers_goal_editor_get_add_step_button (KoersGoalEditor *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EDITOR (self), NULL);

  return self->add_step_button;
}

GtkWidget *
koers_goal_editor_get_save_button (KoersGoalEditor *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EDITOR (self), NULL);

  return self->save_button;
}

GtkLabel *
koers_goal_editor_get_error_label (KoersGoalEditor *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_EDITOR (self), NULL);

  return self->error_label;
}
