/* koers-checklist-editor.c: filling in a signal checklist, and the reflection after
 *
 * Two pages on one working copy. "Signals" is the card: every group as loud as
 * the next, each signal beside what it was last time, all of it doable from the
 * keyboard. Saving stores a draft and turns to "Reflection": what changed since
 * the previous checklist in words, the card's tips, the questions, and the next
 * step, without which the checklist cannot be made final. A final checklist
 * opens read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-checklist-editor-private.h"
#include "koers-checklist-print.h"
#include "koers-date.h"
#include "koers-string.h"
#include "koers-toasts.h"
#include "koers-unsaved.h"

struct _KoersChecklistEditor
{
  AdwWindow               parent_instance;

  AdwToastOverlay        *toast_overlay;
  AdwViewStack           *view_stack;
  AdwViewSwitcherTitle   *switcher_title;
  GtkBox                 *signals_box;
  AdwPreferencesGroup    *details_group;
  AdwEntryRow            *date_row;
  AdwEntryRow            *observer_row;
  GtkWidget              *save_button;
  AdwPreferencesGroup    *changes_group;
  GtkLabel               *changes_label;
  AdwPreferencesGroup    *tips_group;
  GtkLabel               *tips_label;
  AdwEntryRow            *discussable_row;
  AdwEntryRow            *trusted_row;
  AdwEntryRow            *helpers_row;
  AdwEntryRow            *next_step_row;
  AdwEntryRow            *owner_row;
  AdwEntryRow            *due_row;
  GtkWidget              *final_button;

  KoersStore             *store;
  KoersStudent           *student;
  KoersChecklist         *checklist;
  KoersChecklist         *previous;
  GPtrArray              *rows;      /* KoersSignalRow, card order */
  gboolean                editable;
  gboolean                dirty;
  gboolean                filling;
  gboolean                closing;
};

