/* koers-document.c: a flowing, paginated document drawn with cairo and pango
 *
 * Blocks are laid out in two steps. Paginating turns every block into rows: one
 * row per line of text (two lines side by side for fields and columns), or one
 * ruled line to write on. A row is the unit that never splits, so a paragraph
 * longer than a page simply continues on the next page, and nothing is clipped.
 * Rows carry the little drawings that belong to them (a bullet, a box to tick, a
 * rule), so a page is drawn by walking its rows. Headings, titles and the first
 * line of a short paragraph are kept with what follows them, so a page never ends
 * on a heading or a lonely line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-document.h"

#include <pango/pangocairo.h>

#include "koers-i18n.h"
#include "koers-print-private.h"
#include "koers-string.h"

/* Grey values: black-and-white friendly, meaning never in colour alone. */
#define INK   0.10
#define MUTED 0.38
#define RULE  0.72
#define FAINT 0.80

/* 2 cm, the margin of a letter; smaller pages get a tenth of their short side. */
#define MARGIN        56.69
#define MARGIN_SHARE  0.10

/* Type sizes in points. */
#define TITLE_SIZE       20.0
#define SUBTITLE_SIZE    11.0
#define HEADING_SIZE     12.5
#define SUBHEADING_SIZE  10.5
#define BODY_SIZE        10.5
#define DETAIL_SIZE       9.0
#define FOOTER_SIZE       8.0
#define BANNER_SIZE      10.0

/* Extra room between lines of running text, and the pitch of lines to write on
 * by hand (wider than type: handwriting needs it). */
#define LEADING           3.5
#define WRITING_PITCH    22.0
#define MIN_FILL_LINES    4

#define INDENT           17.0   /* text after a bullet or a box */
#define BOX_SIZE          9.0
#define COLUMN_GUTTER    24.0
#define LABEL_WIDTH     118.0
#define LABEL_SHARE       0.30

typedef enum
{
  BLOCK_TITLE,
  BLOCK_SUBTITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_BULLET,
  BLOCK_CHECKBOX,
  BLOCK_COLUMNS,
  BLOCK_FIELD,
  BLOCK_LINES,
  BLOCK_RULE,
} BlockKind;

/* text: title, paragraph: [0]; bullet, checkbox: text, detail; field: label,
 * value; columns: left heading, left text, right heading, right text. */
typedef struct
{
  BlockKind  kind;
  char      *text[4];
  gboolean   checked;
  guint      n_lines;
} Block;

typedef enum
{
  PIECE_TEXT,      /* one line of a layout, on the row's baseline */
  PIECE_BULLET,
  PIECE_BOX,
  PIECE_RULE,      /* horizontal, @offset below the row's top */
  PIECE_FILL,      /* lines to write on every WRITING_PITCH from @offset in the block */
  PIECE_VRULE,     /* vertical, over the row and the gap above it */
} PieceKind;

typedef struct
{
  PieceKind    kind;
  double       x;
  double       width;
  double       grey;
  PangoLayout *layout;
  int          line;
  double       size;
  gboolean     checked;
  double       offset;
} Piece;

#define MAX_PIECES 4

typedef struct
{
  double    gap;             /* room above, dropped at the top of a page */
  double    height;
  double    baseline;        /* below the row's top */
  double    block_top;       /* top within its block (gap excluded), for PIECE_FILL */
  gboolean  keep_with_next;
  Piece     pieces[MAX_PIECES];
  guint     n_pieces;
  /* Set by pagination. */
  guint     page;
  double    y;
  double    gap_used;
} Row;

struct _KoersDocument
{
  GPtrArray    *blocks;
  char         *banner;
  char         *footer;
  char         *pdf_title;

  /* The last pagination. */
  PangoContext *context;
  GArray       *rows;
  GArray       *page_starts;   /* guint: first row of each page */
  double        width;
  double        height;
};

/* While paginating: where rows go and what the previous block was. */
typedef struct
{
  KoersDocument *doc;
  double         x;
  double         width;
  BlockKind      previous;
  gboolean       first;
  double         block_top;
} Builder;

