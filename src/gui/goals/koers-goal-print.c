/* koers-goal-print.c: goal cards through the print dialog or into a PDF the user picks
 *
 * Both paths draw with the one renderer in src/print/: the print dialog calls it
 * per page on the print context's cairo, the export writes its PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "koers-goal-print.h"
#include "koers-output.h"

typedef struct
{
  KoersStore             *store;
  KoersCardLayout         layout;
  GPtrArray              *students;
  GPtrArray              *goals;
  KoersGoalCardsDoneFunc  done;
  GObject                *user_data;
} Cards;

static Cards *
cards_new (KoersStore      *store,
           KoersCardLayout  layout,
           GPtrArray       *students,
           GPtrArray       *goals)
{
  Cards *cards = g_new0 (Cards, 1);

  cards->store = g_object_ref (store);
  cards->layout = layout;
  cards->students = g_ptr_array_ref (students);
  cards->goals = g_ptr_array_ref (goals);
  return cards;
}

static void
cards_free (Cards *cards)
{
  g_clear_pointer (&cards->students, g_ptr_array_unref);
  g_clear_pointer (&cards->goals, g_ptr_array_unref);
  g_clear_object (&cards->user_data);
  g_clear_object (&cards->store);
  g_free (cards);
}

/* Print */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Cards             *cards)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) koers_card_layout_get_n_pages (cards->layout,
                                                                        cards->goals->len));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Cards             *cards)
{
  koers_goal_cards_render_page (gtk_print_context_get_cairo_context (context),
                                gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context),
                                cards->layout,
                                cards->students, cards->goals, (guint) page);
}

void
koers_goal_cards_print (GtkWindow       *parent,
                        KoersStore      *store,
                        KoersCardLayout  layout,
                        GPtrArray       *students,
                        GPtrArray       *goals)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GArray) ids = NULL;
  Cards *cards;

  g_return_if_fail (KOERS_IS_STORE (store));
  g_return_if_fail (students != NULL && goals != NULL && students->len == goals->len);

  if (goals->len == 0)
    return;

  /* The sheet the layout is made for; the dialog's page setup may still change it,
   * the renderer fills whatever page it gets. */
  operation = koers_output_print_operation_new (_("Goal Cards"),
                                                layout == KOERS_CARD_LAYOUT_A5 ? GTK_PAPER_NAME_A5
                                                                               : GTK_PAPER_NAME_A4,
                                                layout == KOERS_CARD_LAYOUT_A5_TWO_ON_A4
                                                  ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                  : GTK_PAGE_ORIENTATION_PORTRAIT);

  cards = cards_new (store, layout, students, goals);
  g_object_set_data_full (G_OBJECT (operation), "koers-cards", cards, (GDestroyNotify) cards_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), cards);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), cards);

  ids = koers_student_list_get_ids (students);
  koers_output_print (operation, parent, _("Cannot Print Goal Cards"), store, "goal-cards", ids);
}

/* Export */

static void
write_cards (GFile    *file,
             gpointer  user_data)
{
  Cards *cards = user_data;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  path = koers_output_dup_path (file, &error);
  if (path != NULL)
    koers_goal_cards_save_pdf (cards->store, path, cards->layout, cards->students, cards->goals,
                               &n_pages, &error);

  if (cards->done != NULL)
    cards->done (file, n_pages, error, cards->user_data);
}

gboolean
koers_goal_cards_save_pdf (KoersStore       *store,
                           const char       *path,
                           KoersCardLayout   layout,
                           GPtrArray        *students,
                           GPtrArray        *goals,
                           guint            *n_pages,
                           GError          **error)
{
  g_autoptr(GArray) ids = koers_student_list_get_ids (students);

  return koers_goal_cards_write_pdf (path, layout, students, goals, n_pages, error) &&
         koers_output_audit_export (store, "goal-cards-pdf", ids, error);
}

void
koers_goal_cards_export (GtkWindow              *parent,
                         KoersStore             *store,
                         KoersCardLayout         layout,
                         GPtrArray              *students,
                         GPtrArray              *goals,
                         const char             *suggested_name,
                         KoersGoalCardsDoneFunc  done,
                         GObject                *user_data)
{
  Cards *cards;

  g_return_if_fail (KOERS_IS_STORE (store));
  g_return_if_fail (students != NULL && goals != NULL && students->len == goals->len);

  cards = cards_new (store, layout, students, goals);
  cards->done = done;
  cards->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  koers_output_ask_file (parent, _("Export Goal Cards"), _("_Export"),
                         _("PDF Documents"), "application/pdf", "pdf", suggested_name,
                         write_cards, cards, (GDestroyNotify) cards_free);
}
