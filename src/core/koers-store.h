/* koers-store.h: the encrypted notebook (one SQLCipher file)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-care-meeting.h"
#include "koers-checklist.h"
#include "koers-checklist-template.h"
#include "koers-entry.h"
#include "koers-goal.h"
#include "koers-meeting.h"
#include "koers-overview-item.h"
#include "koers-search-hit.h"
#include "koers-student.h"

G_BEGIN_DECLS

#define KOERS_STORE_ERROR (koers_store_error_quark ())

typedef enum
{
  KOERS_STORE_ERROR_WRONG_PASSPHRASE,
  KOERS_STORE_ERROR_NOT_A_NOTEBOOK,
  KOERS_STORE_ERROR_DAMAGED,
  KOERS_STORE_ERROR_TOO_NEW,
  KOERS_STORE_ERROR_EXISTS,
  KOERS_STORE_ERROR_NOT_FOUND,
  KOERS_STORE_ERROR_CONSTRAINT,
  KOERS_STORE_ERROR_INVALID,
  KOERS_STORE_ERROR_FAILED,
  KOERS_STORE_ERROR_BUSY,     /* another program holds the notebook past the busy timeout */
} KoersStoreError;

#define KOERS_TYPE_STORE (koers_store_get_type ())
G_DECLARE_FINAL_TYPE (KoersStore, koers_store, KOERS, STORE, GObject)

GQuark      koers_store_error_quark        (void);

char       *koers_store_default_path       (void);

KoersStore *koers_store_create             (const char  *path,
                                            const char  *passphrase,
                                            GError     **error);
KoersStore *koers_store_open               (const char  *path,
                                            const char  *passphrase,
                                            GError     **error);

typedef enum
{
  KOERS_STORE_OPEN_DEFAULT    = 0,
  /* Leave out the check of every page's HMAC (most of the time an unlock of a
   * big notebook takes). For a caller that checks the file right after, on a
   * connection of its own in another thread: the app, so its window comes at once. */
  KOERS_STORE_OPEN_SKIP_CHECK = 1 << 0,
} KoersStoreOpenFlags;

KoersStore *koers_store_open_with_flags    (const char           *path,
                                            const char           *passphrase,
                                            KoersStoreOpenFlags   flags,
                                            GError              **error);
void        koers_store_close              (KoersStore  *self);
gboolean    koers_store_is_open            (KoersStore  *self);
const char *koers_store_get_path           (KoersStore  *self);
int         koers_store_get_schema_version (KoersStore  *self);
int         koers_store_get_latest_schema_version (void);

/* Meta data of the notebook (its own UUID, the user's name, ...). */
char       *koers_store_dup_meta           (KoersStore  *self,
                                            const char  *key,
                                            GError     **error);
/* @value NULL removes @key. */
gboolean    koers_store_set_meta           (KoersStore  *self,
                                            const char  *key,
                                            const char  *value,
                                            GError     **error);

/* Students and groups (koers-store-students.c) */

typedef struct
{
  const char *group;             /* NULL: every group */
  const char *search;            /* NULL: no search; matches name, number, group */
  gboolean    include_archived;  /* FALSE: only students who are not archived */
  gboolean    only_archived;
} KoersStudentQuery;

GPtrArray    *koers_store_list_students       (KoersStore              *self,
                                               const KoersStudentQuery *query,
                                               GError                 **error);
