/* koers-entry.c: one entry of a student's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-entry.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

typedef struct
{
  const char *id;
  const char *dutch;   /* the word Dutch mentors type: koers-cli --kind oudercontact */
  const char *label;
} Name;

static const Name kind_names[KOERS_N_ENTRY_KINDS] = {
  [KOERS_ENTRY_OBSERVATION] = { "observation", "observatie", N_("Observation") },
  [KOERS_ENTRY_STUDENT_TALK] = { "student-talk", "gesprek", N_("Conversation with student") },
  [KOERS_ENTRY_PARENT_CONTACT] = { "parent-contact", "oudercontact", N_("Parent contact") },
  [KOERS_ENTRY_SIGNAL] = { "signal", "signaal", N_("Signal") },
  [KOERS_ENTRY_GOAL] = { "goal", "doel", N_("Goal") },
  [KOERS_ENTRY_ABSENCE] = { "absence", "verzuim", N_("Absence") },
  [KOERS_ENTRY_AGREEMENT] = { "agreement", "afspraak", N_("Agreement") },
  [KOERS_ENTRY_REFERRAL] = { "referral", "verwijzing", N_("Referral") },
  [KOERS_ENTRY_HANDOVER] = { "handover", "overdracht", N_("Handover") },
  [KOERS_ENTRY_CARE_MEETING] = { "care-meeting", "leerlingbespreking", N_("Student care meeting") },
  [KOERS_ENTRY_POSITIVE] = { "positive", "positief", N_("Went well") },
};

static const Name source_names[KOERS_N_SOURCES] = {
  [KOERS_SOURCE_NONE] = { "none", "geen", N_("Not recorded") },
  [KOERS_SOURCE_MENTOR] = { "mentor", "mentor", N_("Mentor") },
  [KOERS_SOURCE_TEACHER] = { "teacher", "docent", N_("Teacher") },
  [KOERS_SOURCE_PARENT] = { "parent", "ouder", N_("Parent") },
  [KOERS_SOURCE_STUDENT] = { "student", "leerling", N_("Student") },
  [KOERS_SOURCE_OTHER] = { "other", "anders", N_("Other") },
};

static const Name referral_names[KOERS_N_REFERRALS] = {
  [KOERS_REFERRAL_NONE] = { "none", "geen", N_("Not recorded") },
  /* Dutch care organisations keep their Dutch names in every language. */
  [KOERS_REFERRAL_JEUGDHULP] = { "jeugdhulp", "jeugdhulp", N_("Jeugdhulp") },
  [KOERS_REFERRAL_WIJKTEAM] = { "wijkteam", "wijkteam", N_("Wijkteam") },
  [KOERS_REFERRAL_GGD] = { "ggd", "ggd", N_("GGD") },
  [KOERS_REFERRAL_LEERPLICHT] = { "leerplicht", "leerplicht", N_("Leerplicht") },
  [KOERS_REFERRAL_OTHER] = { "other", "anders", N_("Other") },
};

static gboolean
name_lookup (const Name *names,
             guint       n_names,
             const char *text,
             guint      *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_ascii_strcasecmp (text, names[i].id) == 0 ||
          g_ascii_strcasecmp (text, names[i].dutch) == 0 ||
          g_ascii_strcasecmp (text, names[i].label) == 0 ||
          g_utf8_collate (text, _(names[i].label)) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
koers_entry_kind_to_id (KoersEntryKind kind)
{
  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);
  return kind_names[kind].id;
}

gboolean
koers_entry_kind_from_string (const char     *text,
                              KoersEntryKind *out)
{
  guint i;

  if (!name_lookup (kind_names, G_N_ELEMENTS (kind_names), text, &i))
    return FALSE;
  *out = (KoersEntryKind) i;
  return TRUE;
}

const char *
koers_entry_kind_get_label (KoersEntryKind kind)
{
  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);
  return _(kind_names[kind].label);
}

const char *
koers_source_to_id (KoersSource source)
{
  g_return_val_if_fail (source < KOERS_N_SOURCES, NULL);
  return source_names[source].id;
}

gboolean
koers_source_from_string (const char  *text,
                          KoersSource *out)
{
  guint i;

  if (!name_lookup (source_names, G_N_ELEMENTS (source_names), text, &i))
    return FALSE;
  *out = (KoersSource) i;
  return TRUE;
}

const char *
koers_source_get_label (KoersSource source)
{
  g_return_val_if_fail (source < KOERS_N_SOURCES, NULL);
  return _(source_names[source].label);
}

