/* koers-entry-editor.c: adding or editing a timeline entry with all its details
 *
 * Like the student editor it works on a copy: only a successful save changes
 * anything, and a refusal shows in the window with everything typed kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-entry-editor.h"
#include "koers-unsaved.h"

struct _KoersEntryEditor
{
  AdwWindow    parent_instance;

  GtkWidget   *save_button;
  GtkLabel    *error_label;
  GtkLabel    *draft_label;
  AdwComboRow *kind_row;
  GtkEditable *date_row;
  GtkEditable *time_row;
  GtkTextView *text_view;
  GtkSwitch   *interpretation_switch;
  AdwComboRow *source_row;
  GtkEditable *source_name_row;
  GtkSwitch   *sensitive_switch;
  GtkEditable *followup_row;
  GtkEditable *owner_row;
  GtkEditable *due_row;
  GtkWidget   *absence_group;
  AdwComboRow *authorised_row;
  GtkEditable *amount_row;
  AdwComboRow *unit_row;
  GtkEditable *reason_row;
  GtkWidget   *referral_group;
  AdwComboRow *referral_row;
  GtkEditable *referral_name_row;
  GtkEditable *feedback_due_row;
  GtkEditable *feedback_row;
  GtkEditable *feedback_date_row;

  KoersStore  *store;
  KoersEntry  *entry;
  gint64       student_id;
  char        *draft_key;
  /* Kept as a draft already: the editor is about to close, it changes no more. */
  gboolean     draft_kept;
};

