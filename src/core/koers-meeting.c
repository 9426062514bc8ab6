/* koers-meeting.c: a parent meeting (oudergesprek): preparation, agenda, agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-meeting.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

typedef struct
{
  const char *id;
  const char *dutch;   /* the word Dutch mentors type on the command line */
  const char *label;
} Name;

static const Name status_names[KOERS_N_MEETING_STATUSES] = {
  [KOERS_MEETING_DRAFT] = { "draft", "concept", N_("Draft") },
  [KOERS_MEETING_PLANNED] = { "planned", "gepland", N_("Planned") },
  [KOERS_MEETING_HELD] = { "held", "gehouden", N_("Held") },
  [KOERS_MEETING_CANCELLED] = { "cancelled", "geannuleerd", N_("Cancelled") },
};

static const Name role_names[KOERS_N_ATTENDEE_ROLES] = {
  [KOERS_ATTENDEE_PARENT] = { "parent", "ouder", N_("Parent or carer") },
  [KOERS_ATTENDEE_STUDENT] = { "student", "leerling", N_("Student") },
  [KOERS_ATTENDEE_MENTOR] = { "mentor", "mentor", N_("Mentor") },
  [KOERS_ATTENDEE_CARE_COORDINATOR] = { "care-coordinator", "zorgcoördinator", N_("Care coordinator") },
  [KOERS_ATTENDEE_OTHER] = { "other", "anders", N_("Other") },
};

static const Name owner_names[KOERS_N_OWNERS] = {
  [KOERS_OWNER_SCHOOL] = { "school", "school", N_("School") },
  [KOERS_OWNER_PARENT] = { "parent", "ouder", N_("Parents") },
  [KOERS_OWNER_STUDENT] = { "student", "leerling", N_("Student") },
  [KOERS_OWNER_OTHER] = { "other", "anders", N_("Other") },
};

static const char * const area_labels[KOERS_N_AREAS] = {
  [KOERS_AREA_LEARNING] = N_("Learning"),
  [KOERS_AREA_WORK_ATTITUDE] = N_("Work attitude"),
  [KOERS_AREA_COGNITIVE] = N_("Cognitive functioning"),
  [KOERS_AREA_SOCIAL_EMOTIONAL] = N_("Social and emotional functioning"),
  [KOERS_AREA_CREATIVE] = N_("Creative, musical, visual"),
  [KOERS_AREA_PHYSICAL] = N_("Physical functioning"),
  [KOERS_AREA_INTERESTS] = N_("Interests and talents"),
};

/* The order of a conversation that starts with what goes well (DOMAIN.md). */
static const char * const default_agenda[] = {
  N_("Welcome and the aim of this meeting"),
  N_("What goes well"),
  N_("Our worry"),
  N_("How you see it at home"),
  N_("The goals we work on"),
  N_("Agreements"),
  N_("Next contact"),
};

static const char * const default_questions[] = {
  N_("What do you see at home?"),
  N_("What works for you with your child?"),
  N_("What do you expect from the school?"),
  N_("How does your child talk about school?"),
};

static gboolean
name_lookup (const Name *names,
             guint       n_names,
             const char *text,
             guint      *out)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  /* Case-folded, because "Zorgcoördinator" has a letter g_ascii_strcasecmp cannot fold. */
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < n_names; i++)
    {
      g_autofree char *dutch = g_utf8_casefold (names[i].dutch, -1);

      if (g_ascii_strcasecmp (text, names[i].id) == 0 || g_str_equal (folded, dutch))
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
koers_meeting_status_to_id (KoersMeetingStatus status)
{
  g_return_val_if_fail (status < KOERS_N_MEETING_STATUSES, NULL);
  return status_names[status].id;
}

gboolean
koers_meeting_status_from_string (const char         *text,
                                  KoersMeetingStatus *out)
{
  guint i;

  if (!name_lookup (status_names, KOERS_N_MEETING_STATUSES, text, &i))
    return FALSE;
  *out = (KoersMeetingStatus) i;
  return TRUE;
}

const char *
koers_meeting_status_get_label (KoersMeetingStatus status)
{
  g_return_val_if_fail (status < KOERS_N_MEETING_STATUSES, NULL);
  return _(status_names[status].label);
}

const char *
koers_attendee_role_to_id (KoersAttendeeRole role)
{
  g_return_val_if_fail (role < KOERS_N_ATTENDEE_ROLES, NULL);
  return role_names[role].id;
}

gboolean
koers_attendee_role_from_string (const char        *text,
                                 KoersAttendeeRole *out)
{
  guint i;

  /* Typed on a keyboard without diaeresis. */
  if (text != NULL && g_ascii_strcasecmp (text, "zorgcoordinator") == 0)
    text = "care-coordinator";
  if (!name_lookup (role_names, KOERS_N_ATTENDEE_ROLES, text, &i))
    return FALSE;
  *out = (KoersAttendeeRole) i;
  return TRUE;
}

const char *
koers_attendee_role_get_label (KoersAttendeeRole role)
{
  g_return_val_if_fail (role < KOERS_N_ATTENDEE_ROLES, NULL);
  return _(role_names[role].label);
}

const char *
koers_area_get_label (KoersArea area)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return _(area_labels[area]);
}

