/* koers-care-meetings-window.c: the student care meetings (leerlingbesprekingen)
 *
 * A window of its own, beside the main one: during the meeting the zorgcoördinator
 * keeps the brief open here and a student's timeline open there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "care/koers-care-meetings-window-private.h"
#include "koers-date.h"
#include "koers-list-box.h"
#include "koers-toasts.h"

/* A new meeting is planned a week ahead: time to ask the mentors for questions. */
#define PLAN_DAYS_AHEAD 7

struct _KoersCareMeetingsWindow
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *window_stack;
  AdwLeaflet           *leaflet;
  GtkListBox           *meetings_list;
  KoersCareMeetingView *view;

  KoersStore           *store;
  gboolean              reloading;
};

G_DEFINE_FINAL_TYPE (KoersCareMeetingsWindow, koers_care_meetings_window, ADW_TYPE_WINDOW)

static GtkWidget *
create_row (KoersCareMeeting *meeting)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = koers_date_format_long (koers_care_meeting_get_date (meeting));
  guint n = koers_care_meeting_get_students (meeting)->len;
  guint recorded = koers_care_meeting_count_recorded (meeting);
  g_autofree char *students = g_strdup_printf (ngettext ("%u student", "%u students", n), n);
  g_autofree char *subtitle = NULL;
  gint64 *id = g_new (gint64, 1);

  if (recorded > 0)
    /* Translators: "3 students · 2 discussed" */
    subtitle = g_strdup_printf (_("%s · %u discussed"), students, recorded);
  else
    subtitle = g_steal_pointer (&students);

  *id = koers_care_meeting_get_id (meeting);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "meeting-id", id, g_free);
  return row;
}

static gint64
row_id (GtkListBoxRow *row)
{
  gint64 *id = row != NULL ? g_object_get_data (G_OBJECT (row), "meeting-id") : NULL;

  return id != NULL ? *id : 0;
}

static GtkListBoxRow *
find_row (KoersCareMeetingsWindow *self,
          gint64                   id)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->meetings_list, i);

      if (row == NULL || row_id (row) == id)
        return row;
    }
}

/* The next meeting ahead (the list is newest first), else the newest one. */
static gint64
default_meeting (GPtrArray *meetings)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  gint64 id = 0;

  for (guint i = 0; i < meetings->len; i++)
    {
      KoersCareMeeting *meeting = g_ptr_array_index (meetings, i);

      if (id == 0 || g_strcmp0 (koers_care_meeting_get_date (meeting), today) >= 0)
        id = koers_care_meeting_get_id (meeting);
    }
  return id;
}

static void
reload (KoersCareMeetingsWindow *self,
        gint64                   select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = koers_store_list_care_meetings (self->store, &error);
  GtkListBoxRow *row;

  if (meetings == NULL)
    {
      koers_toasts_show_text (self->toast_overlay, error->message);
      return;
    }

  self->reloading = TRUE;
  koers_list_box_remove_rows (self->meetings_list);
  for (guint i = 0; i < meetings->len; i++)
    gtk_list_box_append (self->meetings_list, create_row (g_ptr_array_index (meetings, i)));
  self->reloading = FALSE;

  gtk_stack_set_visible_child_name (self->window_stack, meetings->len > 0 ? "meetings" : "empty");
  if (meetings->len == 0)
    {
      koers_care_meeting_view_load (self->view, 0);
      return;
    }

  row = find_row (self, select_id);
  if (row == NULL)
    row = find_row (self, default_meeting (meetings));
  gtk_list_box_select_row (self->meetings_list, row);
}

static void
meeting_selected_cb (KoersCareMeetingsWindow *self,
                     GtkListBoxRow           *row)
{
  KoersCareMeeting *shown;
  gint64 id = row_id (row);

  /* Disposing the template unselects the rows after the view is gone. */
  if (self->store == NULL)
    return;
  shown = koers_care_meeting_view_get_meeting (self->view);

  /* A reload that selects the meeting on show keeps the view where it is. */
  if (self->reloading || id == 0 || (shown != NULL && koers_care_meeting_get_id (shown) == id))
    return;
  koers_care_meeting_view_load (self->view, id);
}

static void
meeting_activated_cb (KoersCareMeetingsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
view_changed_cb (KoersCareMeetingsWindow *self)
{
  KoersCareMeeting *shown = koers_care_meeting_view_get_meeting (self->view);

  reload (self, shown != NULL ? koers_care_meeting_get_id (shown) : 0);
}

static void
view_toast_cb (KoersCareMeetingsWindow *self,
               AdwToast                *toast)
{
  koers_toasts_present (self->toast_overlay, g_object_ref (toast));
}

static void
view_back_cb (KoersCareMeetingsWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
koers_care_meetings_window_plan (KoersCareMeetingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = koers_care_meeting_new ();
  g_autofree char *date = NULL;
  GDate when;

  g_return_if_fail (KOERS_IS_CARE_MEETINGS_WINDOW (self));

  koers_date_today (&when);
  g_date_add_days (&when, PLAN_DAYS_AHEAD);
  date = koers_date_to_iso (&when);
  koers_care_meeting_set_date (meeting, date);
  if (!koers_store_save_care_meeting (self->store, meeting, &error))
    {
      koers_toasts_show_text (self->toast_overlay, error->message);
      return;
    }
  reload (self, koers_care_meeting_get_id (meeting));
  koers_care_meeting_view_load (self->view, koers_care_meeting_get_id (meeting));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  koers_care_meetings_window_plan (KOERS_CARE_MEETINGS_WINDOW (widget));
}

KoersCareMeetingsWindow *
koers_care_meetings_window_new (GtkWindow  *parent,
                                KoersStore *store)
{
  KoersCareMeetingsWindow *self;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  self = g_object_new (KOERS_TYPE_CARE_MEETINGS_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  koers_care_meeting_view_set_store (self->view, store);
  reload (self, 0);
  return self;
}

void
koers_care_meetings_window_reload (KoersCareMeetingsWindow *self)
{
  KoersCareMeeting *shown;

  g_return_if_fail (KOERS_IS_CARE_MEETINGS_WINDOW (self));

  shown = koers_care_meeting_view_get_meeting (self->view);
  reload (self, shown != NULL ? koers_care_meeting_get_id (shown) : 0);
}

KoersCareMeetingView *
koers_care_meetings_window_get_view (KoersCareMeetingsWindow *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETINGS_WINDOW (self), NULL);
  return self->view;
}

const char *
koers_care_meetings_window_get_page_name (KoersCareMeetingsWindow *self)
{
  return gtk_stack_get_visible_child_name (self->window_stack);
}

GtkListBox *
koers_care_meetings_window_get_meetings_list (KoersCareMeetingsWindow *self)
{
  return self->meetings_list;
}

static void
koers_care_meetings_window_dispose (GObject *object)
{
  KoersCareMeetingsWindow *self = KOERS_CARE_MEETINGS_WINDOW (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CARE_MEETINGS_WINDOW);

  G_OBJECT_CLASS (koers_care_meetings_window_parent_class)->dispose (object);
}

static void
koers_care_meetings_window_class_init (KoersCareMeetingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_care_meetings_window_dispose;

  g_type_ensure (KOERS_TYPE_CARE_MEETING_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/care/koers-care-meetings-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingsWindow, window_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingsWindow, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingsWindow, view);
  gtk_widget_class_bind_template_callback (widget_class, meeting_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_back_cb);

  gtk_widget_class_install_action (widget_class, "care-meetings.plan", NULL, plan_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "care-meetings.plan", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_care_meetings_window_init (KoersCareMeetingsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