G_DEFINE_FINAL_TYPE (KoersEntryEditor, koers_entry_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/* Empty is allowed where @required is FALSE; anything else must be a real date.
 * Marks the row, and sets *iso to the ISO date or NULL. */
static gboolean
check_date (GtkEditable *editable,
            gboolean     required,
            char       **iso)
{
  g_autofree char *text = dup_field (editable);
  g_autofree char *parsed = text != NULL ? koers_date_parse_to_iso (text) : NULL;
  gboolean ok = text == NULL ? !required : parsed != NULL;

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");

  if (iso != NULL)
    *iso = g_steal_pointer (&parsed);
  return ok;
}

/* "14:30" or "9:05"; empty allowed. */
static gboolean
check_time (GtkEditable *editable,
            char       **out)
{
  g_autofree char *text = dup_field (editable);
  int hours, minutes;
  char end;
  gboolean ok = TRUE;

  if (out != NULL)
    *out = NULL;

  if (text != NULL)
    {
      ok = sscanf (text, "%d:%d%c", &hours, &minutes, &end) == 2 &&
           hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
      if (ok && out != NULL)
        *out = g_strdup_printf ("%02d:%02d", hours, minutes);
    }

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  return ok;
}

static gboolean
check_amount (GtkEditable *editable,
              double      *out)
{
  g_autofree char *text = dup_field (editable);
  char *end = NULL;
  double amount = 0;
  gboolean ok = TRUE;

  if (text != NULL)
    {
      /* Dutch writes 1,5. */
      g_strdelimit (text, ",", '.');
      amount = g_ascii_strtod (text, &end);
      ok = end != NULL && *end == '\0' && amount >= 0;
    }

  if (out != NULL)
    *out = amount;
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  return ok;
}

static char *
dup_text (KoersEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
update_state (KoersEntryEditor *self)
{
  KoersEntryKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *text = dup_text (self);
  gboolean ok = TRUE;

  gtk_widget_set_visible (self->absence_group, kind == KOERS_ENTRY_ABSENCE);
  gtk_widget_set_visible (self->referral_group, kind == KOERS_ENTRY_REFERRAL);

  ok &= check_date (self->date_row, TRUE, NULL);
  ok &= check_time (self->time_row, NULL);
  ok &= check_date (self->due_row, FALSE, NULL);
  if (kind == KOERS_ENTRY_ABSENCE)
    ok &= check_amount (self->amount_row, NULL);
  if (kind == KOERS_ENTRY_REFERRAL)
    {
      ok &= check_date (self->feedback_due_row, FALSE, NULL);
      ok &= check_date (self->feedback_date_row, FALSE, NULL);
    }

  /* An absence says enough with its hours; everything else needs words. */
  gtk_widget_set_sensitive (self->save_button, ok && (text != NULL || kind == KOERS_ENTRY_ABSENCE));
}

static void
show_error (KoersEntryEditor *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
save (KoersEntryEditor *self)
{
  KoersEntryKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *text = dup_text (self);
  g_autofree char *source_name = dup_field (self->source_name_row);
  g_autofree char *followup = dup_field (self->followup_row);
  g_autofree char *owner = dup_field (self->owner_row);
  g_autofree char *due = NULL;

  /* Reached from the "Save changes?" question too, where the button is out of sight. */
  if (!gtk_widget_get_sensitive (self->save_button))
    {
      show_error (self, _("Not saved yet: fill in what is missing and correct the fields marked in red."));
      return;
    }

  check_date (self->date_row, TRUE, &date);
  check_time (self->time_row, &time);
  check_date (self->due_row, FALSE, &due);

  entry = self->entry != NULL ? koers_entry_copy (self->entry) : koers_entry_new (kind);
  koers_entry_set_student_id (entry, self->student_id);
  koers_entry_set_kind (entry, kind);
  koers_entry_set_date (entry, date);
  koers_entry_set_time (entry, time);
  koers_entry_set_text (entry, text != NULL ? text : "");
  koers_entry_set_interpretation (entry, gtk_switch_get_active (self->interpretation_switch));
  koers_entry_set_source (entry, adw_combo_row_get_selected (self->source_row));
  koers_entry_set_source_name (entry, source_name);
  koers_entry_set_sensitive (entry, gtk_switch_get_active (self->sensitive_switch));
  koers_entry_set_followup_text (entry, followup);
  koers_entry_set_followup_owner (entry, followup != NULL ? owner : NULL);
  koers_entry_set_followup_due (entry, followup != NULL ? due : NULL);
  if (followup == NULL)
    koers_entry_set_followup_done_at (entry, NULL);

  if (kind == KOERS_ENTRY_ABSENCE)
    {
      g_autofree char *reason = dup_field (self->reason_row);
      double amount = 0;

      check_amount (self->amount_row, &amount);
      koers_entry_set_absence_authorised (entry, adw_combo_row_get_selected (self->authorised_row) == 0);
      koers_entry_set_absence_amount (entry, amount);
      koers_entry_set_absence_unit (entry, adw_combo_row_get_selected (self->unit_row) == 1
                                           ? KOERS_ABSENCE_DAYPARTS : KOERS_ABSENCE_HOURS);
      koers_entry_set_absence_reason (entry, reason);
    }

  if (kind == KOERS_ENTRY_REFERRAL)
    {
      g_autofree char *name = dup_field (self->referral_name_row);
      g_autofree char *feedback = dup_field (self->feedback_row);
      g_autofree char *feedback_due = NULL;
      g_autofree char *feedback_date = NULL;

      check_date (self->feedback_due_row, FALSE, &feedback_due);
      check_date (self->feedback_date_row, FALSE, &feedback_date);
      koers_entry_set_referral_to (entry, adw_combo_row_get_selected (self->referral_row));
      koers_entry_set_referral_name (entry, name);
      koers_entry_set_referral_feedback_due (entry, feedback_due);
      koers_entry_set_referral_feedback (entry, feedback);
      koers_entry_set_referral_feedback_date (entry, feedback_date);
    }

  if (!koers_store_save_entry (self->store, entry, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

static GListModel *
labels_model (const char *(*get_label) (guint), guint n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, get_label (i));

  return G_LIST_MODEL (list);
}

/* Takes this editor's draft out of the notebook into the form; FALSE when
 * there was none. A draft that cannot be read goes back, and the form says so. */
static gboolean
restore_draft (KoersEntryEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_at = NULL;
  g_autofree char *draft = koers_store_take_draft (self->store, self->draft_key, &saved_at, &error);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  if (draft == NULL)
    {
      if (error != NULL)
        show_error (self, error->message);
      return FALSE;
    }
  if (!koers_unsaved_restore_draft (GTK_WINDOW (self), draft, &error))
    {
      g_autoptr(GError) put_error = NULL;

      if (!koers_store_put_draft (self->store, self->draft_key, self->student_id, draft, &put_error))
        g_prefix_error (&error, "%s ", put_error->message);
      show_error (self, error->message);
      return FALSE;
    }

  when = saved_at != NULL ? g_date_time_new_from_iso8601 (saved_at, NULL) : NULL;
  local = when != NULL ? g_date_time_to_local (when) : NULL;
  if (local != NULL)
    {
      g_autofree char *iso = g_date_time_format (local, "%Y-%m-%d");
      g_autofree char *date = koers_date_format_dutch (iso);
      g_autofree char *time = g_date_time_format (local, "%H:%M");

      /* Translators: a date and a time, "7-12-2026" and "14:30" */
      text = g_strdup_printf (_("What you wrote on %s at %s and did not save is back. Save to keep it."),
                              date, time);
    }
  else
    text = g_strdup (_("What you wrote and did not save is back. Save to keep it."));
  gtk_label_set_text (self->draft_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->draft_label), TRUE);
  return TRUE;
}

static void
save_from_question (GtkWindow *window)
{
  save (KOERS_ENTRY_EDITOR (window));
}

/* Callbacks */

static void
changed_cb (KoersEntryEditor *self)
{
  show_error (self, NULL);
  update_state (self);
}

static void
save_button_clicked_cb (KoersEntryEditor *self)
{
  save (self);
}

/* GObject */

static void
koers_entry_editor_dispose (GObject *object)
{
  KoersEntryEditor *self = KOERS_ENTRY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->draft_key, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ENTRY_EDITOR);

  G_OBJECT_CLASS (koers_entry_editor_parent_class)->dispose (object);
}

static void
koers_entry_editor_class_init (KoersEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_entry_editor_dispose;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/timeline/koers-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, draft_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, interpretation_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, source_name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, sensitive_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, followup_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, absence_group);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, authorised_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, referral_group);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, referral_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, referral_name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, feedback_due_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, feedback_row);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryEditor, feedback_date_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_entry_editor_init (KoersEntryEditor *self)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GListModel) referrals = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  kinds = labels_model ((const char *(*) (guint)) koers_entry_kind_get_label, KOERS_N_ENTRY_KINDS);
  sources = labels_model ((const char *(*) (guint)) koers_source_get_label, KOERS_N_SOURCES);
  referrals = labels_model ((const char *(*) (guint)) koers_referral_get_label, KOERS_N_REFERRALS);
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_model (self->source_row, sources);
  adw_combo_row_set_model (self->referral_row, referrals);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

