/* koers-goal-card.c: goal cards (doelenkaarten) drawn with cairo and pango
 *
 * The card is designed at A5 and scales with the page, so an A4 card is the same
 * card, bigger. It is laid out twice by the same code: a pass that only measures,
 * then a pass that draws. When a goal does not fit (long names, eight long steps)
 * all type shrinks step by step until it does: text wraps, it is never clipped.
 *
 * Only the student's name and class and the goal itself reach the page: the
 * renderer is never given anything else of the notebook.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-goal-card-private.h"

#include <pango/pangocairo.h>

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-print-private.h"
#include "koers-string.h"

#define FONT_FAMILY KOERS_PRINT_FONT_FAMILY

/* ISO 216 in points. The card's design size is A5. */
#define A4_WIDTH  KOERS_PRINT_A4_WIDTH
#define A4_HEIGHT KOERS_PRINT_A4_HEIGHT
#define A5_WIDTH  419.528
#define A5_HEIGHT 595.276

#define SHRINK_STEP 0.92
#define MIN_FACTOR  0.2

/* Grey values: black-and-white friendly, meaning never in colour alone. */
#define INK   0.10
#define MUTED 0.38
#define RULE  0.78

/* Sizes in design points (on A5 at full size). */
#define MARGIN        34.0
#define KICKER_SIZE    8.5
#define NAME_SIZE     18.0
#define TITLE_SIZE    23.0
#define HEADING_SIZE   8.5
#define STEP_SIZE     15.0
#define ADULT_SIZE    12.0
#define DATE_SIZE     12.5
#define SMALL_SIZE     9.0
#define STEP_GAP      10.0

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  gboolean      draw;
  double        x;          /* left edge of the text column */
  double        width;      /* width of the text column */
  double        y;          /* where the next block starts */
  double        unit;       /* points per design point: the page's scale */
  double        factor;     /* below 1 when the content had to shrink */
  double        step_gap;   /* design points between steps: more when there is room */
} Pen;

static double
pen_size (Pen    *pen,
          double  design_points)
{
  return design_points * pen->unit * pen->factor;
}

/* A layout @width wide that wraps at words, or inside a word too long for a line,
 * without inserting hyphens: a name or a step must read exactly as written. */
