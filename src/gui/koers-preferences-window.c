/* koers-preferences-window.c: the user's preferences and the open notebook's
 *
 * The General page is the user's GSettings (koers-settings.h: the window copies
 * some into the notebook); the Notebook page is about this notebook alone:
 * passphrase, backups, retention and the audit log, kept inside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-list-box.h"
#include "koers-settings.h"
#include "koers-preferences-window-private.h"
#include "notebook/koers-passphrase-dialog.h"
#include "students/koers-delete-student-dialog.h"

struct _KoersPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkEditable          *name_row;
  GtkEditable          *school_row;
  AdwPreferencesGroup  *you_group;
  GtkSpinButton        *goal_weeks_spin;
  GtkSpinButton        *hours_spin;
  GtkSwitch            *sensitive_switch;
  GtkSpinButton        *lock_spin;
  AdwPreferencesGroup  *backups_group;
  GtkListBox           *backups_list;
  GtkListBox           *audit_list;
  GtkSpinButton        *retention_spin;
  GtkListBox           *retention_list;

  KoersStore           *store;
  GSettings            *settings;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  RESTORE_BACKUP,
  STUDENT_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
set_meta (KoersPreferencesWindow *self,
          const char             *key,
          const char             *value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL || !koers_store_is_open (self->store))
    return;

  if (!koers_store_set_meta (self->store, key, value, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
    }
}

/* Callbacks */

static void
change_passphrase_cb (KoersPreferencesWindow *self)
{
  koers_passphrase_dialog_change (GTK_WINDOW (self), self->store);
}

/* Backups */

typedef struct
{
  KoersPreferencesWindow *self;
  char                   *path;
} Restore;

static void
restore_free (gpointer data)
{
  Restore *restore = data;

  g_object_unref (restore->self);
  g_free (restore->path);
  g_free (restore);
}

static gboolean
restore_accepted (const char  *passphrase,
                  char       **problem,
                  gpointer     user_data)
{
  Restore *restore = user_data;
  g_autoptr(GError) error = NULL;

  /* Proved before anything closes: a wrong passphrase costs the user nothing. */
  if (!koers_store_verify_backup (restore->path, passphrase, &error))
    {
      *problem = g_strdup (error->message);
      return FALSE;
    }
  g_signal_emit (restore->self, signals[RESTORE_BACKUP], 0, restore->path, passphrase);
  return TRUE;
}

static void
restore_clicked_cb (GtkButton              *button,
                    KoersPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  const char *date = g_object_get_data (G_OBJECT (button), "date");
  g_autofree char *when = koers_date_format_long (date);
  /* Translators: %s is a date, "Tuesday 1 December 2026" */
  g_autofree char *body = g_strdup_printf (_("Koers locks the notebook, puts the backup of %s in its place, "
                                             "and keeps the notebook as it is now beside it as a copy. "
                                             "Type the passphrase the notebook had that day."), when);
  Restore *restore = g_new0 (Restore, 1);

  restore->self = g_object_ref (self);
  restore->path = g_strdup (path);
  koers_passphrase_dialog_ask (GTK_WINDOW (self), _("Restore Backup?"), body, _("_Restore"),
                               restore_accepted, restore, restore_free);
}

static void
fill_backups (KoersPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = koers_store_list_backups (koers_store_get_path (self->store), &error);
  g_autofree char *dir = koers_store_dup_backup_dir (koers_store_get_path (self->store));
  g_autofree char *description =
    /* Translators: %s is a folder */
    g_strdup_printf (_("An encrypted backup is made when you unlock the notebook, once a day. "
                       "The last 7 days and 4 weeks are kept, in %s."), dir);

  adw_preferences_group_set_description (self->backups_group, description);
  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      g_autofree char *base = g_path_get_basename (backups->pdata[i]);
      g_autofree char *date = g_strndup (base, 10);
      g_autofree char *when = koers_date_format_long (date);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "path", g_strdup (backups->pdata[i]), g_free);
      g_object_set_data_full (G_OBJECT (button), "date", g_steal_pointer (&date), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->backups_list, row);
    }
  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
    }
}

/* Retention */

static void fill_retention (KoersPreferencesWindow *self);
static void fill_audit     (KoersPreferencesWindow *self);

static void
retention_deleted_cb (KoersStudent *student,
                      gpointer      user_data)
{
  KoersPreferencesWindow *self = user_data;

  fill_retention (self);
  koers_list_box_remove_rows (self->audit_list);
  fill_audit (self);
  g_signal_emit (self, signals[STUDENT_DELETED], 0);
}

static void
retention_delete_clicked_cb (GtkButton              *button,
                             KoersPreferencesWindow *self)
{
  KoersStudent *student = g_object_get_data (G_OBJECT (button), "student");

  koers_delete_student_dialog_new (GTK_WINDOW (self), self->store, student, retention_deleted_cb,
                                   g_object_ref (self), g_object_unref);
}

