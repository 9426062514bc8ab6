/* koers-overview-page.h: what needs attention across all students
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OVERVIEW_PAGE (koers_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, KOERS, OVERVIEW_PAGE, AdwBin)

/* Properties: "folded" (shows the back button and the window buttons on the left),
 * "count" (rows shown, for the sidebar's badge).
 * Signals: "back"; "item-activated" (KoersOverviewItem *: open the student there);
 * "toast" (AdwToast *: for the window to show). */
GtkWidget *koers_overview_page_new       (void);
/* NULL empties the page. */
void       koers_overview_page_set_store (KoersOverviewPage *self,
                                          KoersStore        *store);
/* Reads the notebook again, keeping the filters. */
void       koers_overview_page_reload    (KoersOverviewPage *self);
guint      koers_overview_page_get_count (KoersOverviewPage *self);

/* The activatable rows, in order (GtkListBoxRow, with the KoersOverviewItem as
 * object data "item"). */
GPtrArray *koers_overview_page_get_rows  (KoersOverviewPage *self);

G_END_DECLS
