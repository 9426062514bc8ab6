/* koers-meeting-context.c: what every part of the meeting editor reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-meeting-context.h"

G_DEFINE_BOXED_TYPE (KoersMeetingContext, koers_meeting_context,
                     koers_meeting_context_ref, koers_meeting_context_unref)

typedef struct
{
  KoersMeetingContext public;
  gatomicrefcount     ref_count;
} Context;

KoersMeetingContext *
koers_meeting_context_load (KoersStore    *store,
                            KoersStudent  *student,
                            GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  KoersEntryQuery query = { 0 };
  Context *context;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  entries = koers_store_list_entries (store, koers_student_get_id (student), &query, error);
  if (entries == NULL)
    return NULL;
  goals = koers_store_list_goals (store, koers_student_get_id (student), error);
  if (goals == NULL)
    return NULL;

  context = g_new0 (Context, 1);
  g_atomic_ref_count_init (&context->ref_count);
  context->public.store = g_object_ref (store);
  context->public.student = g_object_ref (student);
  context->public.entries = g_steal_pointer (&entries);
  context->public.goals = g_steal_pointer (&goals);
  context->public.mentor_name = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);
  context->public.school_name = koers_store_dup_meta (store, KOERS_META_SCHOOL_NAME, NULL);
  return &context->public;
}

KoersMeetingContext *
koers_meeting_context_ref (KoersMeetingContext *context)
{
  g_return_val_if_fail (context != NULL, NULL);

  g_atomic_ref_count_inc (&((Context *) context)->ref_count);
  return context;
}

void
koers_meeting_context_unref (KoersMeetingContext *context)
{
  g_return_if_fail (context != NULL);

  if (!g_atomic_ref_count_dec (&((Context *) context)->ref_count))
    return;

  g_clear_object (&context->store);
  g_clear_object (&context->student);
  g_clear_pointer (&context->entries, g_ptr_array_unref);
  g_clear_pointer (&context->goals, g_ptr_array_unref);
  g_free (context->mentor_name);
  g_free (context->school_name);
  g_free (context);
}

KoersEntry *
koers_meeting_context_find_entry (KoersMeetingContext *context,
                                  gint64               id)
{
  g_return_val_if_fail (context != NULL, NULL);

  for (guint i = 0; i < context->entries->len; i++)
    if (koers_entry_get_id (context->entries->pdata[i]) == id)
      return context->entries->pdata[i];
  return NULL;
}

KoersGoal *
koers_meeting_context_find_goal (KoersMeetingContext *context,
                                 gint64               id)
{
  g_return_val_if_fail (context != NULL, NULL);

  for (guint i = 0; i < context->goals->len; i++)
    if (koers_goal_get_id (context->goals->pdata[i]) == id)
      return context->goals->pdata[i];
  return NULL;
}
