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

typedef struct
{
  KoersCardLayout         layout;
  GPtrArray              *students;
  GPtrArray              *goals;
  KoersGoalCardsDoneFunc  done;
  GObject                *user_data;
} Cards;

static Cards *
cards_new (KoersCardLayout  layout,
           GPtrArray       *students,
           GPtrArray       *goals)
{
  Cards *cards = g_new0 (Cards, 1);

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
  g_free (cards);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Cards, cards_free)

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
                        KoersCardLayout  layout,
                        GPtrArray       *students,
                        GPtrArray       *goals)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  Cards *cards;

  g_return_if_fail (students != NULL && goals != NULL && students->len == goals->len);

  if (goals->len == 0)
    return;

  /* The sheet the layout is made for; the dialog's page setup may still change it,
   * the renderer fills whatever page it gets. */
  paper = gtk_paper_size_new (layout == KOERS_CARD_LAYOUT_A5 ? GTK_PAPER_NAME_A5 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, layout == KOERS_CARD_LAYOUT_A5_TWO_ON_A4
                                           ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                           : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The renderer sets its own margins for a card on a desk. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Goal Cards"));

  cards = cards_new (layout, students, goals);
  g_object_set_data_full (G_OBJECT (operation), "koers-cards", cards, (GDestroyNotify) cards_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), cards);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), cards);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *message = adw_message_dialog_new (parent, _("Cannot Print Goal Cards"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

/* Export */

static void
write_cards (Cards *cards,
             GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Cannot save there: choose a folder on this computer."));
  else
    koers_goal_cards_write_pdf (path, cards->layout, cards->students, cards->goals,
                                &n_pages, &error);

  if (cards->done != NULL)
    cards->done (file, n_pages, error, cards->user_data);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Cards) cards = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    write_cards (cards, file);
}
#else
static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          Cards           *cards)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        write_cards (cards, file);
    }

  cards_free (cards);
  g_object_unref (chooser);
}
#endif

void
koers_goal_cards_export (GtkWindow              *parent,
                         KoersCardLayout         layout,
                         GPtrArray              *students,
                         GPtrArray              *goals,
                         const char             *suggested_name,
                         KoersGoalCardsDoneFunc  done,
                         GObject                *user_data)
{
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  Cards *cards;

  g_return_if_fail (students != NULL && goals != NULL && students->len == goals->len);

  cards = cards_new (layout, students, goals);
  cards->done = done;
  cards->user_data = user_data != NULL ? g_object_ref (user_data) : NULL;

  gtk_file_filter_set_name (pdf, _("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, _("Export Goal Cards"));
    gtk_file_dialog_set_accept_label (dialog, _("_Export"));
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_default_filter (dialog, pdf);
    gtk_file_dialog_set_initial_name (dialog, suggested_name);
    gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb, cards);
  }
#else
  {
    GtkFileChooserNative *chooser;

    chooser = gtk_file_chooser_native_new (_("Export Goal Cards"), parent,
                                           GTK_FILE_CHOOSER_ACTION_SAVE,
                                           _("_Export"), _("_Cancel"));
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
    g_signal_connect (chooser, "response", G_CALLBACK (file_chooser_response_cb), cards);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}
