/* koers-unlock-page.c: unlocking an existing notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "koers-demo.h"
#include "koers-date.h"
#include "koers-passphrase.h"
#include "notebook/koers-passphrase-dialog.h"
#include "koers-store-task.h"
#include "koers-unlock-page-private.h"

struct _KoersUnlockPage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
  GtkEditable   *passphrase_row;
  GtkLabel      *error_label;
  GtkWidget     *restore_button;
  GtkLabel      *demo_label;
  GtkWidget     *unlock_button;
  GtkSpinner    *spinner;

  char          *path;
  GCancellable  *cancellable;
  gboolean       busy;
  gboolean       checking;
};

G_DEFINE_FINAL_TYPE (KoersUnlockPage, koers_unlock_page, ADW_TYPE_BIN)

enum {
  NOTEBOOK_OPENED,
  BACKUP_FAILED,
  NOTEBOOK_DAMAGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (KoersUnlockPage *self)
{
  const char *passphrase = gtk_editable_get_text (self->passphrase_row);

  gtk_widget_set_sensitive (self->unlock_button, !self->busy && *passphrase != '\0');
}

static void
set_busy (KoersUnlockPage *self,
          gboolean         busy)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Take the focus away before the entries turn insensitive: GTK would
   * otherwise leave their cursor blinking without focus (and warn). */
  if (busy && root != NULL && gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    gtk_root_set_focus (root, NULL);

  self->busy = busy;
  gtk_widget_set_sensitive (GTK_WIDGET (self->passphrase_row), !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  update_state (self);
}

static void
show_error (KoersUnlockPage *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->passphrase_row), "error");
}

static void
hide_error (KoersUnlockPage *self)
{
  gtk_widget_set_visible (self->restore_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->error_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->passphrase_row), "error");
}

static gboolean
restore_accepted (const char  *passphrase,
                  char       **problem,
                  gpointer     user_data)
{
  KoersUnlockPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = koers_store_list_backups (self->path, &error);
  g_autofree char *kept = NULL;

  if (backups == NULL || backups->len == 0)
    {
      *problem = g_strdup (error != NULL ? error->message : _("There is no backup of this notebook."));
      return FALSE;
    }
  if (!koers_store_restore (backups->pdata[0], passphrase, self->path, &kept, &error))
    {
      /* A wrong passphrase asks again; anything else is told on the page. */
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE))
        {
          *problem = g_strdup (error->message);
          return FALSE;
        }
      show_error (self, error->message);
      return TRUE;
    }
  hide_error (self);
  /* The caption under the entry, where the demo's passphrase is told too. */
  gtk_label_set_text (self->demo_label, _("The latest backup is back; the damaged file is kept beside it. "
                                          "Unlock to go on."));
  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
  return TRUE;
}

static void
restore_button_clicked_cb (KoersUnlockPage *self)
{
  g_autoptr(GPtrArray) backups = koers_store_list_backups (self->path, NULL);
  g_autofree char *base = NULL;
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;

  if (backups == NULL || backups->len == 0)
    return;
  base = g_path_get_basename (backups->pdata[0]);
  date = g_strndup (base, 10);
  when = koers_date_format_long (date);
  /* Translators: %s is a date */
  body = g_strdup_printf (_("Koers puts the backup of %s in place of the damaged notebook and keeps "
                            "the damaged file beside it. Type the passphrase the notebook had that day."),
                          when);
  koers_passphrase_dialog_ask (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Restore the Latest Backup?"), body, _("_Restore"),
                               restore_accepted, g_object_ref (self), g_object_unref);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KoersUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!koers_store_task_check_finish (result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->checking = FALSE;
  if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DAMAGED))
    g_signal_emit (self, signals[NOTEBOOK_DAMAGED], 0, error->message);
  else if (error != NULL)
    g_signal_emit (self, signals[BACKUP_FAILED], 0, error->message);
  else if (koers_store_task_get_backup_problem (result) != NULL)
    g_signal_emit (self, signals[BACKUP_FAILED], 0, koers_store_task_get_backup_problem (result));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(KoersUnlockPage) self = user_data;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = koers_store_task_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  /* Success or not, the passphrase has done its job: out of the entry with it. */
  gtk_editable_set_text (self->passphrase_row, "");

  if (store == NULL)
    {
      /* Wrong passphrase, not a notebook, damaged, too new: the store's message
       * says which, in words the user understands. */
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DAMAGED))
        koers_unlock_page_show_damaged (self, error->message);
      else
        show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
      return;
    }

  hide_error (self);
  g_signal_emit (self, signals[NOTEBOOK_OPENED], 0, store);

  self->checking = TRUE;
  koers_store_task_check (result, self->cancellable, checked_cb, g_object_ref (self));
}

