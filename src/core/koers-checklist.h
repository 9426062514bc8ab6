/* koers-checklist.h: a signal checklist filled in for one student
 *
 * Filled in on a date by an observer: each signal not seen, seen or seen often,
 * with a note and timeline entries as examples. It is a reflection, never a score
 * (DOMAIN.md): nothing here adds answers up. What it does tell is what changed
 * since the previous checklist, in words, quiet signals as loud as loud ones.
 *
 * The checklist keeps its own copy of the template's groups and items (copy on
 * write): editing the template later changes nothing here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "koers-checklist-template.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_SIGNAL_NOT_SEEN,     /* niet gezien */
  KOERS_SIGNAL_SEEN,         /* gezien */
  KOERS_SIGNAL_SEEN_OFTEN,   /* vaak gezien */
  KOERS_N_SIGNAL_ANSWERS
} KoersSignalAnswer;

/* draft → final. A final checklist cannot change any more. */
typedef enum
{
  KOERS_CHECKLIST_DRAFT,
  KOERS_CHECKLIST_FINAL,
  KOERS_N_CHECKLIST_STATUSES
} KoersChecklistStatus;

/* "not-seen", "seen", "often"; from_string also takes "0", "1", "2" and the Dutch
 * "niet", "gezien", "vaak". */
const char *koers_signal_answer_to_id        (KoersSignalAnswer     answer);
gboolean    koers_signal_answer_from_string  (const char           *text,
                                              KoersSignalAnswer    *out);
/* Translated: "Not seen", "Seen", "Seen often" */
const char *koers_signal_answer_get_label    (KoersSignalAnswer     answer);
/* "draft", "final" */
const char *koers_checklist_status_to_id     (KoersChecklistStatus  status);
gboolean    koers_checklist_status_from_string (const char         *text,
                                              KoersChecklistStatus *out);
/* Translated: "Draft", "Final" */
const char *koers_checklist_status_get_label (KoersChecklistStatus  status);

/* One answered signal: the item as it was copied from the template, and the answer. */
typedef struct
{
  KoersChecklistItem *item;
  KoersSignalAnswer   answer;
  char               *note;
  GArray             *entry_ids;   /* gint64: timeline entries given as examples */
} KoersSignalAnswerRow;

/* Takes @item; answer "not seen", no note, no entries. */
KoersSignalAnswerRow *koers_signal_answer_row_new  (KoersChecklistItem *item);
KoersSignalAnswerRow *koers_signal_answer_row_copy (const KoersSignalAnswerRow *row);
void                  koers_signal_answer_row_free (KoersSignalAnswerRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersSignalAnswerRow, koers_signal_answer_row_free)

#define KOERS_TYPE_CHECKLIST (koers_checklist_get_type ())
G_DECLARE_FINAL_TYPE (KoersChecklist, koers_checklist, KOERS, CHECKLIST, GObject)

/* An empty draft, for the store to fill in. */
KoersChecklist *koers_checklist_new               (void);
/* A draft from @template: its name, groups and items copied, every answer "not
 * seen", dated today. */
KoersChecklist *koers_checklist_new_from_template (KoersChecklistTemplate *template);
KoersChecklist *koers_checklist_copy              (KoersChecklist         *self);

gint64      koers_checklist_get_id            (KoersChecklist *self);
void        koers_checklist_set_id            (KoersChecklist *self,
                                               gint64          id);
const char *koers_checklist_get_uuid          (KoersChecklist *self);
void        koers_checklist_set_uuid          (KoersChecklist *self,
                                               const char     *uuid);
gint64      koers_checklist_get_student_id    (KoersChecklist *self);
void        koers_checklist_set_student_id    (KoersChecklist *self,
                                               gint64          student_id);
/* The template it was made from (0 when that was deleted since). */
gint64      koers_checklist_get_template_id   (KoersChecklist *self);
void        koers_checklist_set_template_id   (KoersChecklist *self,
                                               gint64          template_id);
/* The template's UUID: checklists of one template compare with each other. */
const char *koers_checklist_get_template_uuid (KoersChecklist *self);
void        koers_checklist_set_template_uuid (KoersChecklist *self,
                                               const char     *uuid);
/* The template's name as it was when filled in (shown through koers_checklist_text). */
const char *koers_checklist_get_template_name (KoersChecklist *self);
const char *koers_checklist_get_builtin_template_name (KoersChecklist *self);
const char *koers_checklist_get_custom_template_name  (KoersChecklist *self);
void        koers_checklist_set_template_name (KoersChecklist *self,
                                               const char     *builtin,
                                               const char     *custom);
const char *koers_checklist_get_date          (KoersChecklist *self);
void        koers_checklist_set_date          (KoersChecklist *self,
                                               const char     *iso_date);
const char *koers_checklist_get_observer      (KoersChecklist *self);
void        koers_checklist_set_observer      (KoersChecklist *self,
                                               const char     *observer);
