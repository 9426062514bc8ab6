/* koers-overview-export.h: the zorgcoördinator overview as CSV and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/* Semicolon-separated UTF-8 with a byte order mark (what Dutch spreadsheets open
 * as is), a translated header, one line per row of @items (KoersOverviewItem). */
char *koers_overview_to_csv  (GPtrArray                *items);

/* One JSON object: the query (today, group, mentor, quiet_weeks) and every section
 * by its id with its title and rows, empty sections included. Dates are ISO. */
char *koers_overview_to_json (GPtrArray                *items,
                              const KoersOverviewQuery *query,
                              const char               *today);

G_END_DECLS
