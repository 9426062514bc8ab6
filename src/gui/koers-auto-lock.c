/* koers-auto-lock.c: locking the notebook when nobody uses it
 *
 * Input to any of the app's windows counts as use: the brief of a care meeting
 * open beside the main window keeps it unlocked. The clock is checked every few
 * seconds rather than restarted on every mouse move. The setting is read at each
 * check, so a change in the preferences holds at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-auto-lock.h"

#define CHECK_SECONDS 10

struct _KoersAutoLock
{
  GObject         parent_instance;

  GtkApplication *application;
  GSettings      *settings;
  gint64          last_input;
  guint           timeout_id;
  GPtrArray      *controllers;   /* GtkEventController, each on one window */
};

G_DEFINE_FINAL_TYPE (KoersAutoLock, koers_auto_lock, G_TYPE_OBJECT)

enum {
  LOCK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          KoersAutoLock            *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  /* What a person does, not what the compositor sends on its own. */
  if (type == GDK_KEY_PRESS || type == GDK_BUTTON_PRESS || type == GDK_MOTION_NOTIFY ||
      type == GDK_SCROLL || type == GDK_TOUCH_BEGIN)
    self->last_input = g_get_monotonic_time ();
  return GDK_EVENT_PROPAGATE;
}

static void
watch_window (KoersAutoLock *self,
              GtkWindow     *window)
{
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (input_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_ptr_array_add (self->controllers, g_object_ref (controller));
}

static void
window_added_cb (KoersAutoLock *self,
                 GtkWindow     *window)
{
  watch_window (self, window);
}

static void
screensaver_changed_cb (KoersAutoLock *self)
{
  gboolean active = FALSE;

  g_object_get (self->application, "screensaver-active", &active, NULL);
  if (active)
    g_signal_emit (self, signals[LOCK], 0);
}

guint
koers_auto_lock_get_minutes (KoersAutoLock *self)
{
  g_return_val_if_fail (KOERS_IS_AUTO_LOCK (self), 0);

  return g_settings_get_uint (self->settings, "auto-lock-minutes");
}

gboolean
koers_auto_lock_check (KoersAutoLock *self,
                       gint64         now)
{
  guint minutes;

  g_return_val_if_fail (KOERS_IS_AUTO_LOCK (self), FALSE);

  minutes = koers_auto_lock_get_minutes (self);
  if (minutes == 0 || now - self->last_input < (gint64) minutes * 60 * G_USEC_PER_SEC)
    return FALSE;
  g_signal_emit (self, signals[LOCK], 0);
  return TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  koers_auto_lock_check (KOERS_AUTO_LOCK (user_data), g_get_monotonic_time ());
  return G_SOURCE_CONTINUE;
}

KoersAutoLock *
koers_auto_lock_new (GtkApplication *application,
                     GSettings      *settings)
{
  KoersAutoLock *self;
  GList *windows;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KOERS_TYPE_AUTO_LOCK, NULL);
  self->application = g_object_ref (application);
  self->settings = g_object_ref (settings);
  self->last_input = g_get_monotonic_time ();

  windows = gtk_application_get_windows (application);
  for (GList *l = windows; l != NULL; l = l->next)
    watch_window (self, l->data);
  g_signal_connect_object (application, "window-added", G_CALLBACK (window_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::screensaver-active", G_CALLBACK (screensaver_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->timeout_id = g_timeout_add_seconds (CHECK_SECONDS, timeout_cb, self);
  return self;
}

static void
koers_auto_lock_dispose (GObject *object)
{
  KoersAutoLock *self = KOERS_AUTO_LOCK (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* Off the windows that are still there: a later unlock adds its own. */
  for (guint i = 0; self->controllers != NULL && i < self->controllers->len; i++)
    {
      GtkEventController *controller = self->controllers->pdata[i];
      GtkWidget *widget = gtk_event_controller_get_widget (controller);

      if (widget != NULL)
        gtk_widget_remove_controller (widget, controller);
    }
  g_clear_pointer (&self->controllers, g_ptr_array_unref);
  g_clear_object (&self->application);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (koers_auto_lock_parent_class)->dispose (object);
}

static void
koers_auto_lock_class_init (KoersAutoLockClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = koers_auto_lock_dispose;

  signals[LOCK] = g_signal_new ("lock", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
koers_auto_lock_init (KoersAutoLock *self)
{
  self->controllers = g_ptr_array_new_with_free_func (g_object_unref);
}