const char *
koers_agreement_owner_to_id (KoersAgreementOwner owner)
{
  g_return_val_if_fail (owner < KOERS_N_OWNERS, NULL);
  return owner_names[owner].id;
}

gboolean
koers_agreement_owner_from_string (const char          *text,
                                   KoersAgreementOwner *out)
{
  guint i;

  if (text != NULL && g_ascii_strcasecmp (text, "ouders") == 0)
    text = "ouder";
  if (!name_lookup (owner_names, KOERS_N_OWNERS, text, &i))
    return FALSE;
  *out = (KoersAgreementOwner) i;
  return TRUE;
}

const char *
koers_agreement_owner_get_label (KoersAgreementOwner owner)
{
  g_return_val_if_fail (owner < KOERS_N_OWNERS, NULL);
  return _(owner_names[owner].label);
}

KoersAttendee *
koers_attendee_new (KoersAttendeeRole  role,
                    const char        *name,
                    gboolean           leads)
{
  KoersAttendee *attendee = g_new0 (KoersAttendee, 1);

  attendee->role = role;
  koers_str_replace (&attendee->name, name);
  attendee->leads = !!leads;
  return attendee;
}

void
koers_attendee_free (KoersAttendee *attendee)
{
  if (attendee == NULL)
    return;
  g_free (attendee->name);
  g_free (attendee);
}

static KoersAttendee *
attendee_copy (const KoersAttendee *attendee)
{
  return koers_attendee_new (attendee->role, attendee->name, attendee->leads);
}

KoersMeetingItem *
koers_meeting_item_new (const char *text,
                        gint64      entry_id,
                        gboolean    done)
{
  KoersMeetingItem *item = g_new0 (KoersMeetingItem, 1);

  koers_str_replace (&item->text, text);
  item->entry_id = entry_id;
  item->done = !!done;
  return item;
}

void
koers_meeting_item_free (KoersMeetingItem *item)
{
  if (item == NULL)
    return;
  g_free (item->text);
  g_free (item);
}

static KoersMeetingItem *
item_copy (const KoersMeetingItem *item)
{
  return koers_meeting_item_new (item->text, item->entry_id, item->done);
}

KoersAgreement *
koers_agreement_new (const char          *what,
                     KoersAgreementOwner  owner,
                     const char          *owner_name,
                     const char          *due)
{
  KoersAgreement *agreement = g_new0 (KoersAgreement, 1);

  koers_str_replace (&agreement->what, what);
  agreement->owner = owner;
  koers_str_replace (&agreement->owner_name, owner_name);
  koers_str_replace (&agreement->due, due);
  return agreement;
}

KoersAgreement *
koers_agreement_copy (const KoersAgreement *agreement)
{
  KoersAgreement *copy;

  g_return_val_if_fail (agreement != NULL, NULL);

  copy = koers_agreement_new (agreement->what, agreement->owner,
                              agreement->owner_name, agreement->due);
  copy->id = agreement->id;
  copy->uuid = g_strdup (agreement->uuid);
  copy->entry_id = agreement->entry_id;
  return copy;
}

void
koers_agreement_free (KoersAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->uuid);
  g_free (agreement->what);
  g_free (agreement->owner_name);
  g_free (agreement->due);
  g_free (agreement);
}