KoersStudent *koers_store_get_student         (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
gboolean      koers_store_save_student        (KoersStore              *self,
                                               KoersStudent            *student,
                                               GError                 **error);
gboolean      koers_store_set_student_archived (KoersStore             *self,
                                               KoersStudent            *student,
                                               gboolean                 archived,
                                               GError                 **error);
char        **koers_store_list_groups         (KoersStore              *self,
                                               GError                 **error);
guint         koers_store_count_students      (KoersStore              *self,
                                               GError                 **error);
gboolean      koers_store_import_students     (KoersStore              *self,
                                               GPtrArray               *students,
                                               guint                   *n_imported,
                                               guint                   *n_updated,
                                               GError                 **error);

/* Finds a student by row id ("12") or student number ("104216"): what a user
 * types on the command line. Archived students are found too. */
KoersStudent *koers_store_find_student        (KoersStore              *self,
                                               const char              *id_or_number,
                                               GError                 **error);

/* Scheduled hours a week for a class or group (default 26): the base of the
 * attendance percentage. */
double        koers_store_get_group_hours     (KoersStore              *self,
                                               const char              *group,
                                               GError                 **error);
gboolean      koers_store_set_group_hours     (KoersStore              *self,
                                               const char              *group,
                                               double                   hours_per_week,
                                               GError                 **error);

/* Timeline entries (koers-store-entries.c) */

typedef struct
{
  guint       kinds;                /* KOERS_ENTRY_KIND_MASK bits; 0 means every kind */
  const char *from;                 /* ISO date, inclusive; NULL: no lower bound */
  const char *to;                   /* ISO date, inclusive; NULL: no upper bound */
  gboolean    only_open_followups;
  gboolean    only_facts;
  guint       limit;                /* at most this many (the newest); 0: all */
  gint64      before_id;            /* only entries after this one in the timeline's
                                     * order (older): the next page; 0: from the top */
} KoersEntryQuery;

/* Newest first (date, time, then the order of writing). */
GPtrArray    *koers_store_list_entries        (KoersStore              *self,
                                               gint64                   student_id,
                                               const KoersEntryQuery   *query,
                                               GError                 **error);
KoersEntry   *koers_store_get_entry           (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
/* Inserts (id 0) or updates. A new entry without author gets the notebook's
 * user name. A new entry with a UUID keeps it: that is how undo of a delete
 * puts the very same entry back. */
gboolean      koers_store_save_entry          (KoersStore              *self,
                                               KoersEntry              *entry,
                                               GError                 **error);
gboolean      koers_store_delete_entry        (KoersStore              *self,
                                               KoersEntry              *entry,
                                               GError                 **error);
/* Records when the follow-up was done (now), or reopens it. */
gboolean      koers_store_set_followup_done   (KoersStore              *self,
                                               KoersEntry              *entry,
                                               gboolean                 done,
                                               GError                 **error);
/* Open follow-ups, earliest due date first (no due date last); student_id 0: all students. */
GPtrArray    *koers_store_list_open_followups (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);
/* student_id 0: every student's. */
guint         koers_store_count_entries       (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);

/* Full-text search over all students' entries (text, follow-up, absence reason,
 * referral feedback), diacritics folded, every word a prefix: "noel verb" finds
 * "Noël Verbeek". Sensitive entries only when @include_sensitive. The most recently
 * written first. */
GPtrArray    *koers_store_search_entries      (KoersStore              *self,
                                               const char              *query,
                                               gboolean                 include_sensitive,
                                               guint                    limit,
                                               GError                 **error);

/* Attendance over [from, to] (ISO dates, inclusive; @to is clamped to today):
 * scheduled hours are the group's hours a week spread over the weekdays, a daypart
 * is a tenth of a week. */
typedef struct
{
  double scheduled_hours;
  double authorised_hours;
  double unauthorised_hours;
  double percentage;            /* present / scheduled × 100; 100 when nothing was scheduled */
} KoersAttendance;

#define KOERS_ATTENDANCE_PROBLEM_BELOW 90.0

gboolean      koers_store_get_attendance      (KoersStore              *self,
                                               KoersStudent            *student,
                                               const char              *from,
                                               const char              *to,
                                               KoersAttendance         *out,
                                               GError                 **error);
/* 1 August of the school year @today falls in (NULL: today), as ISO date. */
char         *koers_school_year_start         (GDate                   *today);

/* Goals (koers-store-goals.c) */

/* A student's goals: active ones first (soonest evaluation first), then concepts,
 * then evaluated and stopped ones (newest first). */
GPtrArray    *koers_store_list_goals          (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);
/* Active goals of every (not archived) student of @group (NULL: all groups), ordered
 * by the students' names: the batch of goal cards for a class. */
GPtrArray    *koers_store_list_active_goals   (KoersStore              *self,
                                               const char              *group,
                                               GError                 **error);
KoersGoal    *koers_store_get_goal            (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
/* Inserts (id 0) or updates the goal's text, steps, dates, SMARTI checklist and
 * status. Checks: a title, 1 to 8 steps, a start and an evaluation date not before
 * it, and an allowed status change. Making a goal active (also on insert) adds a
 * timeline entry of kind goal; so does stopping it (see koers_store_stop_goal). */
gboolean      koers_store_save_goal           (KoersStore              *self,
                                               KoersGoal               *goal,
                                               GError                 **error);
/* Records the evaluation: @goal's outcome, step results and, unless the outcome is
 * reached, both answers (what went well, what the adults can change) are required.
 * Sets the status to evaluated and adds a timeline entry, dated the goal's
 * evaluated_on when the caller set it (today or earlier), else today. */
gboolean      koers_store_evaluate_goal       (KoersStore              *self,
                                               KoersGoal               *goal,
                                               GError                 **error);
/* Stops a concept or active goal; the two answers are required first. */
gboolean      koers_store_stop_goal           (KoersStore              *self,
                                               KoersGoal               *goal,
                                               GError                 **error);
gboolean      koers_store_add_goal_feedback   (KoersStore              *self,
                                               KoersGoal               *goal,
                                               guint                    step,
                                               const char              *iso_date,
                                               KoersFeedbackKind        kind,
                                               const char              *note,
                                               GError                 **error);
/* Oldest first. Elements are KoersGoalFeedback. */
GPtrArray    *koers_store_list_goal_feedback  (KoersStore              *self,
                                               KoersGoal               *goal,
                                               GError                 **error);

/* Parent meetings (koers-store-meetings.c) */

/* A student's meetings: drafts and planned ones first (soonest first), then held and
 * cancelled ones (newest first). */
GPtrArray    *koers_store_list_meetings       (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);
/* With attendees, links, goals, agenda, questions and agreements. */
KoersMeeting *koers_store_get_meeting         (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
/* Inserts (id 0) or updates everything but the agreements. Checks: a reason; a date
 * once planned or held; at most one leader; an allowed status change; and the
 * consent rule (koers_meeting_needs_consent: an adult student's meeting with parents
 * is refused beyond draft until consent is given, and the message says why). Goals
 * and entries linked must belong to the same student. */
gboolean      koers_store_save_meeting        (KoersStore              *self,
                                               KoersMeeting            *meeting,
                                               GError                 **error);
/* Deletes a draft or cancelled meeting (not a held one: its agreements live on). */
gboolean      koers_store_delete_meeting      (KoersStore              *self,
                                               KoersMeeting            *meeting,
                                               GError                 **error);
/* Sensitive timeline entries linked to @meeting (KoersEntry) that no agenda item is
 * about: they may not be discussed unless they are put on the agenda. */
GPtrArray    *koers_store_list_unannounced_sensitive (KoersStore       *self,
                                               KoersMeeting            *meeting,
                                               GError                 **error);
/* Stores @agreement for the (saved) meeting and adds a timeline entry of kind
 * agreement, dated the meeting's date (today when later), whose follow-up is the
 * agreement: what, owner text, due. Sets @agreement's id, uuid and entry_id and
 * appends a copy to the meeting's agreements. Requires what, owner and due date. */
gboolean      koers_store_add_agreement       (KoersStore              *self,
                                               KoersMeeting            *meeting,
                                               KoersAgreement          *agreement,
                                               GError                 **error);
/* Removes the agreement and its timeline entry (from the meeting's array too). */
gboolean      koers_store_remove_agreement    (KoersStore              *self,
                                               KoersMeeting            *meeting,
                                               gint64                   agreement_id,
                                               GError                 **error);
/* Marks the meeting held (saving its fields first) and adds one timeline entry of
 * kind parent contact, dated the meeting's date: the summary, the agenda items
 * discussed, the agreements, and the evaluation; its follow-up is the next contact
 * moment when set. Sensitive when an agenda item is about a sensitive entry. Sets
 * the summary entry id. */
gboolean      koers_store_finish_meeting      (KoersStore              *self,
                                               KoersMeeting            *meeting,
                                               GError                 **error);

/* Signal checklists (koers-store-checklists.c) */

/* Every template, shipped ones first (loaded into the notebook at first use, once:
 * a template the user deleted does not come back). */
GPtrArray    *koers_store_list_templates      (KoersStore              *self,
                                               GError                 **error);
KoersChecklistTemplate *koers_store_get_template (KoersStore           *self,
                                               gint64                   id,
                                               GError                 **error);
/* The shipped template with @key ("signalenkaart-jong-doet-mee"), or NULL with
 * KOERS_STORE_ERROR_NOT_FOUND when the user deleted it. */
KoersChecklistTemplate *koers_store_get_template_by_key (KoersStore    *self,
                                               const char              *key,
                                               GError                 **error);
/* Inserts (id 0) or updates. Checks: a name, at least one group and one item, every
 * item in an existing group, unique item keys, no empty labels. Checklists filled in
 * before keep their own copy and do not change. */
gboolean      koers_store_save_template       (KoersStore              *self,
                                               KoersChecklistTemplate  *template,
                                               GError                 **error);
/* Checklists made from it keep their copy (their template id becomes 0). */
gboolean      koers_store_delete_template     (KoersStore              *self,
                                               KoersChecklistTemplate  *template,
                                               GError                 **error);
/* How many checklists (drafts included) were made from @template. */
guint         koers_store_count_template_uses (KoersStore              *self,
                                               KoersChecklistTemplate  *template,
                                               GError                 **error);

/* A student's checklists, newest first (date, then order of writing). */
GPtrArray    *koers_store_list_checklists     (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);
/* With groups, answers, notes and linked entries. */
KoersChecklist *koers_store_get_checklist     (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
/* Inserts (id 0) or updates a draft. Saving with status final requires the next
 * step (what, who, a due date) and adds a timeline entry of kind signal, dated the
 * checklist's date, with what was seen and the next step as its follow-up; it is
 * sensitive when any note was written. A final checklist cannot be saved again.
 * Linked entries must belong to the same student. */
gboolean      koers_store_save_checklist      (KoersStore              *self,
                                               KoersChecklist          *checklist,
                                               GError                 **error);
/* Deletes a draft (a final one is part of the record). */
gboolean      koers_store_delete_checklist    (KoersStore              *self,
                                               KoersChecklist          *checklist,
                                               GError                 **error);
/* The final checklist of the same template and student that came before @checklist
 * (by date, then order of writing), loaded in full; NULL without error when none. */
KoersChecklist *koers_store_get_previous_checklist (KoersStore         *self,
                                               KoersChecklist          *checklist,
                                               GError                 **error);

/* The checklist whose final version wrote timeline entry @entry_id; 0 (no error)
 * when the entry did not come from a checklist. */
gint64        koers_store_find_checklist_for_entry (KoersStore         *self,
                                               gint64                   entry_id,
                                               GError                 **error);

/* Referrals (kind referral) still waiting for feedback, of one student (0: all):
 * those past their feedback date first (longest waiting first), then by feedback
 * date, those without a date last. */
GPtrArray    *koers_store_list_open_referrals (KoersStore              *self,
                                               gint64                   student_id,
                                               GError                 **error);

/* The zorgcoördinator overview (koers-store-overview.c) */

#define KOERS_OVERVIEW_DUE_DAYS    7  /* goal evaluations this close are listed */
#define KOERS_OVERVIEW_QUIET_WEEKS 6

typedef struct
{
  const char *today;        /* ISO date; NULL: today. Tests and "what is due then" set it. */
  const char *group;        /* NULL: every group */
  const char *mentor;       /* NULL: every mentor */
  guint       quiet_weeks;  /* 0: KOERS_OVERVIEW_QUIET_WEEKS */
} KoersOverviewQuery;

/* What needs attention across every student who is not archived (KoersOverviewItem),
 * section by section in KoersOverviewSection order, the most urgent first within a
 * section:
 * - active goals whose evaluation date is at most a week after today, or before it;
 * - open follow-ups (agreements too), earliest due date first, undated last; the
 *   follow-up of a sensitive entry is named, not quoted;
 * - referrals without feedback whose feedback date is before today;
 * - the newest final checklist of a student, when it is dated after the student's
 *   last entry of kind leerlingbespreking;
 * - students with no entry dated in the last quiet_weeks × 7 days (counted from the
 *   day they were added when that is later);
 * - students present less than 90% since 1 August of today's school year. */
GPtrArray    *koers_store_get_overview        (KoersStore              *self,
                                               const KoersOverviewQuery *query,
                                               GError                 **error);
/* The mentors of students who are not archived, sorted. */
char        **koers_store_list_mentors        (KoersStore              *self,
                                               GError                 **error);

/* Student care meetings, leerlingbespreking (koers-store-care-meetings.c) */

/* Newest first, each with its attendees and students (conclusions and steps too). */
GPtrArray    *koers_store_list_care_meetings  (KoersStore              *self,
                                               GError                 **error);
KoersCareMeeting *koers_store_get_care_meeting (KoersStore             *self,
                                               gint64                   id,
                                               GError                 **error);
/* Inserts (id 0) or updates the plan: date, time, place, attendees and the list of
 * students with their questions, as a whole. Conclusions and steps are saved as
 * they are (links to entries deleted meanwhile are dropped): that is how an undone
 * delete comes back. */
gboolean      koers_store_save_care_meeting   (KoersStore              *self,
                                               KoersCareMeeting        *meeting,
                                               GError                 **error);
/* The timeline entries the meeting made stay on the timelines. */
gboolean      koers_store_delete_care_meeting (KoersStore              *self,
                                               gint64                   id,
                                               GError                 **error);
/* Records @conclusion for a student on the saved meeting's list, and writes it to the
 * student's timeline as an entry of kind leerlingbespreking (with the mentor's
 * question), dated the meeting's date (today when that lies ahead). Recording again
 * updates that same entry. */
gboolean      koers_store_record_care_conclusion (KoersStore           *self,
                                               KoersCareMeeting        *meeting,
                                               gint64                   student_id,
                                               const char              *conclusion,
                                               GError                 **error);
/* Adds a next step for a student on the list, with an agreement entry on the
 * timeline that carries it as an open follow-up (owner, due). Fills @step's ids. */
gboolean      koers_store_add_care_step       (KoersStore              *self,
                                               KoersCareMeeting        *meeting,
                                               gint64                   student_id,
                                               KoersCareStep           *step,
                                               GError                 **error);
/* Takes a step back: the step and its agreement entry go. */
gboolean      koers_store_remove_care_step    (KoersStore              *self,
                                               KoersCareMeeting        *meeting,
                                               gint64                   student_id,
                                               gint64                   step_id,
                                               GError                 **error);
/* The one-screen brief for a student on the list: strengths (the last parent
 * meeting's, recent positive entries), active goals and those marked for the care
 * meeting with their feedback, signals and final checklists since the student's
 * previous leerlingbespreking (or the last 13 weeks), open follow-ups and referrals
 * waiting for feedback. Lines from sensitive entries are marked. */
KoersCareBrief *koers_store_get_care_brief    (KoersStore              *self,
                                               KoersCareMeeting        *meeting,
                                               gint64                   student_id,
                                               GError                 **error);
/* A brief (KoersCareBrief) for every student on the list, in the list's order. */
GPtrArray    *koers_store_get_care_briefs     (KoersStore              *self,
                                               KoersCareMeeting        *meeting,
                                               GError                 **error);
/* The same briefs for any students (gint64 ids) as of @date (NULL: today), outside
 * a meeting: the handover summary for a new mentor. */
GPtrArray    *koers_store_get_student_briefs  (KoersStore              *self,
                                               GArray                  *student_ids,
                                               const char              *date,
                                               GError                 **error);

/* Drafts (koers-store-drafts.c): the unsaved text of an editor that was open when
 * the notebook locked, written into the encrypted notebook so nothing typed is
 * lost and nothing is left in plain text outside it; the editor takes it back the
 * next time it opens. A draft belongs to a student and goes when the student is
 * deleted; it never travels in a package or a student's record export. @key is
 * the GUI's own name for the editor (say "entry:12" or "goal:new:3"); the core
 * gives it no meaning. Times are ISO 8601 UTC with milliseconds, as every
 * timestamp in the notebook ("2026-11-20T14:03:12.345Z"). */

/* Inserts the draft for @key, or replaces the one there was (student, content and
 * time together). An empty @key or a student who is not in the notebook fails
 * with KOERS_STORE_ERROR_INVALID. */
gboolean      koers_store_put_draft           (KoersStore              *self,
                                               const char              *key,
                                               gint64                   student_id,
                                               const char              *content,
                                               GError                 **error);
/* The content of the draft for @key, deleted in the same transaction, so a draft
 * is restored once; @saved_at (may be NULL) gets when it was saved. NULL without
 * an error when there is no draft for @key. */
char         *koers_store_take_draft          (KoersStore              *self,
                                               const char              *key,
                                               char                   **saved_at,
                                               GError                 **error);
/* The key of the most recently saved draft and its student (@student_id may be
 * NULL): what to reopen after an unlock. NULL without an error when there is none. */
char         *koers_store_dup_newest_draft    (KoersStore              *self,
                                               gint64                  *student_id,
                                               GError                 **error);

/* Packages: students moved between notebooks (koers-store-packages.c) */

#define KOERS_PACKAGE_ERROR (koers_package_error_quark ())

typedef enum
{
  KOERS_PACKAGE_ERROR_WRONG_PASSPHRASE,
  KOERS_PACKAGE_ERROR_DAMAGED,
  KOERS_PACKAGE_ERROR_NOT_A_PACKAGE,
  KOERS_PACKAGE_ERROR_UNREADABLE,
} KoersPackageError;

GQuark        koers_package_error_quark       (void);

/* A package passphrase travels apart from the file; it must not be guessable. */
#define KOERS_PACKAGE_MIN_PASSPHRASE 8

typedef struct
{
  GArray     *student_ids;        /* gint64: whom to export */
  gboolean    include_sensitive;  /* FALSE: sensitive entries (and checklists) stay */
  gboolean    handover;           /* overdracht: an entry in both notebooks */
  const char *handover_to;        /* the new mentor, for that entry; may be NULL */
} KoersPackageOptions;

typedef struct
{
  guint      added;
  guint      updated;
  guint      unchanged;    /* also records this notebook has a newer version of */
  guint      n_students;   /* export: students in the package; import: new students */
  guint      n_entries;    /* export: timeline entries in the package */
  gboolean   handover;     /* import: the package was a handover */
  char      *from;         /* import: who made the package, or NULL */
  GPtrArray *conflicts;    /* import: records changed here later than in the package,
                            * kept as they are: "Mees de Vries: goal (id 3)" */
  GArray    *student_ids;  /* import: this notebook's ids (gint64) of the package's
                            * students, by name */
} KoersPackageReport;

void          koers_package_report_clear      (KoersPackageReport      *report);

/* Writes the students of @options with everything about them (timeline, goals and
 * feedback, meetings and agreements, checklists) to a new encrypted package at
 * @path under @passphrase (at least KOERS_PACKAGE_MIN_PASSPHRASE characters).
 * Sensitive entries only with include_sensitive; what refers to one that stays
 * (a checklist it came from, an example link, an agenda item about it) stays too.
 * A handover first adds an entry of kind handover to each student. Atomic: on error
 * there is no file and no handover entry. */
gboolean      koers_store_export_package      (KoersStore              *self,
                                               const KoersPackageOptions *options,
                                               const char              *path,
                                               const char              *passphrase,
                                               KoersPackageReport      *report,
                                               GError                 **error);
/* The sensitive entries of these students (KoersEntry): what the export dialog lists
 * before it includes them. */
GPtrArray    *koers_store_list_package_sensitive (KoersStore           *self,
                                               GArray                  *student_ids,
                                               GError                 **error);
/* Merges a package into this notebook by UUID (students also by student number), in
 * one transaction: new records are added, older ones updated, equal ones left alone,
 * and records this notebook changed later are kept and listed in the report's
 * conflicts. A wrong passphrase or a damaged package (KOERS_PACKAGE_ERROR) imports
 * nothing. A handover makes this notebook's user the mentor of the new students.
 * Clear @report with koers_package_report_clear(). */
gboolean      koers_store_import_package      (KoersStore              *self,
                                               const char              *path,
                                               const char              *passphrase,
                                               KoersPackageReport      *report,
                                               GError                 **error);

/* Keeping the notebook safe (koers-store-backup.c) */

/* Runs integrity_check and foreign_key_check. TRUE when they could run; the
 * problems they found (empty when clean) are in @problems. */
gboolean      koers_store_check               (KoersStore              *self,
                                               GPtrArray              **problems,
                                               GError                 **error);
/* An encrypted copy under @passphrase (the notebook's own) at @path, made in a
 * temporary file, verified with integrity_check, then renamed into place. */
gboolean      koers_store_backup              (KoersStore              *self,
                                               const char              *passphrase,
                                               const char              *path,
                                               GError                 **error);
/* Where the automatic backups of the notebook at @notebook_path live: a folder
 * beside it, "koers.db-backups". */
char         *koers_store_dup_backup_dir      (const char              *notebook_path);
/* The automatic backups (paths), newest first. */
GPtrArray    *koers_store_list_backups        (const char              *notebook_path,
                                               GError                 **error);
/* Makes today's backup unless there is one (@made says whether), then keeps the
 * newest @keep_daily and the newest of each of the @keep_weekly newest weeks.
 * @today is ISO; NULL: today. */
gboolean      koers_store_auto_backup         (KoersStore              *self,
                                               const char              *passphrase,
                                               const char              *today,
                                               guint                    keep_daily,
                                               guint                    keep_weekly,
                                               gboolean                *made,
                                               GError                 **error);
#define KOERS_BACKUP_KEEP_DAILY  7
#define KOERS_BACKUP_KEEP_WEEKLY 4
/* TRUE when @passphrase opens the backup at @path and every page of it is whole. */
gboolean      koers_store_verify_backup       (const char              *path,
                                               const char              *passphrase,
                                               GError                 **error);
/* Puts the backup at @backup_path in place of the (closed) notebook at
 * @notebook_path, after verifying it opens under @passphrase and is whole; the
 * current file is kept as a copy beside it (@kept_copy, NULL when there was none). */
gboolean      koers_store_restore             (const char              *backup_path,
                                               const char              *passphrase,
                                               const char              *notebook_path,
                                               char                   **kept_copy,
                                               GError                 **error);
/* Archived students who left (were archived) at least @years before @today (ISO;
 * NULL: today), longest gone first: the ones a retention period says to delete.
 * Nothing is deleted here. */
GPtrArray    *koers_store_list_retention_due  (KoersStore              *self,
                                               guint                    years,
                                               const char              *today,
                                               GError                 **error);
/* The notebook's retention period in years (KOERS_RETENTION_DEFAULT_YEARS unset). */
guint         koers_store_get_retention_years (KoersStore              *self);
/* Deletes the student and everything about them for good, the full-text index
 * included, and folds the write-ahead log into the file; @vacuum also rewrites
 * the file without the freed pages. Backups made before still hold the student. */
gboolean      koers_store_delete_student      (KoersStore              *self,
                                               gint64                   student_id,
                                               gboolean                 vacuum,
                                               GError                 **error);
/* Rekeys the notebook after checking @old_passphrase against the file. */
gboolean      koers_store_change_passphrase   (KoersStore              *self,
                                               const char              *old_passphrase,
                                               const char              *new_passphrase,
                                               GError                 **error);

/* The audit log (koers-store-audit.c): what left the notebook or was deleted. */

/* Actions, stable ids: */
#define KOERS_AUDIT_EXPORT         "export"          /* a file with student data */
#define KOERS_AUDIT_PRINT          "print"
#define KOERS_AUDIT_PACKAGE_EXPORT "package-export"
#define KOERS_AUDIT_DELETE         "delete"

typedef struct
{
  char *at;           /* ISO 8601 UTC */
  char *who;          /* the notebook's user at the time, or NULL */
  char *action;       /* KOERS_AUDIT_* */
  char *what;         /* the kind of document, never its content: "student record (PDF)" */
  char *student_ids;  /* "3,5,8", or NULL */
} KoersAuditRecord;

void          koers_audit_record_free         (KoersAuditRecord        *record);
/* Translated words for an action or a "what": "Exported", "student record (PDF)". */
const char   *koers_audit_get_label           (const char              *id);
/* Adds a line for @student_ids (gint64; may be NULL) to the log. */
gboolean      koers_store_audit               (KoersStore              *self,
                                               const char              *action,
                                               const char              *what,
                                               GArray                  *student_ids,
                                               GError                 **error);
gboolean      koers_store_audit_student       (KoersStore              *self,
                                               const char              *action,
                                               const char              *what,
                                               gint64                   student_id,
                                               GError                 **error);
/* Newest first (KoersAuditRecord). */
GPtrArray    *koers_store_list_audit          (KoersStore              *self,
                                               GError                 **error);

/* Notebook preferences kept inside the (encrypted) notebook. The app keeps the
 * user's own in GSettings and copies these into the notebook it opens, so that
 * koers-cli and what is printed from the notebook carry them too. */
#define KOERS_META_USER_NAME        "user-name"
#define KOERS_META_SCHOOL_NAME      "school-name"
#define KOERS_META_SEARCH_SENSITIVE "search-sensitive"
/* Hours a week of a class that was not given its own (new classes start with them). */
#define KOERS_META_HOURS_PER_WEEK   "hours-per-week"
/* "true" in a notebook of invented students (koers_demo_fill): its mentor and
 * school are invented too, never the user's. */
#define KOERS_META_DEMO             "demo"
/* Weeks from a new goal's start to its evaluation. */
#define KOERS_META_GOAL_WEEKS       "goal-evaluation-weeks"
#define KOERS_META_CARD_LAYOUT      "goal-card-layout"
/* Years after leaving (archiving) before a student is listed for deletion. */
#define KOERS_META_RETENTION_YEARS  "retention-years"
#define KOERS_RETENTION_DEFAULT_YEARS 2
#define KOERS_DEFAULT_HOURS_PER_WEEK  26.0

/* The meta values above as numbers: their defaults when unset or out of range. */
double        koers_store_get_default_hours   (KoersStore              *self);
guint         koers_store_get_goal_weeks      (KoersStore              *self);

G_END_DECLS
