/* koers-welcome-page.c: the first-run page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-demo.h"
#include "koers-store-task.h"
#include "koers-welcome-page-private.h"

struct _KoersWelcomePage
{
  AdwBin          parent_instance;

  AdwStatusPage  *status_page;
  GtkWidget      *create_button;
  GtkWidget      *demo_button;
  GtkSpinner     *spinner;
  GtkLabel       *demo_label;
  GtkLabel       *error_label;

  GCancellable   *cancellable;
};

G_DEFINE_FINAL_TYPE (KoersWelcomePage, koers_welcome_page, ADW_TYPE_BIN)

enum {
  CREATE_NOTEBOOK,
  NOTEBOOK_OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (KoersWelcomePage *self,
          gboolean          busy)
{
  gtk_widget_set_sensitive (self->create_button, !busy);
  gtk_widget_set_sensitive (self->demo_button, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
demo_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KoersWelcomePage) self = user_data;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = koers_store_task_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (store == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[NOTEBOOK_OPENED], 0, store);
}

static void
create_button_clicked_cb (KoersWelcomePage *self)
{
  g_signal_emit (self, signals[CREATE_NOTEBOOK], 0);
}

static void
demo_button_clicked_cb (KoersWelcomePage *self)
{
  g_autofree char *path = koers_demo_default_path ();

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  set_busy (self, TRUE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  koers_store_task_run (KOERS_STORE_TASK_DEMO, path, KOERS_DEMO_PASSPHRASE,
                        self->cancellable, demo_opened_cb, g_object_ref (self));
}

static void
koers_welcome_page_dispose (GObject *object)
{
  KoersWelcomePage *self = KOERS_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (koers_welcome_page_parent_class)->dispose (object);
}

static void
koers_welcome_page_class_init (KoersWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_welcome_page_dispose;

  signals[CREATE_NOTEBOOK] =
    g_signal_new ("create-notebook",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[NOTEBOOK_OPENED] =
    g_signal_new ("notebook-opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_STORE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/notebook/koers-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, KoersWelcomePage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, create_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, demo_button_clicked_cb);
}

static void
koers_welcome_page_init (KoersWelcomePage *self)
{
  GtkIconTheme *icon_theme;
  g_autofree char *demo_text = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The app icon once it is installed; a generic notebook icon when run from the build tree. */
  icon_theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  if (gtk_icon_theme_has_icon (icon_theme, KOERS_APP_ID))
    adw_status_page_set_icon_name (self->status_page, KOERS_APP_ID);

  /* Translators: %s is the demo notebook's passphrase, "koers-demo" */
  demo_text = g_strdup_printf (_("The demo notebook holds invented students only. Its passphrase is %s."),
                               KOERS_DEMO_PASSPHRASE);
  gtk_label_set_text (self->demo_label, demo_text);
}

GtkWidget *
koers_welcome_page_new (void)
{
  return g_object_new (KOERS_TYPE_WELCOME_PAGE, NULL);
}

void
koers_welcome_page_reset (KoersWelcomePage *self)
{
  g_return_if_fail (KOERS_IS_WELCOME_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
  gtk_widget_grab_focus (self->create_button);
}

GtkWidget *
koers_welcome_page_get_create_button (KoersWelcomePage *self)
{
  g_return_val_if_fail (KOERS_IS_WELCOME_PAGE (self), NULL);

  return self->create_button;
}
