/* koers-meeting-ics-export.h: a parent meeting into a calendar file the user picks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "koers-meeting.h"
#include "koers-store.h"
#include "koers-student.h"

G_BEGIN_DECLS

/* Called once the file is written (@error NULL) or failed; not when the user
 * cancels. @file is NULL when the meeting cannot become an event at all (no date
 * or time), which is told before a file is chosen. The same shape as
 * KoersMeetingSheetDoneFunc (@n_pages is always 0), so one callback reports both. */
typedef void (*KoersMeetingIcsDoneFunc) (GFile        *file,
                                         guint         n_pages,
                                         const GError *error,
                                         gpointer      user_data);

/* Asks where to save, then writes @meeting as an .ics event with @invitation as its
 * description. Works on a copy: later edits of @meeting do not reach the file.
 * @user_data (a GObject) is kept alive until @done has run. */
void     koers_meeting_export_ics       (GtkWindow               *parent,
                                         KoersStore              *store,
                                         KoersMeeting            *meeting,
                                         KoersStudent            *student,
                                         const char              *invitation,
                                         KoersMeetingIcsDoneFunc  done,
                                         GObject                 *user_data);
/* What the export writes once @file is chosen. */
gboolean koers_meeting_export_ics_write (KoersStore              *store,
                                         KoersMeeting            *meeting,
                                         KoersStudent            *student,
                                         const char              *invitation,
                                         GFile                   *file,
                                         GError                 **error);
/* "Meeting Lotte van der Meer.ics" (translated). */
char    *koers_meeting_ics_dup_suggested_name (KoersStudent      *student);

G_END_DECLS
