/* koers-meeting.h: a parent meeting (oudergesprek): preparation, agenda, agreements
 *
 * The structure follows DOMAIN.md, "Parent meeting": reason and aims, attendees,
 * strengths per area, the worry as a wij-message with dated examples from the
 * timeline, both views, questions for the parents, the goals to discuss, an
 * explicit agenda (sensitive subjects only when they are on it), and afterwards
 * the agreements, the next contact moment and a short evaluation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "koers-entry.h"
#include "koers-student.h"

G_BEGIN_DECLS

/* draft → planned → held; draft or planned → cancelled. Held and cancelled are final. */
typedef enum
{
  KOERS_MEETING_DRAFT,       /* concept */
  KOERS_MEETING_PLANNED,     /* gepland */
  KOERS_MEETING_HELD,        /* gehouden */
  KOERS_MEETING_CANCELLED,   /* geannuleerd */
  KOERS_N_MEETING_STATUSES
} KoersMeetingStatus;

typedef enum
{
  KOERS_ATTENDEE_PARENT,             /* ouder of verzorger */
  KOERS_ATTENDEE_STUDENT,            /* leerling */
  KOERS_ATTENDEE_MENTOR,             /* mentor */
  KOERS_ATTENDEE_CARE_COORDINATOR,   /* zorgcoördinator */
  KOERS_ATTENDEE_OTHER,              /* anders */
  KOERS_N_ATTENDEE_ROLES
} KoersAttendeeRole;

/* The seven areas of strengths (DOMAIN.md), in the order of the method. */
typedef enum
{
  KOERS_AREA_LEARNING,         /* Leerprestaties */
  KOERS_AREA_WORK_ATTITUDE,    /* Werkhouding */
  KOERS_AREA_COGNITIVE,        /* Cognitief functioneren */
  KOERS_AREA_SOCIAL_EMOTIONAL, /* Sociaal-emotioneel functioneren */
  KOERS_AREA_CREATIVE,         /* Creatief, muzikaal, beeldend */
  KOERS_AREA_PHYSICAL,         /* Lichamelijk functioneren */
  KOERS_AREA_INTERESTS,        /* Interesses en talenten */
  KOERS_N_AREAS
} KoersArea;

/* An adult student's consent to involve the parents. */
typedef enum
{
  KOERS_CONSENT_UNKNOWN,   /* not asked / not recorded */
  KOERS_CONSENT_GIVEN,
  KOERS_CONSENT_REFUSED,
} KoersConsent;

typedef enum
{
  KOERS_OWNER_SCHOOL,
  KOERS_OWNER_PARENT,
  KOERS_OWNER_STUDENT,
  KOERS_OWNER_OTHER,
  KOERS_N_OWNERS
} KoersAgreementOwner;

/* How a linked timeline entry is used in the preparation. */
typedef enum
{
  KOERS_LINK_EXAMPLE,      /* a concrete, dated example of the worry */
  KOERS_LINK_GOING_WELL,   /* a situation where it does go well */
  KOERS_LINK_STRENGTH,     /* a "positief" entry pulled into a strengths area */
} KoersLinkRole;

/* Default planned duration in minutes. */
#define KOERS_MEETING_DEFAULT_MINUTES 30

/* Stable ids ("draft", "planned", "held", "cancelled"; "parent", "student", "mentor",
 * "care-coordinator", "other"; "school", "parent", "student", "other"), never
 * translated. from_string also takes the Dutch words ("concept", "gepland",
 * "gehouden", "geannuleerd"; "ouder", "leerling", "zorgcoördinator", "anders";
 * "school", "ouder", "leerling", "anders") case-insensitively. */
const char *koers_meeting_status_to_id        (KoersMeetingStatus  status);
gboolean    koers_meeting_status_from_string  (const char         *text,
                                               KoersMeetingStatus *out);
/* Translated: "Draft", "Planned", "Held", "Cancelled" */
const char *koers_meeting_status_get_label    (KoersMeetingStatus  status);
const char *koers_attendee_role_to_id         (KoersAttendeeRole   role);
gboolean    koers_attendee_role_from_string   (const char         *text,
                                               KoersAttendeeRole  *out);
