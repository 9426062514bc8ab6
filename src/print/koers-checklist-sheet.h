/* koers-checklist-sheet.h: a signal checklist on paper
 *
 * Two sheets from one renderer (koers-document, A4, paginated):
 * - blank, to fill in on paper at a meeting: every signal of a template with
 *   three boxes (not seen, seen, seen often) and room for a note, then the card's
 *   tips and the reflection questions with lines to write on;
 * - filled in: every signal with its answer ticked and its note, what changed
 *   since the previous final checklist (in words, quiet signals as visible as loud
 *   ones, no counts, no score), the reflection and the next step. Every page says
 *   CONFIDENTIAL: it is about a child's wellbeing.
 * Both print paths use it: PDF export and the GTK print dialog's draw-page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

typedef struct _KoersChecklistSheet KoersChecklistSheet;

/* The checklist @checklist_id as filled in, with its student and the previous
 * final checklist of the same template to compare with. */
KoersChecklistSheet *koers_checklist_sheet_new_filled  (KoersStore  *store,
                                                        gint64       checklist_id,
                                                        GError     **error);
/* A blank sheet of template @template_id; @student_id 0 leaves the name to write
 * in by hand. */
KoersChecklistSheet *koers_checklist_sheet_new_blank   (KoersStore  *store,
                                                        gint64       template_id,
                                                        gint64       student_id,
                                                        GError     **error);
void                 koers_checklist_sheet_free        (KoersChecklistSheet *sheet);

/* Lays the sheet out on pages of @width × @height points; returns the page count. */
guint                koers_checklist_sheet_paginate    (KoersChecklistSheet *sheet,
                                                        cairo_t             *cr,
                                                        double               width,
                                                        double               height);
/* Draws page @page (0-based) of the last pagination. */
void                 koers_checklist_sheet_render_page (KoersChecklistSheet *sheet,
                                                        cairo_t             *cr,
                                                        guint                page);
/* A4 PDF at @path, atomically (a failed write leaves no file). */
gboolean             koers_checklist_sheet_write_pdf   (KoersChecklistSheet *sheet,
                                                        const char          *path,
                                                        guint               *n_pages,
                                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersChecklistSheet, koers_checklist_sheet_free)

G_END_DECLS