char *
koers_agreement_dup_owner_text (const KoersAgreement *agreement)
{
  g_return_val_if_fail (agreement != NULL, NULL);
  g_return_val_if_fail (agreement->owner < KOERS_N_OWNERS, NULL);

  if (!koers_str_is_set (agreement->owner_name))
    return g_strdup (koers_agreement_owner_get_label (agreement->owner));

  /* Translators: who owns an agreement, as in "Parents (mevrouw Jansen)";
   * %1$s is the owner (School, Parents, Student, Other), %2$s the name */
  return g_strdup_printf (_("%1$s (%2$s)"),
                          koers_agreement_owner_get_label (agreement->owner),
                          agreement->owner_name);
}

struct _KoersMeeting
{
  GObject parent_instance;

  gint64 id;
  gint64 student_id;
  gint64 summary_entry_id;
  KoersMeetingStatus status;
  KoersConsent consent;
  guint duration;

  GPtrArray *attendees;    /* KoersAttendee */
  GArray *links;           /* KoersMeetingLink */
  GArray *goal_ids;        /* gint64 */
  GPtrArray *agenda;       /* KoersMeetingItem */
  GPtrArray *questions;    /* KoersMeetingItem */
  GPtrArray *agreements;   /* KoersAgreement */

  char *strengths[KOERS_N_AREAS];
  char *uuid;
  char *author;
  char *reason;
  char *aims;
  char *date;
  char *time;
  char *place;
  char *consent_date;
  char *consent_how;
  char *parents_appreciation;
  char *worry;
  char *going_well;
  char *school_view;
  char *home_view;
  char *student_view;
  char *invitation;
  char *next_contact;
  char *felt_heard;
  char *do_differently;
  char *summary;
  char *modified;
};

G_DEFINE_FINAL_TYPE (KoersMeeting, koers_meeting, G_TYPE_OBJECT)

static GPtrArray *
attendees_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) koers_attendee_free);
}

static GPtrArray *
items_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);
}

static GPtrArray *
agreements_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) koers_agreement_free);
}

/* Copies first and swaps after, so a caller may pass the meeting's own array. */
static void
replace_items (GPtrArray **field,
               GPtrArray  *items)
{
  GPtrArray *copy = items_new ();

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (copy, item_copy (g_ptr_array_index (items, i)));
  g_ptr_array_unref (*field);
  *field = copy;
}

static void
koers_meeting_finalize (GObject *object)
{
  KoersMeeting *self = KOERS_MEETING (object);

  g_ptr_array_unref (self->attendees);
  g_array_unref (self->links);
  g_array_unref (self->goal_ids);
  g_ptr_array_unref (self->agenda);
  g_ptr_array_unref (self->questions);
  g_ptr_array_unref (self->agreements);
  for (guint i = 0; i < KOERS_N_AREAS; i++)
    g_free (self->strengths[i]);
  g_free (self->uuid);
  g_free (self->author);
  g_free (self->reason);
  g_free (self->aims);
  g_free (self->date);
  g_free (self->time);
  g_free (self->place);
  g_free (self->consent_date);
  g_free (self->consent_how);
  g_free (self->parents_appreciation);
  g_free (self->worry);
  g_free (self->going_well);
  g_free (self->school_view);
  g_free (self->home_view);
  g_free (self->student_view);
  g_free (self->invitation);
  g_free (self->next_contact);
  g_free (self->felt_heard);
  g_free (self->do_differently);
  g_free (self->summary);
  g_free (self->modified);

  G_OBJECT_CLASS (koers_meeting_parent_class)->finalize (object);
}

static void
koers_meeting_class_init (KoersMeetingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_meeting_finalize;
}

static void
koers_meeting_init (KoersMeeting *self)
{
  self->status = KOERS_MEETING_DRAFT;
  self->consent = KOERS_CONSENT_UNKNOWN;
  self->attendees = attendees_new ();
  self->links = g_array_new (FALSE, TRUE, sizeof (KoersMeetingLink));
  self->goal_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->agenda = items_new ();
  self->questions = items_new ();
  self->agreements = agreements_new ();
}

KoersMeeting *
koers_meeting_new (void)
{
  KoersMeeting *self = g_object_new (KOERS_TYPE_MEETING, NULL);

  self->duration = KOERS_MEETING_DEFAULT_MINUTES;
  for (guint i = 0; i < G_N_ELEMENTS (default_agenda); i++)
    koers_meeting_add_agenda_item (self, _(default_agenda[i]), 0);
  for (guint i = 0; i < G_N_ELEMENTS (default_questions); i++)
    koers_meeting_add_question (self, _(default_questions[i]));
  return self;
}