static void
block_free (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < G_N_ELEMENTS (block->text); i++)
    g_free (block->text[i]);
  g_free (block);
}

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->n_pieces; i++)
    g_clear_object (&row->pieces[i].layout);
}

/* Text from the notebook is UTF-8 already; a damaged string must not stop a print. */
static char *
dup_text (const char *text)
{
  if (!koers_str_is_set (text))
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  return g_utf8_make_valid (text, -1);
}

static Block *
add_block (KoersDocument *doc,
           BlockKind      kind,
           const char    *a,
           const char    *b,
           const char    *c,
           const char    *d)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text[0] = dup_text (a);
  block->text[1] = dup_text (b);
  block->text[2] = dup_text (c);
  block->text[3] = dup_text (d);
  g_ptr_array_add (doc->blocks, block);
  return block;
}

static double
page_margin (double width,
             double height)
{
  return MIN (MARGIN, MIN (width, height) * MARGIN_SHARE);
}

/* Wraps at words, or inside a word too long for a line, without inserting
 * hyphens: names and notes must read exactly as written. */
static PangoLayout *
make_layout (PangoContext *context,
             const char   *text,
             double        size,
             PangoWeight   weight,
             double        width,
             double        letter_spacing)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (KOERS_PRINT_FONT_FAMILY);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  if (letter_spacing > 0)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (letter_spacing * PANGO_SCALE)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
line_metrics (PangoLayout *layout,
              int          line,
              double      *ascent,
              double      *descent)
{
  PangoLayoutLine *layout_line = pango_layout_get_line_readonly (layout, line);
  PangoRectangle logical;

  pango_layout_line_get_extents (layout_line, NULL, &logical);
  *ascent = (double) -logical.y / PANGO_SCALE;
  *descent = (double) (logical.height + logical.y) / PANGO_SCALE;
}

static Row *
builder_new_row (Builder *b,
                 double   gap,
                 double   height)
{
  Row row = { 0 };

  if (b->first)
    gap = 0;
  b->first = FALSE;

  row.gap = gap;
  row.height = height;
  row.block_top = b->block_top;
  b->block_top += height;
  g_array_append_val (b->doc->rows, row);
  return &g_array_index (b->doc->rows, Row, b->doc->rows->len - 1);
}

static Piece *
row_add_piece (Row       *row,
               PieceKind  kind,
               double     x,
               double     width,
               double     grey)
{
  Piece *piece;

  g_return_val_if_fail (row->n_pieces < MAX_PIECES, &row->pieces[MAX_PIECES - 1]);

  piece = &row->pieces[row->n_pieces++];
  piece->kind = kind;
  piece->x = x;
  piece->width = width;
  piece->grey = grey;
  return piece;
}

static void
row_add_line (Row         *row,
              PangoLayout *layout,
              int          line,
              double       x,
              double       grey)
{
  Piece *piece = row_add_piece (row, PIECE_TEXT, x, 0, grey);

  piece->layout = g_object_ref (layout);
  piece->line = line;
}

/* Rows for up to two layouts side by side, line by line on a shared baseline.
 * Returns the index of the first row; the gap goes above it, @leading between. */