/* Translated: "Parent or carer", "Student", "Mentor", "Care coordinator", "Other" */
const char *koers_attendee_role_get_label     (KoersAttendeeRole   role);
/* Translated: "Learning", "Work attitude", "Cognitive functioning",
 * "Social and emotional functioning", "Creative, musical, visual",
 * "Physical functioning", "Interests and talents" */
const char *koers_area_get_label              (KoersArea           area);
const char *koers_agreement_owner_to_id       (KoersAgreementOwner owner);
gboolean    koers_agreement_owner_from_string (const char         *text,
                                               KoersAgreementOwner *out);
/* Translated: "School", "Parents", "Student", "Other" */
const char *koers_agreement_owner_get_label   (KoersAgreementOwner owner);

/* Boxed helpers: plain structs owned by the meeting's arrays. */

typedef struct
{
  KoersAttendeeRole  role;
  char              *name;    /* "mevrouw Jansen (moeder)"; may be NULL for the student */
  gboolean           leads;   /* leads the meeting (one attendee at most) */
} KoersAttendee;

typedef struct
{
  gint64         entry_id;
  KoersLinkRole  role;
  KoersArea      area;       /* only for KOERS_LINK_STRENGTH */
} KoersMeetingLink;

/* An agenda item or a prepared question. @entry_id links a (sensitive) timeline
 * entry the item is about, 0 when none. @done: ticked in meeting mode. */
typedef struct
{
  char     *text;
  gint64    entry_id;
  gboolean  done;
} KoersMeetingItem;

/* An agreement (afspraak). Saving it adds a timeline entry of kind agreement with an
 * open follow-up (what, owner, due), whose id is kept in @entry_id. */
typedef struct
{
  gint64               id;
  char                *uuid;
  char                *what;
  KoersAgreementOwner  owner;
  char                *owner_name;   /* "mevrouw Jansen", "mentor"; may be NULL */
  char                *due;          /* ISO date, required */
  gint64               entry_id;
} KoersAgreement;

KoersAttendee    *koers_attendee_new       (KoersAttendeeRole  role,
                                            const char        *name,
                                            gboolean           leads);
void              koers_attendee_free      (KoersAttendee     *attendee);
KoersMeetingItem *koers_meeting_item_new   (const char        *text,
                                            gint64             entry_id,
                                            gboolean           done);
void              koers_meeting_item_free  (KoersMeetingItem  *item);
KoersAgreement   *koers_agreement_new      (const char        *what,
                                            KoersAgreementOwner owner,
                                            const char        *owner_name,
                                            const char        *due);
KoersAgreement   *koers_agreement_copy     (const KoersAgreement *agreement);
void              koers_agreement_free     (KoersAgreement    *agreement);
/* "Parents (mevrouw Jansen)" or "School" when there is no name; translated. */
char             *koers_agreement_dup_owner_text (const KoersAgreement *agreement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersAttendee, koers_attendee_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersMeetingItem, koers_meeting_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersAgreement, koers_agreement_free)

#define KOERS_TYPE_MEETING (koers_meeting_get_type ())
G_DECLARE_FINAL_TYPE (KoersMeeting, koers_meeting, KOERS, MEETING, GObject)

/* A draft with the default duration, the default agenda and the default questions
 * for the parents (translated), nothing else. */
KoersMeeting   *koers_meeting_new                (void);
KoersMeeting   *koers_meeting_copy               (KoersMeeting       *self);

gint64          koers_meeting_get_id             (KoersMeeting       *self);
void            koers_meeting_set_id             (KoersMeeting       *self,
                                                  gint64              id);
const char     *koers_meeting_get_uuid           (KoersMeeting       *self);
void            koers_meeting_set_uuid           (KoersMeeting       *self,
                                                  const char         *uuid);
gint64          koers_meeting_get_student_id     (KoersMeeting       *self);
void            koers_meeting_set_student_id     (KoersMeeting       *self,
                                                  gint64              student_id);
KoersMeetingStatus koers_meeting_get_status      (KoersMeeting       *self);
void            koers_meeting_set_status         (KoersMeeting       *self,
                                                  KoersMeetingStatus  status);
/* The mentor who prepared it (the notebook's user name at creation). */
const char     *koers_meeting_get_author         (KoersMeeting       *self);
void            koers_meeting_set_author         (KoersMeeting       *self,
                                                  const char         *author);

