/* koers-student-picker.c: choose students from the notebook, with search
 *
 * A message dialog with the list as its extra child: a handful of students are
 * ticked in seconds, and typing a name or a class narrows the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-student-picker.h"

typedef struct
{
  GtkListBox             *list;
  GtkSearchEntry         *search;
  GtkWidget              *dialog;
  KoersStudentPickerFunc  chosen;
  gpointer                user_data;
  GDestroyNotify          destroy;
} Picker;

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  if (picker->destroy != NULL)
    picker->destroy (picker->user_data);
  g_free (picker);
}

static void
picker_closure_free (gpointer  data,
                     GClosure *closure)
{
  picker_free (data);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  Picker *picker = user_data;
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (picker->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");

  return *needle == '\0' || g_str_match_string (needle, haystack, TRUE);
}

static GArray *
ticked_ids (Picker *picker)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (picker->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
      gint64 *id = g_object_get_data (G_OBJECT (row), "student-id");

      if (check != NULL && gtk_check_button_get_active (check))
        g_array_append_val (ids, *id);
    }
  return ids;
}

static void
update_accept (Picker *picker)
{
  g_autoptr(GArray) ids = ticked_ids (picker);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (picker->dialog), "accept", ids->len > 0);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Picker           *picker)
{
  g_autoptr(GArray) ids = NULL;

  if (g_strcmp0 (response, "accept") != 0)
    return;
  ids = ticked_ids (picker);
  if (ids->len > 0)
    picker->chosen (ids, picker->user_data);
}

static gboolean
is_excluded (GArray *exclude_ids,
             gint64  id)
{
  for (guint i = 0; exclude_ids != NULL && i < exclude_ids->len; i++)
    if (g_array_index (exclude_ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static GtkWidget *
create_row (Picker       *picker,
            KoersStudent *student)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *group = koers_student_get_group (student);
  gint64 *id = g_new (gint64, 1);

  *id = koers_student_get_id (student);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_student_get_display_name (student));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (group != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), group);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_accept), picker);

  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "student-id", id, g_free);
  g_object_set_data_full (G_OBJECT (row), "haystack",
                          g_strdup_printf ("%s %s", koers_student_get_display_name (student),
                                           group != NULL ? group : ""),
                          g_free);
  return row;
}

void
koers_student_picker_run (GtkWindow              *parent,
                          KoersStore             *store,
                          const char             *heading,
                          const char             *accept_label,
                          GArray                 *exclude_ids,
                          KoersStudentPickerFunc  chosen,
                          gpointer                user_data,
                          GDestroyNotify          destroy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) students = NULL;
  KoersStudentQuery query = { 0 };
  GtkWidget *box, *scrolled, *placeholder;
  Picker *picker;

  g_return_if_fail (KOERS_IS_STORE (store));

  picker = g_new0 (Picker, 1);
  picker->chosen = chosen;
  picker->user_data = user_data;
  picker->destroy = destroy;

  picker->dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (picker->dialog),
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (picker->dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (picker->dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (picker->dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  picker->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (picker->search, "placeholder-text", _("Search by name or class"), NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (picker->search));

  picker->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (picker->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (picker->list), "boxed-list");
  gtk_list_box_set_filter_func (picker->list, filter_row, picker, NULL);
  placeholder = gtk_label_new (_("No students found"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (picker->list, placeholder);
  g_signal_connect_swapped (picker->search, "search-changed", G_CALLBACK (gtk_list_box_invalidate_filter),
                            picker->list);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (picker->list));
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (picker->dialog), box);

  students = koers_store_list_students (store, &query, &error);
  for (guint i = 0; students != NULL && i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);

      if (!is_excluded (exclude_ids, koers_student_get_id (student)))
        gtk_list_box_append (picker->list, create_row (picker, student));
    }
  if (error != NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (picker->dialog), error->message);

  update_accept (picker);
  g_signal_connect_data (picker->dialog, "response", G_CALLBACK (response_cb), picker,
                         picker_closure_free, 0);
  gtk_window_present (GTK_WINDOW (picker->dialog));
}