KoersEntryEditor *
koers_entry_editor_new (GtkWindow      *parent,
                        KoersStore     *store,
                        gint64          student_id,
                        KoersEntry     *entry,
                        KoersEntryKind  kind,
                        const char     *text)
{
  KoersEntryEditor *self;
  g_autofree char *today_iso = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (entry == NULL || KOERS_IS_ENTRY (entry), NULL);

  self = g_object_new (KOERS_TYPE_ENTRY_EDITOR,
                       "transient-for", parent,
                       "title", entry != NULL ? _("Edit Entry") : _("New Entry"),
                       NULL);
  self->store = g_object_ref (store);
  self->student_id = student_id;

  if (entry != NULL)
    {
      const char *entry_text = koers_entry_get_text (entry);

      self->entry = koers_entry_copy (entry);
      adw_combo_row_set_selected (self->kind_row, koers_entry_get_kind (entry));
      set_date_field (self->date_row, koers_entry_get_date (entry));
      set_field (self->time_row, koers_entry_get_time (entry));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                                entry_text != NULL ? entry_text : "", -1);
      gtk_switch_set_active (self->interpretation_switch, koers_entry_get_interpretation (entry));
      adw_combo_row_set_selected (self->source_row, koers_entry_get_source (entry));
      set_field (self->source_name_row, koers_entry_get_source_name (entry));
      gtk_switch_set_active (self->sensitive_switch, koers_entry_get_sensitive (entry));
      set_field (self->followup_row, koers_entry_get_followup_text (entry));
      set_field (self->owner_row, koers_entry_get_followup_owner (entry));
      set_date_field (self->due_row, koers_entry_get_followup_due (entry));

      adw_combo_row_set_selected (self->authorised_row, koers_entry_get_absence_authorised (entry) ? 0 : 1);
      if (koers_entry_get_absence_amount (entry) > 0)
        {
          g_autofree char *amount = g_strdup_printf ("%g", koers_entry_get_absence_amount (entry));

          set_field (self->amount_row, amount);
        }
      adw_combo_row_set_selected (self->unit_row,
                                  koers_entry_get_absence_unit (entry) == KOERS_ABSENCE_DAYPARTS ? 1 : 0);
      set_field (self->reason_row, koers_entry_get_absence_reason (entry));

      adw_combo_row_set_selected (self->referral_row, koers_entry_get_referral_to (entry));
      set_field (self->referral_name_row, koers_entry_get_referral_name (entry));
      set_date_field (self->feedback_due_row, koers_entry_get_referral_feedback_due (entry));
      set_field (self->feedback_row, koers_entry_get_referral_feedback (entry));
      set_date_field (self->feedback_date_row, koers_entry_get_referral_feedback_date (entry));
    }
  else
    {
      today_iso = koers_date_iso_days_ago (0);
      adw_combo_row_set_selected (self->kind_row, kind);
      set_date_field (self->date_row, today_iso);
      adw_combo_row_set_selected (self->source_row, KOERS_SOURCE_MENTOR);
    }

  /* Text brought along from the timeline's quick field is the user's own
   * work, so it counts as a change: closing asks before it is lost. */
  koers_unsaved_guard_window (GTK_WINDOW (self), _("Save the Entry?"),
                              _("What you wrote is not saved in the timeline yet."),
                              save_from_question);
  self->draft_key = koers_entry_editor_draft_key (student_id, entry != NULL ? koers_entry_get_id (entry) : 0);
  /* Taken back every time, so a later draft for this editor never replaces
   * one still waiting; a note from the quick field goes below it. */
  if (restore_draft (self) && entry == NULL && text != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, "\n\n", -1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, text, -1);
    }
  else if (entry == NULL && text != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);

  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));

  return self;
}

