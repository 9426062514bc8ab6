/* koers-entry.h: one entry of a student's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of DOMAIN.md, in the order a mentor meets them. Stored by id. */
typedef enum
{
  KOERS_ENTRY_OBSERVATION,     /* observatie */
  KOERS_ENTRY_STUDENT_TALK,    /* gesprek met leerling */
  KOERS_ENTRY_PARENT_CONTACT,  /* oudercontact */
  KOERS_ENTRY_SIGNAL,          /* signaal */
  KOERS_ENTRY_GOAL,            /* doel */
  KOERS_ENTRY_ABSENCE,         /* verzuim */
  KOERS_ENTRY_AGREEMENT,       /* afspraak */
  KOERS_ENTRY_REFERRAL,        /* verwijzing */
  KOERS_ENTRY_HANDOVER,        /* overdracht */
  KOERS_ENTRY_CARE_MEETING,    /* leerlingbespreking */
  KOERS_ENTRY_POSITIVE,        /* positief */
  KOERS_N_ENTRY_KINDS
} KoersEntryKind;

#define KOERS_ENTRY_KIND_MASK(kind) (1u << (kind))
#define KOERS_ENTRY_ALL_KINDS ((1u << KOERS_N_ENTRY_KINDS) - 1)

/* Who saw or said it. */
typedef enum
{
  KOERS_SOURCE_NONE,
  KOERS_SOURCE_MENTOR,
  KOERS_SOURCE_TEACHER,
  KOERS_SOURCE_PARENT,
  KOERS_SOURCE_STUDENT,
  KOERS_SOURCE_OTHER,
  KOERS_N_SOURCES
} KoersSource;

typedef enum
{
  KOERS_ABSENCE_HOURS,
  KOERS_ABSENCE_DAYPARTS,
} KoersAbsenceUnit;

/* Where a referral goes (DOMAIN.md, Follow-up and referrals). */
typedef enum
{
  KOERS_REFERRAL_NONE,
  KOERS_REFERRAL_JEUGDHULP,
  KOERS_REFERRAL_WIJKTEAM,
  KOERS_REFERRAL_GGD,
  KOERS_REFERRAL_LEERPLICHT,
  KOERS_REFERRAL_OTHER,
  KOERS_N_REFERRALS
} KoersReferralTo;

/* Stable ids ("observation", "student-talk", ...), never translated. */
const char     *koers_entry_kind_to_id        (KoersEntryKind kind);
/* Accepts the id, the Dutch name ("observatie", "gesprek", "oudercontact", ...)
 * or the English label, case-insensitively. Returns FALSE when unknown. */
gboolean        koers_entry_kind_from_string  (const char     *text,
                                               KoersEntryKind *out);
/* Translated: "Observation", "Conversation with student", ... */
const char     *koers_entry_kind_get_label    (KoersEntryKind kind);

const char     *koers_source_to_id            (KoersSource    source);
gboolean        koers_source_from_string      (const char     *text,
                                               KoersSource    *out);
const char     *koers_source_get_label        (KoersSource    source);

const char     *koers_referral_to_id          (KoersReferralTo to);
gboolean        koers_referral_from_string    (const char     *text,
                                               KoersReferralTo *out);
const char     *koers_referral_get_label      (KoersReferralTo to);

#define KOERS_TYPE_ENTRY (koers_entry_get_type ())
G_DECLARE_FINAL_TYPE (KoersEntry, koers_entry, KOERS, ENTRY, GObject)

KoersEntry     *koers_entry_new                (KoersEntryKind kind);
KoersEntry     *koers_entry_copy               (KoersEntry    *self);

gint64          koers_entry_get_id             (KoersEntry    *self);
void            koers_entry_set_id             (KoersEntry    *self,
                                                gint64         id);
const char     *koers_entry_get_uuid           (KoersEntry    *self);
void            koers_entry_set_uuid           (KoersEntry    *self,
                                                const char    *uuid);
gint64          koers_entry_get_student_id     (KoersEntry    *self);
void            koers_entry_set_student_id     (KoersEntry    *self,
                                                gint64         student_id);
KoersEntryKind  koers_entry_get_kind           (KoersEntry    *self);
void            koers_entry_set_kind           (KoersEntry    *self,
                                                KoersEntryKind kind);
/* ISO date "2026-11-23"; required. */
const char     *koers_entry_get_date           (KoersEntry    *self);
void            koers_entry_set_date           (KoersEntry    *self,
                                                const char    *iso_date);
/* "14:30" or NULL */
const char     *koers_entry_get_time           (KoersEntry    *self);
void            koers_entry_set_time           (KoersEntry    *self,
                                                const char    *time);
