/* koers-goal-cards-dialog.c: choose how goal cards go on paper, then print or save
 *
 * One small question before either print path, for one card or a whole class: the
 * layout (A4, A5, two A5 on A4) decides the sheet, so it is asked before the print
 * dialog or the file chooser opens. The choice is kept in the notebook as soon as
 * it is made, like a preference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-goal-cards-dialog.h"

struct _KoersGoalCardsDialog
{
  AdwMessageDialog        parent_instance;

  GtkCheckButton         *a4_check;
  GtkCheckButton         *a5_check;
  GtkCheckButton         *two_check;

  KoersStore             *store;
  GPtrArray              *students;
  GPtrArray              *goals;
  char                   *suggested_name;
  KoersGoalCardsDoneFunc  done;
  GObject                *user_data;
  KoersCardLayout         layout;
};

G_DEFINE_FINAL_TYPE (KoersGoalCardsDialog, koers_goal_cards_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Callbacks */

static void
layout_toggled_cb (KoersGoalCardsDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (gtk_check_button_get_active (self->a5_check))
    self->layout = KOERS_CARD_LAYOUT_A5;
  else if (gtk_check_button_get_active (self->two_check))
    self->layout = KOERS_CARD_LAYOUT_A5_TWO_ON_A4;
  else
    self->layout = KOERS_CARD_LAYOUT_A4;

  /* A preference, not data: failing to keep it must not stop the printing. The
   * template toggles a button before there is a store. */
  if (self->store != NULL && koers_store_is_open (self->store) &&
      !koers_store_set_meta (self->store, KOERS_META_CARD_LAYOUT,
                             koers_card_layout_to_id (self->layout), &error))
    g_warning ("Cannot keep the card layout: %s", error->message);
}

static void
response_cb (KoersGoalCardsDialog *self,
             const char           *response)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (g_strcmp0 (response, "print") == 0)
    koers_goal_cards_print (parent, self->store, self->layout, self->students, self->goals);
  else if (g_strcmp0 (response, "export") == 0)
    koers_goal_cards_export (parent, self->store, self->layout, self->students, self->goals,
                             self->suggested_name, self->done, self->user_data);
}

/* GObject */

static void
koers_goal_cards_dialog_dispose (GObject *object)
{
  KoersGoalCardsDialog *self = KOERS_GOAL_CARDS_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->students, g_ptr_array_unref);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_object (&self->user_data);

  G_OBJECT_CLASS (koers_goal_cards_dialog_parent_class)->dispose (object);
}

static void
koers_goal_cards_dialog_finalize (GObject *object)
{
  KoersGoalCardsDialog *self = KOERS_GOAL_CARDS_DIALOG (object);

  g_free (self->suggested_name);

  G_OBJECT_CLASS (koers_goal_cards_dialog_parent_class)->finalize (object);
}

static void
koers_goal_cards_dialog_class_init (KoersGoalCardsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_goal_cards_dialog_dispose;
  object_class->finalize = koers_goal_cards_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/goals/koers-goal-cards-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersGoalCardsDialog, a4_check);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalCardsDialog, a5_check);
  gtk_widget_class_bind_template_child (widget_class, KoersGoalCardsDialog, two_check);
  gtk_widget_class_bind_template_callback (widget_class, layout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
}

static void
koers_goal_cards_dialog_init (KoersGoalCardsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_check_button_set_active (self->a4_check, TRUE);
}

/* Public */

KoersGoalCardsDialog *
koers_goal_cards_dialog_new (GtkWindow              *parent,
                             KoersStore             *store,
                             GPtrArray              *students,
                             GPtrArray              *goals,
                             const char             *heading,
                             const char             *suggested_name,
                             KoersGoalCardsDoneFunc  done,
                             GObject                *user_data)
{
  KoersGoalCardsDialog *self;
  g_autofree char *body = NULL;
  g_autofree char *stored = NULL;
  KoersCardLayout layout = KOERS_CARD_LAYOUT_A4;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (students != NULL && goals != NULL, NULL);
  g_return_val_if_fail (students->len == goals->len, NULL);

  self = g_object_new (KOERS_TYPE_GOAL_CARDS_DIALOG,
                       "transient-for", parent,
                       "heading", heading,
                       NULL);
  self->store = g_object_ref (store);
  self->students = g_ptr_array_ref (students);
  self->goals = g_ptr_array_ref (goals);
  self->suggested_name = g_strdup (suggested_name);
  self->done = done;
  self->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  body = g_strdup_printf (ngettext ("One card, for the student’s desk.",
                                    "%u cards, one for each active goal.", goals->len),
                          goals->len);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  if (koers_store_is_open (store))
    stored = koers_store_dup_meta (store, KOERS_META_CARD_LAYOUT, NULL);
  if (stored != NULL)
    koers_card_layout_from_id (stored, &layout);
  koers_goal_cards_dialog_set_layout (self, layout);

  return self;
}

KoersCardLayout
koers_goal_cards_dialog_get_layout (KoersGoalCardsDialog *self)
{
  g_return_val_if_fail (KOERS_IS_GOAL_CARDS_DIALOG (self), KOERS_CARD_LAYOUT_A4);

  return self->layout;
}

void
koers_goal_cards_dialog_set_layout (KoersGoalCardsDialog *self,
                                    KoersCardLayout       layout)
{
  GtkCheckButton *check;

  g_return_if_fail (KOERS_IS_GOAL_CARDS_DIALOG (self));

  switch (layout)
    {
    case KOERS_CARD_LAYOUT_A5:
      check = self->a5_check;
      break;
    case KOERS_CARD_LAYOUT_A5_TWO_ON_A4:
      check = self->two_check;
      break;
    case KOERS_CARD_LAYOUT_A4:
    default:
      check = self->a4_check;
      break;
    }
  gtk_check_button_set_active (check, TRUE);
}

gboolean
koers_goal_cards_dialog_write_pdf (KoersGoalCardsDialog  *self,
                                   const char            *path,
                                   guint                 *n_pages,
                                   GError               **error)
{
  g_return_val_if_fail (KOERS_IS_GOAL_CARDS_DIALOG (self), FALSE);

  return koers_goal_cards_save_pdf (self->store, path, self->layout, self->students, self->goals,
                                    n_pages, error);
}
