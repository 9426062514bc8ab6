/* koers-student-sidebar.h: the students of the notebook, grouped by class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT_SIDEBAR (koers_student_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudentSidebar, koers_student_sidebar, KOERS, STUDENT_SIDEBAR, AdwBin)

/* Properties: "folded" (the leaflet shows one side at a time),
 * "selected-student" (KoersStudent, read-only), "empty" (no students at all,
 * read-only).
 * "overview-selected" (the Overview row is chosen instead of a student, read-only).
 * Signals: "student-activated" (KoersStudent *student: the user chose a row),
 * "overview-activated" (the user chose the Overview row). */
GtkWidget    *koers_student_sidebar_new                  (void);
/* NULL empties the list, the search and the class filter: nothing of the
 * notebook stays in the widgets. */
void          koers_student_sidebar_set_store            (KoersStudentSidebar *self,
                                                          KoersStore          *store);
/* Reads the students again; keeps the selection when the student is still there. */
void          koers_student_sidebar_reload               (KoersStudentSidebar *self);
void          koers_student_sidebar_set_show_archived    (KoersStudentSidebar *self,
                                                          gboolean             show_archived);
KoersStudent *koers_student_sidebar_get_selected_student (KoersStudentSidebar *self);
/* Selects the student with @id (0: none), clearing a search that hides it. */
void          koers_student_sidebar_select_student       (KoersStudentSidebar *self,
                                                          gint64               id);
/* No students at all. */
gboolean      koers_student_sidebar_get_empty            (KoersStudentSidebar *self);
/* Chooses the Overview row (the student stays selected underneath). */
void          koers_student_sidebar_show_overview        (KoersStudentSidebar *self);
gboolean      koers_student_sidebar_get_overview_selected (KoersStudentSidebar *self);
/* The number on the Overview row's badge; 0 hides it. */
void          koers_student_sidebar_set_overview_count   (KoersStudentSidebar *self,
                                                          guint                count);
void          koers_student_sidebar_start_search         (KoersStudentSidebar *self);
/* Typing in @widget starts a search. */
void          koers_student_sidebar_set_key_capture_widget (KoersStudentSidebar *self,
                                                            GtkWidget           *widget);

G_END_DECLS
