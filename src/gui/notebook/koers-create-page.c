/* koers-create-page.c: choosing the passphrase of a new notebook
 *
 * A weak passphrase gets a warning that says why, never a refusal: the mentor
 * decides. The passphrase only lives in the entries (whose buffers zero what
 * they free) and in the short-lived copy that goes to the store task.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-create-page-private.h"
#include "koers-passphrase.h"
#include "koers-store-task.h"

struct _KoersCreatePage
{
  AdwBin        parent_instance;

  GtkEditable  *passphrase_row;
  GtkEditable  *repeat_row;
  GtkLabel     *strength_label;
  GtkLabel     *match_label;
  GtkLabel     *error_label;
  GtkWidget    *create_button;
  GtkWidget    *back_button;
  GtkSpinner   *spinner;

  char         *path;
  GCancellable *cancellable;
  gboolean      busy;
};

G_DEFINE_FINAL_TYPE (KoersCreatePage, koers_create_page, ADW_TYPE_BIN)

enum {
  BACK,
  NOTEBOOK_OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
passphrases_match (KoersCreatePage *self)
{
  return g_strcmp0 (gtk_editable_get_text (self->passphrase_row),
                    gtk_editable_get_text (self->repeat_row)) == 0;
}

static void
update_state (KoersCreatePage *self)
{
  const char *passphrase = gtk_editable_get_text (self->passphrase_row);
  const char *repeat = gtk_editable_get_text (self->repeat_row);
  GtkWidget *strength = GTK_WIDGET (self->strength_label);
  const char *reason = NULL;
  gboolean mismatch;

  gtk_widget_remove_css_class (strength, "warning");
  gtk_widget_remove_css_class (strength, "success");
  gtk_widget_remove_css_class (strength, "dim-label");

  switch (koers_passphrase_check (passphrase, &reason))
    {
    case KOERS_PASSPHRASE_EMPTY:
      gtk_label_set_text (self->strength_label,
                          _("A short sentence that only you would think of makes a good passphrase."));
      gtk_widget_add_css_class (strength, "dim-label");
      break;

    case KOERS_PASSPHRASE_WEAK:
      {
        g_autofree char *text = NULL;

        /* Translators: %s says why, e.g. "Shorter than 10 characters. …" */
        text = g_strdup_printf (_("Weak passphrase. %s You can still use it."), reason);
        gtk_label_set_text (self->strength_label, text);
        gtk_widget_add_css_class (strength, "warning");
      }
      break;

    case KOERS_PASSPHRASE_GOOD:
      gtk_label_set_text (self->strength_label, _("Strong passphrase."));
      gtk_widget_add_css_class (strength, "success");
      break;

    default:
      g_assert_not_reached ();
    }

  /* Only complain about a mismatch once the second entry has something in it. */
  mismatch = *repeat != '\0' && !passphrases_match (self);
  gtk_widget_set_visible (GTK_WIDGET (self->match_label), mismatch);
  if (mismatch)
    gtk_widget_add_css_class (GTK_WIDGET (self->repeat_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->repeat_row), "error");

  gtk_widget_set_sensitive (self->create_button,
                            !self->busy && *passphrase != '\0' && passphrases_match (self));
}

static void
set_busy (KoersCreatePage *self,
          gboolean         busy)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Take the focus away before the entries turn insensitive: GTK would
   * otherwise leave their cursor blinking without focus (and warn). */
  if (busy && root != NULL && gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    gtk_root_set_focus (root, NULL);

  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self->passphrase_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->repeat_row), !busy);
  gtk_widget_set_sensitive (self->back_button, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  update_state (self);
}

static void
created_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KoersCreatePage) self = user_data;
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
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
      return;
    }

  koers_create_page_reset (self);
  g_signal_emit (self, signals[NOTEBOOK_OPENED], 0, store);
}

static void
create_notebook (KoersCreatePage *self)
{
  g_autofree char *passphrase = NULL;

  if (self->busy || self->path == NULL || !gtk_widget_get_sensitive (self->create_button))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  set_busy (self, TRUE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  passphrase = g_strdup (gtk_editable_get_text (self->passphrase_row));
  koers_store_task_run (KOERS_STORE_TASK_CREATE, self->path, passphrase,
                        self->cancellable, created_cb, g_object_ref (self));
  koers_passphrase_wipe (passphrase);
}

static void
passphrase_changed_cb (KoersCreatePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_state (self);
}

static void
passphrase_activated_cb (KoersCreatePage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->repeat_row));
}

static void
repeat_activated_cb (KoersCreatePage *self)
{
  create_notebook (self);
}

static void
create_button_clicked_cb (KoersCreatePage *self)
{
  create_notebook (self);
}

static void
back_button_clicked_cb (KoersCreatePage *self)
{
  koers_create_page_reset (self);
  g_signal_emit (self, signals[BACK], 0);
}

static void
koers_create_page_dispose (GObject *object)
{
  KoersCreatePage *self = KOERS_CREATE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CREATE_PAGE);

  G_OBJECT_CLASS (koers_create_page_parent_class)->dispose (object);
}

static void
koers_create_page_finalize (GObject *object)
{
  KoersCreatePage *self = KOERS_CREATE_PAGE (object);

  g_free (self->path);

  G_OBJECT_CLASS (koers_create_page_parent_class)->finalize (object);
}

static void
koers_create_page_class_init (KoersCreatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_create_page_dispose;
  object_class->finalize = koers_create_page_finalize;

  signals[BACK] =
    g_signal_new ("back",
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
                                               "/io/github/koers/Koers/notebook/koers-create-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, strength_label);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, match_label);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCreatePage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, repeat_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);
}

static void
koers_create_page_init (KoersCreatePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_create_page_new (void)
{
  return g_object_new (KOERS_TYPE_CREATE_PAGE, NULL);
}

void
koers_create_page_set_path (KoersCreatePage *self,
                            const char      *path)
{
  g_return_if_fail (KOERS_IS_CREATE_PAGE (self));

  g_free (self->path);
  self->path = g_strdup (path);
}

void
koers_create_page_reset (KoersCreatePage *self)
{
  g_return_if_fail (KOERS_IS_CREATE_PAGE (self));

  gtk_editable_set_text (self->passphrase_row, "");
  gtk_editable_set_text (self->repeat_row, "");
  gtk_label_set_text (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

GtkEditable *
koers_create_page_get_passphrase_entry (KoersCreatePage *self)
{
  g_return_val_if_fail (KOERS_IS_CREATE_PAGE (self), NULL);

  return self->passphrase_row;
}

GtkEditable *
koers_create_page_get_repeat_entry (KoersCreatePage *self)
{
  g_return_val_if_fail (KOERS_IS_CREATE_PAGE (self), NULL);

  return self->repeat_row;
}

GtkWidget *
koers_create_page_get_create_button (KoersCreatePage *self)
{
  g_return_val_if_fail (KOERS_IS_CREATE_PAGE (self), NULL);

  return self->create_button;
}
