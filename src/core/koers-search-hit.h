/* koers-search-hit.h: a timeline entry found by full-text search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "koers-entry.h"

G_BEGIN_DECLS

/* The snippet marks matched words with these bytes; front ends turn them into bold
 * (GUI) or brackets (CLI). */
#define KOERS_SEARCH_MATCH_START "\x02"
#define KOERS_SEARCH_MATCH_END   "\x03"

#define KOERS_TYPE_SEARCH_HIT (koers_search_hit_get_type ())
G_DECLARE_FINAL_TYPE (KoersSearchHit, koers_search_hit, KOERS, SEARCH_HIT, GObject)

KoersSearchHit *koers_search_hit_new               (gint64          student_id,
                                                    const char     *student_name,
                                                    gint64          entry_id,
                                                    const char     *date,
                                                    KoersEntryKind  kind,
                                                    const char     *snippet);
gint64          koers_search_hit_get_student_id    (KoersSearchHit *self);
const char     *koers_search_hit_get_student_name  (KoersSearchHit *self);
gint64          koers_search_hit_get_entry_id      (KoersSearchHit *self);
const char     *koers_search_hit_get_date          (KoersSearchHit *self);
KoersEntryKind  koers_search_hit_get_kind          (KoersSearchHit *self);
/* With KOERS_SEARCH_MATCH_START/END around the matched words. */
const char     *koers_search_hit_get_snippet       (KoersSearchHit *self);
/* The snippet with the markers replaced by @start and @end. */
char           *koers_search_hit_dup_snippet_marked (KoersSearchHit *self,
                                                    const char     *start,
                                                    const char     *end);
/* Pango markup: escaped text, matched words in bold. */
char           *koers_search_hit_dup_snippet_markup (KoersSearchHit *self);

G_END_DECLS