KoersMeeting *
koers_meeting_copy (KoersMeeting *self)
{
  KoersMeeting *copy;

  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);

  /* g_object_new, not koers_meeting_new: the copy has only what self has. */
  copy = g_object_new (KOERS_TYPE_MEETING, NULL);
  copy->id = self->id;
  copy->student_id = self->student_id;
  copy->summary_entry_id = self->summary_entry_id;
  copy->status = self->status;
  copy->consent = self->consent;
  copy->duration = self->duration;
  koers_meeting_set_attendees (copy, self->attendees);
  g_array_append_vals (copy->links, self->links->data, self->links->len);
  g_array_append_vals (copy->goal_ids, self->goal_ids->data, self->goal_ids->len);
  replace_items (&copy->agenda, self->agenda);
  replace_items (&copy->questions, self->questions);
  koers_meeting_set_agreements (copy, self->agreements);
  for (guint i = 0; i < KOERS_N_AREAS; i++)
    copy->strengths[i] = g_strdup (self->strengths[i]);
  copy->uuid = g_strdup (self->uuid);
  copy->author = g_strdup (self->author);
  copy->reason = g_strdup (self->reason);
  copy->aims = g_strdup (self->aims);
  copy->date = g_strdup (self->date);
  copy->time = g_strdup (self->time);
  copy->place = g_strdup (self->place);
  copy->consent_date = g_strdup (self->consent_date);
  copy->consent_how = g_strdup (self->consent_how);
  copy->parents_appreciation = g_strdup (self->parents_appreciation);
  copy->worry = g_strdup (self->worry);
  copy->going_well = g_strdup (self->going_well);
  copy->school_view = g_strdup (self->school_view);
  copy->home_view = g_strdup (self->home_view);
  copy->student_view = g_strdup (self->student_view);
  copy->invitation = g_strdup (self->invitation);
  copy->next_contact = g_strdup (self->next_contact);
  copy->felt_heard = g_strdup (self->felt_heard);
  copy->do_differently = g_strdup (self->do_differently);
  copy->summary = g_strdup (self->summary);
  copy->modified = g_strdup (self->modified);
  return copy;
}

#define PLAIN_ACCESSORS(type, field, default_value)                              \
  type                                                                          \
  koers_meeting_get_##field (KoersMeeting *self)                                \
  {                                                                             \
    g_return_val_if_fail (KOERS_IS_MEETING (self), default_value);              \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  koers_meeting_set_##field (KoersMeeting *self,                                \
                             type          value)                               \
  {                                                                             \
    g_return_if_fail (KOERS_IS_MEETING (self));                                 \
    self->field = value;                                                        \
  }

PLAIN_ACCESSORS (gint64, id, 0)
PLAIN_ACCESSORS (gint64, student_id, 0)
PLAIN_ACCESSORS (gint64, summary_entry_id, 0)
PLAIN_ACCESSORS (guint, duration, KOERS_MEETING_DEFAULT_MINUTES)

#undef PLAIN_ACCESSORS

KoersMeetingStatus
koers_meeting_get_status (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), KOERS_MEETING_DRAFT);
  return self->status;
}

void
koers_meeting_set_status (KoersMeeting       *self,
                          KoersMeetingStatus  status)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (status < KOERS_N_MEETING_STATUSES);
  self->status = status;
}

KoersConsent
koers_meeting_get_consent (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), KOERS_CONSENT_UNKNOWN);
  return self->consent;
}

void
koers_meeting_set_consent (KoersMeeting *self,
                           KoersConsent  consent)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (consent <= KOERS_CONSENT_REFUSED);
  self->consent = consent;
}

#define STRING_ACCESSORS(field)                                                 \
  const char *                                                                  \
  koers_meeting_get_##field (KoersMeeting *self)                                \
  {                                                                             \
    g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);                       \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  koers_meeting_set_##field (KoersMeeting *self,                                \
                             const char   *value)                               \
  {                                                                             \
    g_return_if_fail (KOERS_IS_MEETING (self));                                 \
    koers_str_replace (&self->field, value);                                    \
  }

