/* koers-student-page.h: one student, shown beside the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"
#include "koers-student.h"
#include "students/koers-attendance-group.h"
#include "checklists/koers-checklists-view.h"
#include "goals/koers-goals-view.h"
#include "meetings/koers-meetings-view.h"
#include "timeline/koers-timeline-view.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT_PAGE (koers_student_page_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudentPage, koers_student_page, KOERS, STUDENT_PAGE, AdwBin)

/* Properties: "folded" (shows the back button and the window buttons on the left),
 * "show-hint" (the empty page says how to choose a student).
 * Signal: "back" (the user wants the list again). Its buttons use the window's
 * actions win.edit-student, win.archive-student and win.restore-student. */
GtkWidget    *koers_student_page_new         (void);
/* NULL shows "No Student Selected" and empties every label. */
void          koers_student_page_set_student (KoersStudentPage *self,
                                              KoersStudent     *student);
KoersStudent *koers_student_page_get_student (KoersStudentPage *self);
/* The notebook the timeline and the attendance come from; NULL when locked. */
void          koers_student_page_set_store   (KoersStudentPage *self,
                                              KoersStore       *store);
KoersTimelineView *koers_student_page_get_timeline (KoersStudentPage *self);
KoersAttendanceGroup *koers_student_page_get_attendance_group (KoersStudentPage *self);
KoersGoalsView *koers_student_page_get_goals (KoersStudentPage *self);
KoersMeetingsView *koers_student_page_get_meetings (KoersStudentPage *self);
/* Switches to the Meetings page. */
void          koers_student_page_show_meetings (KoersStudentPage *self);
KoersChecklistsView *koers_student_page_get_checklists (KoersStudentPage *self);
/* Switches to the Signals page. */
void          koers_student_page_show_checklists (KoersStudentPage *self);
/* Switches to the Goals page. */
void          koers_student_page_show_goals (KoersStudentPage *self);
/* Switches from Details to Timeline. */
void          koers_student_page_show_timeline (KoersStudentPage *self);
/* The Details page, with attendance. */
void          koers_student_page_show_details (KoersStudentPage *self);
/* "timeline", "goals", "meetings", "checklists" or "details". */
const char   *koers_student_page_get_view_name (KoersStudentPage *self);

G_END_DECLS
