/* koers-import-dialog.c: the preview of a class list before it is imported
 *
 * Shows what the parser made of the file (encoding, separator, which column
 * fills which field, the students) so a mentor sees a wrong guess before
 * anything is stored. Import stores all of it in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-import-dialog-private.h"
#include "koers-string.h"

struct _KoersImportDialog
{
  AdwWindow            parent_instance;

  GtkWidget           *import_button;
  GtkScrolledWindow   *scrolled_window;
  GtkLabel            *error_label;
  GtkLabel            *file_label;
  GtkLabel            *encoding_label;
  GtkLabel            *separator_label;
  GtkLabel            *count_label;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *students_group;

  KoersStore          *store;
  KoersClassList      *list;
};

G_DEFINE_FINAL_TYPE (KoersImportDialog, koers_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* A row with a value on the right; no markup, the file's text is shown as is. */
static GtkWidget *
value_row_new (const char *title,
               const char *value,
               gboolean    dim)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
fill_columns (KoersImportDialog *self)
{
  guint n_columns = koers_class_list_get_n_columns (self->list);

  for (guint i = 0; i < n_columns; i++)
    {
      const char *header = koers_class_list_get_column_header (self->list, i);
      KoersField field = koers_class_list_get_column_field (self->list, i);
      g_autofree char *title = NULL;
      const char *value;

      if (koers_str_is_set (header))
        title = g_strdup (header);
      else
        /* Translators: a column without a header; %u counts from 1 */
        title = g_strdup_printf (_("Column %u"), i + 1);

      value = koers_field_get_label (field);

      adw_preferences_group_add (self->columns_group,
                                 value_row_new (title, value, field == KOERS_FIELD_NONE));
    }
}

/* "104216 · 2A · 30-04-2012" */
static char *
format_student_subtitle (KoersStudent *student)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *number = koers_student_get_student_number (student);
  const char *group = koers_student_get_group (student);
  const char *birth = koers_student_get_birth_date (student);

  if (koers_str_is_set (number))
    g_ptr_array_add (parts, g_strdup (number));
  if (koers_str_is_set (group))
    g_ptr_array_add (parts, g_strdup (group));
  if (koers_str_is_set (birth))
    g_ptr_array_add (parts, koers_date_format_dutch (birth));
  g_ptr_array_add (parts, NULL);

  /* Translators: separates student number, class and date of birth, as in "104216 · 2A · 30-04-2012" */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

static void
fill_students (KoersImportDialog *self)
{
  GPtrArray *students = koers_class_list_get_students (self->list);

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);
      g_autofree char *subtitle = format_student_subtitle (student);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     koers_student_get_display_name (student));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->students_group, row);
    }
}

static void
fill (KoersImportDialog *self,
      GFile             *file)
{
  GPtrArray *students = koers_class_list_get_students (self->list);
  g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *display_name = basename != NULL ? g_filename_display_name (basename) : NULL;
  g_autofree char *count = NULL;

  gtk_label_set_text (self->file_label, display_name != NULL ? display_name : "");
  gtk_label_set_text (self->encoding_label, koers_class_list_get_encoding (self->list));
  gtk_label_set_text (self->separator_label, koers_class_list_get_separator_name (self->list));

  count = g_strdup_printf (ngettext ("%u student", "%u students", students->len), students->len);
  gtk_label_set_text (self->count_label, count);

  fill_columns (self);
  fill_students (self);

  gtk_widget_set_sensitive (self->import_button, students->len > 0);
}

/* Callbacks */

static void
import_button_clicked_cb (KoersImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;
  guint n_updated = 0;

  if (!koers_class_list_import (self->list, self->store, &n_imported, &n_updated, &error))
    {
      /* Nothing was stored (one transaction); say why where the user looks. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, n_imported, n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject */

static void
koers_import_dialog_dispose (GObject *object)
{
  KoersImportDialog *self = KOERS_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->list);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (koers_import_dialog_parent_class)->dispose (object);
}

static void
koers_import_dialog_class_init (KoersImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_import_dialog_dispose;

  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, separator_label);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, KoersImportDialog, students_group);
  gtk_widget_class_bind_template_callback (widget_class, import_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_import_dialog_init (KoersImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

KoersImportDialog *
koers_import_dialog_new (GtkWindow      *parent,
                         KoersStore     *store,
                         KoersClassList *list,
                         GFile          *file)
{
  KoersImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_CLASS_LIST (list), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (KOERS_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->list = g_object_ref (list);

  fill (self, file);
  gtk_widget_grab_focus (self->import_button);

  return self;
}

GtkWidget *
koers_import_dialog_get_import_button (KoersImportDialog *self)
{
  g_return_val_if_fail (KOERS_IS_IMPORT_DIALOG (self), NULL);

  return self->import_button;
}
