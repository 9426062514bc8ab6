/* koers-preferences-window.c: the preferences kept inside the open notebook
 *
 * They are notebook meta data, not GSettings: the user's name and what the
 * search may read are about this (encrypted) notebook, and must not leak
 * into an unencrypted settings file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-preferences-window.h"

struct _KoersPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkEditable          *name_row;
  GtkSwitch            *sensitive_switch;

  KoersStore           *store;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Helpers */

static void
set_meta (KoersPreferencesWindow *self,
          const char             *key,
          const char             *value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL || !koers_store_is_open (self->store))
    return;

  if (!koers_store_set_meta (self->store, key, value, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
    }
}

/* Callbacks */

static void
name_changed_cb (KoersPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_row)));

  set_meta (self, KOERS_META_USER_NAME, name);
}

static void
sensitive_changed_cb (KoersPreferencesWindow *self)
{
  set_meta (self, KOERS_META_SEARCH_SENSITIVE,
            gtk_switch_get_active (self->sensitive_switch) ? "true" : "false");
}

/* GObject */

static void
koers_preferences_window_dispose (GObject *object)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (koers_preferences_window_parent_class)->dispose (object);
}

static void
koers_preferences_window_class_init (KoersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/koers-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, sensitive_switch);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sensitive_changed_cb);
}

static void
koers_preferences_window_init (KoersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

KoersPreferencesWindow *
koers_preferences_window_new (GtkWindow  *parent,
                              KoersStore *store)
{
  KoersPreferencesWindow *self;
  g_autofree char *name = NULL;
  g_autofree char *sensitive = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  self = g_object_new (KOERS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);

  name = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);
  sensitive = koers_store_dup_meta (store, KOERS_META_SEARCH_SENSITIVE, NULL);

  self->loading = TRUE;
  gtk_editable_set_text (self->name_row, name != NULL ? name : "");
  gtk_switch_set_active (self->sensitive_switch, g_strcmp0 (sensitive, "true") == 0);
  self->loading = FALSE;

  return self;
}