static guint
builder_add_pair (Builder     *b,
                  double       gap,
                  double       leading,
                  PangoLayout *left,
                  double       left_x,
                  double       left_grey,
                  PangoLayout *right,
                  double       right_x,
                  double       right_grey)
{
  int n_left = left != NULL ? pango_layout_get_line_count (left) : 0;
  int n_right = right != NULL ? pango_layout_get_line_count (right) : 0;
  int n = MAX (n_left, n_right);
  guint first = b->doc->rows->len;

  for (int i = 0; i < n; i++)
    {
      double ascent = 0, descent = 0, a, d;
      Row *row;

      if (i < n_left)
        {
          line_metrics (left, i, &a, &d);
          ascent = MAX (ascent, a);
          descent = MAX (descent, d);
        }
      if (i < n_right)
        {
          line_metrics (right, i, &a, &d);
          ascent = MAX (ascent, a);
          descent = MAX (descent, d);
        }

      row = builder_new_row (b, i == 0 ? gap : 0, ascent + descent + leading);
      row->baseline = leading / 2 + ascent;
      if (i < n_left)
        row_add_line (row, left, i, left_x, left_grey);
      if (i < n_right)
        row_add_line (row, right, i, right_x, right_grey);
    }

  /* A short paragraph stays whole; a longer one never leaves its first line
   * alone at the foot of a page, nor its last line alone at the top of one. */
  if (n >= 2)
    g_array_index (b->doc->rows, Row, first).keep_with_next = TRUE;
  if (n >= 3)
    g_array_index (b->doc->rows, Row, first + n - 2).keep_with_next = TRUE;

  return first;
}

static guint
builder_add_text (Builder     *b,
                  double       gap,
                  const char  *text,
                  double       size,
                  PangoWeight  weight,
                  double       grey,
                  double       indent,
                  double       leading)
{
  g_autoptr(PangoLayout) layout = NULL;

  layout = make_layout (b->doc->context, text, size, weight, b->width - indent, 0);
  return builder_add_pair (b, gap, leading, layout, b->x + indent, grey, NULL, 0, 0);
}

static void
rows_keep_together (Builder *b,
                    guint    from)
{
  for (guint i = from; i < b->doc->rows->len; i++)
    g_array_index (b->doc->rows, Row, i).keep_with_next = TRUE;
}

/* The room above a block depends on what came before it: a heading holds what
 * follows it close, items of one list sit closer together than paragraphs. */
static double
block_gap (Builder   *b,
           BlockKind  kind)
{
  if (b->first)
    return 0;

  switch (b->previous)
    {
    case BLOCK_TITLE:
      return kind == BLOCK_SUBTITLE ? 4 : 14;
    case BLOCK_SUBTITLE:
      return kind == BLOCK_SUBTITLE ? 2 : 14;
    case BLOCK_HEADING:
      return 8;
    case BLOCK_SUBHEADING:
      return 3;
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
    case BLOCK_BULLET:
    case BLOCK_CHECKBOX:
    case BLOCK_COLUMNS:
    case BLOCK_FIELD:
    case BLOCK_LINES:
    case BLOCK_RULE:
    default:
      break;
    }

  switch (kind)
    {
    case BLOCK_TITLE:
      return 24;
    case BLOCK_HEADING:
      return 20;
    case BLOCK_SUBHEADING:
      return 10;
    case BLOCK_BULLET:
    case BLOCK_CHECKBOX:
      return b->previous == kind ? 3 : 6;
    case BLOCK_FIELD:
      return b->previous == BLOCK_FIELD ? 1 : 12;
    case BLOCK_COLUMNS:
    case BLOCK_RULE:
      return 10;
    case BLOCK_SUBTITLE:
    case BLOCK_PARAGRAPH:
    case BLOCK_NOTE:
    case BLOCK_LINES:
    default:
      return 6;
    }
}

static void
build_heading (Builder *b,
               double   gap,
               Block   *block)
{
  guint first = builder_add_text (b, gap, block->text[0], HEADING_SIZE, PANGO_WEIGHT_BOLD, INK, 0, 2);
  Row *last = &g_array_index (b->doc->rows, Row, b->doc->rows->len - 1);
  Piece *rule;

  /* A hairline under the heading: sections are found at a glance. */
  rule = row_add_piece (last, PIECE_RULE, b->x, b->width, RULE);
  rule->offset = last->height + 1.5;
  last->height += 3;
  b->block_top += 3;
  rows_keep_together (b, first);
}