gboolean
koers_entry_editor_keep_draft (KoersEntryEditor  *self,
                               GError           **error)
{
  g_autofree char *draft = NULL;

  g_return_val_if_fail (KOERS_IS_ENTRY_EDITOR (self), FALSE);

  if (self->draft_kept || !koers_unsaved_is_changed (GTK_WINDOW (self)) || !koers_store_is_open (self->store))
    return TRUE;

  /* Any draft for this key was taken back when the editor opened: this one
   * holds all of it. */
  draft = koers_unsaved_dup_draft (GTK_WINDOW (self));
  if (!koers_store_put_draft (self->store, self->draft_key, self->student_id, draft, error))
    return FALSE;
  self->draft_kept = TRUE;
  return TRUE;
}

/* @draft with @text added below its note, or NULL with @error set when
 * @draft is no entry editor's draft. */
static char *
add_text_to_draft (const char  *draft,
                   const char  *text,
                   GError     **error)
{
  g_autoptr(GVariant) parsed = g_variant_parse (G_VARIANT_TYPE_VARDICT, draft, NULL, NULL, error);
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GVariant) merged = NULL;
  const char *note = NULL;
  g_autofree char *joined = NULL;

  if (parsed == NULL)
    return NULL;
  g_variant_dict_init (&dict, parsed);
  /* The name of this editor's text view, as koers_unsaved_dup_draft keeps it. */
  g_variant_dict_lookup (&dict, "text_view", "&s", &note);
  joined = note != NULL && *note != '\0' ? g_strconcat (note, "\n\n", text, NULL) : g_strdup (text);
  g_variant_dict_insert (&dict, "text_view", "s", joined);
  merged = g_variant_ref_sink (g_variant_dict_end (&dict));
  return g_variant_print (merged, TRUE);
}

