/* koers-print-private.h: what the renderers in src/print share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A friendly, clear sans: GNOME's own, else what every system has. */
#define KOERS_PRINT_FONT_FAMILY "Cantarell, DejaVu Sans, sans"

/* ISO 216 A4 in points. */
#define KOERS_PRINT_A4_WIDTH  595.276
#define KOERS_PRINT_A4_HEIGHT 841.890

/* A pango context for @cr that measures with the same outlines it draws with. */
PangoContext *koers_print_create_context (cairo_t *cr);

/* Called once with a cairo context on the PDF surface; returns the number of pages. */
typedef guint (*KoersPrintPaginateFunc) (cairo_t  *cr,
                                         double    width,
                                         double    height,
                                         gpointer  user_data);
typedef void  (*KoersPrintRenderFunc)   (cairo_t  *cr,
                                         guint     page,
                                         gpointer  user_data);

/* Writes a PDF of @width × @height points to @path: beside it first, then renamed
 * into place, so a failure never leaves half a file nor destroys the one that was
 * there. The file is private (0600). @title is the PDF's title metadata and must
 * not name anyone: metadata travels further than the page. */
gboolean koers_print_write_pdf (const char              *path,
                                double                   width,
                                double                   height,
                                const char              *title,
                                KoersPrintPaginateFunc   paginate,
                                KoersPrintRenderFunc     render,
                                gpointer                 user_data,
                                guint                   *n_pages,
                                GError                 **error);

G_END_DECLS