static PangoLayout *
pen_layout (Pen         *pen,
            const char  *text,
            double       size,
            PangoWeight  weight,
            double       width,
            double       letter_spacing)
{
  PangoLayout *layout = pango_layout_new (pen->context);
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_absolute_size (desc, pen_size (pen, size) * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  if (letter_spacing > 0)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (pen_size (pen, letter_spacing) * PANGO_SCALE)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
pen_show (Pen         *pen,
          PangoLayout *layout,
          double       x,
          double       y,
          double       grey)
{
  if (!pen->draw)
    return;

  cairo_set_source_rgb (pen->cr, grey, grey, grey);
  cairo_move_to (pen->cr, x, y);
  pango_cairo_show_layout (pen->cr, layout);
}

/* A block of text across the column; moves the pen below it. */
static void
pen_text (Pen         *pen,
          const char  *text,
          double       size,
          PangoWeight  weight,
          double       grey,
          double       letter_spacing)
{
  g_autoptr(PangoLayout) layout = pen_layout (pen, text, size, weight, pen->width, letter_spacing);

  pen_show (pen, layout, pen->x, pen->y, grey);
  pen->y += layout_height (layout);
}

static void
pen_space (Pen    *pen,
           double  design_points)
{
  pen->y += pen_size (pen, design_points);
}

static void
pen_rule (Pen    *pen,
          double  y)
{
  if (!pen->draw)
    return;

  cairo_set_source_rgb (pen->cr, RULE, RULE, RULE);
  cairo_set_line_width (pen->cr, MAX (0.5, 0.8 * pen->unit));
  cairo_move_to (pen->cr, pen->x, y);
  cairo_line_to (pen->cr, pen->x + pen->width, y);
  cairo_stroke (pen->cr);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Small, spaced capitals over a section. */
static void
pen_heading (Pen        *pen,
             const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);

  pen_text (pen, upper, HEADING_SIZE, PANGO_WEIGHT_BOLD, MUTED, 1.2);
  pen_space (pen, 7);
}

/* The kicker ("MY GOAL") with the class on the right, then the name. */
static void
draw_header (Pen          *pen,
             KoersStudent *student)
{
  const char *group = student != NULL ? koers_student_get_group (student) : NULL;
  const char *name = student != NULL ? koers_student_get_display_name (student) : NULL;
  g_autofree char *kicker = g_utf8_strup (_("My goal"), -1);
  g_autoptr(PangoLayout) kicker_layout = NULL;
  double top = pen->y;
  double height;

  kicker_layout = pen_layout (pen, kicker, KICKER_SIZE, PANGO_WEIGHT_BOLD, pen->width * 0.55, 1.2);
  pen_show (pen, kicker_layout, pen->x, top, MUTED);
  height = layout_height (kicker_layout);

  if (koers_str_is_set (group))
    {
      g_autoptr(PangoLayout) group_layout = NULL;

      group_layout = pen_layout (pen, group, KICKER_SIZE + 2, PANGO_WEIGHT_BOLD, pen->width * 0.4, 0);
      pango_layout_set_alignment (group_layout, PANGO_ALIGN_RIGHT);
      pen_show (pen, group_layout, pen->x + pen->width * 0.6, top, MUTED);
      height = MAX (height, layout_height (group_layout));
    }

  pen->y = top + height;
  pen_space (pen, 3);
  if (koers_str_is_set (name))
    pen_text (pen, name, NAME_SIZE, PANGO_WEIGHT_BOLD, INK, 0);

  pen_space (pen, 12);
  pen_rule (pen, pen->y);
  pen_space (pen, 16);
}

/* A box to tick in front of each "Ik …" step, on the first line of its text. */
static void
draw_steps (Pen       *pen,
            KoersGoal *goal)
{
  const char * const *steps = koers_goal_get_steps (goal);
  double box = pen_size (pen, 13);
  double indent = box + pen_size (pen, 11);

  if (steps == NULL || steps[0] == NULL)
    return;

  pen_heading (pen, _("My steps"));

  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      double baseline;

      layout = pen_layout (pen, steps[i], STEP_SIZE, PANGO_WEIGHT_NORMAL, pen->width - indent, 0);
      pango_layout_set_spacing (layout, (int) (pen_size (pen, 2) * PANGO_SCALE));
      baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

      if (pen->draw)
        {
          /* The box sits on the baseline, a little taller than a capital. */
          cairo_set_source_rgb (pen->cr, INK, INK, INK);
          cairo_set_line_width (pen->cr, MAX (0.6, 1.1 * pen->unit * pen->factor));
          rounded_rectangle (pen->cr, pen->x, pen->y + baseline - box + pen_size (pen, 1.5),
                             box, box, box * 0.18);
          cairo_stroke (pen->cr);
        }

      pen_show (pen, layout, pen->x + indent, pen->y, INK);
      pen->y += layout_height (layout);
      pen_space (pen, pen->step_gap);
    }
}

static void
draw_adults (Pen       *pen,
             KoersGoal *goal)
{
  const char * const *lines = koers_goal_get_adult_commitments (goal);
  double indent = pen_size (pen, 14);
  gboolean any = FALSE;

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    any = any || koers_str_is_set (lines[i]);
  if (!any)
    return;

  pen_space (pen, 8);
  pen_heading (pen, _("What the adults do"));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) bullet = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      if (!koers_str_is_set (lines[i]))
        continue;

      bullet = pen_layout (pen, "•", ADULT_SIZE, PANGO_WEIGHT_NORMAL, indent, 0);
      layout = pen_layout (pen, lines[i], ADULT_SIZE, PANGO_WEIGHT_NORMAL, pen->width - indent, 0);
      pen_show (pen, bullet, pen->x + pen_size (pen, 2), pen->y, MUTED);
      pen_show (pen, layout, pen->x + indent, pen->y, INK);
      pen->y += layout_height (layout);
      pen_space (pen, 5);
    }
}

/* Header, title, steps and adults from pen->y down. */
static void
draw_content (Pen          *pen,
              KoersStudent *student,
              KoersGoal    *goal)
{
  const char *title = koers_goal_get_title (goal);

  draw_header (pen, student);

  if (koers_str_is_set (title))
    {
      g_autoptr(PangoLayout) layout = NULL;

      layout = pen_layout (pen, title, TITLE_SIZE, PANGO_WEIGHT_BOLD, pen->width, 0);
      pango_layout_set_spacing (layout, (int) (pen_size (pen, 1) * PANGO_SCALE));
      pen_show (pen, layout, pen->x, pen->y, INK);
      pen->y += layout_height (layout);
      pen_space (pen, 20);
    }

  draw_steps (pen, goal);
  draw_adults (pen, goal);
}