/* Reason (aanleiding) and aims (what we want to reach), both for the invitation. */
const char     *koers_meeting_get_reason         (KoersMeeting       *self);
void            koers_meeting_set_reason         (KoersMeeting       *self,
                                                  const char         *reason);
const char     *koers_meeting_get_aims           (KoersMeeting       *self);
void            koers_meeting_set_aims           (KoersMeeting       *self,
                                                  const char         *aims);
/* ISO date, "19:30", place, planned minutes. */
const char     *koers_meeting_get_date           (KoersMeeting       *self);
void            koers_meeting_set_date           (KoersMeeting       *self,
                                                  const char         *iso_date);
const char     *koers_meeting_get_time           (KoersMeeting       *self);
void            koers_meeting_set_time           (KoersMeeting       *self,
                                                  const char         *time);
const char     *koers_meeting_get_place          (KoersMeeting       *self);
void            koers_meeting_set_place          (KoersMeeting       *self,
                                                  const char         *place);
guint           koers_meeting_get_duration       (KoersMeeting       *self);
void            koers_meeting_set_duration       (KoersMeeting       *self,
                                                  guint               minutes);

/* KoersAttendee, owned by the meeting. set_attendees copies the array's elements. */
GPtrArray      *koers_meeting_get_attendees      (KoersMeeting       *self);
void            koers_meeting_set_attendees      (KoersMeeting       *self,
                                                  GPtrArray          *attendees);
void            koers_meeting_add_attendee       (KoersMeeting       *self,
                                                  KoersAttendeeRole   role,
                                                  const char         *name,
                                                  gboolean            leads);
gboolean        koers_meeting_has_parents        (KoersMeeting       *self);
/* The attendee who leads, or NULL. */
KoersAttendee  *koers_meeting_get_leader         (KoersMeeting       *self);

/* Consent of an adult student to involve the parents: yes/no, date (ISO), how
 * ("mondeling in mentorgesprek"). */
KoersConsent    koers_meeting_get_consent        (KoersMeeting       *self);
void            koers_meeting_set_consent        (KoersMeeting       *self,
                                                  KoersConsent        consent);
const char     *koers_meeting_get_consent_date   (KoersMeeting       *self);
void            koers_meeting_set_consent_date   (KoersMeeting       *self,
                                                  const char         *iso_date);
const char     *koers_meeting_get_consent_how    (KoersMeeting       *self);
void            koers_meeting_set_consent_how    (KoersMeeting       *self,
                                                  const char         *how);
/* TRUE when @student is an adult on the meeting's date (today when none), parents
 * attend, and consent is not given: the meeting may not be planned. */
gboolean        koers_meeting_needs_consent      (KoersMeeting       *self,
                                                  KoersStudent       *student);

/* Strengths, free text per area; NULL or "" when empty. */
const char     *koers_meeting_get_strength       (KoersMeeting       *self,
                                                  KoersArea           area);
void            koers_meeting_set_strength       (KoersMeeting       *self,
                                                  KoersArea           area,
                                                  const char         *text);
/* What the school appreciates in the parents. */
const char     *koers_meeting_get_parents_appreciation (KoersMeeting *self);
void            koers_meeting_set_parents_appreciation (KoersMeeting *self,
                                                  const char         *text);
/* "Wij maken ons zorgen omdat …" */
const char     *koers_meeting_get_worry          (KoersMeeting       *self);
void            koers_meeting_set_worry          (KoersMeeting       *self,
                                                  const char         *text);
/* Situations where it does go well (free text beside the linked entries). */
const char     *koers_meeting_get_going_well     (KoersMeeting       *self);
void            koers_meeting_set_going_well     (KoersMeeting       *self,
                                                  const char         *text);
const char     *koers_meeting_get_school_view    (KoersMeeting       *self);
void            koers_meeting_set_school_view    (KoersMeeting       *self,
                                                  const char         *text);
const char     *koers_meeting_get_home_view      (KoersMeeting       *self);
void            koers_meeting_set_home_view      (KoersMeeting       *self,
                                                  const char         *text);
const char     *koers_meeting_get_student_view   (KoersMeeting       *self);
void            koers_meeting_set_student_view   (KoersMeeting       *self,
                                                  const char         *text);

/* Linked timeline entries (KoersMeetingLink, in the order added). */
GArray         *koers_meeting_get_links          (KoersMeeting       *self);
void            koers_meeting_link_entry         (KoersMeeting       *self,
                                                  gint64              entry_id,
                                                  KoersLinkRole       role,
                                                  KoersArea           area);
