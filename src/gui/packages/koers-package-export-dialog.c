/* koers-package-export-dialog.c: students out of this notebook, into a package
 *
 * The mentor who hands a class over chooses the students, gives the package its
 * own passphrase, and sees exactly which sensitive notes go along before any
 * file is written: ticking the box lists them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-handover-sheet.h"
#include "koers-list-box.h"
#include "koers-output.h"
#include "koers-package-export-dialog-private.h"
#include "koers-passphrase.h"
#include "koers-toasts.h"
#include "students/koers-student-picker.h"

struct _KoersPackageExportDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkWidget       *export_button;
  GtkWidget       *cancel_button;
  GtkMenuButton   *add_button;
  GtkStack        *stack;
  GtkListBox      *students_list;
  GtkEditable     *passphrase_row;
  GtkEditable     *repeat_row;
  GtkSwitch       *sensitive_switch;
  GtkLabel        *sensitive_label;
  GtkListBox      *sensitive_list;
  GtkSwitch       *handover_switch;
  GtkEditable     *to_row;
  AdwStatusPage   *done_page;
  GtkWidget       *summary_button;

  KoersStore      *store;
  GArray          *student_ids;    /* gint64, in the order added */
  char            *handover_to;    /* of the package written, for the summary */
};

G_DEFINE_FINAL_TYPE (KoersPackageExportDialog, koers_package_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_toast (KoersPackageExportDialog *self,
            const char               *text)
{
  koers_toasts_show_text (self->toast_overlay, text);
}

/* Sensitive notes: listed whenever they would go along. */
static void
update_sensitive (KoersPackageExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean on = gtk_switch_get_active (self->sensitive_switch);

  koers_list_box_remove_rows (self->sensitive_list);
  gtk_widget_set_visible (GTK_WIDGET (self->sensitive_label), on);
  gtk_widget_set_visible (GTK_WIDGET (self->sensitive_list), FALSE);
  if (!on)
    return;

  entries = koers_store_list_package_sensitive (self->store, self->student_ids, &error);
  if (entries == NULL)
    {
      gtk_label_set_text (self->sensitive_label, error->message);
      return;
    }
  if (entries->len == 0)
    {
      gtk_label_set_text (self->sensitive_label, _("These students have no sensitive notes."));
      return;
    }

  {
    g_autofree char *text =
      g_strdup_printf (ngettext ("This sensitive note goes along, and only this one:",
                                 "These %u sensitive notes go along, and only these:", entries->len),
                       entries->len);

    gtk_label_set_text (self->sensitive_label, text);
  }
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(KoersStudent) student = koers_store_get_student (self->store, koers_entry_get_student_id (entry),
                                                                 NULL);
      g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
      g_autofree char *title = g_strdup_printf ("%s · %s · %s",
                                                student != NULL ? koers_student_get_display_name (student) : "?",
                                                date, koers_entry_kind_get_label (koers_entry_get_kind (entry)));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), koers_entry_get_text (entry) ?: "");
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_append (self->sensitive_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sensitive_list), TRUE);
}

static void
sensitive_toggled_cb (KoersPackageExportDialog *self)
{
  update_sensitive (self);
}

/* The students */

static void fill_students (KoersPackageExportDialog *self);

static void
remove_clicked_cb (GtkButton                *button,
                   KoersPackageExportDialog *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "student-id");

  for (guint i = 0; i < self->student_ids->len; i++)
    if (g_array_index (self->student_ids, gint64, i) == *id)
      {
        g_array_remove_index (self->student_ids, i);
        break;
      }
  fill_students (self);
}

static void
fill_students (KoersPackageExportDialog *self)
{
  koers_list_box_remove_rows (self->students_list);
  for (guint i = 0; i < self->student_ids->len; i++)
    {
      gint64 id = g_array_index (self->student_ids, gint64, i);
      g_autoptr(KoersStudent) student = koers_store_get_student (self->store, id, NULL);
      GtkWidget *row, *remove;
      gint64 *button_id;

      if (student == NULL)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_student_get_display_name (student));
      if (koers_student_get_group (student) != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), koers_student_get_group (student));
      remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Leave Out"));
      button_id = g_new (gint64, 1);
      *button_id = id;
      g_object_set_data_full (G_OBJECT (remove), "student-id", button_id, g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->students_list, row);
    }
  update_sensitive (self);
}

void
koers_package_export_dialog_add_students (KoersPackageExportDialog *self,
                                          GArray                   *student_ids)
{
  g_return_if_fail (KOERS_IS_PACKAGE_EXPORT_DIALOG (self));

  for (guint i = 0; i < student_ids->len; i++)
    {
      gint64 id = g_array_index (student_ids, gint64, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < self->student_ids->len && !listed; j++)
        listed = g_array_index (self->student_ids, gint64, j) == id;
      if (!listed)
        g_array_append_val (self->student_ids, id);
    }
  fill_students (self);
}

