/* koers-care-meeting.c: a leerlingbespreking (student care meeting)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-care-meeting.h"

#include "koers-i18n.h"
#include "koers-string.h"

KoersCareStep *
koers_care_step_new (const char *what,
                     const char *owner,
                     const char *due)
{
  KoersCareStep *step = g_new0 (KoersCareStep, 1);

  koers_str_replace (&step->what, what);
  koers_str_replace (&step->owner, owner);
  koers_str_replace (&step->due, due);
  return step;
}

KoersCareStep *
koers_care_step_copy (const KoersCareStep *step)
{
  KoersCareStep *copy = koers_care_step_new (step->what, step->owner, step->due);

  copy->id = step->id;
  copy->entry_id = step->entry_id;
  return copy;
}

void
koers_care_step_free (KoersCareStep *step)
{
  if (step == NULL)
    return;
  g_free (step->what);
  g_free (step->owner);
  g_free (step->due);
  g_free (step);
}

KoersCareStudent *
koers_care_student_new (gint64      student_id,
                        const char *question)
{
  KoersCareStudent *student = g_new0 (KoersCareStudent, 1);

  student->student_id = student_id;
  koers_str_replace (&student->question, question);
  student->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_care_step_free);
  return student;
}

KoersCareStudent *
koers_care_student_copy (const KoersCareStudent *student)
{
  KoersCareStudent *copy = koers_care_student_new (student->student_id, student->question);

  copy->id = student->id;
  copy->student = student->student != NULL ? g_object_ref (student->student) : NULL;
  copy->conclusion = g_strdup (student->conclusion);
  copy->entry_id = student->entry_id;
  for (guint i = 0; i < student->steps->len; i++)
    g_ptr_array_add (copy->steps, koers_care_step_copy (g_ptr_array_index (student->steps, i)));
  return copy;
}

void
koers_care_student_free (KoersCareStudent *student)
{
  if (student == NULL)
    return;
  g_clear_object (&student->student);
  g_free (student->question);
  g_free (student->conclusion);
  g_ptr_array_unref (student->steps);
  g_free (student);
}

static const char * const brief_titles[KOERS_N_BRIEF_PARTS] = {
  [KOERS_BRIEF_STRENGTHS] = N_("Strengths"),
  [KOERS_BRIEF_GOALS] = N_("Goals"),
  [KOERS_BRIEF_SIGNALS] = N_("New Signals"),
  [KOERS_BRIEF_AGREEMENTS] = N_("Open Agreements"),
  [KOERS_BRIEF_REFERRALS] = N_("Referrals"),
};

const char *
koers_brief_part_get_title (KoersBriefPart part)
{
  g_return_val_if_fail (part < KOERS_N_BRIEF_PARTS, NULL);
  return _(brief_titles[part]);
}

void
koers_brief_line_free (KoersBriefLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line->detail);
  g_free (line);
}

void
koers_care_brief_free (KoersCareBrief *brief)
{
  if (brief == NULL)
    return;
  g_clear_object (&brief->student);
  g_free (brief->since);
  g_ptr_array_unref (brief->lines);
  g_free (brief);
}

GPtrArray *
koers_care_brief_get_part (KoersCareBrief *brief,
                           KoersBriefPart  part)
{
  GPtrArray *lines = g_ptr_array_new ();

  for (guint i = 0; i < brief->lines->len; i++)
    {
      KoersBriefLine *line = g_ptr_array_index (brief->lines, i);

      if (line->part == part)
        g_ptr_array_add (lines, line);
    }
  return lines;
}

struct _KoersCareMeeting
{
  GObject    parent_instance;

  gint64     id;
  char      *uuid;
  char      *date;
  char      *time;
  char      *place;
  char      *author;
  GStrv      attendees;
  GPtrArray *students;   /* KoersCareStudent */
  char      *modified;
};

G_DEFINE_FINAL_TYPE (KoersCareMeeting, koers_care_meeting, G_TYPE_OBJECT)

static void
koers_care_meeting_finalize (GObject *object)
{
  KoersCareMeeting *self = KOERS_CARE_MEETING (object);

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->time);
  g_free (self->place);
  g_free (self->author);
  g_strfreev (self->attendees);
  g_ptr_array_unref (self->students);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_care_meeting_parent_class)->finalize (object);
}

static void
koers_care_meeting_class_init (KoersCareMeetingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_care_meeting_finalize;
}

static void
koers_care_meeting_init (KoersCareMeeting *self)
{
  self->attendees = g_new0 (char *, 1);
  self->students = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_care_student_free);
}

