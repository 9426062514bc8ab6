/* koers-fake-session.c: org.gnome.SessionManager and org.gnome.ScreenSaver for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-fake-session.h"

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.SessionManager'>"
  "    <method name='RegisterClient'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='o' direction='out'/>"
  "    </method>"
  "    <method name='Inhibit'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='Uninhibit'><arg type='u' direction='in'/></method>"
  "  </interface>"
  "  <interface name='org.gnome.ScreenSaver'>"
  "    <method name='GetActive'><arg type='b' direction='out'/></method>"
  "    <signal name='ActiveChanged'><arg type='b'/></signal>"
  "  </interface>"
  "</node>";

struct _KoersFakeSession
{
  GThread         *thread;
  GMainContext    *context;
  GMainLoop       *loop;
  GDBusConnection *connection;
  GMutex           lock;
  GCond            ready_cond;
  gboolean         ready;
  gboolean         has_client;
  gboolean         active;
  GError          *error;
};

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  KoersFakeSession *self = user_data;

  g_mutex_lock (&self->lock);
  if (g_str_equal (method_name, "RegisterClient"))
    {
      self->has_client = TRUE;
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(o)", "/org/gnome/SessionManager/Client1"));
    }
  else if (g_str_equal (method_name, "Inhibit"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", 1));
  else if (g_str_equal (method_name, "GetActive"))
    g_dbus_method_invocation_return_value (invocation, g_variant_new ("(b)", self->active));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
  g_mutex_unlock (&self->lock);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
set_ready (KoersFakeSession *self,
           GError           *error)
{
  g_mutex_lock (&self->lock);
  self->ready = TRUE;
  self->error = error;
  g_cond_signal (&self->ready_cond);
  g_mutex_unlock (&self->lock);
}

static gboolean
own_name (KoersFakeSession  *self,
          const char        *name,
          GError           **error)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (self->connection, "org.freedesktop.DBus",
                                                           "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                           "RequestName", g_variant_new ("(su)", name, 4),
                                                           G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE,
                                                           -1, NULL, error);
  return reply != NULL;
}

static gpointer
run (gpointer data)
{
  KoersFakeSession *self = data;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autofree char *address = NULL;
  GError *error = NULL;

  g_main_context_push_thread_default (self->context);

  /* A connection of its own: its calls are dispatched in this thread. */
  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (address != NULL)
    self->connection = g_dbus_connection_new_for_address_sync (address,
                                                               G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                               G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                               NULL, NULL, &error);
  if (self->connection != NULL)
    {
      info = g_dbus_node_info_new_for_xml (introspection_xml, &error);
      if (info != NULL &&
          g_dbus_connection_register_object (self->connection, "/org/gnome/SessionManager",
                                             info->interfaces[0], &vtable, self, NULL, &error) != 0 &&
          g_dbus_connection_register_object (self->connection, "/org/gnome/ScreenSaver",
                                             info->interfaces[1], &vtable, self, NULL, &error) != 0 &&
          own_name (self, "org.gnome.SessionManager", &error))
        own_name (self, "org.gnome.ScreenSaver", &error);
    }

  set_ready (self, error);
  if (error == NULL)
    g_main_loop_run (self->loop);

  g_main_context_pop_thread_default (self->context);
  return NULL;
}

KoersFakeSession *
koers_fake_session_start (GError **error)
{
  KoersFakeSession *self = g_new0 (KoersFakeSession, 1);

  g_mutex_init (&self->lock);
  g_cond_init (&self->ready_cond);
  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->thread = g_thread_new ("fake-session", run, self);

  g_mutex_lock (&self->lock);
  while (!self->ready)
    g_cond_wait (&self->ready_cond, &self->lock);
  g_mutex_unlock (&self->lock);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      koers_fake_session_stop (self);
      return NULL;
    }
  return self;
}

void
koers_fake_session_set_screen_locked (KoersFakeSession *self,
                                      gboolean          active)
{
  g_autoptr(GError) error = NULL;

  g_mutex_lock (&self->lock);
  self->active = active;
  g_mutex_unlock (&self->lock);
  g_dbus_connection_emit_signal (self->connection, NULL, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
                                 "ActiveChanged", g_variant_new ("(b)", active), &error);
  g_assert_no_error (error);
  g_dbus_connection_flush_sync (self->connection, NULL, &error);
  g_assert_no_error (error);
}

gboolean
koers_fake_session_has_client (KoersFakeSession *self)
{
  gboolean has_client;

  g_mutex_lock (&self->lock);
  has_client = self->has_client;
  g_mutex_unlock (&self->lock);
  return has_client;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
koers_fake_session_stop (KoersFakeSession *self)
{
  /* From within the loop, so a loop that has yet to start still ends. */
  if (self->error == NULL)
    g_main_context_invoke (self->context, quit_cb, self->loop);
  g_thread_join (self->thread);
  if (self->connection != NULL)
    g_dbus_connection_close_sync (self->connection, NULL, NULL);
  g_clear_object (&self->connection);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_clear_error (&self->error);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->ready_cond);
  g_free (self);
}