static void
fill_retention (KoersPreferencesWindow *self)
{
  g_autoptr(GPtrArray) due = koers_store_list_retention_due (self->store, koers_store_get_retention_years (self->store),
                                                             NULL, NULL);

  koers_list_box_remove_rows (self->retention_list);
  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (due, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Delete for Good…"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_student_get_display_name (student));
      if (koers_student_get_group (student) != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), koers_student_get_group (student));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      g_object_set_data_full (G_OBJECT (button), "student", g_object_ref (student), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (retention_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->retention_list, row);
    }
}

static void
retention_changed_cb (KoersPreferencesWindow *self)
{
  g_autofree char *years = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->retention_spin));

  set_meta (self, KOERS_META_RETENTION_YEARS, years);
  if (!self->loading)
    fill_retention (self);
}

/* The audit log */

#define AUDIT_SHOWN 100

/* "Mees de Vries, Noor Test" or, for a student deleted since, "student 12". */
static char *
dup_students_text (KoersStore *store,
                   const char *ids)
{
  g_auto(GStrv) parts = g_strsplit (ids != NULL ? ids : "", ",", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL && *parts[i] != '\0'; i++)
    {
      g_autoptr(KoersStudent) student = koers_store_get_student (store, g_ascii_strtoll (parts[i], NULL, 10), NULL);

      g_ptr_array_add (names, student != NULL ? g_strdup (koers_student_get_display_name (student))
                                              /* Translators: a student no longer in the notebook; %s is a number */
                                              : g_strdup_printf (_("student %s"), parts[i]));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

static void
fill_audit (KoersPreferencesWindow *self)
{
  g_autoptr(GPtrArray) records = koers_store_list_audit (self->store, NULL);

  for (guint i = 0; records != NULL && i < records->len && i < AUDIT_SHOWN; i++)
    {
      KoersAuditRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (record->at, NULL);
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
      g_autofree char *when = local != NULL ? g_date_time_format (local, "%d-%m-%Y %H:%M") : g_strdup (record->at);
      g_autofree char *title = g_strdup_printf ("%s: %s", koers_audit_get_label (record->action),
                                                koers_audit_get_label (record->what));
      g_autofree char *students = dup_students_text (self->store, record->student_ids);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s%s%s", when, record->who != NULL ? record->who : "?",
                                                   *students != '\0' ? " · " : "", students);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->audit_list, row);
    }
}

/* GObject */

static void
koers_preferences_window_dispose (GObject *object)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (koers_preferences_window_parent_class)->dispose (object);
}

static void
koers_preferences_window_class_init (KoersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_preferences_window_dispose;

  /* A backup proved to open with the passphrase (a const char *, a pointer so no
   * GValue copies it): the main window locks and restores. */
  signals[RESTORE_BACKUP] = g_signal_new ("restore-backup", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_POINTER);
  /* A student past the retention period was deleted from here: lists reload. */
  signals[STUDENT_DELETED] = g_signal_new ("student-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/koers-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, school_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, you_group);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, goal_weeks_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, sensitive_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, lock_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, backups_group);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, backups_list);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, audit_list);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, retention_list);
  gtk_widget_class_bind_template_callback (widget_class, retention_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_passphrase_cb);
}

static void
koers_preferences_window_init (KoersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

KoersPreferencesWindow *
koers_preferences_window_new (GtkWindow  *parent,
                              KoersStore *store,
                              GSettings  *settings)
{
  KoersPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KOERS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);

  g_settings_bind (settings, "user-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "school-name", self->school_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "goal-evaluation-weeks", gtk_spin_button_get_adjustment (self->goal_weeks_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "hours-per-week", gtk_spin_button_get_adjustment (self->hours_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "search-sensitive", self->sensitive_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "auto-lock-minutes", gtk_spin_button_get_adjustment (self->lock_spin),
                   "value", G_SETTINGS_BIND_DEFAULT);

  /* Otherwise a user who types their name here sees the demo's notes and
   * invitations keep the invented mentor, and thinks the setting is broken. */
  if (koers_settings_store_is_demo (store))
    adw_preferences_group_set_description (self->you_group,
                                           _("The demo notebook keeps its invented mentor and school. "
                                             "Your name and school are used in your own notebooks."));

  self->loading = TRUE;
  gtk_spin_button_set_value (self->retention_spin, (double) koers_store_get_retention_years (store));
  self->loading = FALSE;
  fill_backups (self);
  fill_retention (self);
  fill_audit (self);

  return self;
}

/* Private API, for tests */

GtkEditable *
koers_preferences_window_get_name_row (KoersPreferencesWindow *self)
{
  g_return_val_if_fail (KOERS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->name_row;
}

GtkSpinButton *
koers_preferences_window_get_lock_spin (KoersPreferencesWindow *self)
{
  g_return_val_if_fail (KOERS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->lock_spin;
}

AdwPreferencesGroup *
koers_preferences_window_get_you_group (KoersPreferencesWindow *self)
{
  g_return_val_if_fail (KOERS_IS_PREFERENCES_WINDOW (self), NULL);
  return self->you_group;
}