/* The evaluation date on the left, a line to sign on the right. Returns its height. */
static double
draw_footer (Pen       *pen,
             KoersGoal *goal)
{
  g_autofree char *evaluation = koers_date_format_dutch (koers_goal_get_evaluation_date (goal));
  g_autofree char *start = koers_date_format_dutch (koers_goal_get_start_date (goal));
  double top = pen->y;
  double gap = pen_size (pen, 16);
  double left_width = (pen->width - gap) * 0.5;
  double right_x = pen->x + left_width + gap;
  double right_width = pen->x + pen->width - right_x;
  double left_y, right_y;

  pen_rule (pen, top);
  top += pen_size (pen, 14);
  left_y = top;

  if (evaluation != NULL)
    {
      /* Translators: on the goal card; %s is a date like 23-03-2026 */
      g_autofree char *text = g_strdup_printf (_("Evaluation on %s"), evaluation);
      g_autoptr(PangoLayout) layout = pen_layout (pen, text, DATE_SIZE, PANGO_WEIGHT_BOLD, left_width, 0);

      pen_show (pen, layout, pen->x, left_y, INK);
      left_y += layout_height (layout) + pen_size (pen, 3);
    }
  if (start != NULL)
    {
      /* Translators: on the goal card; %s is a date like 02-03-2026 */
      g_autofree char *text = g_strdup_printf (_("Started on %s"), start);
      g_autoptr(PangoLayout) layout = pen_layout (pen, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, left_width, 0);

      pen_show (pen, layout, pen->x, left_y, MUTED);
      left_y += layout_height (layout);
    }

  /* Room to sign, then the line and its label. */
  right_y = top + pen_size (pen, 30);
  if (pen->draw)
    {
      cairo_set_source_rgb (pen->cr, INK, INK, INK);
      cairo_set_line_width (pen->cr, MAX (0.5, 0.9 * pen->unit));
      cairo_move_to (pen->cr, right_x, right_y);
      cairo_line_to (pen->cr, right_x + right_width, right_y);
      cairo_stroke (pen->cr);
    }
  right_y += pen_size (pen, 4);
  {
    g_autoptr(PangoLayout) layout = pen_layout (pen, _("Signature"), SMALL_SIZE, PANGO_WEIGHT_NORMAL, right_width, 0);

    pen_show (pen, layout, right_x, right_y, MUTED);
    right_y += layout_height (layout);
  }

  return MAX (left_y, right_y) - pen->y;
}

static void
pen_init (Pen          *pen,
          cairo_t      *cr,
          PangoContext *context,
          double        width,
          double        height)
{
  pen->cr = cr;
  pen->context = context;
  pen->unit = MIN (width / A5_WIDTH, height / A5_HEIGHT);
  pen->x = MARGIN * pen->unit;
  pen->width = width - 2 * pen->x;
  pen->factor = 1.0;
  pen->step_gap = STEP_GAP;
}

/* Shrinks the type until header, content, a little air and the footer fit. */
static double
fit_factor (Pen          *pen,
            double        height,
            KoersStudent *student,
            KoersGoal    *goal)
{
  double margin = MARGIN * pen->unit;

  double slack = 0;
  guint n_steps = koers_goal_get_n_steps (goal);

  pen->draw = FALSE;
  pen->step_gap = STEP_GAP;
  for (pen->factor = 1.0; pen->factor > MIN_FACTOR; pen->factor *= SHRINK_STEP)
    {
      double footer;

      pen->y = margin;
      draw_content (pen, student, goal);
      footer = draw_footer (pen, goal);
      slack = height - margin - (pen->y + pen_size (pen, 20) + footer);
      if (slack >= 0)
        break;
    }

  /* A short goal breathes: its steps spread out a little, like lines on a worksheet. */
  if (slack > 0 && n_steps > 0)
    pen->step_gap += MIN (slack / pen_size (pen, 1) / 2 / n_steps, STEP_GAP);

  return MAX (pen->factor, MIN_FACTOR);
}

/* Where to cut a sheet of two A5 cards in half: light, dashed, never mistaken for content. */
static void
draw_cut_line (cairo_t *cr,
               double   x,
               double   height)
{
  static const double dashes[] = { 5.0, 4.0 };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.6);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, 0);
  cairo_line_to (cr, x, height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static const char * const layout_ids[] = {
  [KOERS_CARD_LAYOUT_A4] = "a4",
  [KOERS_CARD_LAYOUT_A5] = "a5",
  [KOERS_CARD_LAYOUT_A5_TWO_ON_A4] = "a5x2",
};

const char *
koers_card_layout_to_id (KoersCardLayout layout)
{
  g_return_val_if_fail (layout < G_N_ELEMENTS (layout_ids), NULL);

  return layout_ids[layout];
}

gboolean
koers_card_layout_from_id (const char      *id,
                           KoersCardLayout *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (layout_ids); i++)
    if (g_ascii_strcasecmp (id, layout_ids[i]) == 0)
      {
        *out = (KoersCardLayout) i;
        return TRUE;
      }
  return FALSE;
}