static void
add_group (KoersPackageExportDialog *self,
           const char               *group)
{
  g_autoptr(GError) error = NULL;
  KoersStudentQuery query = { .group = group };
  g_autoptr(GPtrArray) students = koers_store_list_students (self->store, &query, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (students == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < students->len; i++)
    {
      gint64 id = koers_student_get_id (g_ptr_array_index (students, i));

      g_array_append_val (ids, id);
    }
  koers_package_export_dialog_add_students (self, ids);
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_group (KOERS_PACKAGE_EXPORT_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
students_chosen_cb (GArray   *student_ids,
                    gpointer  user_data)
{
  koers_package_export_dialog_add_students (KOERS_PACKAGE_EXPORT_DIALOG (user_data), student_ids);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersPackageExportDialog *self = KOERS_PACKAGE_EXPORT_DIALOG (widget);

  koers_student_picker_run (GTK_WINDOW (self), self->store, _("Add Students"), _("_Add"),
                            self->student_ids, students_chosen_cb, g_object_ref (self), g_object_unref);
}

static void
fill_add_menu (KoersPackageExportDialog *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) classes = g_menu_new ();
  g_auto(GStrv) groups = koers_store_list_groups (self->store, NULL);

  g_menu_append (menu, _("_Choose Students…"), "export.choose");
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      /* Translators: a menu item; %s is a class, "2A" */
      g_autofree char *label = g_strdup_printf (_("Class %s"), groups[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "export.add-group", "s", groups[i]);
      g_menu_append_item (classes, item);
    }
  g_menu_append_section (menu, _("Whole Class"), G_MENU_MODEL (classes));
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
}

/* Exporting */

/* The form as it stands, checked; NULL (and a toast) when something is missing. */
static char *
checked_passphrase (KoersPackageExportDialog *self)
{
  const char *passphrase = gtk_editable_get_text (self->passphrase_row);

  if (self->student_ids->len == 0)
    {
      show_toast (self, _("Choose the students to export first."));
      return NULL;
    }
  if (g_utf8_strlen (passphrase, -1) < KOERS_PACKAGE_MIN_PASSPHRASE)
    {
      show_toast (self, _("The package passphrase needs at least 8 characters."));
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
      return NULL;
    }
  if (g_strcmp0 (passphrase, gtk_editable_get_text (self->repeat_row)) != 0)
    {
      show_toast (self, _("The two passphrases differ. Type the same one twice."));
      gtk_widget_grab_focus (GTK_WIDGET (self->repeat_row));
      return NULL;
    }
  return g_strdup (passphrase);
}

gboolean
koers_package_export_dialog_export_to (KoersPackageExportDialog *self,
                                       const char               *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;
  char *passphrase = checked_passphrase (self);
  KoersPackageOptions options = { 0 };
  KoersPackageReport report = { 0 };
  const char *to = gtk_editable_get_text (self->to_row);
  gboolean ok;

  g_return_val_if_fail (KOERS_IS_PACKAGE_EXPORT_DIALOG (self), FALSE);

  if (passphrase == NULL)
    return FALSE;
  options.student_ids = self->student_ids;
  options.include_sensitive = gtk_switch_get_active (self->sensitive_switch);
  options.handover = gtk_switch_get_active (self->handover_switch);
  options.handover_to = options.handover && *to != '\0' ? to : NULL;
  ok = koers_store_export_package (self->store, &options, path, passphrase, &report, &error);
  koers_passphrase_free (passphrase);
  if (!ok)
    {
      koers_output_show_error (GTK_WINDOW (self), _("Could Not Export"), error);
      return FALSE;
    }

  /* The passphrase has done its job: out of the entries with it. */
  gtk_editable_set_text (self->passphrase_row, "");
  gtk_editable_set_text (self->repeat_row, "");
  g_free (self->handover_to);
  self->handover_to = g_strdup (options.handover_to);

  name = g_path_get_basename (path);
  description = g_strdup_printf (ngettext ("%u student with %u timeline entries is in %s. "
                                           "Give the passphrase to the receiver separately.",
                                           "%u students with %u timeline entries are in %s. "
                                           "Give the passphrase to the receiver separately.",
                                           report.n_students),
                                 report.n_students, report.n_entries, name);
  adw_status_page_set_description (self->done_page, description);
  gtk_widget_set_visible (self->summary_button, options.handover);
  gtk_widget_set_visible (self->export_button, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "done");
  koers_package_report_clear (&report);
  g_signal_emit (self, signals[EXPORTED], 0);
  return TRUE;
}

static void
package_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  KoersPackageExportDialog *self = KOERS_PACKAGE_EXPORT_DIALOG (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);

  if (path == NULL)
    {
      koers_output_show_error (GTK_WINDOW (self), _("Could Not Export"), error);
      return;
    }
  koers_package_export_dialog_export_to (self, path);
}

static void
export_clicked_cb (KoersPackageExportDialog *self)
{
  g_autofree char *passphrase = checked_passphrase (self);
  g_autofree char *today = koers_date_iso_days_ago (0);
  /* Translators: a file name; %s is the date, 2026-12-02 */
  g_autofree char *suggested = g_strdup_printf (_("students-%s.koers"), today);

  if (passphrase == NULL)
    return;
  koers_passphrase_wipe (passphrase);
  koers_output_ask_file (GTK_WINDOW (self), _("Export Students"), _("_Export"),
                         _("Koers packages"), "application/x-koers-package", "koers", suggested,
                         package_chosen_cb, g_object_ref (self), g_object_unref);
}

static void
summary_chosen_cb (GFile    *file,
                   gpointer  user_data)
{
  KoersPackageExportDialog *self = KOERS_PACKAGE_EXPORT_DIALOG (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);
  g_autofree char *from = koers_store_dup_meta (self->store, KOERS_META_USER_NAME, NULL);

  if (path == NULL ||
      !koers_handover_sheet_write_pdf (self->store, self->student_ids, from, self->handover_to, path, &error))
    {
      koers_output_show_error (GTK_WINDOW (self), _("Could Not Save the PDF"), error);
      return;
    }
  show_toast (self, _("Summary saved as PDF"));
}

static void
summary_clicked_cb (KoersPackageExportDialog *self)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  /* Translators: a file name; %s is the date, 2026-12-02 */
  g_autofree char *suggested = g_strdup_printf (_("handover-%s.pdf"), today);

  koers_output_ask_file (GTK_WINDOW (self), _("Save Summary"), _("_Save"),
                         _("PDF documents"), "application/pdf", "pdf", suggested,
                         summary_chosen_cb, g_object_ref (self), g_object_unref);
}