/* A bullet or a box on the first line, then the detail in small type under it. */
static void
build_item (Builder *b,
            double   gap,
            Block   *block)
{
  guint first = builder_add_text (b, gap, block->text[0], BODY_SIZE, PANGO_WEIGHT_NORMAL, INK,
                                  INDENT, LEADING);
  Row *row = &g_array_index (b->doc->rows, Row, first);
  Piece *mark;

  if (block->kind == BLOCK_CHECKBOX)
    {
      mark = row_add_piece (row, PIECE_BOX, b->x + 1, BOX_SIZE, INK);
      mark->checked = block->checked;
    }
  else
    {
      mark = row_add_piece (row, PIECE_BULLET, b->x + 4, 0, MUTED);
    }
  mark->size = BODY_SIZE;

  if (block->text[1] != NULL)
    {
      g_array_index (b->doc->rows, Row, b->doc->rows->len - 1).keep_with_next = TRUE;
      builder_add_text (b, 0, block->text[1], DETAIL_SIZE, PANGO_WEIGHT_NORMAL, MUTED, INDENT, 2);
    }
}

static void
build_field (Builder *b,
             double   gap,
             Block   *block)
{
  double label_width = MIN (LABEL_WIDTH, b->width * LABEL_SHARE);
  double value_x = b->x + label_width;
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoLayout) value = NULL;

  label = make_layout (b->doc->context, block->text[0] != NULL ? block->text[0] : "",
                       BODY_SIZE, PANGO_WEIGHT_NORMAL, label_width - 8, 0);

  if (block->text[1] != NULL)
    {
      value = make_layout (b->doc->context, block->text[1], BODY_SIZE, PANGO_WEIGHT_NORMAL,
                           b->width - label_width, 0);
      builder_add_pair (b, gap, LEADING, label, b->x, MUTED, value, value_x, INK);
      return;
    }

  /* Nothing to fill in yet: the label ends on a line to write the value on. */
  {
    Row *row;
    double extra;
    Piece *rule;

    builder_add_pair (b, gap, LEADING, label, b->x, MUTED, NULL, 0, 0);
    row = &g_array_index (b->doc->rows, Row, b->doc->rows->len - 1);
    extra = MAX (0, WRITING_PITCH - row->height);

    row->height += extra;
    row->baseline += extra;
    b->block_top += extra;
    rule = row_add_piece (row, PIECE_RULE, value_x, b->width - label_width, RULE);
    rule->offset = row->baseline + 3;
  }
}

static void
build_columns (Builder *b,
               double   gap,
               Block   *block)
{
  double column = (b->width - COLUMN_GUTTER) / 2;
  double right_x = b->x + column + COLUMN_GUTTER;
  double middle = b->x + column + COLUMN_GUTTER / 2;
  g_autoptr(PangoLayout) left_heading = NULL;
  g_autoptr(PangoLayout) right_heading = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  PangoContext *context = b->doc->context;
  guint first, body, n_body;
  double body_top;

  if (block->text[0] != NULL)
    left_heading = make_layout (context, block->text[0], SUBHEADING_SIZE, PANGO_WEIGHT_BOLD, column, 0);
  if (block->text[2] != NULL)
    right_heading = make_layout (context, block->text[2], SUBHEADING_SIZE, PANGO_WEIGHT_BOLD, column, 0);
  if (block->text[1] != NULL)
    left = make_layout (context, block->text[1], BODY_SIZE, PANGO_WEIGHT_NORMAL, column, 0);
  if (block->text[3] != NULL)
    right = make_layout (context, block->text[3], BODY_SIZE, PANGO_WEIGHT_NORMAL, column, 0);

  first = b->doc->rows->len;
  if (left_heading != NULL || right_heading != NULL)
    {
      builder_add_pair (b, gap, 3, left_heading, b->x, INK, right_heading, right_x, INK);
      gap = 0;
      rows_keep_together (b, first);
    }

  body = b->doc->rows->len;
  body_top = b->block_top;
  if (left != NULL || right != NULL)
    builder_add_pair (b, gap, LEADING, left, b->x, INK, right, right_x, INK);

  /* An empty side is room to write in: at least a few lines, and as far down as
   * the other side goes. */
  if (left == NULL || right == NULL)
    {
      g_autoptr(PangoLayout) probe = make_layout (context, "X", BODY_SIZE, PANGO_WEIGHT_NORMAL, column, 0);
      double ascent, descent, line;

      line_metrics (probe, 0, &ascent, &descent);
      line = ascent + descent + LEADING;
      while (b->block_top - body_top < MIN_FILL_LINES * WRITING_PITCH + 4)
        {
          Row *row = builder_new_row (b, b->doc->rows->len == body ? gap : 0, line);

          row->baseline = LEADING / 2 + ascent;
        }
    }

  n_body = b->doc->rows->len - body;
  for (guint i = body; i < body + n_body; i++)
    {
      Row *row = &g_array_index (b->doc->rows, Row, i);

      if (left == NULL)
        row_add_piece (row, PIECE_FILL, b->x, column, FAINT)->offset = body_top;
      if (right == NULL)
        row_add_piece (row, PIECE_FILL, right_x, column, FAINT)->offset = body_top;
    }

  /* A quiet line between the columns holds them apart without boxing them in. */
  for (guint i = first; i < b->doc->rows->len; i++)
    row_add_piece (&g_array_index (b->doc->rows, Row, i), PIECE_VRULE, middle, 0, RULE);
}