void
koers_card_layout_get_page_size (KoersCardLayout  layout,
                                 double          *width,
                                 double          *height)
{
  double w = A4_WIDTH, h = A4_HEIGHT;

  switch (layout)
    {
    case KOERS_CARD_LAYOUT_A4:
      break;
    case KOERS_CARD_LAYOUT_A5:
      w = A5_WIDTH;
      h = A5_HEIGHT;
      break;
    case KOERS_CARD_LAYOUT_A5_TWO_ON_A4:
      w = A4_HEIGHT;
      h = A4_WIDTH;
      break;
    default:
      g_return_if_reached ();
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

guint
koers_card_layout_get_n_pages (KoersCardLayout layout,
                               guint           n_cards)
{
  if (layout == KOERS_CARD_LAYOUT_A5_TWO_ON_A4)
    return (n_cards + 1) / 2;
  return n_cards;
}

double
koers_goal_card_get_fit_factor (cairo_t      *cr,
                                double        width,
                                double        height,
                                KoersStudent *student,
                                KoersGoal    *goal)
{
  PangoContext *context;
  Pen pen = { 0 };
  double factor;

  g_return_val_if_fail (cr != NULL, 1.0);
  g_return_val_if_fail (KOERS_IS_GOAL (goal), 1.0);

  context = koers_print_create_context (cr);
  pen_init (&pen, cr, context, width, height);
  factor = fit_factor (&pen, height, student, goal);
  g_object_unref (context);
  return factor;
}

void
koers_goal_card_render (cairo_t      *cr,
                        double        width,
                        double        height,
                        KoersStudent *student,
                        KoersGoal    *goal)
{
  PangoContext *context;
  Pen pen = { 0 };
  double footer;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));
  g_return_if_fail (KOERS_IS_GOAL (goal));

  context = koers_print_create_context (cr);
  pen_init (&pen, cr, context, width, height);
  /* Also sets pen.step_gap. */
  pen.factor = fit_factor (&pen, height, student, goal);

  /* The footer's height at this size puts it on the bottom margin. */
  pen.draw = FALSE;
  pen.y = 0;
  footer = draw_footer (&pen, goal);

  cairo_save (cr);
  pen.draw = TRUE;
  pen.y = MARGIN * pen.unit;
  draw_content (&pen, student, goal);
  pen.y = height - MARGIN * pen.unit - footer;
  draw_footer (&pen, goal);
  cairo_restore (cr);
  g_object_unref (context);
}

void
koers_goal_cards_render_page (cairo_t         *cr,
                              double           width,
                              double           height,
                              KoersCardLayout  layout,
                              GPtrArray       *students,
                              GPtrArray       *goals,
                              guint            page)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (students != NULL && goals != NULL);
  g_return_if_fail (students->len == goals->len);

  if (layout != KOERS_CARD_LAYOUT_A5_TWO_ON_A4)
    {
      if (page < goals->len)
        koers_goal_card_render (cr, width, height,
                                g_ptr_array_index (students, page),
                                g_ptr_array_index (goals, page));
      return;
    }

  for (guint half = 0; half < 2; half++)
    {
      guint i = page * 2 + half;

      if (i >= goals->len)
        break;

      cairo_save (cr);
      cairo_translate (cr, half * width / 2, 0);
      koers_goal_card_render (cr, width / 2, height,
                              g_ptr_array_index (students, i),
                              g_ptr_array_index (goals, i));
      cairo_restore (cr);
    }
  draw_cut_line (cr, width / 2, height);
}

typedef struct
{
  KoersCardLayout  layout;
  GPtrArray       *students;
  GPtrArray       *goals;
  double           width;
  double           height;
} Cards;

static guint
cards_paginate (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  Cards *cards = user_data;

  cards->width = width;
  cards->height = height;
  return koers_card_layout_get_n_pages (cards->layout, cards->goals->len);
}

static void
cards_render (cairo_t  *cr,
              guint     page,
              gpointer  user_data)
{
  Cards *cards = user_data;

  koers_goal_cards_render_page (cr, cards->width, cards->height, cards->layout,
                                cards->students, cards->goals, page);
}

gboolean
koers_goal_cards_write_pdf (const char       *path,
                            KoersCardLayout   layout,
                            GPtrArray        *students,
                            GPtrArray        *goals,
                            guint            *n_pages,
                            GError          **error)
{
  Cards cards = { layout, students, goals, 0, 0 };
  double width, height;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (students != NULL && goals != NULL, FALSE);
  g_return_val_if_fail (students->len == goals->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (goals->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("There are no goal cards to print: no goal was chosen."));
      return FALSE;
    }

  koers_card_layout_get_page_size (layout, &width, &height);
  /* Neutral metadata: no student's name leaves the page itself. */
  return koers_print_write_pdf (path, width, height, _("Goal cards"),
                                cards_paginate, cards_render, &cards, n_pages, error);
}
