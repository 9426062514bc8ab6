/* koers-overview-sheet.h: the zorgcoördinator overview on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-document.h"
#include "koers-store.h"

G_BEGIN_DECLS

/* Every section of @items (KoersOverviewItem) under its heading, empty ones said to
 * be empty, with the date and the filters of @query in the subtitle. It names
 * students, so every page says "Confidential". */
KoersDocument *koers_overview_sheet_new (GPtrArray                *items,
                                         const KoersOverviewQuery *query,
                                         const char               *today);

G_END_DECLS