/* Puts @text below the draft of a new entry for @student_id, or makes it that
 * draft (@kind) when there is none: two notes never share one slot by one
 * replacing the other. */
static gboolean
add_to_new_entry_draft (KoersStore      *store,
                        gint64           student_id,
                        KoersEntryKind   kind,
                        const char      *text,
                        GError         **error)
{
  g_autofree char *key = koers_entry_editor_draft_key (student_id, 0);
  g_autofree char *kept = NULL;
  g_autofree char *content = NULL;
  g_autoptr(GError) local_error = NULL;

  kept = koers_store_take_draft (store, key, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (kept != NULL)
    {
      content = add_text_to_draft (kept, text, &local_error);
      if (content == NULL)
        {
          /* Not readable as a form: kept as it was, the text is not added. */
          koers_store_put_draft (store, key, student_id, kept, NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  else
    {
      g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
      g_autoptr(GVariant) draft = NULL;

      /* The names of this editor's template, as koers_unsaved_dup_draft keeps them. */
      g_variant_dict_insert (&dict, "kind_row", "u", (guint32) kind);
      g_variant_dict_insert (&dict, "text_view", "s", text);
      draft = g_variant_ref_sink (g_variant_dict_end (&dict));
      content = g_variant_print (draft, TRUE);
    }

  if (!koers_store_put_draft (store, key, student_id, content, error))
    {
      if (kept != NULL)
        koers_store_put_draft (store, key, student_id, kept, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
koers_entry_editor_keep_quick_draft (KoersStore      *store,
                                     gint64           student_id,
                                     KoersEntryKind   kind,
                                     const char      *text,
                                     GError         **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!koers_store_is_open (store))
    return TRUE;
  return add_to_new_entry_draft (store, student_id, kind, text, error);
}

gboolean
koers_entry_editor_move_draft (KoersStore  *store,
                               gint64       student_id,
                               gint64       entry_id,
                               GError     **error)
{
  g_autofree char *old_key = koers_entry_editor_draft_key (student_id, entry_id);
  g_autofree char *draft = NULL;
  g_autoptr(GVariant) parsed = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *note = NULL;
  guint32 kind = KOERS_ENTRY_OBSERVATION;

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  draft = koers_store_take_draft (store, old_key, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (draft == NULL)
    return TRUE;

  parsed = g_variant_parse (G_VARIANT_TYPE_VARDICT, draft, NULL, NULL, NULL);
  if (parsed != NULL)
    {
      g_variant_lookup (parsed, "text_view", "&s", &note);
      g_variant_lookup (parsed, "kind_row", "u", &kind);
    }
  if (note == NULL || *note == '\0' ||
      !add_to_new_entry_draft (store, student_id, kind, note, &local_error))
    {
      /* Back where it was rather than lost. */
      koers_store_put_draft (store, old_key, student_id, draft, NULL);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

#define DRAFT_KEY_PREFIX "entry-editor:"

char *
koers_entry_editor_draft_key (gint64 student_id,
                              gint64 entry_id)
{
  return g_strdup_printf (DRAFT_KEY_PREFIX "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, student_id, entry_id);
}

gboolean
koers_entry_editor_parse_draft_key (const char *key,
                                    gint64     *student_id,
                                    gint64     *entry_id)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (key != NULL, FALSE);

  if (!g_str_has_prefix (key, DRAFT_KEY_PREFIX))
    return FALSE;
  parts = g_strsplit (key + strlen (DRAFT_KEY_PREFIX), ":", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 1, G_MAXINT64, student_id, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 0, G_MAXINT64, entry_id, NULL))
    return FALSE;
  return TRUE;
}
