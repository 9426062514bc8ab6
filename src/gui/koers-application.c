/* koers-application.c: the Koers application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-application.h"
#include "koers-resources.h"
#include "koers-settings.h"
#include "koers-store.h"
#include "koers-window.h"

struct _KoersApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (KoersApplication, koers_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the notebook in FILE instead of the default one"), N_("FILE") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static void
koers_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  KoersApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Koers developers", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-name", "Koers",
                        "application-icon", KOERS_APP_ID,
                        "version", KOERS_VERSION,
                        "developer-name", _("The Koers developers"),
                        "developers", developers,
                        "comments", _("A private notebook for mentors: students, notes and goals, "
                                      "encrypted on this computer."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
koers_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  KoersApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Destroying the windows closes their notebooks properly; then the app ends. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_destroy (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
koers_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (KOERS_IS_WINDOW (window))
    koers_window_show_preferences (KOERS_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", koers_application_about_action },
  { "preferences", koers_application_preferences_action },
  { "quit", koers_application_quit_action },
};

static int
koers_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  KoersApplication *self = KOERS_APPLICATION (application);
  g_autofree char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("koers %s\n", KOERS_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autofree char *absolute = g_canonicalize_filename (database, NULL);

      koers_application_set_database_path (self, absolute);
    }

  return G_APPLICATION_CLASS (koers_application_parent_class)->handle_local_options (application, options);
}

static void
koers_application_startup (GApplication *application)
{
  GtkApplication *gtk_app = GTK_APPLICATION (application);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.new-student", { "<Control>n", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.lock", { "<Control>l", NULL } },
    { "win.edit-student", { "<Control>e", NULL } },
    { "win.new-goal", { "<Control>g", NULL } },
    { "win.new-meeting", { "<Control>m", NULL } },
    { "win.new-checklist", { "<Control>k", NULL } },
    { "win.referrals", { "<Control><Shift>r", NULL } },
    { "win.care-meetings", { "<Control><Shift>b", NULL } },
    { "win.focus-note", { "<Control><Shift>n", "<Control>Return", NULL } },
  };

  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (koers_application_parent_class)->startup (application);

  KOERS_APPLICATION (application)->settings = koers_settings_new (&error);
  if (error != NULL)
    {
      /* Nothing can be shown without the settings; activate then only quits. */
      g_printerr ("%s\n", error->message);
      return;
    }

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (gtk_app, accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (KOERS_APP_ID);

  /* The file chooser would add every saved document ("Voorbereiding Mees de
   * Vries.pdf") to the desktop's list of recent files, which every other program
   * reads. What Koers saves stays out of it. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
}

static void
koers_application_activate (GApplication *application)
{
  KoersApplication *self = KOERS_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->settings == NULL)
    return;
  if (window == NULL)
    window = GTK_WINDOW (koers_window_new (self, koers_application_get_database_path (self)));

  /* Also when a second start of Koers hands over to this one: the open notebook
   * comes to the front instead of a second copy of it. */
  g_debug ("Presenting the main window");
  gtk_window_present (window);
}

static void
koers_application_finalize (GObject *object)
{
  KoersApplication *self = KOERS_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (koers_application_parent_class)->finalize (object);
}

static void
koers_application_class_init (KoersApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = koers_application_finalize;

  app_class->handle_local_options = koers_application_handle_local_options;
  app_class->startup = koers_application_startup;
  app_class->activate = koers_application_activate;

  /* Templates, style.css and gtk/help-overlay.ui all come from here. */
  koers_register_resource ();
}

static void
koers_application_init (KoersApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A private, encrypted notebook for mentors."));
}

KoersApplication *
koers_application_new (void)
{
  return g_object_new (KOERS_TYPE_APPLICATION,
                       "application-id", KOERS_APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/koers/Koers",
                       /* Without it GTK does not follow the session, and a locked
                       * screen would leave the notebook open. */
                       "register-session", TRUE,
                       NULL);
}

GSettings *
koers_application_get_settings (KoersApplication *self)
{
  g_return_val_if_fail (KOERS_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
koers_application_get_database_path (KoersApplication *self)
{
  g_return_val_if_fail (KOERS_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = koers_store_default_path ();

  return self->database_path;
}

void
koers_application_set_database_path (KoersApplication *self,
                                     const char       *path)
{
  g_return_if_fail (KOERS_IS_APPLICATION (self));

  g_free (self->database_path);
  self->database_path = g_strdup (path);
}