/* Public */

KoersPackageExportDialog *
koers_package_export_dialog_new (GtkWindow  *parent,
                                 KoersStore *store,
                                 const char *group)
{
  KoersPackageExportDialog *self;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  self = g_object_new (KOERS_TYPE_PACKAGE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_add_menu (self);
  if (group != NULL)
    add_group (self, group);
  return self;
}

GArray *
koers_package_export_dialog_get_student_ids (KoersPackageExportDialog *self)
{
  return self->student_ids;
}

GtkListBox *
koers_package_export_dialog_get_sensitive_list (KoersPackageExportDialog *self)
{
  return self->sensitive_list;
}

void
koers_package_export_dialog_fill (KoersPackageExportDialog *self,
                                  const char               *passphrase,
                                  const char               *repeat,
                                  gboolean                  include_sensitive,
                                  const char               *handover_to)
{
  gtk_editable_set_text (self->passphrase_row, passphrase);
  gtk_editable_set_text (self->repeat_row, repeat);
  gtk_switch_set_active (self->sensitive_switch, include_sensitive);
  gtk_switch_set_active (self->handover_switch, handover_to != NULL);
  gtk_editable_set_text (self->to_row, handover_to != NULL ? handover_to : "");
}

const char *
koers_package_export_dialog_get_page_name (KoersPackageExportDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* GObject */

static void
koers_package_export_dialog_dispose (GObject *object)
{
  KoersPackageExportDialog *self = KOERS_PACKAGE_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PACKAGE_EXPORT_DIALOG);

  G_OBJECT_CLASS (koers_package_export_dialog_parent_class)->dispose (object);
}

static void
koers_package_export_dialog_finalize (GObject *object)
{
  KoersPackageExportDialog *self = KOERS_PACKAGE_EXPORT_DIALOG (object);

  g_array_unref (self->student_ids);
  g_free (self->handover_to);

  G_OBJECT_CLASS (koers_package_export_dialog_parent_class)->finalize (object);
}

static void
koers_package_export_dialog_class_init (KoersPackageExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_package_export_dialog_dispose;
  object_class->finalize = koers_package_export_dialog_finalize;

  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/packages/koers-package-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, students_list);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, sensitive_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, sensitive_label);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, sensitive_list);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, handover_switch);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, KoersPackageExportDialog, summary_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sensitive_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_clicked_cb);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.add-group", "s", add_group_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_package_export_dialog_init (KoersPackageExportDialog *self)
{
  self->student_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}