const char     *koers_entry_get_author         (KoersEntry    *self);
void            koers_entry_set_author         (KoersEntry    *self,
                                                const char    *author);
const char     *koers_entry_get_text           (KoersEntry    *self);
void            koers_entry_set_text           (KoersEntry    *self,
                                                const char    *text);
/* FALSE: a fact (what was seen or heard); TRUE: an interpretation. */
gboolean        koers_entry_get_interpretation (KoersEntry    *self);
void            koers_entry_set_interpretation (KoersEntry    *self,
                                                gboolean       interpretation);
KoersSource     koers_entry_get_source         (KoersEntry    *self);
void            koers_entry_set_source         (KoersEntry    *self,
                                                KoersSource    source);
/* "mevrouw Jansen (wiskunde)": who exactly, when the source is a teacher or other. */
const char     *koers_entry_get_source_name    (KoersEntry    *self);
void            koers_entry_set_source_name    (KoersEntry    *self,
                                                const char    *name);
gboolean        koers_entry_get_sensitive      (KoersEntry    *self);
void            koers_entry_set_sensitive      (KoersEntry    *self,
                                                gboolean       sensitive);

/* Follow-up ("next step"): what, who, by when, done when. NULL text: none. */
const char     *koers_entry_get_followup_text  (KoersEntry    *self);
void            koers_entry_set_followup_text  (KoersEntry    *self,
                                                const char    *text);
const char     *koers_entry_get_followup_owner (KoersEntry    *self);
void            koers_entry_set_followup_owner (KoersEntry    *self,
                                                const char    *owner);
const char     *koers_entry_get_followup_due   (KoersEntry    *self);
void            koers_entry_set_followup_due   (KoersEntry    *self,
                                                const char    *iso_date);
/* ISO 8601 timestamp when it was marked done, NULL while open. */
const char     *koers_entry_get_followup_done_at (KoersEntry  *self);
void            koers_entry_set_followup_done_at (KoersEntry  *self,
                                                const char    *timestamp);
gboolean        koers_entry_has_open_followup  (KoersEntry    *self);
/* Open, with a due date before @today (NULL: today). */
gboolean        koers_entry_is_followup_overdue (KoersEntry   *self,
                                                GDate         *today);

/* Absence (kind KOERS_ENTRY_ABSENCE) */
gboolean        koers_entry_get_absence_authorised (KoersEntry *self);
void            koers_entry_set_absence_authorised (KoersEntry *self,
                                                gboolean       authorised);
double          koers_entry_get_absence_amount (KoersEntry    *self);
void            koers_entry_set_absence_amount (KoersEntry    *self,
                                                double         amount);
KoersAbsenceUnit koers_entry_get_absence_unit  (KoersEntry    *self);
void            koers_entry_set_absence_unit   (KoersEntry    *self,
                                                KoersAbsenceUnit unit);
const char     *koers_entry_get_absence_reason (KoersEntry    *self);
void            koers_entry_set_absence_reason (KoersEntry    *self,
                                                const char    *reason);

/* Referral (kind KOERS_ENTRY_REFERRAL) */
KoersReferralTo koers_entry_get_referral_to    (KoersEntry    *self);
void            koers_entry_set_referral_to    (KoersEntry    *self,
                                                KoersReferralTo to);
/* Whom exactly, e.g. the name of the wijkteam member or the other organisation. */
const char     *koers_entry_get_referral_name  (KoersEntry    *self);
void            koers_entry_set_referral_name  (KoersEntry    *self,
                                                const char    *name);
/* The date to ask for feedback (terugkoppeling). */
const char     *koers_entry_get_referral_feedback_due (KoersEntry *self);
void            koers_entry_set_referral_feedback_due (KoersEntry *self,
                                                const char    *iso_date);
const char     *koers_entry_get_referral_feedback (KoersEntry *self);
void            koers_entry_set_referral_feedback (KoersEntry *self,
                                                const char    *feedback);
/* ISO date the feedback came; NULL while waiting. */
const char     *koers_entry_get_referral_feedback_date (KoersEntry *self);
void            koers_entry_set_referral_feedback_date (KoersEntry *self,
                                                const char    *iso_date);

const char     *koers_entry_get_created        (KoersEntry    *self);
void            koers_entry_set_created        (KoersEntry    *self,
                                                const char    *timestamp);
const char     *koers_entry_get_modified       (KoersEntry    *self);
void            koers_entry_set_modified       (KoersEntry    *self,
                                                const char    *timestamp);

G_END_DECLS
