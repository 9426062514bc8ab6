/* koers-document.h: a flowing, paginated document for paper (cairo + pango)
 *
 * The sheets Koers prints (meeting preparation, agreements for parents, overviews,
 * checklists) are built from the same few blocks and laid out by this one
 * renderer: text wraps and never clips, a block taller than what is left of a page
 * continues on the next one line by line, headings stay with what follows them,
 * and every page gets a footer with its number (and an optional banner such as
 * "CONFIDENTIAL"). Calm black-and-white typography; meaning is never in colour.
 *
 * Build it with the add_* functions in reading order, then paginate for a page
 * size (the print dialog's begin-print) and render pages (its draw-page), or
 * write an A4 PDF in one go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _KoersDocument KoersDocument;

KoersDocument *koers_document_new             (void);
void           koers_document_free            (KoersDocument *doc);

/* Printed prominently at the top of every page (e.g. "CONFIDENTIAL"); NULL: none. */
void           koers_document_set_banner      (KoersDocument *doc,
                                               const char    *banner);
/* Small text at the left of every page's footer, beside "Page x of y"; NULL: none. */
void           koers_document_set_footer      (KoersDocument *doc,
                                               const char    *text);
/* The PDF's title metadata. Keep it neutral ("Parent meeting"): no names. */
void           koers_document_set_pdf_title   (KoersDocument *doc,
                                               const char    *title);

/* The blocks, in reading order. Text is plain (not markup); NULL or "" text adds
 * nothing, except where noted. */
void           koers_document_add_title       (KoersDocument *doc,
                                               const char    *text);
/* A muted line under the title: "Lotte van der Meer · 2A". */
void           koers_document_add_subtitle    (KoersDocument *doc,
                                               const char    *text);
void           koers_document_add_heading     (KoersDocument *doc,
                                               const char    *text);
/* A smaller heading inside a section ("Learning", a goal's title). */
void           koers_document_add_subheading  (KoersDocument *doc,
                                               const char    *text);
void           koers_document_add_paragraph   (KoersDocument *doc,
                                               const char    *text);
/* A paragraph in muted grey: "Nothing prepared yet." */
void           koers_document_add_note        (KoersDocument *doc,
                                               const char    *text);
/* A bullet item; @detail (may be NULL) is a smaller, muted line under it:
 * a date, an owner. */
void           koers_document_add_bullet      (KoersDocument *doc,
                                               const char    *text,
                                               const char    *detail);
/* An item with a box in front, to tick on paper; @checked draws it ticked. */
void           koers_document_add_checkbox    (KoersDocument *doc,
                                               const char    *text,
                                               const char    *detail,
                                               gboolean       checked);
/* Two columns side by side, each with a small heading: "School's view" |
 * "Home's view". A column without text gets ruled lines to write on. */
void           koers_document_add_columns     (KoersDocument *doc,
                                               const char    *left_heading,
                                               const char    *left_text,
                                               const char    *right_heading,
                                               const char    *right_text);
/* "Date:" with its value beside it; without a value, a line to write it on. */
void           koers_document_add_field       (KoersDocument *doc,
                                               const char    *label,
                                               const char    *value);
/* @n_lines ruled lines to write on. */
void           koers_document_add_lines       (KoersDocument *doc,
                                               guint          n_lines);
/* A thin horizontal rule across the text column. */
void           koers_document_add_rule        (KoersDocument *doc);

/* Lays the blocks out on pages of @width × @height points; returns the number of
 * pages (at least 1). */
guint          koers_document_paginate        (KoersDocument *doc,
                                               cairo_t       *cr,
                                               double         width,
                                               double         height);
guint          koers_document_get_n_pages     (KoersDocument *doc);
/* Draws page @page (0-based) of the last pagination. */
void           koers_document_render_page     (KoersDocument *doc,
                                               cairo_t       *cr,
                                               guint          page);
/* A4 PDF at @path, atomically: a failed write leaves no file. */
gboolean       koers_document_write_pdf       (KoersDocument *doc,
                                               const char    *path,
                                               guint         *n_pages,
                                               GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersDocument, koers_document_free)

G_END_DECLS
