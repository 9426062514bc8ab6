/* koers-goal-card.h: goal cards (doelenkaarten) drawn with cairo and pango
 *
 * One renderer serves both print paths: PDF export (koers_goal_cards_write_pdf) and
 * the GTK print dialog, whose draw-page handler calls koers_goal_cards_render_page
 * with the print context's cairo and size. A card carries no sensitive data and no
 * timeline text: only the student's name and class and the goal itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "koers-goal.h"
#include "koers-student.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_CARD_LAYOUT_A4,             /* one card per A4 page */
  KOERS_CARD_LAYOUT_A5,             /* one card per A5 page */
  KOERS_CARD_LAYOUT_A5_TWO_ON_A4,   /* two A5 cards on an A4 page (landscape sheet, cut in two) */
} KoersCardLayout;

/* "a4", "a5", "a5x2": the CLI's --layout values and the stored preference. */
const char *koers_card_layout_to_id        (KoersCardLayout  layout);
/* Case-insensitive; FALSE when @id is none of the three. */
gboolean koers_card_layout_from_id         (const char      *id,
                                            KoersCardLayout *out);

/* Page size in points (1/72 inch) of @layout's sheet. */
void     koers_card_layout_get_page_size   (KoersCardLayout  layout,
                                            double          *width,
                                            double          *height);
guint    koers_card_layout_get_n_pages     (KoersCardLayout  layout,
                                            guint            n_cards);

/* Draws one card filling @width × @height points, origin top left. */
void     koers_goal_card_render            (cairo_t         *cr,
                                            double           width,
                                            double           height,
                                            KoersStudent    *student,
                                            KoersGoal       *goal);

/* Draws page @page (0-based) of the cards: @students[i] belongs to @goals[i]. */
void     koers_goal_cards_render_page      (cairo_t         *cr,
                                            double           width,
                                            double           height,
                                            KoersCardLayout  layout,
                                            GPtrArray       *students,
                                            GPtrArray       *goals,
                                            guint            page);

/* Writes the cards to a PDF at @path, atomically (a failed write leaves no file). */
gboolean koers_goal_cards_write_pdf        (const char      *path,
                                            KoersCardLayout  layout,
                                            GPtrArray       *students,
                                            GPtrArray       *goals,
                                            guint           *n_pages,
                                            GError         **error);

G_END_DECLS