static void
build_lines (Builder *b,
             double   gap,
             Block   *block)
{
  for (guint i = 0; i < block->n_lines; i++)
    {
      Row *row = builder_new_row (b, i == 0 ? gap : 0, WRITING_PITCH);

      row_add_piece (row, PIECE_RULE, b->x, b->width, FAINT)->offset = WRITING_PITCH - 2;
    }
}

static void
build_block (Builder *b,
             Block   *block)
{
  double gap = block_gap (b, block->kind);
  guint first = b->doc->rows->len;

  b->block_top = 0;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      builder_add_text (b, gap, block->text[0], TITLE_SIZE, PANGO_WEIGHT_BOLD, INK, 0, 2);
      rows_keep_together (b, first);
      break;
    case BLOCK_SUBTITLE:
      builder_add_text (b, gap, block->text[0], SUBTITLE_SIZE, PANGO_WEIGHT_NORMAL, MUTED, 0, 2);
      rows_keep_together (b, first);
      break;
    case BLOCK_HEADING:
      build_heading (b, gap, block);
      break;
    case BLOCK_SUBHEADING:
      builder_add_text (b, gap, block->text[0], SUBHEADING_SIZE, PANGO_WEIGHT_BOLD, INK, 0, 2);
      rows_keep_together (b, first);
      break;
    case BLOCK_PARAGRAPH:
      builder_add_text (b, gap, block->text[0], BODY_SIZE, PANGO_WEIGHT_NORMAL, INK, 0, LEADING);
      break;
    case BLOCK_NOTE:
      builder_add_text (b, gap, block->text[0], BODY_SIZE, PANGO_WEIGHT_NORMAL, MUTED, 0, LEADING);
      break;
    case BLOCK_BULLET:
    case BLOCK_CHECKBOX:
      build_item (b, gap, block);
      break;
    case BLOCK_COLUMNS:
      build_columns (b, gap, block);
      break;
    case BLOCK_FIELD:
      build_field (b, gap, block);
      break;
    case BLOCK_LINES:
      build_lines (b, gap, block);
      break;
    case BLOCK_RULE:
      {
        Row *row = builder_new_row (b, gap, 1);

        row_add_piece (row, PIECE_RULE, b->x, b->width, RULE)->offset = 0.5;
      }
      break;
    default:
      g_return_if_reached ();
    }

  if (b->doc->rows->len > first)
    b->previous = block->kind;
}

/* Fills pages top to bottom. A row goes to the next page when it does not fit, or
 * when the rows it must stay with would not, unless they would not fit on an
 * empty page either: then keeping them together is impossible and it is dropped. */
