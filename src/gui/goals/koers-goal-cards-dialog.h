/* koers-goal-cards-dialog.h: choose how goal cards go on paper, then print or save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-goal-card.h"
#include "koers-goal-print.h"
#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOAL_CARDS_DIALOG (koers_goal_cards_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoalCardsDialog, koers_goal_cards_dialog, KOERS, GOAL_CARDS_DIALOG, AdwMessageDialog)

/* @students[i] belongs to @goals[i]. The layout last chosen in @store's notebook is
 * preselected and the choice is kept there. @done runs after a PDF was saved (or
 * failed), with @user_data kept alive until then. */
KoersGoalCardsDialog *koers_goal_cards_dialog_new        (GtkWindow              *parent,
                                                          KoersStore             *store,
                                                          GPtrArray              *students,
                                                          GPtrArray              *goals,
                                                          const char             *heading,
                                                          const char             *suggested_name,
                                                          KoersGoalCardsDoneFunc  done,
                                                          GObject                *user_data);
KoersCardLayout       koers_goal_cards_dialog_get_layout (KoersGoalCardsDialog   *self);
void                  koers_goal_cards_dialog_set_layout (KoersGoalCardsDialog   *self,
                                                          KoersCardLayout         layout);
/* What "Save as PDF…" writes once the file is chosen. */
gboolean              koers_goal_cards_dialog_write_pdf  (KoersGoalCardsDialog   *self,
                                                          const char             *path,
                                                          guint                  *n_pages,
                                                          GError                **error);

G_END_DECLS
