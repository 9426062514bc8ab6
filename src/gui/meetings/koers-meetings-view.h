/* koers-meetings-view.h: a student's parent meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MEETINGS_VIEW (koers_meetings_view_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeetingsView, koers_meetings_view, KOERS, MEETINGS_VIEW, AdwBin)

/* Signals: "changed" (a meeting was saved, held or deleted: the timeline may have
 * new agreements or a parent contact), "toast" (AdwToast *: for the window). */
void koers_meetings_view_set_store   (KoersMeetingsView *self,
                                      KoersStore        *store);
/* NULL empties the view and closes the editor. */
void koers_meetings_view_set_student (KoersMeetingsView *self,
                                      KoersStudent      *student);
void koers_meetings_view_reload      (KoersMeetingsView *self);
/* Opens the editor for a new meeting of the student shown. */
void koers_meetings_view_new_meeting (KoersMeetingsView *self);

G_END_DECLS