static guint
place_rows (KoersDocument *doc,
            double         top,
            double         bottom)
{
  double room = bottom - top;
  double y = top;
  guint page = 0;
  guint first_row = 0;
  gboolean empty = TRUE;

  g_array_set_size (doc->page_starts, 0);
  g_array_append_val (doc->page_starts, first_row);

  for (guint i = 0; i < doc->rows->len; i++)
    {
      Row *row = &g_array_index (doc->rows, Row, i);
      double gap = empty ? 0 : row->gap;
      double chain = row->height;
      gboolean fits;

      for (guint j = i; j + 1 < doc->rows->len && g_array_index (doc->rows, Row, j).keep_with_next; j++)
        {
          Row *next = &g_array_index (doc->rows, Row, j + 1);

          chain += next->gap + next->height;
          if (chain > room)
            break;
        }

      fits = y + gap + row->height <= bottom;
      if (chain <= room)
        fits = y + gap + chain <= bottom;

      if (!fits && !empty)
        {
          page++;
          g_array_append_val (doc->page_starts, i);
          y = top;
          gap = 0;
        }

      row->page = page;
      row->gap_used = gap;
      row->y = y + gap;
      y = row->y + row->height;
      empty = FALSE;
    }

  return page + 1;
}

static void
draw_fill (cairo_t     *cr,
           const Row   *row,
           const Piece *piece)
{
  /* The lines belong to the block, not to the rows, so they keep one pitch
   * across rows of another height. */
  double from = row->block_top - row->gap_used;
  double to = row->block_top + row->height;

  for (guint k = 1; piece->offset + k * WRITING_PITCH <= to; k++)
    {
      double at = piece->offset + k * WRITING_PITCH;

      if (at <= from)
        continue;
      cairo_move_to (cr, piece->x, row->y + (at - row->block_top));
      cairo_line_to (cr, piece->x + piece->width, row->y + (at - row->block_top));
    }
  cairo_stroke (cr);
}

static void
draw_piece (cairo_t     *cr,
            const Row   *row,
            const Piece *piece)
{
  double baseline = row->y + row->baseline;

  cairo_set_source_rgb (cr, piece->grey, piece->grey, piece->grey);

  switch (piece->kind)
    {
    case PIECE_TEXT:
      cairo_move_to (cr, piece->x, baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (piece->layout, piece->line));
      break;
    case PIECE_BULLET:
      cairo_new_sub_path (cr);
      cairo_arc (cr, piece->x, baseline - piece->size * 0.3, piece->size * 0.16, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PIECE_BOX:
      {
        double s = piece->width;
        double top = baseline - s + 0.5;

        cairo_set_line_width (cr, 0.9);
        cairo_rectangle (cr, piece->x, top, s, s);
        cairo_stroke (cr);
        if (piece->checked)
          {
            cairo_set_line_width (cr, 1.4);
            cairo_move_to (cr, piece->x + s * 0.2, top + s * 0.52);
            cairo_line_to (cr, piece->x + s * 0.42, top + s * 0.76);
            cairo_line_to (cr, piece->x + s * 0.82, top + s * 0.22);
            cairo_stroke (cr);
          }
      }
      break;
    case PIECE_RULE:
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, piece->x, row->y + piece->offset);
      cairo_line_to (cr, piece->x + piece->width, row->y + piece->offset);
      cairo_stroke (cr);
      break;
    case PIECE_FILL:
      cairo_set_line_width (cr, 0.6);
      draw_fill (cr, row, piece);
      break;
    case PIECE_VRULE:
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, piece->x, row->y - row->gap_used);
      cairo_line_to (cr, piece->x, row->y + row->height);
      cairo_stroke (cr);
      break;
    default:
      g_return_if_reached ();
    }
}

/* The banner in a frame, centred in the top margin: it must not be overlooked,
 * nor be mistaken for the sheet's own text. */