G_DEFINE_FINAL_TYPE (KoersChecklistEditor, koers_checklist_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
show_text (KoersChecklistEditor *self,
           const char           *text)
{
  koers_toasts_show_text (self->toast_overlay, text);
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_row_dutch_date (AdwEntryRow *row,
                    const char  *iso)
{
  g_autofree char *text = koers_date_format_dutch (iso);

  set_row_text (row, text);
}

/* The next step must be complete before final; saying what is missing beats a
 * button that is just grey. */
static const char *
missing_for_final (KoersChecklistEditor *self)
{
  g_autofree char *what = g_strstrip (g_strdup (row_text (self->next_step_row)));
  g_autofree char *due = NULL;

  if (!koers_str_is_set (what))
    return _("Write down the next step to make the checklist final");
  if (!koers_str_is_set (row_text (self->owner_row)))
    return _("Say who takes the next step to make the checklist final");
  due = koers_date_parse_to_iso (row_text (self->due_row));
  if (due == NULL)
    return _("Give the next step a date (d-m-yyyy) to make the checklist final");
  return NULL;
}

static void
update_final_button (KoersChecklistEditor *self)
{
  const char *missing = missing_for_final (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.make-final", self->editable && missing == NULL);
  gtk_widget_set_tooltip_text (self->final_button,
                               missing != NULL ? missing
                                               : _("Store it as it is; the next step goes on the timeline"));
  gtk_widget_set_visible (self->final_button, self->editable);
}

static void
update_changes (KoersChecklistEditor *self)
{
  g_autofree char *summary = koers_checklist_dup_change_summary (self->checklist, self->previous);

  if (self->previous != NULL)
    {
      g_autofree char *date = koers_date_format_long (koers_checklist_get_date (self->previous));
      /* Translators: a heading; %s is the date of the previous checklist */
      g_autofree char *title = g_strdup_printf (_("What Changed Since %s"), date);

      adw_preferences_group_set_title (self->changes_group, title);
    }
  else
    adw_preferences_group_set_title (self->changes_group, _("What Was Seen (the First Checklist)"));
  gtk_label_set_text (self->changes_label, summary);
}

static void
update_details (KoersChecklistEditor *self)
{
  g_autofree char *text = NULL;

  if (self->previous != NULL)
    {
      g_autofree char *date = koers_date_format_long (koers_checklist_get_date (self->previous));

      /* Translators: %s is the date of the previous checklist */
      text = g_strdup_printf (_("A reflection to notice signals early and talk about them, never a score. "
                                "Beside each signal: what the checklist of %s said. Press 0, 1 or 2 on a "
                                "signal to answer and go on; ↑ and ↓ move through the card."), date);
    }
  else
    text = g_strdup (_("A reflection to notice signals early and talk about them, never a score. Press 0, 1 "
                       "or 2 on a signal to answer and go on; ↑ and ↓ move through the card."));
  adw_preferences_group_set_description (self->details_group, text);
}

/* The window title names the checklist only: a window title is what other programs,
 * the task switcher and a shared screen see. The student is named inside. */
static void
update_title (KoersChecklistEditor *self)
{
  const char *name = koers_checklist_get_template_name (self->checklist);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_view_switcher_title_set_title (self->switcher_title, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, koers_student_get_display_name (self->student));
}

/* Reads the fields into the working copy; FALSE (with a toast) on a bad date. */
static gboolean
collect (KoersChecklistEditor *self)
{
  g_autofree char *date = koers_date_parse_to_iso (row_text (self->date_row));
  g_autofree char *due = NULL;

  if (date == NULL)
    {
      show_text (self, _("The date is not valid. Write it as d-m-yyyy, for example 23-11-2026."));
      adw_view_stack_set_visible_child_name (self->view_stack, "signals");
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  if (koers_str_is_set (row_text (self->due_row)))
    {
      due = koers_date_parse_to_iso (row_text (self->due_row));
      if (due == NULL)
        {
          show_text (self, _("The date of the next step is not valid. Write it as d-m-yyyy."));
          adw_view_stack_set_visible_child_name (self->view_stack, "reflection");
          gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
          return FALSE;
        }
    }

  koers_checklist_set_date (self->checklist, date);
  koers_checklist_set_observer (self->checklist, row_text (self->observer_row));
  koers_checklist_set_discussable (self->checklist, row_text (self->discussable_row));
  koers_checklist_set_trusted (self->checklist, row_text (self->trusted_row));
  koers_checklist_set_helpers (self->checklist, row_text (self->helpers_row));
  koers_checklist_set_next_step (self->checklist, row_text (self->next_step_row));
  koers_checklist_set_next_step_owner (self->checklist, row_text (self->owner_row));
  koers_checklist_set_next_step_due (self->checklist, due);
  return TRUE;
}

/* The previous final checklist for this date: changing the date may change it. */
static void
load_previous (KoersChecklistEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->previous);
  self->previous = koers_store_get_previous_checklist (self->store, self->checklist, &error);
  if (error != NULL)
    show_text (self, error->message);
}

static void
add_group (KoersChecklistEditor *self,
           guint                 g,
           GPtrArray            *entries)
{
  KoersChecklistGroup *group = g_ptr_array_index (koers_checklist_get_groups (self->checklist), g);
  GPtrArray *rows = koers_checklist_get_rows (self->checklist);
  GtkWidget *widget = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), koers_checklist_group_get_name (group));
  /* The quiet group gets words, not less weight: same type, same place. */
  if (group->quiet)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget),
                                           _("Quiet signals: easily missed, and among the most telling."));

  for (guint i = 0; i < rows->len; i++)
    {
      KoersSignalAnswerRow *row = g_ptr_array_index (rows, i);
      KoersSignalAnswerRow *before;
      KoersSignalRow *signal_row;

      if (row->item->group != g)
        continue;
      before = self->previous != NULL ? koers_checklist_find_row (self->previous, row->item->key) : NULL;
      signal_row = koers_signal_row_new (row, before, entries, self->editable);
      g_ptr_array_add (self->rows, signal_row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), GTK_WIDGET (signal_row));
    }

  gtk_box_append (self->signals_box, widget);
}

/* Callbacks */

static void
field_changed_cb (KoersChecklistEditor *self)
{
  if (self->filling)
    return;

  self->dirty = TRUE;
  update_final_button (self);
}

static void
signal_changed_cb (KoersChecklistEditor *self)
{
  if (!self->filling)
    self->dirty = TRUE;
}

static void
focus_row (KoersChecklistEditor *self,
           KoersSignalRow       *row,
           int                   direction)
{
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  if ((direction < 0 && index == 0) || (direction > 0 && index + 1 >= self->rows->len))
    {
      /* Past the last signal: on to what comes after filling in. */
      if (direction > 0 && self->editable)
        gtk_widget_grab_focus (self->save_button);
      return;
    }
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, index + direction));
}

static void
signal_answered_cb (KoersChecklistEditor *self,
                    KoersSignalRow       *row)
{
  focus_row (self, row, 1);
}

static void
signal_move_cb (KoersChecklistEditor *self,
                int                   direction,
                KoersSignalRow       *row)
{
  focus_row (self, row, direction);
}

typedef struct
{
  KoersStore     *store;
  KoersChecklist *checklist;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->checklist);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast *toast,
                Undo     *undo)
{
  /* The very same checklist again: same UUID, a new row. */
  koers_checklist_set_id (undo->checklist, 0);
  koers_store_save_checklist (undo->store, undo->checklist, NULL);
}

