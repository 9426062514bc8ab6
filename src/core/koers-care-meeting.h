/* koers-care-meeting.h: a leerlingbespreking (student care meeting)
 *
 * The zorgcoördinator plans one for a date with attendees and a list of students,
 * each with the question the mentor brings. During the meeting the conclusion and
 * the next steps are recorded per student; the store turns them into timeline
 * entries (a leerlingbespreking entry, and an agreement with a follow-up per step),
 * so they show up on the student's timeline and in the overview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "koers-student.h"

G_BEGIN_DECLS

/* A next step agreed for one student: what, who, by when. Recording it adds an
 * agreement entry with an open follow-up, kept in @entry_id. */
typedef struct
{
  gint64  id;
  char   *what;
  char   *owner;      /* "mentor", "zorgcoördinator", a name */
  char   *due;        /* ISO date */
  gint64  entry_id;
} KoersCareStep;

KoersCareStep *koers_care_step_new  (const char          *what,
                                     const char          *owner,
                                     const char          *due);
KoersCareStep *koers_care_step_copy (const KoersCareStep *step);
void           koers_care_step_free (KoersCareStep       *step);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCareStep, koers_care_step_free)

/* One student on the list. @student is filled when the meeting is read. */
typedef struct
{
  gint64        id;
  gint64        student_id;
  KoersStudent *student;
  char         *question;     /* the mentor's question for the meeting */
  char         *conclusion;   /* NULL until recorded */
  gint64        entry_id;     /* the leerlingbespreking entry, 0 until recorded */
  GPtrArray    *steps;        /* KoersCareStep */
} KoersCareStudent;

KoersCareStudent *koers_care_student_new  (gint64                  student_id,
                                           const char             *question);
KoersCareStudent *koers_care_student_copy (const KoersCareStudent *student);
void              koers_care_student_free (KoersCareStudent       *student);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCareStudent, koers_care_student_free)

/* The parts of a student's brief, strengths first (DOMAIN.md). */
typedef enum
{
  KOERS_BRIEF_STRENGTHS,
  KOERS_BRIEF_GOALS,
  KOERS_BRIEF_SIGNALS,
  KOERS_BRIEF_AGREEMENTS,
  KOERS_BRIEF_REFERRALS,
  KOERS_N_BRIEF_PARTS
} KoersBriefPart;

/* Translated: "Strengths", "Goals", "New signals", "Open agreements", "Referrals" */
const char *koers_brief_part_get_title (KoersBriefPart part);

typedef struct
{
  KoersBriefPart  part;
  char           *text;
  char           *detail;      /* a date, an owner, feedback; may be NULL */
  gboolean        sensitive;   /* from a sensitive entry: kept off paper by default */
} KoersBriefLine;

void koers_brief_line_free (KoersBriefLine *line);

/* What the meeting needs to know about one student, on one screen. */
typedef struct
{
  KoersStudent *student;
  char         *since;     /* signals newer than this ISO date count as new */
  GPtrArray    *lines;     /* KoersBriefLine, grouped by part in part order */
} KoersCareBrief;

void       koers_care_brief_free     (KoersCareBrief *brief);
/* The lines of @part, borrowed from @brief. */
GPtrArray *koers_care_brief_get_part (KoersCareBrief *brief,
                                      KoersBriefPart  part);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersCareBrief, koers_care_brief_free)

#define KOERS_TYPE_CARE_MEETING (koers_care_meeting_get_type ())
G_DECLARE_FINAL_TYPE (KoersCareMeeting, koers_care_meeting, KOERS, CARE_MEETING, GObject)

KoersCareMeeting *koers_care_meeting_new           (void);
KoersCareMeeting *koers_care_meeting_copy          (KoersCareMeeting *self);

gint64            koers_care_meeting_get_id        (KoersCareMeeting *self);
void              koers_care_meeting_set_id        (KoersCareMeeting *self,
                                                    gint64            id);
const char       *koers_care_meeting_get_uuid      (KoersCareMeeting *self);
void              koers_care_meeting_set_uuid      (KoersCareMeeting *self,
                                                    const char       *uuid);
/* ISO date; required. */
const char       *koers_care_meeting_get_date      (KoersCareMeeting *self);
void              koers_care_meeting_set_date      (KoersCareMeeting *self,
                                                    const char       *iso_date);
/* "15:30" or NULL */
const char       *koers_care_meeting_get_time      (KoersCareMeeting *self);
void              koers_care_meeting_set_time      (KoersCareMeeting *self,
                                                    const char       *time);
const char       *koers_care_meeting_get_place     (KoersCareMeeting *self);
void              koers_care_meeting_set_place     (KoersCareMeeting *self,
                                                    const char       *place);
/* Who organises it: the user who planned it. */
const char       *koers_care_meeting_get_author    (KoersCareMeeting *self);
void              koers_care_meeting_set_author    (KoersCareMeeting *self,
                                                    const char       *author);
/* Names with their role, "A. Smit (zorgcoördinator)"; NULL-terminated, never NULL. */
const char * const *koers_care_meeting_get_attendees (KoersCareMeeting *self);
void              koers_care_meeting_set_attendees (KoersCareMeeting   *self,
                                                    const char * const *attendees);
/* "A, B; C" or one per line: split on commas, semicolons and newlines. */
void              koers_care_meeting_set_attendees_text (KoersCareMeeting *self,
                                                    const char       *text);
char             *koers_care_meeting_dup_attendees_text (KoersCareMeeting *self);
/* KoersCareStudent, in the order of discussion; owned by the meeting. */
GPtrArray        *koers_care_meeting_get_students  (KoersCareMeeting *self);
/* The student on the list, or NULL. */
KoersCareStudent *koers_care_meeting_find_student  (KoersCareMeeting *self,
                                                    gint64            student_id);
/* Adds @student_id with @question unless already listed. Returns TRUE when added. */
gboolean          koers_care_meeting_add_student   (KoersCareMeeting *self,
                                                    gint64            student_id,
                                                    const char       *question);
gboolean          koers_care_meeting_remove_student (KoersCareMeeting *self,
                                                    gint64            student_id);
/* The ids (gint64) of the students on the list, in order. */
GArray           *koers_care_meeting_dup_student_ids (KoersCareMeeting *self);
/* How many listed students have a recorded conclusion. */
guint             koers_care_meeting_count_recorded (KoersCareMeeting *self);
const char       *koers_care_meeting_get_modified  (KoersCareMeeting *self);
void              koers_care_meeting_set_modified  (KoersCareMeeting *self,
                                                    const char       *timestamp);

G_END_DECLS
