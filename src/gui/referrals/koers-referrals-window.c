/* koers-referrals-window.c: referrals still waiting for feedback, across students
 *
 * A referral without feedback is how a student disappears between school and
 * care (DOMAIN.md). Those past their feedback date come first, longest waiting
 * on top; each row opens the student's timeline at the referral, and its button
 * records the feedback in the entry editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-referrals-window.h"
#include "koers-string.h"
#include "timeline/koers-entry-editor.h"

struct _KoersReferralsWindow
{
  AdwWindow            parent_instance;

  GtkStack            *stack;
  AdwPreferencesGroup *overdue_group;
  AdwPreferencesGroup *waiting_group;
  AdwPreferencesGroup *undated_group;

  KoersStore          *store;
  GPtrArray           *overdue;   /* rows, in order */
  GPtrArray           *waiting;
  GPtrArray           *undated;
};

G_DEFINE_FINAL_TYPE (KoersReferralsWindow, koers_referrals_window, ADW_TYPE_WINDOW)

enum {
  ENTRY_ACTIVATED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
clear_group (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

/* "Wijkteam (mevrouw De Vries) · referred on 3 November 2026 · feedback due 17 November 2026" */
static char *
dup_subtitle (KoersEntry *entry)
{
  KoersReferralTo to = koers_entry_get_referral_to (entry);
  const char *name = koers_entry_get_referral_name (entry);
  g_autofree char *referred = koers_date_format_long (koers_entry_get_date (entry));
  g_autofree char *due = koers_date_format_long (koers_entry_get_referral_feedback_due (entry));
  g_autofree char *whom = NULL;
  GString *text = g_string_new (NULL);

  if (to != KOERS_REFERRAL_NONE && koers_str_is_set (name))
    whom = g_strdup_printf ("%s (%s)", koers_referral_get_label (to), name);
  else if (to != KOERS_REFERRAL_NONE)
    whom = g_strdup (koers_referral_get_label (to));
  else
    whom = g_strdup (name);

  if (koers_str_is_set (whom))
    g_string_append_printf (text, "%s · ", whom);
  /* Translators: %s is a date */
  g_string_append_printf (text, _("referred on %s"), referred);
  if (due != NULL)
    {
      g_string_append (text, " · ");
      /* Translators: %s is a date */
      g_string_append_printf (text, _("feedback due %s"), due);
    }
  return g_string_free (text, FALSE);
}

static void
row_activated_cb (AdwActionRow         *row,
                  KoersReferralsWindow *self)
{
  gint64 *ids = g_object_get_data (G_OBJECT (row), "ids");

  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, ids[0], ids[1]);
}

static void
editor_saved_cb (KoersReferralsWindow *self)
{
  koers_referrals_window_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
record_clicked_cb (GtkButton            *button,
                   KoersReferralsWindow *self)
{
  KoersEntry *entry = g_object_get_data (G_OBJECT (button), "entry");
  KoersEntryEditor *editor;

  editor = koers_entry_editor_new (GTK_WINDOW (self), self->store, koers_entry_get_student_id (entry),
                                   entry, KOERS_ENTRY_REFERRAL, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
create_row (KoersReferralsWindow *self,
            KoersEntry           *entry,
            KoersStudent         *student,
            int                   days_over)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = dup_subtitle (entry);
  gint64 *ids = g_new (gint64, 2);

  if (student != NULL && koers_str_is_set (koers_student_get_group (student)))
    title = g_strdup_printf ("%s · %s", koers_student_get_display_name (student), koers_student_get_group (student));
  else
    title = g_strdup (student != NULL ? koers_student_get_display_name (student) : "");

  if (days_over > 0)
    {
      g_autofree char *late = g_strdup_printf (ngettext ("No feedback yet, %d day past the date",
                                                         "No feedback yet, %d days past the date",
                                                         days_over),
                                               days_over);
      g_autofree char *both = g_strdup_printf ("%s\n%s", subtitle, late);

      g_free (subtitle);
      subtitle = g_steal_pointer (&both);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  ids[0] = koers_entry_get_student_id (entry);
  ids[1] = koers_entry_get_id (entry);
  g_object_set_data_full (G_OBJECT (row), "ids", ids, g_free);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

  if (days_over > 0)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("Feedback overdue"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  button = gtk_button_new_with_mnemonic (_("_Record Feedback…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "entry", g_object_ref (entry), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (record_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* GObject */

static void
koers_referrals_window_dispose (GObject *object)
{
  KoersReferralsWindow *self = KOERS_REFERRALS_WINDOW (object);

  g_clear_pointer (&self->overdue, g_ptr_array_unref);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_clear_pointer (&self->undated, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_referrals_window_parent_class)->dispose (object);
}

static void
koers_referrals_window_class_init (KoersReferralsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_referrals_window_dispose;

  signals[ENTRY_ACTIVATED] = g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/referrals/koers-referrals-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersReferralsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersReferralsWindow, overdue_group);
  gtk_widget_class_bind_template_child (widget_class, KoersReferralsWindow, waiting_group);
  gtk_widget_class_bind_template_child (widget_class, KoersReferralsWindow, undated_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_referrals_window_init (KoersReferralsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->overdue = g_ptr_array_new ();
  self->waiting = g_ptr_array_new ();
  self->undated = g_ptr_array_new ();
}

/* Public */

KoersReferralsWindow *
koers_referrals_window_new (GtkWindow  *parent,
                            KoersStore *store)
{
  KoersReferralsWindow *self;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  self = g_object_new (KOERS_TYPE_REFERRALS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  koers_referrals_window_reload (self);
  return self;
}

void
koers_referrals_window_reload (KoersReferralsWindow *self)
{
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GHashTable) students = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_return_if_fail (KOERS_IS_REFERRALS_WINDOW (self));

  clear_group (self->overdue_group, self->overdue);
  clear_group (self->waiting_group, self->waiting);
  clear_group (self->undated_group, self->undated);

  if (!koers_store_is_open (self->store) ||
      (referrals = koers_store_list_open_referrals (self->store, 0, &error)) == NULL)
    {
      if (error != NULL)
        g_warning ("Could not list the open referrals: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  koers_date_today (&today);
  students = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < referrals->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (referrals, i);
      gint64 student_id = koers_entry_get_student_id (entry);
      KoersStudent *student = g_hash_table_lookup (students, &student_id);
      const char *due_iso = koers_entry_get_referral_feedback_due (entry);
      AdwPreferencesGroup *group;
      GPtrArray *rows;
      GtkWidget *row;
      GDate due;
      int days_over = 0;

      if (student == NULL)
        {
          student = koers_store_get_student (self->store, student_id, NULL);
          if (student != NULL)
            g_hash_table_insert (students, g_memdup2 (&student_id, sizeof student_id), student);
        }

      if (!koers_date_from_iso (due_iso, &due))
        {
          group = self->undated_group;
          rows = self->undated;
        }
      else
        {
          days_over = g_date_days_between (&due, &today);
          group = days_over > 0 ? self->overdue_group : self->waiting_group;
          rows = days_over > 0 ? self->overdue : self->waiting;
        }

      row = create_row (self, entry, student, days_over);
      g_ptr_array_add (rows, row);
      adw_preferences_group_add (group, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_group), self->overdue->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->waiting_group), self->waiting->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->undated_group), self->undated->len > 0);
  gtk_stack_set_visible_child_name (self->stack, referrals->len > 0 ? "list" : "empty");
}

GPtrArray *
koers_referrals_window_get_rows (KoersReferralsWindow *self,
                                 const char           *section)
{
  g_return_val_if_fail (KOERS_IS_REFERRALS_WINDOW (self), NULL);

  if (g_strcmp0 (section, "overdue") == 0)
    return self->overdue;
  if (g_strcmp0 (section, "waiting") == 0)
    return self->waiting;
  return self->undated;
}