STRING_ACCESSORS (uuid)
STRING_ACCESSORS (author)
STRING_ACCESSORS (reason)
STRING_ACCESSORS (aims)
STRING_ACCESSORS (date)
STRING_ACCESSORS (time)
STRING_ACCESSORS (place)
STRING_ACCESSORS (consent_date)
STRING_ACCESSORS (consent_how)
STRING_ACCESSORS (parents_appreciation)
STRING_ACCESSORS (worry)
STRING_ACCESSORS (going_well)
STRING_ACCESSORS (school_view)
STRING_ACCESSORS (home_view)
STRING_ACCESSORS (student_view)
STRING_ACCESSORS (invitation)
STRING_ACCESSORS (next_contact)
STRING_ACCESSORS (felt_heard)
STRING_ACCESSORS (do_differently)
STRING_ACCESSORS (summary)
STRING_ACCESSORS (modified)

#undef STRING_ACCESSORS

GPtrArray *
koers_meeting_get_attendees (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->attendees;
}

void
koers_meeting_set_attendees (KoersMeeting *self,
                             GPtrArray    *attendees)
{
  GPtrArray *copy;

  g_return_if_fail (KOERS_IS_MEETING (self));

  copy = attendees_new ();
  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    g_ptr_array_add (copy, attendee_copy (g_ptr_array_index (attendees, i)));
  g_ptr_array_unref (self->attendees);
  self->attendees = copy;
}

void
koers_meeting_add_attendee (KoersMeeting      *self,
                            KoersAttendeeRole  role,
                            const char        *name,
                            gboolean           leads)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (role < KOERS_N_ATTENDEE_ROLES);

  g_ptr_array_add (self->attendees, koers_attendee_new (role, name, leads));
}

gboolean
koers_meeting_has_parents (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), FALSE);

  for (guint i = 0; i < self->attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (self->attendees, i);

      if (attendee->role == KOERS_ATTENDEE_PARENT)
        return TRUE;
    }
  return FALSE;
}

KoersAttendee *
koers_meeting_get_leader (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);

  for (guint i = 0; i < self->attendees->len; i++)
    {
      KoersAttendee *attendee = g_ptr_array_index (self->attendees, i);

      if (attendee->leads)
        return attendee;
    }
  return NULL;
}

gboolean
koers_meeting_needs_consent (KoersMeeting *self,
                             KoersStudent *student)
{
  GDate on;
  GDate *when = NULL;

  g_return_val_if_fail (KOERS_IS_MEETING (self), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);

  if (self->consent == KOERS_CONSENT_GIVEN || !koers_meeting_has_parents (self))
    return FALSE;

  /* Age on the day itself: a student who turns 18 before the meeting decides. */
  if (koers_date_from_iso (self->date, &on))
    when = &on;
  return koers_student_is_adult (student, when);
}

const char *
koers_meeting_get_strength (KoersMeeting *self,
                            KoersArea     area)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return self->strengths[area];
}

void
koers_meeting_set_strength (KoersMeeting *self,
                            KoersArea     area,
                            const char   *text)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (area < KOERS_N_AREAS);
  koers_str_replace (&self->strengths[area], text);
}

GArray *
koers_meeting_get_links (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->links;
}

static int
find_link (KoersMeeting  *self,
           gint64         entry_id,
           KoersLinkRole  role)
{
  for (guint i = 0; i < self->links->len; i++)
    {
      const KoersMeetingLink *link = &g_array_index (self->links, KoersMeetingLink, i);

      if (link->entry_id == entry_id && link->role == role)
        return (int) i;
    }
  return -1;
}

void
koers_meeting_link_entry (KoersMeeting  *self,
                          gint64         entry_id,
                          KoersLinkRole  role,
                          KoersArea      area)
{
  KoersMeetingLink link = { entry_id, role, area };
  int found;

  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (entry_id > 0);
  g_return_if_fail (role <= KOERS_LINK_STRENGTH);
  g_return_if_fail (area < KOERS_N_AREAS);

  /* The area only means something for strengths; a fixed value keeps equal links equal. */
  if (role != KOERS_LINK_STRENGTH)
    link.area = KOERS_AREA_LEARNING;

  /* Linking again moves a strength to another area but keeps its place. */
  found = find_link (self, entry_id, role);
  if (found >= 0)
    g_array_index (self->links, KoersMeetingLink, found) = link;
  else
    g_array_append_val (self->links, link);
}

void
koers_meeting_unlink_entry (KoersMeeting  *self,
                            gint64         entry_id,
                            KoersLinkRole  role)
{
  int found;

  g_return_if_fail (KOERS_IS_MEETING (self));

  found = find_link (self, entry_id, role);
  if (found >= 0)
    g_array_remove_index (self->links, (guint) found);
}

