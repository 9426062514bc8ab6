/* koers-overview-item.c: one row of the zorgcoördinator overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-overview-item.h"

#include "koers-i18n.h"

struct _KoersOverviewItem
{
  GObject parent_instance;

  KoersOverviewSection section;
  KoersStudent *student;
  char *reason;
  char *date;
  gboolean overdue;
  char *owner;
  KoersOverviewTarget target;
  gint64 target_id;
};

G_DEFINE_FINAL_TYPE (KoersOverviewItem, koers_overview_item, G_TYPE_OBJECT)

static const struct
{
  const char *id;
  const char *title;
  const char *description;
} sections[KOERS_N_OVERVIEW_SECTIONS] = {
  [KOERS_OVERVIEW_GOALS] = {
    "goals", N_("Goal Evaluations"),
    N_("Active goals to evaluate within a week, and evaluations that are overdue.") },
  [KOERS_OVERVIEW_FOLLOWUPS] = {
    "follow-ups", N_("Open Follow-ups and Agreements"),
    N_("Next steps and agreements that are not done yet, overdue first.") },
  [KOERS_OVERVIEW_REFERRALS] = {
    "referrals", N_("Referrals Without Feedback"),
    N_("Referrals whose date to ask for feedback has passed.") },
  [KOERS_OVERVIEW_SIGNALS] = {
    "signals", N_("New Signals"),
    N_("A final signal checklist newer than the student’s last student care meeting.") },
  [KOERS_OVERVIEW_QUIET] = {
    "quiet", N_("Quiet Students"),
    N_("Nothing written on the timeline for weeks: quiet students are easily missed.") },
  [KOERS_OVERVIEW_ATTENDANCE] = {
    "attendance", N_("Attendance Below 90%"),
    /* xgettext:no-c-format */
    N_("Present less than 90% of the scheduled time this school year.") },
};

static const char * const targets[] = {
  [KOERS_OVERVIEW_TARGET_STUDENT] = "student",
  [KOERS_OVERVIEW_TARGET_ENTRY] = "entry",
  [KOERS_OVERVIEW_TARGET_GOAL] = "goal",
  [KOERS_OVERVIEW_TARGET_CHECKLIST] = "checklist",
  [KOERS_OVERVIEW_TARGET_ATTENDANCE] = "attendance",
};

const char *
koers_overview_section_to_id (KoersOverviewSection section)
{
  g_return_val_if_fail (section < KOERS_N_OVERVIEW_SECTIONS, NULL);
  return sections[section].id;
}

gboolean
koers_overview_section_from_id (const char           *id,
                                KoersOverviewSection *out)
{
  for (guint i = 0; i < KOERS_N_OVERVIEW_SECTIONS; i++)
    if (g_strcmp0 (id, sections[i].id) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
koers_overview_section_get_title (KoersOverviewSection section)
{
  g_return_val_if_fail (section < KOERS_N_OVERVIEW_SECTIONS, NULL);
  return _(sections[section].title);
}

const char *
koers_overview_section_get_description (KoersOverviewSection section)
{
  g_return_val_if_fail (section < KOERS_N_OVERVIEW_SECTIONS, NULL);
  return _(sections[section].description);
}

const char *
koers_overview_target_to_id (KoersOverviewTarget target)
{
  g_return_val_if_fail (target < G_N_ELEMENTS (targets), NULL);
  return targets[target];
}

static void
koers_overview_item_finalize (GObject *object)
{
  KoersOverviewItem *self = KOERS_OVERVIEW_ITEM (object);

  g_clear_object (&self->student);
  g_free (self->reason);
  g_free (self->date);
  g_free (self->owner);

  G_OBJECT_CLASS (koers_overview_item_parent_class)->finalize (object);
}

static void
koers_overview_item_class_init (KoersOverviewItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_overview_item_finalize;
}

static void
koers_overview_item_init (KoersOverviewItem *self)
{
}

KoersOverviewItem *
koers_overview_item_new (KoersOverviewSection  section,
                         KoersStudent         *student)
{
  KoersOverviewItem *self;

  g_return_val_if_fail (section < KOERS_N_OVERVIEW_SECTIONS, NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  self = g_object_new (KOERS_TYPE_OVERVIEW_ITEM, NULL);
  self->section = section;
  self->student = g_object_ref (student);
  self->target_id = koers_student_get_id (student);
  return self;
}

KoersOverviewSection
koers_overview_item_get_section (KoersOverviewItem *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), 0);
  return self->section;
}

KoersStudent *
koers_overview_item_get_student (KoersOverviewItem *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), NULL);
  return self->student;
}

#define STRING_ACCESSORS(field)                                                  \
  const char *                                                                   \
  koers_overview_item_get_##field (KoersOverviewItem *self)                      \
  {                                                                              \
    g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), NULL);                  \
    return self->field;                                                          \
  }                                                                              \
  void                                                                           \
  koers_overview_item_set_##field (KoersOverviewItem *self,                      \
                                   const char        *value)                     \
  {                                                                              \
    g_return_if_fail (KOERS_IS_OVERVIEW_ITEM (self));                            \
    g_free (self->field);                                                        \
    self->field = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;   \
  }

STRING_ACCESSORS (reason)
STRING_ACCESSORS (date)
STRING_ACCESSORS (owner)

gboolean
koers_overview_item_get_overdue (KoersOverviewItem *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), FALSE);
  return self->overdue;
}

void
koers_overview_item_set_overdue (KoersOverviewItem *self,
                                 gboolean           overdue)
{
  g_return_if_fail (KOERS_IS_OVERVIEW_ITEM (self));
  self->overdue = !!overdue;
}

KoersOverviewTarget
koers_overview_item_get_target (KoersOverviewItem *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), 0);
  return self->target;
}

gint64
koers_overview_item_get_target_id (KoersOverviewItem *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_ITEM (self), 0);
  return self->target_id;
}

void
koers_overview_item_set_target (KoersOverviewItem   *self,
                                KoersOverviewTarget  target,
                                gint64               target_id)
{
  g_return_if_fail (KOERS_IS_OVERVIEW_ITEM (self));
  self->target = target;
  self->target_id = target_id;
}

GPtrArray *
koers_overview_items_in_section (GPtrArray            *items,
                                 KoersOverviewSection  section)
{
  GPtrArray *in_section = g_ptr_array_new ();

  g_return_val_if_fail (items != NULL, in_section);

  for (guint i = 0; i < items->len; i++)
    if (koers_overview_item_get_section (g_ptr_array_index (items, i)) == section)
      g_ptr_array_add (in_section, g_ptr_array_index (items, i));
  return in_section;
}

GArray *
koers_overview_items_dup_student_ids (GPtrArray *items)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      KoersStudent *student = koers_overview_item_get_student (g_ptr_array_index (items, i));
      gint64 id = koers_student_get_id (student);

      if (g_hash_table_contains (seen, &id))
        continue;
      g_array_append_val (ids, id);
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }
  return ids;
}
