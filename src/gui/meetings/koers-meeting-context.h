/* koers-meeting-context.h: what every part of the meeting editor reads
 *
 * Loaded once when the editor opens: the student, the student's timeline and
 * goals, and the mentor's name. The sections pick from these lists; only the
 * meeting itself changes while the editor is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

typedef struct
{
  KoersStore   *store;
  KoersStudent *student;
  GPtrArray    *entries;       /* KoersEntry: the student's timeline, newest first */
  GPtrArray    *goals;         /* KoersGoal: the student's goals, store order */
  char         *mentor_name;   /* the notebook's user name, or NULL */
  char         *school_name;   /* the notebook's school name, or NULL */
} KoersMeetingContext;

#define KOERS_TYPE_MEETING_CONTEXT (koers_meeting_context_get_type ())
GType                koers_meeting_context_get_type (void) G_GNUC_CONST;

KoersMeetingContext *koers_meeting_context_load     (KoersStore          *store,
                                                     KoersStudent        *student,
                                                     GError             **error);
KoersMeetingContext *koers_meeting_context_ref      (KoersMeetingContext *context);
void                 koers_meeting_context_unref    (KoersMeetingContext *context);
/* The entry with @id from the timeline, or NULL. */
KoersEntry          *koers_meeting_context_find_entry (KoersMeetingContext *context,
                                                       gint64               id);
KoersGoal           *koers_meeting_context_find_goal  (KoersMeetingContext *context,
                                                       gint64               id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersMeetingContext, koers_meeting_context_unref)

G_END_DECLS
