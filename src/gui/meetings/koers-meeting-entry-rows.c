/* koers-meeting-entry-rows.c: timeline entries as rows to pick for a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-meeting-entry-rows.h"
#include "koers-string.h"

char *
koers_meeting_entry_dup_excerpt (KoersEntry *entry,
                                 guint       max_chars)
{
  const char *text = koers_entry_get_text (entry);
  g_autofree char *line = g_strdup (text != NULL ? text : "");

  g_return_val_if_fail (KOERS_IS_ENTRY (entry), NULL);

  /* Rows are one paragraph: a note's line breaks would only make them taller. */
  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);
  if (max_chars > 0 && (guint) g_utf8_strlen (line, -1) > max_chars)
    {
      *g_utf8_offset_to_pointer (line, max_chars) = '\0';
      return g_strconcat (g_strchomp (line), "…", NULL);
    }
  return g_steal_pointer (&line);
}

char *
koers_meeting_entry_dup_details (KoersEntry *entry,
                                 gboolean    with_kind)
{
  GString *details = g_string_new (NULL);
  g_autofree char *date = NULL;
  KoersSource source;

  g_return_val_if_fail (KOERS_IS_ENTRY (entry), NULL);

  date = koers_date_format_dutch (koers_entry_get_date (entry));
  g_string_append (details, date != NULL ? date : "");
  if (with_kind)
    g_string_append_printf (details, " · %s", koers_entry_kind_get_label (koers_entry_get_kind (entry)));

  /* Facts say by whom they were seen or heard (DOMAIN.md); "not recorded" says nothing. */
  source = koers_entry_get_source (entry);
  if (source != KOERS_SOURCE_NONE)
    {
      const char *name = koers_entry_get_source_name (entry);

      if (koers_str_is_set (name))
        /* Translators: who saw or heard it: the source and a name, "Teacher (mevrouw Jansen)" */
        g_string_append_printf (details, _(" · %s (%s)"), koers_source_get_label (source), name);
      else
        g_string_append_printf (details, " · %s", koers_source_get_label (source));
    }

  return g_string_free (details, FALSE);
}

GtkWidget *
koers_meeting_entry_check_row_new (KoersEntry *entry,
                                   gboolean    with_kind,
                                   gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;

  g_return_val_if_fail (KOERS_IS_ENTRY (entry), NULL);

  title = koers_meeting_entry_dup_excerpt (entry, 160);
  details = koers_meeting_entry_dup_details (entry, with_kind);

  /* A note may hold "&" or "<": plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (koers_entry_get_interpretation (entry))
    {
      GtkWidget *tag = gtk_label_new (_("Interpretation"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tag, "entry-tag");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  if (koers_entry_get_sensitive (entry))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
      g_autofree char *subtitle = g_strdup_printf ("%s\n%s", details,
                                                   _("Sensitive: only discussed when it is on the agenda"));

      gtk_widget_set_tooltip_text (icon, _("Sensitive"));
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
    }

  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  return row;
}

GtkCheckButton *
koers_meeting_entry_check_row_get_check (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);
  return g_object_get_data (G_OBJECT (row), "check");
}

KoersEntry *
koers_meeting_entry_row_get_entry (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), NULL);
  return g_object_get_data (G_OBJECT (row), "entry");
}

GtkListBox *
koers_meeting_boxed_list_new (void)
{
  GtkWidget *list_box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list_box, "boxed-list");
  return GTK_LIST_BOX (list_box);
}

void
koers_meeting_list_box_clear (GtkListBox *list_box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}
