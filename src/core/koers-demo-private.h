/* koers-demo-private.h: what the demo's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/* Today plus @days as ISO date, moved off the weekend: schools write nothing on a Sunday. */
char     *koers_demo_school_day_iso   (const GDate *today,
                                       int          days);
/* The id of the entry in @entries whose text starts with @prefix; FALSE (and 0)
 * when the demo did not write it. */
gboolean  koers_demo_find_entry       (GPtrArray   *entries,
                                       const char  *prefix,
                                       gint64      *out_id);
/* Signal checklists for a few students, two over time for Mees (koers-demo-checklists.c). */
gboolean  koers_demo_fill_checklists  (KoersStore  *store,
                                       GError     **error);

/* A leerlingbespreking next week, with students of both mentors
 * (koers-demo-care-meetings.c). */
gboolean  koers_demo_fill_care_meetings (KoersStore *store,
                                       GError     **error);

G_END_DECLS
