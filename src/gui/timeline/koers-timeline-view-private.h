/* koers-timeline-view-private.h: what the GUI test drives in the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-entry-row.h"
#include "koers-timeline-view.h"

G_BEGIN_DECLS

/* The quick-entry bar's text entry; activating it saves the note. */
GtkEditable    *koers_timeline_view_get_quick_entry    (KoersTimelineView *self);
/* The entries shown (KoersEntry), newest first. */
GListModel     *koers_timeline_view_get_model          (KoersTimelineView *self);
/* The filter popover's check button of one kind. */
GtkCheckButton *koers_timeline_view_get_kind_check     (KoersTimelineView *self,
                                                        KoersEntryKind     kind);
/* "Clear Filters" on the page that says no entries match. */
GtkWidget      *koers_timeline_view_get_clear_button   (KoersTimelineView *self);
/* "list", "empty" (no entries at all) or "no-match" (the filters hide all). */
const char     *koers_timeline_view_get_visible_state  (KoersTimelineView *self);
/* The row widget showing the entry at @position, NULL when not realised. */
KoersEntryRow  *koers_timeline_view_get_row            (KoersTimelineView *self,
                                                        guint              position);
/* All open follow-ups of the student, shown or behind "Show All". */
guint           koers_timeline_view_get_n_followups    (KoersTimelineView *self);
/* Its rows: the follow-ups shown, then "Show All N Follow-ups" when some are not. */
GtkListBox     *koers_timeline_view_get_followups_list (KoersTimelineView *self);
/* The entries' scrolled window: the next page loads near its end. */
GtkScrolledWindow *koers_timeline_view_get_scroller    (KoersTimelineView *self);

G_END_DECLS