static void
draw_banner (KoersDocument *doc,
             cairo_t       *cr,
             PangoContext  *context,
             double         margin)
{
  g_autofree char *upper = g_utf8_strup (doc->banner, -1);
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;
  double pad_x = 8, pad_y = 3, x, y;

  /* One line, like the footer: it lives in the margin, and a banner is a word or two. */
  layout = make_layout (context, upper, BANNER_SIZE, PANGO_WEIGHT_BOLD, doc->width - 2 * margin, 0);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  x = (doc->width - w) / 2;
  y = MAX (4, (margin - h) / 2);

  cairo_set_source_rgb (cr, INK, INK, INK);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x - pad_x, y - pad_y, w + 2 * pad_x, h + 2 * pad_y);
  cairo_stroke (cr);
  /* A centred layout is aligned within its own width. */
  cairo_move_to (cr, (doc->width - (doc->width - 2 * margin)) / 2, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_footer (KoersDocument *doc,
             cairo_t       *cr,
             PangoContext  *context,
             double         margin,
             guint          page)
{
  guint n_pages = doc->page_starts->len;
  double width = doc->width - 2 * margin;
  /* Translators: in the footer of a printed sheet */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  g_autoptr(PangoLayout) right = make_layout (context, number, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, 0, 0);
  int right_width, right_height;
  double y;

  pango_layout_get_pixel_size (right, &right_width, &right_height);
  y = doc->height - margin / 2 - right_height / 2.0;

  cairo_set_source_rgb (cr, MUTED, MUTED, MUTED);
  cairo_move_to (cr, margin + width - right_width, y);
  pango_cairo_show_layout (cr, right);

  if (doc->footer != NULL)
    {
      g_autoptr(PangoLayout) left = make_layout (context, doc->footer, FOOTER_SIZE, PANGO_WEIGHT_NORMAL,
                                                 MAX (width - right_width - 24, 20), 0);

      /* One line only: the footer must not climb into the text. */
      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (left, -1);
      cairo_move_to (cr, margin, y);
      pango_cairo_show_layout (cr, left);
    }
}

static guint
paginate_cb (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  return koers_document_paginate (user_data, cr, width, height);
}

static void
render_cb (cairo_t  *cr,
           guint     page,
           gpointer  user_data)
{
  koers_document_render_page (user_data, cr, page);
}

KoersDocument *
koers_document_new (void)
{
  KoersDocument *doc = g_new0 (KoersDocument, 1);

  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  doc->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (doc->rows, row_clear);
  doc->page_starts = g_array_new (FALSE, TRUE, sizeof (guint));
  return doc;
}

void
koers_document_free (KoersDocument *doc)
{
  if (doc == NULL)
    return;

  g_ptr_array_unref (doc->blocks);
  g_array_unref (doc->rows);
  g_array_unref (doc->page_starts);
  g_clear_object (&doc->context);
  g_free (doc->banner);
  g_free (doc->footer);
  g_free (doc->pdf_title);
  g_free (doc);
}

void
koers_document_set_banner (KoersDocument *doc,
                           const char    *banner)
{
  g_return_if_fail (doc != NULL);

  g_free (doc->banner);
  doc->banner = dup_text (banner);
}

void
koers_document_set_footer (KoersDocument *doc,
                           const char    *text)
{
  g_return_if_fail (doc != NULL);

  g_free (doc->footer);
  doc->footer = dup_text (text);
}

void
koers_document_set_pdf_title (KoersDocument *doc,
                              const char    *title)
{
  g_return_if_fail (doc != NULL);

  g_free (doc->pdf_title);
  doc->pdf_title = dup_text (title);
}

void
koers_document_add_title (KoersDocument *doc,
                          const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_TITLE, text, NULL, NULL, NULL);
}

void
koers_document_add_subtitle (KoersDocument *doc,
                             const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_SUBTITLE, text, NULL, NULL, NULL);
}

void
koers_document_add_heading (KoersDocument *doc,
                            const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_HEADING, text, NULL, NULL, NULL);
}

void
koers_document_add_subheading (KoersDocument *doc,
                               const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_SUBHEADING, text, NULL, NULL, NULL);
}

void
koers_document_add_paragraph (KoersDocument *doc,
                              const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_PARAGRAPH, text, NULL, NULL, NULL);
}

