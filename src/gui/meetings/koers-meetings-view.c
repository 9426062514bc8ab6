/* koers-meetings-view.c: a student's parent meetings
 *
 * Coming up first (drafts and planned meetings, soonest first), then earlier
 * ones. A planned meeting that still needs an adult student's consent says so
 * in its row; a held one shows how many agreements it left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-meeting-editor.h"
#include "koers-meetings-view-private.h"

struct _KoersMeetingsView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  AdwPreferencesGroup *upcoming_group;
  AdwPreferencesGroup *earlier_group;

  KoersStore          *store;
  KoersStudent        *student;
  /* KoersMeeting, as shown */
  GPtrArray           *meetings;
  /* Rows, each with its group as "group" data */
  GPtrArray           *rows;
  GtkWindow           *editor;
};

G_DEFINE_FINAL_TYPE (KoersMeetingsView, koers_meetings_view, ADW_TYPE_BIN)

enum {
  CHANGED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
show_toast (KoersMeetingsView *self,
            const char        *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (markup);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkWindow *
get_parent_window (KoersMeetingsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
close_editor (KoersMeetingsView *self)
{
  GtkWindow *editor = self->editor;

  g_clear_weak_pointer (&self->editor);
  if (editor != NULL)
    gtk_window_destroy (editor);
}

static void
clear_rows (KoersMeetingsView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (row), "group"), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->upcoming_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), FALSE);
}

static KoersMeeting *
find_meeting (KoersMeetingsView *self,
              gint64             id)
{
  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    if (koers_meeting_get_id (self->meetings->pdata[i]) == id)
      return self->meetings->pdata[i];
  return NULL;
}

static GtkWidget *
new_tag (const char *text,
         const char *css_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "meeting-tag");
  if (css_class != NULL)
    gtk_widget_add_css_class (tag, css_class);
  return tag;
}

static GtkWidget *
create_row (KoersMeetingsView *self,
            KoersMeeting      *meeting)
{
  KoersMeetingStatus status = koers_meeting_get_status (meeting);
  const char *reason = koers_meeting_get_reason (meeting);
  g_autofree char *when = koers_meeting_dup_when_text (meeting);
  g_autofree char *subtitle = NULL;
  GPtrArray *agreements = koers_meeting_get_agreements (meeting);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 reason != NULL ? reason : _("Meeting without a reason yet"));
  if (agreements->len > 0)
    {
      g_autofree char *count = g_strdup_printf (ngettext ("%u agreement", "%u agreements", agreements->len),
                                                agreements->len);

      subtitle = g_strdup_printf ("%s · %s", when != NULL ? when : _("No date yet"), count);
    }
  else
    subtitle = g_strdup (when != NULL ? when : _("No date yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "meetings.open-meeting");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", koers_meeting_get_id (meeting));

  if (status != KOERS_MEETING_HELD && koers_meeting_needs_consent (meeting, self->student))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_set_tooltip_text (icon, _("Needs the student’s consent before the parents are invited"));
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_tag (koers_meeting_status_get_label (status),
                                      status == KOERS_MEETING_PLANNED ? "meeting-planned" : NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* Callbacks */

static void
editor_saved_cb (KoersMeetingsView *self)
{
  koers_meetings_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
editor_toast_cb (KoersMeetingsView *self,
                 AdwToast          *toast)
{
  /* A deleted meeting comes back through the store: reload after the undo. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
open_editor (KoersMeetingsView *self,
             KoersMeeting      *meeting)
{
  g_autoptr(GError) error = NULL;
  KoersMeetingEditor *editor;

  if (self->store == NULL || self->student == NULL)
    return;

  close_editor (self);
  editor = koers_meeting_editor_new (get_parent_window (self), self->store, self->student, meeting, &error);
  if (editor == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "toast", G_CALLBACK (editor_toast_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Actions */

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  koers_meetings_view_new_meeting (KOERS_MEETINGS_VIEW (widget));
}

static void
open_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersMeetingsView *self = KOERS_MEETINGS_VIEW (widget);
  KoersMeeting *meeting = find_meeting (self, g_variant_get_int64 (parameter));

  if (meeting != NULL)
    open_editor (self, meeting);
}

/* GObject */

static void
koers_meetings_view_dispose (GObject *object)
{
  KoersMeetingsView *self = KOERS_MEETINGS_VIEW (object);

  close_editor (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_object (&self->student);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_meetings_view_parent_class)->dispose (object);
}

static void
koers_meetings_view_class_init (KoersMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_meetings_view_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingsView, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingsView, upcoming_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingsView, earlier_group);

  gtk_widget_class_install_action (widget_class, "meetings.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "meetings.open-meeting", "x", open_meeting_action);
}

static void
koers_meetings_view_init (KoersMeetingsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* Public */

void
koers_meetings_view_set_store (KoersMeetingsView *self,
                               KoersStore        *store)
{
  g_return_if_fail (KOERS_IS_MEETINGS_VIEW (self));

  if (g_set_object (&self->store, store))
    koers_meetings_view_set_student (self, NULL);
}

void
koers_meetings_view_set_student (KoersMeetingsView *self,
                                 KoersStudent      *student)
{
  g_return_if_fail (KOERS_IS_MEETINGS_VIEW (self));

  if (student == NULL || self->student == NULL ||
      koers_student_get_id (student) != koers_student_get_id (self->student))
    close_editor (self);
  g_set_object (&self->student, student);
  koers_meetings_view_reload (self);
}

void
koers_meetings_view_reload (KoersMeetingsView *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KOERS_IS_MEETINGS_VIEW (self));

  clear_rows (self);
  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  meetings = koers_store_list_meetings (self->store, koers_student_get_id (self->student), &error);
  if (meetings == NULL)
    {
      show_toast (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      KoersMeeting *meeting = meetings->pdata[i];
      KoersMeetingStatus status = koers_meeting_get_status (meeting);
      AdwPreferencesGroup *group = status == KOERS_MEETING_DRAFT || status == KOERS_MEETING_PLANNED
                                     ? self->upcoming_group : self->earlier_group;
      GtkWidget *row = create_row (self, meeting);

      g_object_set_data (G_OBJECT (row), "group", group);
      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (group, row);
      gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
    }

  self->meetings = g_steal_pointer (&meetings);
  gtk_stack_set_visible_child_name (self->stack, self->meetings->len > 0 ? "list" : "empty");
}

void
koers_meetings_view_new_meeting (KoersMeetingsView *self)
{
  g_return_if_fail (KOERS_IS_MEETINGS_VIEW (self));

  open_editor (self, NULL);
}

/* Private */

GPtrArray *
koers_meetings_view_get_meetings (KoersMeetingsView *self)
{
  return self->meetings;
}

const char *
koers_meetings_view_get_visible_state (KoersMeetingsView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
koers_meetings_view_get_editor (KoersMeetingsView *self)
{
  return self->editor;
}

GtkWindow *
koers_meetings_view_open_meeting (KoersMeetingsView *self,
                                  gint64             id)
{
  open_editor (self, id != 0 ? find_meeting (self, id) : NULL);
  return self->editor;
}
