/* koers-goal-card-private.h: what the tests may see of the goal-card renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-goal-card.h"

G_BEGIN_DECLS

/* The type size factor the card is drawn with on @width × @height: 1.0 when the
 * goal fits at the designed size, smaller when long text had to shrink. */
double koers_goal_card_get_fit_factor (cairo_t      *cr,
                                       double        width,
                                       double        height,
                                       KoersStudent *student,
                                       KoersGoal    *goal);

G_END_DECLS