const char *
koers_referral_to_id (KoersReferralTo to)
{
  g_return_val_if_fail (to < KOERS_N_REFERRALS, NULL);
  return referral_names[to].id;
}

gboolean
koers_referral_from_string (const char      *text,
                            KoersReferralTo *out)
{
  guint i;

  if (!name_lookup (referral_names, G_N_ELEMENTS (referral_names), text, &i))
    return FALSE;
  *out = (KoersReferralTo) i;
  return TRUE;
}

const char *
koers_referral_get_label (KoersReferralTo to)
{
  g_return_val_if_fail (to < KOERS_N_REFERRALS, NULL);
  return _(referral_names[to].label);
}

struct _KoersEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  KoersEntryKind kind;
  KoersSource source;
  gboolean interpretation;
  gboolean sensitive;
  gboolean absence_authorised;
  double absence_amount;
  KoersAbsenceUnit absence_unit;
  KoersReferralTo referral_to;

  char *uuid;
  char *date;
  char *time;
  char *author;
  char *text;
  char *source_name;
  char *followup_text;
  char *followup_owner;
  char *followup_due;
  char *followup_done_at;
  char *absence_reason;
  char *referral_name;
  char *referral_feedback_due;
  char *referral_feedback;
  char *referral_feedback_date;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (KoersEntry, koers_entry, G_TYPE_OBJECT)

/* Only what views bind to or watch is a property; the rest are plain fields. */
enum {
  PROP_0,
  PROP_KIND,
  PROP_DATE,
  PROP_TEXT,
  PROP_SENSITIVE,
  PROP_FOLLOWUP_DONE_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
koers_entry_finalize (GObject *object)
{
  KoersEntry *self = KOERS_ENTRY (object);

  g_free (self->uuid);
  g_free (self->date);
  g_free (self->time);
  g_free (self->author);
  g_free (self->text);
  g_free (self->source_name);
  g_free (self->followup_text);
  g_free (self->followup_owner);
  g_free (self->followup_due);
  g_free (self->followup_done_at);
  g_free (self->absence_reason);
  g_free (self->referral_name);
  g_free (self->referral_feedback_due);
  g_free (self->referral_feedback);
  g_free (self->referral_feedback_date);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_entry_parent_class)->finalize (object);
}

static void
koers_entry_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoersEntry *self = KOERS_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_SENSITIVE: g_value_set_boolean (value, self->sensitive); break;
    case PROP_FOLLOWUP_DONE_AT: g_value_set_string (value, self->followup_done_at); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_entry_class_init (KoersEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_entry_finalize;
  object_class->get_property = koers_entry_get_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, KOERS_N_ENTRY_KINDS - 1, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENSITIVE] =
    g_param_spec_boolean ("sensitive", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLLOWUP_DONE_AT] =
    g_param_spec_string ("followup-done-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_entry_init (KoersEntry *self)
{
}

KoersEntry *
koers_entry_new (KoersEntryKind kind)
{
  KoersEntry *self;

  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);

  self = g_object_new (KOERS_TYPE_ENTRY, NULL);
  self->kind = kind;
  return self;
}

KoersEntry *
koers_entry_copy (KoersEntry *self)
{
  KoersEntry *copy;

  g_return_val_if_fail (KOERS_IS_ENTRY (self), NULL);

  copy = koers_entry_new (self->kind);
  copy->id = self->id;
  copy->student_id = self->student_id;
  copy->source = self->source;
  copy->interpretation = self->interpretation;
  copy->sensitive = self->sensitive;
  copy->absence_authorised = self->absence_authorised;
  copy->absence_amount = self->absence_amount;
  copy->absence_unit = self->absence_unit;
  copy->referral_to = self->referral_to;
  copy->uuid = g_strdup (self->uuid);
  copy->date = g_strdup (self->date);
  copy->time = g_strdup (self->time);
  copy->author = g_strdup (self->author);
  copy->text = g_strdup (self->text);
  copy->source_name = g_strdup (self->source_name);
  copy->followup_text = g_strdup (self->followup_text);
  copy->followup_owner = g_strdup (self->followup_owner);
  copy->followup_due = g_strdup (self->followup_due);
  copy->followup_done_at = g_strdup (self->followup_done_at);
  copy->absence_reason = g_strdup (self->absence_reason);
  copy->referral_name = g_strdup (self->referral_name);
  copy->referral_feedback_due = g_strdup (self->referral_feedback_due);
  copy->referral_feedback = g_strdup (self->referral_feedback);
  copy->referral_feedback_date = g_strdup (self->referral_feedback_date);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

#define PLAIN_ACCESSORS(type, field, default_value)                               \
  type                                                                           \
  koers_entry_get_##field (KoersEntry *self)                                     \
  {                                                                              \
    g_return_val_if_fail (KOERS_IS_ENTRY (self), default_value);                 \
    return self->field;                                                          \
  }                                                                              \
  void                                                                           \
  koers_entry_set_##field (KoersEntry *self,                                     \
                           type        value)                                    \
  {                                                                              \
    g_return_if_fail (KOERS_IS_ENTRY (self));                                    \
    self->field = value;                                                         \
  }