static void
unlock (KoersUnlockPage *self)
{
  g_autofree char *passphrase = NULL;

  if (self->busy || self->path == NULL)
    return;

  passphrase = g_strdup (gtk_editable_get_text (self->passphrase_row));
  if (*passphrase == '\0')
    return;

  set_busy (self, TRUE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  koers_store_task_run (KOERS_STORE_TASK_OPEN, self->path, passphrase,
                        self->cancellable, opened_cb, g_object_ref (self));
  koers_passphrase_wipe (passphrase);
}

static void
passphrase_changed_cb (KoersUnlockPage *self)
{
  if (*gtk_editable_get_text (self->passphrase_row) != '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (self->passphrase_row), "error");
  update_state (self);
}

static void
passphrase_activated_cb (KoersUnlockPage *self)
{
  unlock (self);
}

static void
unlock_button_clicked_cb (KoersUnlockPage *self)
{
  unlock (self);
}

static void
koers_unlock_page_dispose (GObject *object)
{
  KoersUnlockPage *self = KOERS_UNLOCK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_UNLOCK_PAGE);

  G_OBJECT_CLASS (koers_unlock_page_parent_class)->dispose (object);
}

static void
koers_unlock_page_finalize (GObject *object)
{
  KoersUnlockPage *self = KOERS_UNLOCK_PAGE (object);

  g_free (self->path);

  G_OBJECT_CLASS (koers_unlock_page_parent_class)->finalize (object);
}

static void
koers_unlock_page_class_init (KoersUnlockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_unlock_page_dispose;
  object_class->finalize = koers_unlock_page_finalize;

  signals[NOTEBOOK_OPENED] =
    g_signal_new ("notebook-opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_STORE);
  /* After notebook-opened, when the day's backup could not be made: why. */
  signals[BACKUP_FAILED] =
    g_signal_new ("backup-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /* After notebook-opened, when the check of every page found the file damaged:
   * the store's message. The window locks and calls koers_unlock_page_show_damaged(). */
  signals[NOTEBOOK_DAMAGED] =
    g_signal_new ("notebook-damaged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/notebook/koers-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, restore_button_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, demo_label);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, KoersUnlockPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unlock_button_clicked_cb);
}

static void
koers_unlock_page_init (KoersUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
koers_unlock_page_new (void)
{
  return g_object_new (KOERS_TYPE_UNLOCK_PAGE, NULL);
}

/* "~/.local/share/koers/koers.db": which file it is, in the way users see their home. */
static char *
path_for_display (const char *path)
{
  const char *home = g_get_home_dir ();
  g_autofree char *display = g_filename_display_name (path);

  if (home != NULL && g_str_has_prefix (path, home) && path[strlen (home)] == G_DIR_SEPARATOR)
    {
      g_autofree char *rest = g_filename_display_name (path + strlen (home));

      return g_strconcat ("~", rest, NULL);
    }

  return g_steal_pointer (&display);
}

void
koers_unlock_page_set_path (KoersUnlockPage *self,
                            const char      *path)
{
  g_autofree char *display = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *demo_path = NULL;
  gboolean is_demo;

  g_return_if_fail (KOERS_IS_UNLOCK_PAGE (self));
  g_return_if_fail (path != NULL);

  g_free (self->path);
  self->path = g_strdup (path);

  /* The description is markup; a file name may hold an ampersand. */
  display = path_for_display (path);
  markup = g_markup_escape_text (display, -1);
  adw_status_page_set_description (self->status_page, markup);

  /* Its passphrase is public, so remind of it as the welcome page does. */
  demo_path = koers_demo_default_path ();
  is_demo = g_strcmp0 (demo_path, path) == 0;
  if (is_demo)
    {
      g_autofree char *demo_text = NULL;

      /* Translators: %s is the demo notebook's passphrase, "koers-demo" */
      demo_text = g_strdup_printf (_("The demo notebook holds invented students only. Its passphrase is %s."),
                                   KOERS_DEMO_PASSPHRASE);
      gtk_label_set_text (self->demo_label, demo_text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->demo_label), is_demo);
}

void
koers_unlock_page_reset (KoersUnlockPage *self)
{
  g_return_if_fail (KOERS_IS_UNLOCK_PAGE (self));

  gtk_editable_set_text (self->passphrase_row, "");
  hide_error (self);
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

void
koers_unlock_page_show_damaged (KoersUnlockPage *self,
                                const char      *message)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_if_fail (KOERS_IS_UNLOCK_PAGE (self));

  show_error (self, message);
  /* The way out is the newest backup, one click away. */
  backups = koers_store_list_backups (self->path, NULL);
  gtk_widget_set_visible (self->restore_button, backups != NULL && backups->len > 0);
}

gboolean
koers_unlock_page_get_checking (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), FALSE);

  return self->checking;
}

GtkEditable *
koers_unlock_page_get_passphrase_entry (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), NULL);

  return self->passphrase_row;
}

GtkWidget *
koers_unlock_page_get_unlock_button (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), NULL);

  return self->unlock_button;
}

GtkWidget *
koers_unlock_page_get_restore_button (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), NULL);

  return self->restore_button;
}

GtkLabel *
koers_unlock_page_get_error_label (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), NULL);

  return self->error_label;
}

gboolean
koers_unlock_page_get_busy (KoersUnlockPage *self)
{
  g_return_val_if_fail (KOERS_IS_UNLOCK_PAGE (self), FALSE);

  return self->busy;
}
