/* koers-goal-print.h: goal cards through the print dialog or into a PDF the user picks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-goal-card.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* Called once the PDF is written (@error NULL) or failed; not when the user cancels. */
typedef void (*KoersGoalCardsDoneFunc) (GFile        *file,
                                        guint         n_pages,
                                        const GError *error,
                                        gpointer      user_data);

/* The print dialog (with preview) for the cards; @students[i] belongs to @goals[i]. */
void koers_goal_cards_print  (GtkWindow              *parent,
                              KoersStore             *store,
                              KoersCardLayout         layout,
                              GPtrArray              *students,
                              GPtrArray              *goals);
/* Asks where to save, then writes the cards in @layout. @user_data is kept alive
 * (a GObject) until @done has run. */
void koers_goal_cards_export (GtkWindow              *parent,
                              KoersStore             *store,
                              KoersCardLayout         layout,
                              GPtrArray              *students,
                              GPtrArray              *goals,
                              const char             *suggested_name,
                              KoersGoalCardsDoneFunc  done,
                              GObject                *user_data);
/* Writes the cards to @path and notes the export in the audit log. */
gboolean koers_goal_cards_save_pdf (KoersStore       *store,
                                    const char       *path,
                                    KoersCardLayout   layout,
                                    GPtrArray        *students,
                                    GPtrArray        *goals,
                                    guint            *n_pages,
                                    GError          **error);

G_END_DECLS