KoersChecklistStatus koers_checklist_get_status (KoersChecklist *self);
void        koers_checklist_set_status        (KoersChecklist *self,
                                               KoersChecklistStatus status);

/* KoersChecklistGroup (the copy); KoersSignalAnswerRow in the template's order. */
GPtrArray  *koers_checklist_get_groups        (KoersChecklist *self);
GPtrArray  *koers_checklist_get_rows          (KoersChecklist *self);
/* The row whose item has @key, or NULL. */
KoersSignalAnswerRow *koers_checklist_find_row (KoersChecklist *self,
                                               const char     *key);
void        koers_checklist_set_answer        (KoersChecklist *self,
                                               guint           row,
                                               KoersSignalAnswer answer);
void        koers_checklist_set_note          (KoersChecklist *self,
                                               guint           row,
                                               const char     *note);
/* Links a timeline entry as an example of the signal in @row (no duplicates). */
void        koers_checklist_link_entry        (KoersChecklist *self,
                                               guint           row,
                                               gint64          entry_id);
void        koers_checklist_unlink_entry      (KoersChecklist *self,
                                               guint           row,
                                               gint64          entry_id);
/* TRUE when any signal is seen or seen often. */
gboolean    koers_checklist_has_signals       (KoersChecklist *self);

/* Reflection after filling in (the card's tips). */
/* Can we talk about this with the student, and how? */
const char *koers_checklist_get_discussable   (KoersChecklist *self);
void        koers_checklist_set_discussable   (KoersChecklist *self,
                                               const char     *text);
/* Whom does the student trust; whom do we trust to do this? */
const char *koers_checklist_get_trusted       (KoersChecklist *self);
void        koers_checklist_set_trusted       (KoersChecklist *self,
                                               const char     *text);
/* Who else can help (wijkteam, zorgcoördinator, a teacher)? */
const char *koers_checklist_get_helpers       (KoersChecklist *self);
void        koers_checklist_set_helpers       (KoersChecklist *self,
                                               const char     *text);
/* The next step: what, who, by when. Required before final; it becomes the
 * follow-up of the checklist's timeline entry. */
const char *koers_checklist_get_next_step     (KoersChecklist *self);
void        koers_checklist_set_next_step     (KoersChecklist *self,
                                               const char     *text);
const char *koers_checklist_get_next_step_owner (KoersChecklist *self);
void        koers_checklist_set_next_step_owner (KoersChecklist *self,
                                               const char     *owner);
const char *koers_checklist_get_next_step_due (KoersChecklist *self);
void        koers_checklist_set_next_step_due (KoersChecklist *self,
                                               const char     *iso_date);
/* TRUE when what, who and a valid due date are all filled in. */
gboolean    koers_checklist_has_next_step     (KoersChecklist *self);

/* The timeline entry (kind signal) written when it became final; 0 before. */
gint64      koers_checklist_get_entry_id      (KoersChecklist *self);
void        koers_checklist_set_entry_id      (KoersChecklist *self,
                                               gint64          entry_id);
const char *koers_checklist_get_created       (KoersChecklist *self);
void        koers_checklist_set_created       (KoersChecklist *self,
                                               const char     *timestamp);
const char *koers_checklist_get_modified      (KoersChecklist *self);
void        koers_checklist_set_modified      (KoersChecklist *self,
                                               const char     *timestamp);

/* What changed for one signal between the previous checklist and this one. */
typedef enum
{
  KOERS_SIGNAL_CHANGE_NONE,       /* not seen both times, or not in both */
  KOERS_SIGNAL_CHANGE_NEW,        /* not seen (or not asked) before, seen now */
  KOERS_SIGNAL_CHANGE_GONE,       /* seen before, not now */
  KOERS_SIGNAL_CHANGE_STRONGER,   /* seen → seen often */
  KOERS_SIGNAL_CHANGE_WEAKER,     /* seen often → seen */
  KOERS_SIGNAL_CHANGE_SAME,       /* seen (or often) both times */
} KoersSignalChange;

/* The change for @row of @self against @previous (NULL: every seen signal is new). */
KoersSignalChange koers_checklist_compare_row (KoersChecklist *self,
                                               KoersChecklist *previous,
                                               guint           row);
/* A summary in words, per group in the card's order, every group the same weight:
 * "New: …", "Seen more often: …", "Still seen: …", "Seen less often: …", "No longer
 * seen: …". Quiet groups are named as such so they stand out. No counts, no score.
 * Without @previous it lists what was seen. Translated; never NULL. */
char       *koers_checklist_dup_change_summary (KoersChecklist *self,
                                               KoersChecklist *previous);
/* What was seen, per group, for the timeline entry and the CLI: "Vermijden van
 * contact (stille signalen): Afzondering (vaak), Spijbelen." Never NULL. */
char       *koers_checklist_dup_seen_summary  (KoersChecklist *self);

G_END_DECLS