void
koers_document_add_note (KoersDocument *doc,
                         const char    *text)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_NOTE, text, NULL, NULL, NULL);
}

void
koers_document_add_bullet (KoersDocument *doc,
                           const char    *text,
                           const char    *detail)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_BULLET, text, detail, NULL, NULL);
}

void
koers_document_add_checkbox (KoersDocument *doc,
                             const char    *text,
                             const char    *detail,
                             gboolean       checked)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (text))
    add_block (doc, BLOCK_CHECKBOX, text, detail, NULL, NULL)->checked = checked;
}

void
koers_document_add_columns (KoersDocument *doc,
                            const char    *left_heading,
                            const char    *left_text,
                            const char    *right_heading,
                            const char    *right_text)
{
  g_return_if_fail (doc != NULL);

  add_block (doc, BLOCK_COLUMNS, left_heading, left_text, right_heading, right_text);
}

void
koers_document_add_field (KoersDocument *doc,
                          const char    *label,
                          const char    *value)
{
  g_return_if_fail (doc != NULL);

  if (koers_str_is_set (label) || koers_str_is_set (value))
    add_block (doc, BLOCK_FIELD, label, value, NULL, NULL);
}

void
koers_document_add_lines (KoersDocument *doc,
                          guint          n_lines)
{
  g_return_if_fail (doc != NULL);

  if (n_lines > 0)
    add_block (doc, BLOCK_LINES, NULL, NULL, NULL, NULL)->n_lines = n_lines;
}

void
koers_document_add_rule (KoersDocument *doc)
{
  g_return_if_fail (doc != NULL);

  add_block (doc, BLOCK_RULE, NULL, NULL, NULL, NULL);
}

guint
koers_document_paginate (KoersDocument *doc,
                         cairo_t       *cr,
                         double         width,
                         double         height)
{
  double margin = page_margin (width, height);
  Builder b = { 0 };

  g_return_val_if_fail (doc != NULL, 1);
  g_return_val_if_fail (cr != NULL, 1);
  g_return_val_if_fail (width > 0 && height > 0, 1);

  g_array_set_size (doc->rows, 0);
  g_clear_object (&doc->context);
  doc->context = koers_print_create_context (cr);
  doc->width = width;
  doc->height = height;

  b.doc = doc;
  b.x = margin;
  b.width = width - 2 * margin;
  b.first = TRUE;
  for (guint i = 0; i < doc->blocks->len; i++)
    build_block (&b, g_ptr_array_index (doc->blocks, i));

  return place_rows (doc, margin, height - margin);
}

guint
koers_document_get_n_pages (KoersDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);

  return doc->page_starts->len;
}

void
koers_document_render_page (KoersDocument *doc,
                            cairo_t       *cr,
                            guint          page)
{
  PangoContext *context;
  double margin;
  guint from, to;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (doc->context != NULL);   /* paginate first */

  if (page >= doc->page_starts->len)
    return;

  margin = page_margin (doc->width, doc->height);
  from = g_array_index (doc->page_starts, guint, page);
  to = page + 1 < doc->page_starts->len ? g_array_index (doc->page_starts, guint, page + 1)
                                        : doc->rows->len;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = from; i < to; i++)
    {
      const Row *row = &g_array_index (doc->rows, Row, i);

      for (guint j = 0; j < row->n_pieces; j++)
        draw_piece (cr, row, &row->pieces[j]);
    }

  context = koers_print_create_context (cr);
  if (doc->banner != NULL)
    draw_banner (doc, cr, context, margin);
  draw_footer (doc, cr, context, margin, page);
  cairo_restore (cr);
  g_object_unref (context);
}

gboolean
koers_document_write_pdf (KoersDocument  *doc,
                          const char     *path,
                          guint          *n_pages,
                          GError        **error)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return koers_print_write_pdf (path, KOERS_PRINT_A4_WIDTH, KOERS_PRINT_A4_HEIGHT,
                                doc->pdf_title, paginate_cb, render_cb, doc, n_pages, error);
}