gboolean
koers_meeting_has_link (KoersMeeting  *self,
                        gint64         entry_id,
                        KoersLinkRole  role)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), FALSE);
  return find_link (self, entry_id, role) >= 0;
}

GArray *
koers_meeting_get_goal_ids (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->goal_ids;
}

static int
find_goal (KoersMeeting *self,
           gint64        goal_id)
{
  for (guint i = 0; i < self->goal_ids->len; i++)
    if (g_array_index (self->goal_ids, gint64, i) == goal_id)
      return (int) i;
  return -1;
}

void
koers_meeting_set_goal_selected (KoersMeeting *self,
                                 gint64        goal_id,
                                 gboolean      selected)
{
  int found;

  g_return_if_fail (KOERS_IS_MEETING (self));
  g_return_if_fail (goal_id > 0);

  found = find_goal (self, goal_id);
  if (selected && found < 0)
    g_array_append_val (self->goal_ids, goal_id);
  else if (!selected && found >= 0)
    g_array_remove_index (self->goal_ids, (guint) found);
}

gboolean
koers_meeting_get_goal_selected (KoersMeeting *self,
                                 gint64        goal_id)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), FALSE);
  return find_goal (self, goal_id) >= 0;
}

GPtrArray *
koers_meeting_get_agenda (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->agenda;
}

GPtrArray *
koers_meeting_get_questions (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->questions;
}

void
koers_meeting_set_agenda (KoersMeeting *self,
                          GPtrArray    *items)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  replace_items (&self->agenda, items);
}

void
koers_meeting_set_questions (KoersMeeting *self,
                             GPtrArray    *items)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  replace_items (&self->questions, items);
}

void
koers_meeting_add_agenda_item (KoersMeeting *self,
                               const char   *text,
                               gint64        entry_id)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_ptr_array_add (self->agenda, koers_meeting_item_new (text, entry_id, FALSE));
}

void
koers_meeting_add_question (KoersMeeting *self,
                            const char   *text)
{
  g_return_if_fail (KOERS_IS_MEETING (self));
  g_ptr_array_add (self->questions, koers_meeting_item_new (text, 0, FALSE));
}

gboolean
koers_meeting_is_on_agenda (KoersMeeting *self,
                            gint64        entry_id)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), FALSE);

  if (entry_id <= 0)
    return FALSE;

  for (guint i = 0; i < self->agenda->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (self->agenda, i);

      if (item->entry_id == entry_id)
        return TRUE;
    }
  return FALSE;
}

GPtrArray *
koers_meeting_get_agreements (KoersMeeting *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  return self->agreements;
}

void
koers_meeting_set_agreements (KoersMeeting *self,
                              GPtrArray    *agreements)
{
  GPtrArray *copy;

  g_return_if_fail (KOERS_IS_MEETING (self));

  copy = agreements_new ();
  for (guint i = 0; agreements != NULL && i < agreements->len; i++)
    g_ptr_array_add (copy, koers_agreement_copy (g_ptr_array_index (agreements, i)));
  g_ptr_array_unref (self->agreements);
  self->agreements = copy;
}

char *
koers_meeting_dup_when_text (KoersMeeting *self)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);

  day = koers_date_format_long (self->date);
  if (day == NULL)
    return NULL;
  if (!koers_str_is_set (self->time))
    return g_steal_pointer (&day);

  /* Translators: when a meeting is, as in "Tuesday 1 December 2026, 19:30";
   * %1$s is the date, %2$s the time */
  return g_strdup_printf (_("%1$s, %2$s"), day, self->time);
}

/* The name to write for an attendee: the student has a name even when none was typed. */
static const char *
attendee_name (const KoersAttendee *attendee,
               KoersStudent        *student)
{
  if (koers_str_is_set (attendee->name))
    return attendee->name;
  if (attendee->role == KOERS_ATTENDEE_STUDENT && student != NULL)
    return koers_student_get_first_name (student);
  return NULL;
}

static void
append_paragraph (GString    *letter,
                  const char *text)
{
  g_string_append (letter, text);
  g_string_append (letter, "\n\n");
}