PLAIN_ACCESSORS (gint64, id, 0)
PLAIN_ACCESSORS (gint64, student_id, 0)
PLAIN_ACCESSORS (KoersSource, source, KOERS_SOURCE_NONE)
PLAIN_ACCESSORS (gboolean, interpretation, FALSE)
PLAIN_ACCESSORS (gboolean, absence_authorised, FALSE)
PLAIN_ACCESSORS (double, absence_amount, 0.0)
PLAIN_ACCESSORS (KoersAbsenceUnit, absence_unit, KOERS_ABSENCE_HOURS)
PLAIN_ACCESSORS (KoersReferralTo, referral_to, KOERS_REFERRAL_NONE)

#undef PLAIN_ACCESSORS

/* @prop is 0 for fields that are not properties. */
#define STRING_ACCESSORS(field, prop)                                            \
  const char *                                                                   \
  koers_entry_get_##field (KoersEntry *self)                                     \
  {                                                                              \
    g_return_val_if_fail (KOERS_IS_ENTRY (self), NULL);                          \
    return self->field;                                                          \
  }                                                                              \
  void                                                                           \
  koers_entry_set_##field (KoersEntry *self,                                     \
                           const char *value)                                    \
  {                                                                              \
    g_return_if_fail (KOERS_IS_ENTRY (self));                                    \
    if (koers_str_replace (&self->field, value) && prop != 0)                       \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);              \
  }

STRING_ACCESSORS (uuid, 0)
STRING_ACCESSORS (date, PROP_DATE)
STRING_ACCESSORS (time, 0)
STRING_ACCESSORS (author, 0)
STRING_ACCESSORS (text, PROP_TEXT)
STRING_ACCESSORS (source_name, 0)
STRING_ACCESSORS (followup_text, 0)
STRING_ACCESSORS (followup_owner, 0)
STRING_ACCESSORS (followup_due, 0)
STRING_ACCESSORS (followup_done_at, PROP_FOLLOWUP_DONE_AT)
STRING_ACCESSORS (absence_reason, 0)
STRING_ACCESSORS (referral_name, 0)
STRING_ACCESSORS (referral_feedback_due, 0)
STRING_ACCESSORS (referral_feedback, 0)
STRING_ACCESSORS (referral_feedback_date, 0)
STRING_ACCESSORS (created, 0)
STRING_ACCESSORS (modified, 0)

#undef STRING_ACCESSORS

KoersEntryKind
koers_entry_get_kind (KoersEntry *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY (self), KOERS_ENTRY_OBSERVATION);
  return self->kind;
}

void
koers_entry_set_kind (KoersEntry     *self,
                      KoersEntryKind  kind)
{
  g_return_if_fail (KOERS_IS_ENTRY (self));
  g_return_if_fail (kind < KOERS_N_ENTRY_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gboolean
koers_entry_get_sensitive (KoersEntry *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY (self), FALSE);
  return self->sensitive;
}

void
koers_entry_set_sensitive (KoersEntry *self,
                           gboolean    sensitive)
{
  g_return_if_fail (KOERS_IS_ENTRY (self));

  sensitive = !!sensitive;
  if (self->sensitive == sensitive)
    return;
  self->sensitive = sensitive;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENSITIVE]);
}

gboolean
koers_entry_has_open_followup (KoersEntry *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY (self), FALSE);
  return self->followup_text != NULL && self->followup_done_at == NULL;
}

gboolean
koers_entry_is_followup_overdue (KoersEntry *self,
                                 GDate      *today)
{
  GDate due, now;

  g_return_val_if_fail (KOERS_IS_ENTRY (self), FALSE);

  if (!koers_entry_has_open_followup (self) ||
      !koers_date_from_iso (self->followup_due, &due))
    return FALSE;

  if (today == NULL)
    {
      koers_date_today (&now);
      today = &now;
    }

  return g_date_compare (&due, today) < 0;
}
