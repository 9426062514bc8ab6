/* koers-student-sidebar-private.h: the widgets the GUI test looks at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-student-sidebar.h"

G_BEGIN_DECLS

/* The students the list shows (after search and class filter), in its order. */
guint         koers_student_sidebar_get_n_shown    (KoersStudentSidebar *self);
/* Owned by the list. */
KoersStudent *koers_student_sidebar_get_shown      (KoersStudentSidebar *self,
                                                    guint                position);
/* As Enter on that row does. */
void          koers_student_sidebar_activate_shown (KoersStudentSidebar *self,
                                                    guint                position);
/* Its rows are KoersStudentRow. */
GtkListView  *koers_student_sidebar_get_list_view  (KoersStudentSidebar *self);
GtkEditable *koers_student_sidebar_get_search_entry (KoersStudentSidebar *self);
/* Rows of the notes the search found (below the students). */
GtkListBox *koers_student_sidebar_get_notes_list_box (KoersStudentSidebar *self);
/* The Overview row and the label with its count. */
GtkListBoxRow *koers_student_sidebar_get_overview_row (KoersStudentSidebar *self);
GtkLabel   *koers_student_sidebar_get_overview_badge (KoersStudentSidebar *self);
/* "list", "empty" (no students at all) or "no-results" */
const char *koers_student_sidebar_get_visible_state (KoersStudentSidebar *self);

G_END_DECLS
