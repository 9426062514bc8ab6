/* koers-overview-item.h: one row of the zorgcoördinator overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "koers-student.h"

G_BEGIN_DECLS

/* The overview's sections, in the order they are shown. */
typedef enum
{
  KOERS_OVERVIEW_GOALS,       /* goal evaluations due within a week, or overdue */
  KOERS_OVERVIEW_FOLLOWUPS,   /* open follow-ups and agreements */
  KOERS_OVERVIEW_REFERRALS,   /* referrals waiting for feedback past their date */
  KOERS_OVERVIEW_SIGNALS,     /* a final checklist newer than the last leerlingbespreking */
  KOERS_OVERVIEW_QUIET,       /* no timeline entry in the last weeks */
  KOERS_OVERVIEW_ATTENDANCE,  /* present less than 90% of this school year */
  KOERS_N_OVERVIEW_SECTIONS
} KoersOverviewSection;

/* Stable ids ("goals", "follow-ups", ...), never translated: CSV and JSON use them. */
const char *koers_overview_section_to_id     (KoersOverviewSection section);
gboolean    koers_overview_section_from_id   (const char           *id,
                                              KoersOverviewSection *out);
/* Translated heading: "Goal Evaluations", ... */
const char *koers_overview_section_get_title (KoersOverviewSection section);
/* Translated one-line explanation of what the section lists. */
const char *koers_overview_section_get_description (KoersOverviewSection section);

/* What a row opens when followed. */
typedef enum
{
  KOERS_OVERVIEW_TARGET_STUDENT,    /* the student's timeline */
  KOERS_OVERVIEW_TARGET_ENTRY,      /* a timeline entry */
  KOERS_OVERVIEW_TARGET_GOAL,
  KOERS_OVERVIEW_TARGET_CHECKLIST,
  KOERS_OVERVIEW_TARGET_ATTENDANCE, /* the student's attendance */
} KoersOverviewTarget;

const char *koers_overview_target_to_id      (KoersOverviewTarget target);

#define KOERS_TYPE_OVERVIEW_ITEM (koers_overview_item_get_type ())
G_DECLARE_FINAL_TYPE (KoersOverviewItem, koers_overview_item, KOERS, OVERVIEW_ITEM, GObject)

KoersOverviewItem   *koers_overview_item_new          (KoersOverviewSection section,
                                                       KoersStudent        *student);

KoersOverviewSection koers_overview_item_get_section  (KoersOverviewItem   *self);
KoersStudent        *koers_overview_item_get_student  (KoersOverviewItem   *self);
/* Translated: what needs attention ("Evaluation of “Op tijd komen” was due"). */
const char          *koers_overview_item_get_reason   (KoersOverviewItem   *self);
void                 koers_overview_item_set_reason   (KoersOverviewItem   *self,
                                                       const char          *reason);
/* The date the reason is about (ISO), or NULL ("no entries yet"). */
const char          *koers_overview_item_get_date     (KoersOverviewItem   *self);
void                 koers_overview_item_set_date     (KoersOverviewItem   *self,
                                                       const char          *iso_date);
/* Past its date: shown first and marked. */
gboolean             koers_overview_item_get_overdue  (KoersOverviewItem   *self);
void                 koers_overview_item_set_overdue  (KoersOverviewItem   *self,
                                                       gboolean             overdue);
/* Who is to act (a follow-up's owner), or NULL. */
const char          *koers_overview_item_get_owner    (KoersOverviewItem   *self);
void                 koers_overview_item_set_owner    (KoersOverviewItem   *self,
                                                       const char          *owner);
KoersOverviewTarget  koers_overview_item_get_target   (KoersOverviewItem   *self);
gint64               koers_overview_item_get_target_id (KoersOverviewItem  *self);
void                 koers_overview_item_set_target   (KoersOverviewItem   *self,
                                                       KoersOverviewTarget  target,
                                                       gint64               target_id);

/* The items of @section among @items (KoersOverviewItem), in their order. The array
 * holds no references of its own: it lives no longer than @items. */
GPtrArray           *koers_overview_items_in_section  (GPtrArray            *items,
                                                       KoersOverviewSection  section);

/* The students of @items (gint64 ids), each once, in order of appearance. */
GArray     *koers_overview_items_dup_student_ids (GPtrArray *items);

G_END_DECLS
