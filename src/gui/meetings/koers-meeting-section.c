/* koers-meeting-section.c: one page of the meeting editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-date.h"
#include "koers-meeting-section.h"
#include "koers-string.h"
#include "koers-toasts.h"

typedef struct
{
  KoersMeetingContext *context;
  KoersMeeting        *meeting;
  /* Depth of fill() and begin_fill() calls: nested fills (a callback that
   * refills part of the page while a refresh runs) must not end the guard early. */
  guint                filling;
} KoersMeetingSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KoersMeetingSection, koers_meeting_section, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
fill (KoersMeetingSection *self)
{
  koers_meeting_section_begin_fill (self);
  KOERS_MEETING_SECTION_GET_CLASS (self)->fill (self);
  koers_meeting_section_end_fill (self);
}

/* GObject */

static void
koers_meeting_section_dispose (GObject *object)
{
  KoersMeetingSection *self = KOERS_MEETING_SECTION (object);
  KoersMeetingSectionPrivate *priv = koers_meeting_section_get_instance_private (self);

  g_clear_object (&priv->meeting);
  g_clear_pointer (&priv->context, koers_meeting_context_unref);

  G_OBJECT_CLASS (koers_meeting_section_parent_class)->dispose (object);
}

static void
koers_meeting_section_class_init (KoersMeetingSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_meeting_section_dispose;

  /* The meeting was edited; the editor marks its copy as unsaved. */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
koers_meeting_section_init (KoersMeetingSection *self)
{
}

/* Public */

void
koers_meeting_section_load (KoersMeetingSection *self,
                            KoersMeetingContext *context,
                            KoersMeeting        *meeting)
{
  KoersMeetingSectionPrivate *priv;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));
  g_return_if_fail (context != NULL);
  g_return_if_fail (KOERS_IS_MEETING (meeting));

  priv = koers_meeting_section_get_instance_private (self);
  /* Ref before unref: loading the same context again must not free it. */
  koers_meeting_context_ref (context);
  g_clear_pointer (&priv->context, koers_meeting_context_unref);
  priv->context = context;
  g_set_object (&priv->meeting, meeting);
  if (KOERS_MEETING_SECTION_GET_CLASS (self)->reset != NULL)
    KOERS_MEETING_SECTION_GET_CLASS (self)->reset (self);
  fill (self);
}

void
koers_meeting_section_refresh (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  priv = koers_meeting_section_get_instance_private (self);
  if (priv->meeting != NULL)
    fill (self);
}

KoersMeetingContext *
koers_meeting_section_get_context (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_val_if_fail (KOERS_IS_MEETING_SECTION (self), NULL);

  priv = koers_meeting_section_get_instance_private (self);
  return priv->context;
}

KoersMeeting *
koers_meeting_section_get_meeting (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_val_if_fail (KOERS_IS_MEETING_SECTION (self), NULL);

  priv = koers_meeting_section_get_instance_private (self);
  return priv->meeting;
}

void
koers_meeting_section_present_toast (KoersMeetingSection *self,
                                     AdwToast            *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkWidget *overlay;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  /* The editor's overlay; none while the section is not in an editor (tests). */
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    koers_toasts_present (ADW_TOAST_OVERLAY (overlay), g_steal_pointer (&owned));
}

void
koers_meeting_section_show_text (KoersMeetingSection *self,
                                 const char          *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  koers_meeting_section_present_toast (self, adw_toast_new (markup));
}

void
koers_meeting_section_changed (KoersMeetingSection *self)
{
  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  if (!koers_meeting_section_is_filling (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

void
koers_meeting_section_begin_fill (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  priv = koers_meeting_section_get_instance_private (self);
  priv->filling++;
}

void
koers_meeting_section_end_fill (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (self));

  priv = koers_meeting_section_get_instance_private (self);
  g_return_if_fail (priv->filling > 0);
  priv->filling--;
}

gboolean
koers_meeting_section_is_filling (KoersMeetingSection *self)
{
  KoersMeetingSectionPrivate *priv;

  g_return_val_if_fail (KOERS_IS_MEETING_SECTION (self), FALSE);

  priv = koers_meeting_section_get_instance_private (self);
  return priv->filling > 0;
}

/* Shared pieces for the sections */

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

void
koers_meeting_text_view_sync (GtkTextView *view,
                              const char  *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  current = koers_meeting_text_view_dup_text (view);
  if (g_strcmp0 (current, text != NULL && *text != '\0' ? text : NULL) != 0)
    koers_meeting_text_view_set_text (view, text);
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
