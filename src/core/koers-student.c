/* koers-student.c: one student of the notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-student.h"

#include "koers-date.h"
#include "koers-string.h"

struct _KoersStudent
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *student_number;
  char *first_name;
  char *tussenvoegsel;
  char *last_name;
  char *group;
  char *birth_date;
  char *email;
  char *mentor;
  char *notes;
  char *modified;
  gboolean archived;

  /* Derived from the name parts, built on first use and dropped when they change. */
  char *display_name;
  char *sort_name;
};

G_DEFINE_FINAL_TYPE (KoersStudent, koers_student, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_STUDENT_NUMBER,
  PROP_FIRST_NAME,
  PROP_TUSSENVOEGSEL,
  PROP_LAST_NAME,
  PROP_GROUP,
  PROP_BIRTH_DATE,
  PROP_EMAIL,
  PROP_MENTOR,
  PROP_NOTES,
  PROP_ARCHIVED,
  PROP_DISPLAY_NAME,
  PROP_SORT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
names_changed (KoersStudent *self)
{
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
}

static void
set_string_property (KoersStudent  *self,
                     char         **field,
                     const char    *value,
                     int            prop,
                     gboolean       is_name_part)
{
  if (!koers_str_replace (field, value))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (is_name_part)
    names_changed (self);
}

static void
koers_student_finalize (GObject *object)
{
  KoersStudent *self = KOERS_STUDENT (object);

  g_free (self->uuid);
  g_free (self->student_number);
  g_free (self->first_name);
  g_free (self->tussenvoegsel);
  g_free (self->last_name);
  g_free (self->group);
  g_free (self->birth_date);
  g_free (self->email);
  g_free (self->mentor);
  g_free (self->notes);
  g_free (self->modified);
  g_free (self->display_name);
  g_free (self->sort_name);

  G_OBJECT_CLASS (koers_student_parent_class)->finalize (object);
}

static void
koers_student_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KoersStudent *self = KOERS_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UUID: g_value_set_string (value, self->uuid); break;
    case PROP_STUDENT_NUMBER: g_value_set_string (value, self->student_number); break;
    case PROP_FIRST_NAME: g_value_set_string (value, self->first_name); break;
    case PROP_TUSSENVOEGSEL: g_value_set_string (value, self->tussenvoegsel); break;
    case PROP_LAST_NAME: g_value_set_string (value, self->last_name); break;
    case PROP_GROUP: g_value_set_string (value, self->group); break;
    case PROP_BIRTH_DATE: g_value_set_string (value, self->birth_date); break;
    case PROP_EMAIL: g_value_set_string (value, self->email); break;
    case PROP_MENTOR: g_value_set_string (value, self->mentor); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_ARCHIVED: g_value_set_boolean (value, self->archived); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, koers_student_get_display_name (self)); break;
    case PROP_SORT_NAME: g_value_set_string (value, koers_student_get_sort_name (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_student_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KoersStudent *self = KOERS_STUDENT (object);

  switch (prop_id)
    {
    case PROP_ID: koers_student_set_id (self, g_value_get_int64 (value)); break;
    case PROP_UUID: koers_student_set_uuid (self, g_value_get_string (value)); break;
    case PROP_STUDENT_NUMBER: koers_student_set_student_number (self, g_value_get_string (value)); break;
    case PROP_FIRST_NAME: koers_student_set_first_name (self, g_value_get_string (value)); break;
    case PROP_TUSSENVOEGSEL: koers_student_set_tussenvoegsel (self, g_value_get_string (value)); break;
    case PROP_LAST_NAME: koers_student_set_last_name (self, g_value_get_string (value)); break;
    case PROP_GROUP: koers_student_set_group (self, g_value_get_string (value)); break;
    case PROP_BIRTH_DATE: koers_student_set_birth_date (self, g_value_get_string (value)); break;
    case PROP_EMAIL: koers_student_set_email (self, g_value_get_string (value)); break;
    case PROP_MENTOR: koers_student_set_mentor (self, g_value_get_string (value)); break;
    case PROP_NOTES: koers_student_set_notes (self, g_value_get_string (value)); break;
    case PROP_ARCHIVED: koers_student_set_archived (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
koers_student_class_init (KoersStudentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_student_finalize;
  object_class->get_property = koers_student_get_property;
  object_class->set_property = koers_student_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] = string_pspec ("uuid");
  properties[PROP_STUDENT_NUMBER] = string_pspec ("student-number");
  properties[PROP_FIRST_NAME] = string_pspec ("first-name");
  properties[PROP_TUSSENVOEGSEL] = string_pspec ("tussenvoegsel");
  properties[PROP_LAST_NAME] = string_pspec ("last-name");
  properties[PROP_GROUP] = string_pspec ("group");
  properties[PROP_BIRTH_DATE] = string_pspec ("birth-date");
  properties[PROP_EMAIL] = string_pspec ("email");
  properties[PROP_MENTOR] = string_pspec ("mentor");
  properties[PROP_NOTES] = string_pspec ("notes");
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_NAME] =
    g_param_spec_string ("sort-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_student_init (KoersStudent *self)
{
}

KoersStudent *
koers_student_new (void)
{
  return g_object_new (KOERS_TYPE_STUDENT, NULL);
}

KoersStudent *
koers_student_copy (KoersStudent *self)
{
  KoersStudent *copy;

  g_return_val_if_fail (KOERS_IS_STUDENT (self), NULL);

  copy = koers_student_new ();
  copy->id = self->id;
  copy->uuid = g_strdup (self->uuid);
  copy->student_number = g_strdup (self->student_number);
  copy->first_name = g_strdup (self->first_name);
  copy->tussenvoegsel = g_strdup (self->tussenvoegsel);
  copy->last_name = g_strdup (self->last_name);
  copy->group = g_strdup (self->group);
  copy->birth_date = g_strdup (self->birth_date);
  copy->email = g_strdup (self->email);
  copy->mentor = g_strdup (self->mentor);
  copy->notes = g_strdup (self->notes);
  copy->modified = g_strdup (self->modified);
  copy->archived = self->archived;
  return copy;
}

gint64
koers_student_get_id (KoersStudent *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT (self), 0);
  return self->id;
}

void
koers_student_set_id (KoersStudent *self,
                      gint64        id)
{
  g_return_if_fail (KOERS_IS_STUDENT (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

#define STRING_ACCESSORS(field, PROP, is_name)                                   \
  const char *                                                                   \
  koers_student_get_##field (KoersStudent *self)                                 \
  {                                                                              \
    g_return_val_if_fail (KOERS_IS_STUDENT (self), NULL);                        \
    return self->field;                                                          \
  }                                                                              \
  void                                                                           \
  koers_student_set_##field (KoersStudent *self,                                 \
                             const char   *value)                                \
  {                                                                              \
    g_return_if_fail (KOERS_IS_STUDENT (self));                                  \
    set_string_property (self, &self->field, value, PROP, is_name);              \
  }

STRING_ACCESSORS (uuid, PROP_UUID, FALSE)
STRING_ACCESSORS (student_number, PROP_STUDENT_NUMBER, FALSE)
STRING_ACCESSORS (first_name, PROP_FIRST_NAME, TRUE)
STRING_ACCESSORS (tussenvoegsel, PROP_TUSSENVOEGSEL, TRUE)
STRING_ACCESSORS (last_name, PROP_LAST_NAME, TRUE)
STRING_ACCESSORS (group, PROP_GROUP, FALSE)
STRING_ACCESSORS (birth_date, PROP_BIRTH_DATE, FALSE)
STRING_ACCESSORS (email, PROP_EMAIL, FALSE)
STRING_ACCESSORS (mentor, PROP_MENTOR, FALSE)
STRING_ACCESSORS (notes, PROP_NOTES, FALSE)

#undef STRING_ACCESSORS

const char *
koers_student_get_modified (KoersStudent *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT (self), NULL);
  return self->modified;
}

void
koers_student_set_modified (KoersStudent *self,
                            const char   *modified)
{
  g_return_if_fail (KOERS_IS_STUDENT (self));
  koers_str_replace (&self->modified, modified);
}

gboolean
koers_student_get_archived (KoersStudent *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT (self), FALSE);
  return self->archived;
}

void
koers_student_set_archived (KoersStudent *self,
                            gboolean      archived)
{
  g_return_if_fail (KOERS_IS_STUDENT (self));
  archived = !!archived;
  if (self->archived == archived)
    return;
  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

static void
append_part (GString    *str,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (str->len > 0)
    g_string_append_c (str, ' ');
  g_string_append (str, part);
}

const char *
koers_student_get_display_name (KoersStudent *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT (self), NULL);

  if (self->display_name == NULL)
    {
      GString *str = g_string_new (NULL);

      append_part (str, self->first_name);
      append_part (str, self->tussenvoegsel);
      append_part (str, self->last_name);
      self->display_name = g_string_free (str, FALSE);
    }

  return self->display_name;
}

const char *
koers_student_get_sort_name (KoersStudent *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT (self), NULL);

  if (self->sort_name == NULL)
    {
      GString *str = g_string_new (self->last_name);

      if (self->first_name != NULL || self->tussenvoegsel != NULL)
        {
          g_string_append_c (str, ',');
          append_part (str, self->first_name);
          append_part (str, self->tussenvoegsel);
        }
      self->sort_name = g_string_free (str, FALSE);
    }

  return self->sort_name;
}

int
koers_student_get_age (KoersStudent *self,
                       GDate        *today)
{
  GDate birth, now;

  g_return_val_if_fail (KOERS_IS_STUDENT (self), -1);

  if (!koers_date_from_iso (self->birth_date, &birth))
    return -1;

  if (today == NULL)
    {
      koers_date_today (&now);
      today = &now;
    }

  return koers_date_years_between (&birth, today);
}

gboolean
koers_student_is_adult (KoersStudent *self,
                        GDate        *today)
{
  return koers_student_get_age (self, today) >= 18;
}

static char *
fold (const char *text)
{
  g_autofree char *stripped = g_str_to_ascii (text, "C");

  return g_ascii_strdown (stripped, -1);
}

static gboolean
field_contains (const char *field,
                const char *needle)
{
  g_autofree char *folded = NULL;

  if (field == NULL)
    return FALSE;

  folded = fold (field);
  return strstr (folded, needle) != NULL;
}

gboolean
koers_student_matches (KoersStudent *self,
                       const char   *search)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *needle = NULL;

  g_return_val_if_fail (KOERS_IS_STUDENT (self), FALSE);

  if (search == NULL || *search == '\0')
    return TRUE;

  /* Folding both sides lets "noel" find "Noël" and "VAN DIJK" find "van Dijk". */
  trimmed = g_strstrip (g_strdup (search));
  needle = fold (trimmed);
  if (*needle == '\0')
    return TRUE;

  return field_contains (koers_student_get_display_name (self), needle) ||
         field_contains (koers_student_get_sort_name (self), needle) ||
         field_contains (self->student_number, needle) ||
         field_contains (self->group, needle);
}

GArray *
koers_student_list_get_ids (GPtrArray *students)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (students != NULL, ids);

  /* Goal cards repeat a student for each goal. */
  for (guint i = 0; i < students->len; i++)
    {
      gint64 id = koers_student_get_id (g_ptr_array_index (students, i));
      gboolean seen = FALSE;

      for (guint j = 0; j < ids->len && !seen; j++)
        seen = g_array_index (ids, gint64, j) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  return ids;
}
