/* koers-passphrase-dialog.c: asking for passphrases in a message dialog
 *
 * Typed text leaves the rows as soon as it has been used. A wrong passphrase
 * asks again in a fresh dialog with the reason in its body: a message dialog
 * closes itself after every response.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-passphrase.h"
#include "notebook/koers-passphrase-dialog.h"

/* What to do with the rows' text: TRUE when done, FALSE (and @problem) to ask again. */
typedef gboolean (*RowsFunc) (char      **texts,
                              char      **problem,
                              gpointer    user_data);

typedef struct
{
  GtkWindow      *parent;
  char           *heading;
  char           *accept_label;
  GStrv           titles;
  const char    **keys;       /* data names of the rows, for the GUI test */
  RowsFunc        accepted;
  gpointer        user_data;
  GDestroyNotify  destroy;
} Ask;

static void
ask_free (gpointer data)
{
  Ask *ask = data;

  if (ask->destroy != NULL)
    ask->destroy (ask->user_data);
  g_clear_weak_pointer (&ask->parent);
  g_free (ask->heading);
  g_free (ask->accept_label);
  g_strfreev (ask->titles);
  g_free (ask);
}

static AdwMessageDialog *present (Ask        *ask,
                                  const char *body);

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          user_data)
{
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "ask");
  GPtrArray *rows = g_object_get_data (G_OBJECT (dialog), "rows");
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *problem = NULL;
  gboolean ok;

  /* Closing after a response responds again (the close response): once is enough. */
  if (g_object_get_data (G_OBJECT (dialog), "answered") != NULL)
    return;
  g_object_set_data (G_OBJECT (dialog), "answered", GINT_TO_POINTER (TRUE));
  /* libadwaita 1.2 reads a focused entry row after its window is gone. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  if (g_strcmp0 (response, "accept") != 0)
    return;

  texts = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_passphrase_free);
  for (guint i = 0; i < rows->len; i++)
    {
      g_ptr_array_add (texts, g_strdup (gtk_editable_get_text (rows->pdata[i])));
      gtk_editable_set_text (rows->pdata[i], "");
    }
  g_ptr_array_add (texts, NULL);
  ok = ask->accepted ((char **) texts->pdata, &problem, ask->user_data);
  if (!ok)
    present (g_object_steal_data (G_OBJECT (dialog), "ask"), problem);
}

/* Enter does what the button does: respond, then close. */
static void
entry_activated_cb (AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "accept");
  gtk_window_close (GTK_WINDOW (dialog));
}

static AdwMessageDialog *
present (Ask        *ask,
         const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ask->parent, ask->heading, body));
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "accept", ask->accept_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; ask->titles[i] != NULL; i++)
    {
      GtkWidget *row = adw_password_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ask->titles[i]);
      g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (entry_activated_cb), dialog);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_object_set_data (G_OBJECT (dialog), ask->keys[i], row);
      g_ptr_array_add (rows, row);
    }
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "rows", rows, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "ask", ask, ask_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (rows->pdata[0]);
  return dialog;
}

static Ask *
ask_new (GtkWindow      *parent,
         const char     *heading,
         const char     *accept_label,
         RowsFunc        accepted,
         gpointer        user_data,
         GDestroyNotify  destroy)
{
  Ask *ask = g_new0 (Ask, 1);

  g_set_weak_pointer (&ask->parent, parent);
  ask->heading = g_strdup (heading);
  ask->accept_label = g_strdup (accept_label);
  ask->accepted = accepted;
  ask->user_data = user_data;
  ask->destroy = destroy;
  return ask;
}

/* One passphrase */

typedef struct
{
  KoersPassphraseFunc  accepted;
  gpointer             user_data;
  GDestroyNotify       destroy;
} One;

static void
one_free (gpointer data)
{
  One *one = data;

  if (one->destroy != NULL)
    one->destroy (one->user_data);
  g_free (one);
}

static gboolean
one_accepted (char     **texts,
              char     **problem,
              gpointer   user_data)
{
  One *one = user_data;

  return one->accepted (texts[0], problem, one->user_data);
}

AdwMessageDialog *
koers_passphrase_dialog_ask (GtkWindow           *parent,
                             const char          *heading,
                             const char          *body,
                             const char          *accept_label,
                             KoersPassphraseFunc  accepted,
                             gpointer             user_data,
                             GDestroyNotify       destroy)
{
  static const char *keys[] = { "passphrase" };
  One *one = g_new0 (One, 1);
  Ask *ask;

  one->accepted = accepted;
  one->user_data = user_data;
  one->destroy = destroy;
  ask = ask_new (parent, heading, accept_label, one_accepted, one, one_free);
  ask->titles = g_strdupv ((char *[]) { _("Passphrase"), NULL });
  ask->keys = keys;
  return present (ask, body);
}

/* A new passphrase */

typedef struct
{
  KoersStore *store;
  GtkWindow  *parent;
} Change;

static void
change_free (gpointer data)
{
  Change *change = data;

  g_object_unref (change->store);
  g_clear_weak_pointer (&change->parent);
  g_free (change);
}

static gboolean
change_accepted (char     **texts,
                 char     **problem,
                 gpointer   user_data)
{
  Change *change = user_data;
  g_autoptr(GError) error = NULL;

  if (*texts[1] == '\0')
    {
      *problem = g_strdup (_("Type a new passphrase."));
      return FALSE;
    }
  if (g_strcmp0 (texts[1], texts[2]) != 0)
    {
      *problem = g_strdup (_("The two new passphrases differ. Type the same one twice."));
      return FALSE;
    }
  if (!koers_store_change_passphrase (change->store, texts[0], texts[1], &error))
    {
      *problem = g_strdup (error->message);
      return FALSE;
    }
  if (ADW_IS_PREFERENCES_WINDOW (change->parent))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (change->parent),
                                      adw_toast_new (_("The notebook has a new passphrase")));
  return TRUE;
}

AdwMessageDialog *
koers_passphrase_dialog_change (GtkWindow  *parent,
                                KoersStore *store)
{
  static const char *keys[] = { "current", "new", "repeat" };
  Change *change;
  Ask *ask;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  change = g_new0 (Change, 1);
  change->store = g_object_ref (store);
  g_set_weak_pointer (&change->parent, parent);
  ask = ask_new (parent, _("Change Passphrase"), _("C_hange"), change_accepted, change, change_free);
  ask->titles = g_strdupv ((char *[]) { _("Current Passphrase"), _("New Passphrase"),
                                        _("Repeat New Passphrase"), NULL });
  ask->keys = keys;
  return present (ask, _("Everything in the notebook is encrypted again under the new passphrase. "
                         "Backups made before keep the passphrase they were made with."));
}
