/* koers-timeline-view.h: a student's timeline: quick entry, open follow-ups, the entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TIMELINE_VIEW (koers_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersTimelineView, koers_timeline_view, KOERS, TIMELINE_VIEW, AdwBin)

/* Signals: "entry-deleted" (KoersEntry: a copy that saving again restores),
 * "changed" (an entry was added, edited, deleted or a follow-up marked),
 * "error" (a message for the user). */
GtkWidget *koers_timeline_view_new                (void);
void       koers_timeline_view_set_store          (KoersTimelineView *self,
                                                   KoersStore        *store);
/* NULL empties the models and hides every revealed sensitive text again. */
void       koers_timeline_view_set_student        (KoersTimelineView *self,
                                                   KoersStudent      *student);
void       koers_timeline_view_reload             (KoersTimelineView *self);
void       koers_timeline_view_focus_quick_entry  (KoersTimelineView *self);
/* Clears the filters when they hide it, then selects and scrolls to the entry. */
void       koers_timeline_view_show_entry         (KoersTimelineView *self,
                                                   gint64             entry_id);
/* Opens the full editor for a new entry. */
void       koers_timeline_view_new_entry          (KoersTimelineView *self);
/* Opens the entry editor that a draft was kept for: entry @entry_id of the
 * student shown, or a new entry when 0 (or when that entry is gone). */
void       koers_timeline_view_resume_draft       (KoersTimelineView *self,
                                                   gint64             entry_id);

G_END_DECLS