KoersCareMeeting *
koers_care_meeting_new (void)
{
  return g_object_new (KOERS_TYPE_CARE_MEETING, NULL);
}

KoersCareMeeting *
koers_care_meeting_copy (KoersCareMeeting *self)
{
  KoersCareMeeting *copy;

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);

  copy = koers_care_meeting_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->date = g_strdup (self->date);
  copy->time = g_strdup (self->time);
  copy->place = g_strdup (self->place);
  copy->author = g_strdup (self->author);
  koers_care_meeting_set_attendees (copy, (const char * const *) self->attendees);
  for (guint i = 0; i < self->students->len; i++)
    g_ptr_array_add (copy->students, koers_care_student_copy (g_ptr_array_index (self->students, i)));
  copy->modified = g_strdup (self->modified);
  return copy;
}

#define STRING_ACCESSORS(field)                                                  \
  const char *                                                                   \
  koers_care_meeting_get_##field (KoersCareMeeting *self)                        \
  {                                                                              \
    g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);                   \
    return self->field;                                                          \
  }                                                                              \
                                                                                 \
  void                                                                           \
  koers_care_meeting_set_##field (KoersCareMeeting *self,                        \
                                  const char       *value)                       \
  {                                                                              \
    g_return_if_fail (KOERS_IS_CARE_MEETING (self));                             \
    koers_str_replace (&self->field, value);                                     \
  }

STRING_ACCESSORS (uuid)
STRING_ACCESSORS (date)
STRING_ACCESSORS (time)
STRING_ACCESSORS (place)
STRING_ACCESSORS (author)
STRING_ACCESSORS (modified)

gint64
koers_care_meeting_get_id (KoersCareMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), 0);
  return self->id;
}

void
koers_care_meeting_set_id (KoersCareMeeting *self,
                           gint64            id)
{
  g_return_if_fail (KOERS_IS_CARE_MEETING (self));
  self->id = id;
}

const char * const *
koers_care_meeting_get_attendees (KoersCareMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);
  return (const char * const *) self->attendees;
}

void
koers_care_meeting_set_attendees (KoersCareMeeting   *self,
                                  const char * const *attendees)
{
  GStrvBuilder *builder = g_strv_builder_new ();

  g_return_if_fail (KOERS_IS_CARE_MEETING (self));

  for (guint i = 0; attendees != NULL && attendees[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (attendees[i]));

      if (*name != '\0')
        g_strv_builder_add (builder, name);
    }
  g_strfreev (self->attendees);
  self->attendees = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
}

void
koers_care_meeting_set_attendees_text (KoersCareMeeting *self,
                                       const char       *text)
{
  g_auto(GStrv) names = g_strsplit_set (text != NULL ? text : "", ",;\n", -1);

  koers_care_meeting_set_attendees (self, (const char * const *) names);
}

char *
koers_care_meeting_dup_attendees_text (KoersCareMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);
  return g_strjoinv (", ", self->attendees);
}

GPtrArray *
koers_care_meeting_get_students (KoersCareMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);
  return self->students;
}

KoersCareStudent *
koers_care_meeting_find_student (KoersCareMeeting *self,
                                 gint64            student_id)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), NULL);

  for (guint i = 0; i < self->students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (self->students, i);

      if (student->student_id == student_id)
        return student;
    }
  return NULL;
}

gboolean
koers_care_meeting_add_student (KoersCareMeeting *self,
                                gint64            student_id,
                                const char       *question)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), FALSE);

  if (koers_care_meeting_find_student (self, student_id) != NULL)
    return FALSE;
  g_ptr_array_add (self->students, koers_care_student_new (student_id, question));
  return TRUE;
}

gboolean
koers_care_meeting_remove_student (KoersCareMeeting *self,
                                   gint64            student_id)
{
  KoersCareStudent *student;

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), FALSE);

  student = koers_care_meeting_find_student (self, student_id);
  return student != NULL && g_ptr_array_remove (self->students, student);
}

guint
koers_care_meeting_count_recorded (KoersCareMeeting *self)
{
  guint n = 0;

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), 0);

  for (guint i = 0; i < self->students->len; i++)
    {
      KoersCareStudent *student = g_ptr_array_index (self->students, i);

      if (student->entry_id != 0)
        n++;
    }
  return n;
}

GArray *
koers_care_meeting_dup_student_ids (KoersCareMeeting *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (KOERS_IS_CARE_MEETING (self), ids);

  for (guint i = 0; i < self->students->len; i++)
    g_array_append_val (ids, ((KoersCareStudent *) g_ptr_array_index (self->students, i))->student_id);
  return ids;
}
