/* koers-meeting-section.c: one page of the meeting editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-date.h"
#include "koers-meeting-section.h"
#include "koers-string.h"

G_DEFINE_INTERFACE (KoersMeetingSection, koers_meeting_section, GTK_TYPE_WIDGET)

static void
koers_meeting_section_default_init (KoersMeetingSectionInterface *iface)
{
  /* The meeting was edited; the editor marks its copy as unsaved. */
  g_signal_new ("changed",
                G_TYPE_FROM_INTERFACE (iface),
                G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
}

void
koers_meeting_section_load (KoersMeetingSection *self,
                            KoersMeetingContext *context,
                            KoersMeeting        *meeting)
{
  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));
  g_return_if_fail (context != NULL);
  g_return_if_fail (KOERS_IS_MEETING (meeting));

  KOERS_MEETING_SECTION_GET_IFACE (self)->load (self, context, meeting);
}

void
koers_meeting_section_refresh (KoersMeetingSection *self)
{
  KoersMeetingSectionInterface *iface;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  iface = KOERS_MEETING_SECTION_GET_IFACE (self);
  if (iface->refresh != NULL)
    iface->refresh (self);
}

void
koers_meeting_section_changed (KoersMeetingSection *self)
{
  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  g_signal_emit_by_name (self, "changed");
}

GtkTextView *
koers_meeting_text_view_new (const char *accessible_name)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "meeting-text");
  gtk_widget_add_css_class (view, "card");
  if (accessible_name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                    -1);
  return GTK_TEXT_VIEW (view);
}

void
koers_meeting_text_view_set_text (GtkTextView *view,
                                  const char  *text)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

char *
koers_meeting_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  char *text;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

char *
koers_meeting_editable_dup_text (GtkEditable *editable)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

void
koers_meeting_date_row_set (GtkEditable *row,
                            const char  *iso)
{
  g_autofree char *dutch = koers_str_is_set (iso) ? koers_date_format_dutch (iso) : NULL;

  g_return_if_fail (GTK_IS_EDITABLE (row));

  gtk_editable_set_text (row, dutch != NULL ? dutch : "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

char *
koers_meeting_date_row_get (GtkEditable *row,
                            gboolean    *valid)
{
  g_autofree char *text = NULL;
  char *iso = NULL;

  g_return_val_if_fail (GTK_IS_EDITABLE (row), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (row)));
  if (*text != '\0')
    iso = koers_date_parse_to_iso (text);

  if (*text != '\0' && iso == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  if (valid != NULL)
    *valid = *text == '\0' || iso != NULL;
  return iso;
}
