/* koers-student.h: one student of the notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KOERS_TYPE_STUDENT (koers_student_get_type ())
G_DECLARE_FINAL_TYPE (KoersStudent, koers_student, KOERS, STUDENT, GObject)

KoersStudent *koers_student_new                (void);
KoersStudent *koers_student_copy               (KoersStudent *self);

gint64        koers_student_get_id             (KoersStudent *self);
void          koers_student_set_id             (KoersStudent *self,
                                                gint64        id);
const char   *koers_student_get_uuid           (KoersStudent *self);
void          koers_student_set_uuid           (KoersStudent *self,
                                                const char   *uuid);
const char   *koers_student_get_student_number (KoersStudent *self);
void          koers_student_set_student_number (KoersStudent *self,
                                                const char   *number);
const char   *koers_student_get_first_name     (KoersStudent *self);
void          koers_student_set_first_name     (KoersStudent *self,
                                                const char   *first_name);
const char   *koers_student_get_tussenvoegsel  (KoersStudent *self);
void          koers_student_set_tussenvoegsel  (KoersStudent *self,
                                                const char   *tussenvoegsel);
const char   *koers_student_get_last_name      (KoersStudent *self);
void          koers_student_set_last_name      (KoersStudent *self,
                                                const char   *last_name);
const char   *koers_student_get_group          (KoersStudent *self);
void          koers_student_set_group          (KoersStudent *self,
                                                const char   *group);
/* ISO 8601 date ("2012-03-14") or NULL when unknown. */
const char   *koers_student_get_birth_date     (KoersStudent *self);
void          koers_student_set_birth_date     (KoersStudent *self,
                                                const char   *iso_date);
const char   *koers_student_get_email          (KoersStudent *self);
void          koers_student_set_email          (KoersStudent *self,
                                                const char   *email);
/* The student's mentor, by name ("M. de Boer"); NULL when unknown. */
const char   *koers_student_get_mentor         (KoersStudent *self);
void          koers_student_set_mentor         (KoersStudent *self,
                                                const char   *mentor);
const char   *koers_student_get_notes          (KoersStudent *self);
void          koers_student_set_notes          (KoersStudent *self,
                                                const char   *notes);
gboolean      koers_student_get_archived       (KoersStudent *self);
void          koers_student_set_archived       (KoersStudent *self,
                                                gboolean      archived);
const char   *koers_student_get_modified       (KoersStudent *self);
void          koers_student_set_modified       (KoersStudent *self,
                                                const char   *modified);

/* "Lotte van der Meer" */
const char   *koers_student_get_display_name   (KoersStudent *self);
/* "Meer, Lotte van der": Dutch lists sort on the last name without tussenvoegsel. */
const char   *koers_student_get_sort_name      (KoersStudent *self);
/* Age in whole years on @today (NULL: today), -1 when the birth date is unknown. */
int           koers_student_get_age            (KoersStudent *self,
                                                GDate        *today);
gboolean      koers_student_is_adult           (KoersStudent *self,
                                                GDate        *today);
/* Case- and diacritic-insensitive match on name, student number and group. */
gboolean      koers_student_matches            (KoersStudent *self,
                                                const char   *search);
/* The ids of the KoersStudent objects in @students, each once, in order. */
GArray       *koers_student_list_get_ids       (GPtrArray    *students);

G_END_DECLS