char *
koers_meeting_build_invitation (KoersMeeting *self,
                                KoersStudent *student,
                                const char   *mentor_name,
                                const char   *school_name)
{
  g_autoptr(GString) letter = g_string_new (NULL);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  const char *first_name;
  gboolean to_parents;
  KoersAttendee *leader;

  g_return_val_if_fail (KOERS_IS_MEETING (self), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);

  first_name = koers_student_get_first_name (student);
  if (!koers_str_is_set (first_name))
    first_name = koers_student_get_display_name (student);
  to_parents = koers_meeting_has_parents (self);

  if (to_parents)
    /* Translators: the greeting of an invitation to the parents; %s is the student's first name */
    text = g_strdup_printf (_("Dear parents or carers of %s,"), first_name);
  else
    /* Translators: the greeting of an invitation to the student; %s is the first name */
    text = g_strdup_printf (_("Dear %s,"), first_name);
  append_paragraph (letter, text);
  g_clear_pointer (&text, g_free);

  if (to_parents)
    /* Translators: %s is the student's first name */
    text = g_strdup_printf (_("We would like to invite you to a meeting about %s."), first_name);
  else
    text = g_strdup (_("We would like to invite you to a meeting with us."));
  g_string_append (letter, text);
  g_clear_pointer (&text, g_free);
  g_string_append (letter, "\n");
  if (koers_str_is_set (self->reason))
    {
      /* Translators: %s is the reason for a meeting, as the mentor wrote it */
      text = g_strdup_printf (_("The reason for this meeting: %s"), self->reason);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }
  if (koers_str_is_set (self->aims))
    {
      /* Translators: %s is what the mentor wants to reach in the meeting */
      text = g_strdup_printf (_("What we would like to reach together: %s"), self->aims);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }
  g_string_append (letter, "\n");

  when = koers_meeting_dup_when_text (self);
  if (when != NULL)
    {
      /* Translators: %s is the date and time of the meeting */
      text = g_strdup_printf (_("When: %s"), when);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }
  else
    {
      g_string_append (letter, _("We will let you know the date and time soon."));
      g_string_append (letter, "\n");
    }
  if (koers_str_is_set (self->place))
    {
      /* Translators: %s is the place of the meeting, e.g. a room number */
      text = g_strdup_printf (_("Where: %s"), self->place);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }
  if (self->duration > 0)
    {
      text = g_strdup_printf (ngettext ("The meeting takes about %u minute.",
                                        "The meeting takes about %u minutes.",
                                        self->duration),
                              self->duration);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }

  if (self->attendees->len > 0)
    {
      g_string_append (letter, "\n");
      g_string_append (letter, _("Who will be there:"));
      g_string_append (letter, "\n");
      for (guint i = 0; i < self->attendees->len; i++)
        {
          KoersAttendee *attendee = g_ptr_array_index (self->attendees, i);
          const char *name = attendee_name (attendee, student);
          const char *role = koers_attendee_role_get_label (attendee->role);

          if (koers_str_is_set (name))
            /* Translators: one attendee in an invitation; %1$s is the role
             * (Mentor, Parent or carer, ...), %2$s the name */
            text = g_strdup_printf (_("- %1$s: %2$s"), role, name);
          else
            /* Translators: one attendee without a name; %s is the role */
            text = g_strdup_printf (_("- %s"), role);
          g_string_append (letter, text);
          g_string_append (letter, "\n");
          g_clear_pointer (&text, g_free);
        }
    }

  leader = koers_meeting_get_leader (self);
  if (leader != NULL)
    {
      const char *name = attendee_name (leader, student);

      if (!koers_str_is_set (name))
        name = koers_attendee_role_get_label (leader->role);
      /* Translators: %s is the name (or the role) of who leads the meeting */
      text = g_strdup_printf (_("The meeting will be led by %s."), name);
      g_string_append (letter, text);
      g_string_append (letter, "\n");
      g_clear_pointer (&text, g_free);
    }
  g_string_append (letter, "\n");

  append_paragraph (letter,
                    _("If this moment does not suit you, please let us know; "
                      "we will gladly look for another time together."));
  append_paragraph (letter, _("We look forward to talking with you."));
  g_string_append (letter, _("Kind regards,"));
  if (koers_str_is_set (mentor_name))
    {
      g_string_append (letter, "\n");
      g_string_append (letter, mentor_name);
    }
  if (koers_str_is_set (school_name))
    {
      g_string_append (letter, "\n");
      g_string_append (letter, school_name);
    }
  g_string_append (letter, "\n");

  return g_string_free (g_steal_pointer (&letter), FALSE);
}
