/* koers-meeting-sheet.h: the parent meeting on paper
 *
 * Two sheets from one renderer (cairo + pango, A4, paginated): the mentor's
 * preparation (everything prepared; sensitive items only when asked for, and then
 * every page says CONFIDENTIAL) and the summary of agreements for the parents
 * (never anything sensitive: no worry examples, no timeline text, no views).
 * Both print paths use it: PDF export and the GTK print dialog's draw-page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_SHEET_PREPARATION,   /* for the mentor */
  KOERS_SHEET_FOR_PARENTS,   /* agreements and next contact, for the parents */
} KoersSheetKind;

typedef struct _KoersMeetingSheet KoersMeetingSheet;

/* Collects what the sheet shows: the meeting, its student, the linked entries and
 * the goals selected to discuss. @include_sensitive only counts for the preparation. */
KoersMeetingSheet *koers_meeting_sheet_new_from_store (KoersStore      *store,
                                                       gint64           meeting_id,
                                                       KoersSheetKind   kind,
                                                       gboolean         include_sensitive,
                                                       GError         **error);
void               koers_meeting_sheet_free           (KoersMeetingSheet *sheet);

/* Lays the sheet out on pages of @width × @height points (for the print dialog's
 * begin-print); returns the number of pages. */
guint              koers_meeting_sheet_paginate       (KoersMeetingSheet *sheet,
                                                       cairo_t           *cr,
                                                       double             width,
                                                       double             height);
/* Draws page @page (0-based) of the last pagination. */
void               koers_meeting_sheet_render_page    (KoersMeetingSheet *sheet,
                                                       cairo_t           *cr,
                                                       guint              page);
/* A4 PDF at @path, atomically (a failed write leaves no file). */
gboolean           koers_meeting_sheet_write_pdf      (KoersMeetingSheet *sheet,
                                                       const char        *path,
                                                       guint             *n_pages,
                                                       GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersMeetingSheet, koers_meeting_sheet_free)

G_END_DECLS