void            koers_meeting_unlink_entry       (KoersMeeting       *self,
                                                  gint64              entry_id,
                                                  KoersLinkRole       role);
gboolean        koers_meeting_has_link           (KoersMeeting       *self,
                                                  gint64              entry_id,
                                                  KoersLinkRole       role);

/* Goals to discuss (goal ids, gint64). */
GArray         *koers_meeting_get_goal_ids       (KoersMeeting       *self);
void            koers_meeting_set_goal_selected  (KoersMeeting       *self,
                                                  gint64              goal_id,
                                                  gboolean            selected);
gboolean        koers_meeting_get_goal_selected  (KoersMeeting       *self,
                                                  gint64              goal_id);

/* Agenda and questions for the parents: KoersMeetingItem, owned by the meeting. */
GPtrArray      *koers_meeting_get_agenda         (KoersMeeting       *self);
GPtrArray      *koers_meeting_get_questions      (KoersMeeting       *self);
/* Replace the lists with copies of @items' elements. */
void            koers_meeting_set_agenda         (KoersMeeting       *self,
                                                  GPtrArray          *items);
void            koers_meeting_set_questions      (KoersMeeting       *self,
                                                  GPtrArray          *items);
void            koers_meeting_add_agenda_item    (KoersMeeting       *self,
                                                  const char         *text,
                                                  gint64              entry_id);
void            koers_meeting_add_question       (KoersMeeting       *self,
                                                  const char         *text);
/* TRUE when an agenda item is about @entry_id. */
gboolean        koers_meeting_is_on_agenda       (KoersMeeting       *self,
                                                  gint64              entry_id);

/* The invitation as the mentor edited it; NULL: not edited, generate it. */
const char     *koers_meeting_get_invitation     (KoersMeeting       *self);
void            koers_meeting_set_invitation     (KoersMeeting       *self,
                                                  const char         *text);
/* A friendly invitation letter from the reason, aims, date, time, place, duration,
 * attendees and leader, in the running language, signed by @mentor_name and
 * @school_name (either may be NULL). Addressed to the parents, or to the student
 * when no parents attend. Never contains sensitive text: only the fields named here. */
char           *koers_meeting_build_invitation   (KoersMeeting       *self,
                                                  KoersStudent       *student,
                                                  const char         *mentor_name,
                                                  const char         *school_name);

/* After the meeting. Agreements are KoersAgreement, stored through the store
 * (koers_store_add_agreement), loaded with the meeting. */
GPtrArray      *koers_meeting_get_agreements     (KoersMeeting       *self);
void            koers_meeting_set_agreements     (KoersMeeting       *self,
                                                  GPtrArray          *agreements);
const char     *koers_meeting_get_next_contact   (KoersMeeting       *self);
void            koers_meeting_set_next_contact   (KoersMeeting       *self,
                                                  const char         *iso_date);
/* Did the parents feel heard? What would we do differently? */
const char     *koers_meeting_get_felt_heard     (KoersMeeting       *self);
void            koers_meeting_set_felt_heard     (KoersMeeting       *self,
                                                  const char         *text);
const char     *koers_meeting_get_do_differently (KoersMeeting       *self);
void            koers_meeting_set_do_differently (KoersMeeting       *self,
                                                  const char         *text);
/* A short summary written afterwards; the oudercontact entry's text begins with it. */
const char     *koers_meeting_get_summary        (KoersMeeting       *self);
void            koers_meeting_set_summary        (KoersMeeting       *self,
                                                  const char         *text);
/* The oudercontact timeline entry written when the meeting was marked held; 0: none. */
gint64          koers_meeting_get_summary_entry_id (KoersMeeting     *self);
void            koers_meeting_set_summary_entry_id (KoersMeeting     *self,
                                                  gint64              entry_id);

/* ISO 8601 timestamps, set by the store. */
const char     *koers_meeting_get_modified       (KoersMeeting       *self);
void            koers_meeting_set_modified       (KoersMeeting       *self,
                                                  const char         *timestamp);

/* "Tuesday 1 December 2026, 19:30" (translated) or NULL when there is no date. */
char           *koers_meeting_dup_when_text      (KoersMeeting       *self);

G_END_DECLS