static void
confirm_close_cb (AdwMessageDialog     *dialog,
                  const char           *response,
                  KoersChecklistEditor *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "checklist.save", NULL);
      if (!self->dirty)
        {
          self->closing = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }
}

static gboolean
close_request_cb (KoersChecklistEditor *self)
{
  GtkWidget *dialog;

  if (self->closing || !self->dirty || !self->editable)
    return FALSE;

  dialog = koers_unsaved_dialog_new (GTK_WINDOW (self), _("Save the Checklist?"),
                                     _("What you filled in is not saved yet. Save it as a draft to go on later."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_close_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersChecklistEditor *self = KOERS_CHECKLIST_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!self->editable || !collect (self))
    return;

  koers_checklist_set_status (self->checklist, KOERS_CHECKLIST_DRAFT);
  if (!koers_store_save_checklist (self->store, self->checklist, &error))
    {
      show_text (self, error->message);
      return;
    }

  self->dirty = FALSE;
  load_previous (self);
  update_changes (self);
  update_final_button (self);
  gtk_widget_action_set_enabled (widget, "checklist.delete", TRUE);
  g_signal_emit (self, signals[SAVED], 0);

  adw_view_stack_set_visible_child_name (self->view_stack, "reflection");
  show_text (self, _("Saved as a draft. Now look back on it, and decide the next step."));
}

static void
make_final_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersChecklistEditor *self = KOERS_CHECKLIST_EDITOR (widget);
  g_autoptr(KoersChecklist) final = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (!self->editable || !collect (self))
    return;

  /* On a copy: if the store refuses, the editor still holds a draft. */
  final = koers_checklist_copy (self->checklist);
  koers_checklist_set_status (final, KOERS_CHECKLIST_FINAL);
  if (!koers_store_save_checklist (self->store, final, &error))
    {
      show_text (self, error->message);
      return;
    }

  g_set_object (&self->checklist, final);
  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  toast = adw_toast_new (_("Checklist made final; the next step is on the timeline"));
  g_signal_emit (self, signals[TOAST], 0, toast);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersChecklistEditor *self = KOERS_CHECKLIST_EDITOR (widget);
  g_autoptr(KoersChecklist) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  Undo *undo;

  if (koers_checklist_get_id (self->checklist) == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  stored = koers_store_get_checklist (self->store, koers_checklist_get_id (self->checklist), &error);
  if (stored == NULL || !koers_store_delete_checklist (self->store, stored, &error))
    {
      show_text (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Draft checklist deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (self->store);
  undo->checklist = g_steal_pointer (&stored);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  g_signal_emit (self, signals[SAVED], 0);
  g_signal_emit (self, signals[TOAST], 0, toast);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersChecklistEditor *self = KOERS_CHECKLIST_EDITOR (widget);

  /* Paper shows what is stored: save first when something changed. */
  if (self->dirty || koers_checklist_get_id (self->checklist) == 0)
    {
      show_text (self, _("Save the checklist first, then print it."));
      return;
    }
  if (g_str_equal (action_name, "checklist.print"))
    koers_checklist_print (GTK_WINDOW (self), self->store, koers_checklist_get_id (self->checklist), 0, 0);
  else
    koers_checklist_export (GTK_WINDOW (self), self->store, koers_checklist_get_id (self->checklist), 0,
                            koers_student_get_id (self->student), self->toast_overlay);
}

/* GObject */

static void
koers_checklist_editor_dispose (GObject *object)
{
  KoersChecklistEditor *self = KOERS_CHECKLIST_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->checklist);
  g_clear_object (&self->previous);
  g_clear_object (&self->student);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_checklist_editor_parent_class)->dispose (object);
}

static void
koers_checklist_editor_class_init (KoersChecklistEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_checklist_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/checklists/koers-checklist-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, signals_box);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, observer_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, changes_group);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, changes_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, tips_group);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, tips_label);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, discussable_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, trusted_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, helpers_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, next_step_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistEditor, final_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "checklist.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "checklist.make-final", NULL, make_final_action);
  gtk_widget_class_install_action (widget_class, "checklist.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "checklist.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "checklist.export", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "checklist.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
koers_checklist_editor_init (KoersChecklistEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/* Public */

static void
fill (KoersChecklistEditor   *self,
      KoersChecklistTemplate *template,
      GPtrArray              *entries)
{
  GPtrArray *tips = template != NULL ? koers_checklist_template_get_tips (template) : NULL;
  g_autoptr(GString) tips_text = g_string_new (NULL);

  self->filling = TRUE;
  set_row_dutch_date (self->date_row, koers_checklist_get_date (self->checklist));
  set_row_text (self->observer_row, koers_checklist_get_observer (self->checklist));
  set_row_text (self->discussable_row, koers_checklist_get_discussable (self->checklist));
  set_row_text (self->trusted_row, koers_checklist_get_trusted (self->checklist));
  set_row_text (self->helpers_row, koers_checklist_get_helpers (self->checklist));
  set_row_text (self->next_step_row, koers_checklist_get_next_step (self->checklist));
  set_row_text (self->owner_row, koers_checklist_get_next_step_owner (self->checklist));
  set_row_dutch_date (self->due_row, koers_checklist_get_next_step_due (self->checklist));

  for (guint g = 0; g < koers_checklist_get_groups (self->checklist)->len; g++)
    add_group (self, g, entries);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->rows, i);

      g_signal_connect_object (row, "changed", G_CALLBACK (signal_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "answered", G_CALLBACK (signal_answered_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "move", G_CALLBACK (signal_move_cb), self, G_CONNECT_SWAPPED);
    }

  for (guint i = 0; tips != NULL && i < tips->len; i++)
    {
      KoersChecklistGroup *tip = g_ptr_array_index (tips, i);

      g_string_append_printf (tips_text, "%s• %s", i > 0 ? "\n" : "", koers_checklist_text (tip->builtin, tip->custom));
    }
  gtk_label_set_text (self->tips_label, tips_text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->tips_group), tips_text->len > 0);

  /* A final checklist is part of the record: readable, not changeable. */
  gtk_editable_set_editable (GTK_EDITABLE (self->date_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->observer_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->discussable_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->trusted_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->helpers_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->next_step_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->owner_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->due_row), self->editable);
  gtk_widget_set_visible (self->save_button, self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.save", self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.delete",
                                 self->editable && koers_checklist_get_id (self->checklist) != 0);

  update_changes (self);
  update_final_button (self);
  update_details (self);
  update_title (self);
  self->filling = FALSE;
}

KoersChecklistEditor *
koers_checklist_editor_new (GtkWindow               *parent,
                            KoersStore              *store,
                            KoersStudent            *student,
                            KoersChecklist          *checklist,
                            KoersChecklistTemplate  *template,
                            GError                 **error)
{
  g_autoptr(KoersChecklistTemplate) stored_template = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  KoersChecklistEditor *self;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);
  g_return_val_if_fail (checklist != NULL || template != NULL, NULL);

  entries = koers_store_list_entries (store, koers_student_get_id (student), NULL, error);
  if (entries == NULL)
    return NULL;

  self = g_object_new (KOERS_TYPE_CHECKLIST_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->student = g_object_ref (student);
  if (checklist != NULL)
    {
      self->checklist = koers_checklist_copy (checklist);
      /* Tips come from the template while it exists. */
      if (template == NULL && koers_checklist_get_template_id (checklist) != 0)
        template = stored_template = koers_store_get_template (store, koers_checklist_get_template_id (checklist), NULL);
    }
  else
    {
      g_autofree char *user = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);

      self->checklist = koers_checklist_new_from_template (template);
      koers_checklist_set_student_id (self->checklist, koers_student_get_id (student));
      koers_checklist_set_observer (self->checklist, user);
    }
  self->editable = koers_checklist_get_status (self->checklist) == KOERS_CHECKLIST_DRAFT;
  load_previous (self);
  fill (self, template, entries);

  if (!self->editable)
    adw_view_stack_set_visible_child_name (self->view_stack, "reflection");
  else if (self->rows->len > 0)
    gtk_window_set_focus (GTK_WINDOW (self), g_ptr_array_index (self->rows, 0));
  return self;
}

/* Private */

GPtrArray *
koers_checklist_editor_get_rows (KoersChecklistEditor *self)
{
  return self->rows;
}

KoersChecklist *
koers_checklist_editor_get_checklist (KoersChecklistEditor *self)
{
  return self->checklist;
}

const char *
koers_checklist_editor_get_visible_page (KoersChecklistEditor *self)
{
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GtkLabel *
koers_checklist_editor_get_changes_label (KoersChecklistEditor *self)
{
  return self->changes_label;
}

GtkWidget *
koers_checklist_editor_get_final_button (KoersChecklistEditor *self)
{
  return self->final_button;
}

GtkEditable *
koers_checklist_editor_get_next_step_row (KoersChecklistEditor *self,
                                          guint                 field)
{
  AdwEntryRow *rows[] = { self->next_step_row, self->owner_row, self->due_row };

  g_return_val_if_fail (field < G_N_ELEMENTS (rows), NULL);
  return GTK_EDITABLE (rows[field]);
}
