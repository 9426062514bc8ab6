/* koers-delete-student-dialog.c: deleting a student for good, after typing the name
 *
 * The right to erasure (AVG) has no undo, so the confirmation is typed, not
 * clicked: a name is never typed by accident.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-output.h"
#include "students/koers-delete-student-dialog.h"

typedef struct
{
  KoersStore              *store;
  KoersStudent            *student;
  KoersStudentDeletedFunc  deleted;
  gpointer                 user_data;
  GDestroyNotify           destroy;
} Delete;

static void
delete_free (gpointer data)
{
  Delete *delete = data;

  if (delete->destroy != NULL)
    delete->destroy (delete->user_data);
  g_object_unref (delete->store);
  g_object_unref (delete->student);
  g_free (delete);
}

static gboolean
name_matches (const char   *typed,
              KoersStudent *student)
{
  g_autofree char *a = g_utf8_casefold (g_strstrip (g_strdup (typed)), -1);
  g_autofree char *b = g_utf8_casefold (koers_student_get_display_name (student), -1);

  return *a != '\0' && g_utf8_collate (a, b) == 0;
}

static void
name_changed_cb (GtkEditable      *row,
                 AdwMessageDialog *dialog)
{
  Delete *delete = g_object_get_data (G_OBJECT (dialog), "delete");

  adw_message_dialog_set_response_enabled (dialog, "delete",
                                           name_matches (gtk_editable_get_text (row), delete->student));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Delete           *delete)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *row = g_object_get_data (G_OBJECT (dialog), "name");

  if (g_object_get_data (G_OBJECT (dialog), "answered") != NULL)
    return;
  g_object_set_data (G_OBJECT (dialog), "answered", GINT_TO_POINTER (TRUE));
  /* libadwaita 1.2 reads a focused entry row after its window is gone. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  if (g_strcmp0 (response, "delete") != 0 || !name_matches (gtk_editable_get_text (row), delete->student))
    return;

  if (!koers_store_delete_student (delete->store, koers_student_get_id (delete->student), TRUE, &error))
    {
      koers_output_show_error (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                               _("Could Not Delete the Student"), error);
      return;
    }
  delete->deleted (delete->student, delete->user_data);
}

AdwMessageDialog *
koers_delete_student_dialog_new (GtkWindow               *parent,
                                 KoersStore              *store,
                                 KoersStudent            *student,
                                 KoersStudentDeletedFunc  deleted,
                                 gpointer                 user_data,
                                 GDestroyNotify           destroy)
{
  /* Translators: %s is the student's name */
  g_autofree char *heading = g_strdup_printf (_("Delete %s for Good?"), koers_student_get_display_name (student));
  AdwMessageDialog *dialog;
  GtkWidget *list, *row;
  Delete *delete;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
    _("Everything about this student is deleted from the notebook: the timeline, goals, meetings "
      "and checklists. This cannot be undone. Backups made before still hold the student until "
      "they are rotated away. Archive the student instead to keep it all. Type the student’s name to confirm.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete for Good"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "delete", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  delete = g_new0 (Delete, 1);
  delete->store = g_object_ref (store);
  delete->student = g_object_ref (student);
  delete->deleted = deleted;
  delete->user_data = user_data;
  delete->destroy = destroy;
  g_object_set_data_full (G_OBJECT (dialog), "delete", delete, delete_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Student’s Name"));
  g_signal_connect (row, "changed", G_CALLBACK (name_changed_cb), dialog);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_extra_child (dialog, list);
  g_object_set_data (G_OBJECT (dialog), "name", row);

  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), delete);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (row);
  return dialog;
}
