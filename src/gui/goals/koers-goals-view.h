/* koers-goals-view.h: a student's SMARTI goals, with feedback per step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_GOALS_VIEW (koers_goals_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersGoalsView, koers_goals_view, KOERS, GOALS_VIEW, AdwBin)

/* Signals: "changed" (a goal was saved, evaluated or stopped: the timeline has a new
 * entry), "toast" (AdwToast *: for the window to show). */
GtkWidget *koers_goals_view_new       (void);
void       koers_goals_view_set_store (KoersGoalsView *self,
                                       KoersStore     *store);
/* NULL empties the view and closes its dialogs. */
void       koers_goals_view_set_student (KoersGoalsView *self,
                                         KoersStudent   *student);
void       koers_goals_view_reload    (KoersGoalsView *self);
/* Opens the editor for a new goal of the student shown. */
void       koers_goals_view_new_goal  (KoersGoalsView *self);

G_END_DECLS
