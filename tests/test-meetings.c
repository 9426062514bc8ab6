/* test-meetings.c: parent meetings: consent, status, agreements, finishing, round trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-date.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define MENTOR "meneer De Vries"

typedef struct
{
  char *dir;
  char *path;
  KoersStore *store;
  KoersStudent *lotte;   /* 14 years old */
  KoersStudent *kevin;   /* 19: decides whether his parents join */
  KoersStudent *daan;    /* another student, whose entries are not Lotte's */
} Fixture;

/* Today plus @days (negative: past), as ISO date. */
static char *
iso_in_days (int days)
{
  GDate date;

  koers_date_today (&date);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return koers_date_to_iso (&date);
}

/* The birth date of someone who turns @years on today + @days. */
static char *
birth_date_for (int years,
                int days)
{
  GDate date;

  koers_date_today (&date);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  g_date_subtract_years (&date, (guint) years);
  return koers_date_to_iso (&date);
}

static KoersStudent *
add_student (Fixture    *f,
             const char *first,
             const char *last,
             const char *birth)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, last);
  koers_student_set_group (student, "3B");
  koers_student_set_birth_date (student, birth);
  g_assert_true (koers_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  return student;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lotte_birth = birth_date_for (14, -40);
  g_autofree char *kevin_birth = birth_date_for (19, -100);
  g_autofree char *daan_birth = birth_date_for (15, -3);

  f->dir = koers_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "notebook.db", NULL);
  f->store = koers_store_create (f->path, PASS, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, KOERS_META_USER_NAME, MENTOR, &error));

  f->lotte = add_student (f, "Lotte", "Meer", lotte_birth);
  f->kevin = add_student (f, "Kevin", "Smit", kevin_birth);
  f->daan = add_student (f, "Daan", "Dijk", daan_birth);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->lotte);
  g_clear_object (&f->kevin);
  g_clear_object (&f->daan);
  g_clear_object (&f->store);
  g_free (f->path);
  koers_test_tmpdir_free (f->dir);
}

static KoersEntry *
add_entry (Fixture        *f,
           KoersStudent   *student,
           KoersEntryKind  kind,
           int             days_ago,
           const char     *text,
           gboolean        sensitive)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = iso_in_days (-days_ago);
  KoersEntry *entry = koers_entry_new (kind);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_sensitive (entry, sensitive);
  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

/* A draft for @student on today + @days, with a mother, the student and the mentor leading. */
static KoersMeeting *
make_meeting (KoersStudent *student,
              int           days)
{
  g_autofree char *date = iso_in_days (days);
  KoersMeeting *meeting = koers_meeting_new ();

  koers_meeting_set_student_id (meeting, koers_student_get_id (student));
  koers_meeting_set_reason (meeting, "Lotte komt vaak te laat en lijkt moe.");
  koers_meeting_set_aims (meeting, "Samen begrijpen wat er speelt en afspraken maken.");
  koers_meeting_set_date (meeting, date);
  koers_meeting_set_time (meeting, "19:30");
  koers_meeting_set_place (meeting, "Lokaal 2.14");
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_PARENT, "mevrouw Jansen (moeder)", FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_STUDENT, NULL, FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_MENTOR, MENTOR, TRUE);
  return meeting;
}

static void
save_ok (Fixture      *f,
         KoersMeeting *meeting)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (koers_store_save_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
}

static void
save_refused (Fixture      *f,
              KoersMeeting *meeting)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (koers_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (error->message);
}

static KoersMeeting *
reload (Fixture      *f,
        KoersMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  KoersMeeting *loaded = koers_store_get_meeting (f->store, koers_meeting_get_id (meeting), &error);

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  return loaded;
}

static void
test_names (void)
{
  KoersMeetingStatus status;
  KoersAttendeeRole role;
  KoersAgreementOwner owner;
  g_autoptr(KoersAgreement) with_name = koers_agreement_new ("Wekker zetten", KOERS_OWNER_PARENT,
                                                             "mevrouw Jansen", "2026-12-01");
  g_autoptr(KoersAgreement) without = koers_agreement_new ("Huiswerkklas", KOERS_OWNER_SCHOOL,
                                                           NULL, "2026-12-01");
  g_autofree char *text_with = koers_agreement_dup_owner_text (with_name);
  g_autofree char *text_without = koers_agreement_dup_owner_text (without);

  g_assert_true (koers_meeting_status_from_string ("Gepland", &status));
  g_assert_cmpint (status, ==, KOERS_MEETING_PLANNED);
  g_assert_true (koers_meeting_status_from_string ("cancelled", &status));
  g_assert_cmpint (status, ==, KOERS_MEETING_CANCELLED);
  g_assert_false (koers_meeting_status_from_string ("morgen", &status));
  g_assert_cmpstr (koers_meeting_status_to_id (KOERS_MEETING_HELD), ==, "held");
  g_assert_true (koers_attendee_role_from_string ("ZORGCOÖRDINATOR", &role));
  g_assert_cmpint (role, ==, KOERS_ATTENDEE_CARE_COORDINATOR);
  g_assert_cmpstr (koers_attendee_role_to_id (role), ==, "care-coordinator");
  g_assert_true (koers_agreement_owner_from_string ("leerling", &owner));
  g_assert_cmpint (owner, ==, KOERS_OWNER_STUDENT);
  g_assert_cmpstr (text_with, ==, "Parents (mevrouw Jansen)");
  g_assert_cmpstr (text_without, ==, "School");
  for (guint i = 0; i < KOERS_N_AREAS; i++)
    g_assert_nonnull (koers_area_get_label (i));
}

static void
test_defaults (void)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  g_autoptr(KoersMeeting) copy = NULL;
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  GPtrArray *questions = koers_meeting_get_questions (meeting);
  KoersMeetingItem *first;

  g_assert_cmpint (koers_meeting_get_status (meeting), ==, KOERS_MEETING_DRAFT);
  g_assert_cmpuint (koers_meeting_get_duration (meeting), ==, KOERS_MEETING_DEFAULT_MINUTES);
  g_assert_cmpuint (agenda->len, ==, 7);
  first = g_ptr_array_index (agenda, 0);
  g_assert_cmpstr (first->text, ==, "Welcome and the aim of this meeting");
  g_assert_cmpstr (((KoersMeetingItem *) g_ptr_array_index (agenda, 1))->text, ==, "What goes well");
  g_assert_cmpuint (questions->len, ==, 4);
  g_assert_cmpstr (((KoersMeetingItem *) g_ptr_array_index (questions, 0))->text, ==, "What do you see at home?");
  g_assert_null (koers_meeting_get_leader (meeting));
  g_assert_false (koers_meeting_has_parents (meeting));
  g_assert_null (koers_meeting_dup_when_text (meeting));

  /* A copy is deep: changing it leaves the original alone. */
  copy = koers_meeting_copy (meeting);
  ((KoersMeetingItem *) g_ptr_array_index (koers_meeting_get_agenda (copy), 0))->done = TRUE;
  g_assert_false (first->done);
  g_assert_cmpuint (koers_meeting_get_agenda (copy)->len, ==, 7);

  koers_meeting_set_date (meeting, "2026-12-01");
  koers_meeting_set_time (meeting, "19:30");
  {
    g_autofree char *when = koers_meeting_dup_when_text (meeting);

    g_assert_cmpstr (when, ==, "Tuesday 1 December 2026, 19:30");
  }
}

static void
test_consent (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->kevin, 14);
  g_autoptr(KoersMeeting) without_parents = make_meeting (f->kevin, 21);
  g_autoptr(KoersMeeting) minor = make_meeting (f->lotte, 14);
  g_autoptr(KoersMeeting) loaded = NULL;
  g_autoptr(KoersStudent) almost = NULL;
  g_autoptr(KoersMeeting) later = NULL;
  g_autofree char *almost_birth = birth_date_for (18, 10);

  /* A draft may be prepared; planning it with the parents needs Kevin's consent. */
  save_ok (f, meeting);
  g_assert_true (koers_meeting_needs_consent (meeting, f->kevin));
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  g_assert_false (koers_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Kevin"));
  g_assert_nonnull (strstr (error->message, "consent"));
  g_clear_error (&error);
  loaded = reload (f, meeting);
  g_assert_cmpint (koers_meeting_get_status (loaded), ==, KOERS_MEETING_DRAFT);

  koers_meeting_set_consent (meeting, KOERS_CONSENT_REFUSED);
  save_refused (f, meeting);

  koers_meeting_set_consent (meeting, KOERS_CONSENT_GIVEN);
  koers_meeting_set_consent_date (meeting, "2026-11-02");
  koers_meeting_set_consent_how (meeting, "mondeling in mentorgesprek");
  g_assert_false (koers_meeting_needs_consent (meeting, f->kevin));
  save_ok (f, meeting);
  g_clear_object (&loaded);
  loaded = reload (f, meeting);
  g_assert_cmpint (koers_meeting_get_status (loaded), ==, KOERS_MEETING_PLANNED);
  g_assert_cmpint (koers_meeting_get_consent (loaded), ==, KOERS_CONSENT_GIVEN);

  /* Without the parents Kevin's consent is not needed. */
  koers_meeting_set_attendees (without_parents, NULL);
  koers_meeting_add_attendee (without_parents, KOERS_ATTENDEE_STUDENT, NULL, FALSE);
  koers_meeting_add_attendee (without_parents, KOERS_ATTENDEE_MENTOR, MENTOR, TRUE);
  koers_meeting_set_status (without_parents, KOERS_MEETING_PLANNED);
  g_assert_false (koers_meeting_needs_consent (without_parents, f->kevin));
  save_ok (f, without_parents);

  /* Nor for a student under 18. */
  koers_meeting_set_status (minor, KOERS_MEETING_PLANNED);
  g_assert_false (koers_meeting_needs_consent (minor, f->lotte));
  save_ok (f, minor);

  /* Age counts on the meeting's date: 17 today, 18 on the day of the meeting. */
  almost = add_student (f, "Noor", "Bos", almost_birth);
  later = make_meeting (almost, 20);
  g_assert_true (koers_meeting_needs_consent (later, almost));
  koers_meeting_set_date (later, NULL);
  g_assert_false (koers_meeting_needs_consent (later, almost));
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, -1);
  g_autoptr(KoersMeeting) cancelled = make_meeting (f->lotte, 7);
  g_autoptr(KoersMeeting) draft = make_meeting (f->lotte, 7);
  g_autoptr(KoersMeeting) no_reason = make_meeting (f->lotte, 7);
  g_autoptr(KoersMeeting) loaded = NULL;

  koers_meeting_set_reason (no_reason, "  ");
  koers_meeting_set_reason (no_reason, NULL);
  save_refused (f, no_reason);

  /* Held only through finishing, which writes the summary. */
  koers_meeting_set_status (meeting, KOERS_MEETING_HELD);
  save_refused (f, meeting);
  g_assert_cmpint (koers_meeting_get_id (meeting), ==, 0);

  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  koers_meeting_set_date (meeting, NULL);
  save_refused (f, meeting);
  {
    g_autofree char *yesterday = iso_in_days (-1);

    koers_meeting_set_date (meeting, yesterday);
  }
  save_ok (f, meeting);

  koers_meeting_set_status (meeting, KOERS_MEETING_DRAFT);
  save_refused (f, meeting);
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);

  g_assert_true (koers_store_finish_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (koers_meeting_get_status (meeting), ==, KOERS_MEETING_HELD);
  loaded = reload (f, meeting);
  g_assert_cmpint (koers_meeting_get_status (loaded), ==, KOERS_MEETING_HELD);

  /* Held is final, but its evaluation may still be written down. */
  koers_meeting_set_felt_heard (meeting, "Ja, moeder zei dat ze zich gehoord voelde.");
  save_ok (f, meeting);
  koers_meeting_set_status (meeting, KOERS_MEETING_CANCELLED);
  save_refused (f, meeting);
  koers_meeting_set_status (meeting, KOERS_MEETING_HELD);
  g_assert_false (koers_store_finish_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_delete_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Cancelled is final too; a draft or cancelled meeting can be deleted. */
  koers_meeting_set_status (cancelled, KOERS_MEETING_PLANNED);
  save_ok (f, cancelled);
  g_assert_false (koers_store_delete_meeting (f->store, cancelled, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  koers_meeting_set_status (cancelled, KOERS_MEETING_CANCELLED);
  save_ok (f, cancelled);
  koers_meeting_set_status (cancelled, KOERS_MEETING_PLANNED);
  save_refused (f, cancelled);
  g_assert_false (koers_store_finish_meeting (f->store, cancelled, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (koers_store_delete_meeting (f->store, cancelled, &error));
  g_assert_no_error (error);

  save_ok (f, draft);
  {
    gint64 id = koers_meeting_get_id (draft);

    g_assert_true (koers_store_delete_meeting (f->store, draft, &error));
    g_assert_no_error (error);
    g_assert_null (koers_store_get_meeting (f->store, id, &error));
    g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A meeting in the future cannot have been held yet. */
  {
    g_autoptr(KoersMeeting) ahead = make_meeting (f->lotte, 3);

    koers_meeting_set_status (ahead, KOERS_MEETING_PLANNED);
    save_ok (f, ahead);
    g_assert_false (koers_store_finish_meeting (f->store, ahead, &error));
    g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
    g_assert_cmpint (koers_meeting_get_status (ahead), ==, KOERS_MEETING_PLANNED);
    g_assert_cmpint (koers_meeting_get_summary_entry_id (ahead), ==, 0);
  }
}

static void
test_leader (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 7);
  g_autoptr(KoersMeeting) loaded = NULL;
  KoersAttendee *leader;

  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_CARE_COORDINATOR, "mevrouw El Amrani", TRUE);
  save_refused (f, meeting);
  g_assert_cmpint (koers_meeting_get_id (meeting), ==, 0);

  /* The mentor hands the lead to the care coordinator. */
  ((KoersAttendee *) g_ptr_array_index (koers_meeting_get_attendees (meeting), 2))->leads = FALSE;
  save_ok (f, meeting);
  loaded = reload (f, meeting);
  leader = koers_meeting_get_leader (loaded);
  g_assert_nonnull (leader);
  g_assert_cmpint (leader->role, ==, KOERS_ATTENDEE_CARE_COORDINATOR);
  g_assert_cmpstr (leader->name, ==, "mevrouw El Amrani");
}

static KoersEntry *
find_followup (GPtrArray  *followups,
               gint64      entry_id)
{
  for (guint i = 0; i < followups->len; i++)
    if (koers_entry_get_id (g_ptr_array_index (followups, i)) == entry_id)
      return g_ptr_array_index (followups, i);
  return NULL;
}

static void
test_agreements (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, -2);
  g_autoptr(KoersMeeting) loaded = NULL;
  g_autoptr(KoersAgreement) agreement = koers_agreement_new ("Lotte zet twee wekkers",
                                                             KOERS_OWNER_PARENT, "mevrouw Jansen",
                                                             "2026-12-14");
  g_autoptr(KoersAgreement) school = koers_agreement_new ("Mentor belt na twee weken",
                                                          KOERS_OWNER_SCHOOL, NULL, "2026-12-07");
  g_autoptr(KoersAgreement) no_due = koers_agreement_new ("Iets zonder datum",
                                                          KOERS_OWNER_STUDENT, NULL, NULL);
  g_autoptr(GPtrArray) followups = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  g_autofree char *meeting_date = NULL;
  KoersEntry *open;
  gint64 entry_id;

  g_assert_false (koers_store_add_agreement (f->store, meeting, agreement, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  save_ok (f, meeting);
  meeting_date = g_strdup (koers_meeting_get_date (meeting));

  g_assert_false (koers_store_add_agreement (f->store, meeting, no_due, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (koers_store_count_entries (f->store, koers_student_get_id (f->lotte), NULL), ==, 0);

  g_assert_true (koers_store_add_agreement (f->store, meeting, agreement, &error));
  g_assert_no_error (error);
  g_assert_true (koers_store_add_agreement (f->store, meeting, school, &error));
  g_assert_no_error (error);
  g_assert_cmpint (agreement->id, >, 0);
  g_assert_true (g_uuid_string_is_valid (agreement->uuid));
  g_assert_cmpint (agreement->entry_id, >, 0);
  g_assert_cmpuint (koers_meeting_get_agreements (meeting)->len, ==, 2);

  /* Each agreement is an open follow-up on the timeline, with its owner and date. */
  followups = koers_store_list_open_followups (f->store, koers_student_get_id (f->lotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followups->len, ==, 2);
  /* Earliest due first. */
  g_assert_cmpint (koers_entry_get_id (g_ptr_array_index (followups, 0)), ==, school->entry_id);
  open = find_followup (followups, agreement->entry_id);
  g_assert_nonnull (open);
  g_assert_cmpint (koers_entry_get_kind (open), ==, KOERS_ENTRY_AGREEMENT);
  g_assert_cmpstr (koers_entry_get_followup_text (open), ==, "Lotte zet twee wekkers");
  g_assert_cmpstr (koers_entry_get_followup_owner (open), ==, "Parents (mevrouw Jansen)");
  g_assert_cmpstr (koers_entry_get_followup_due (open), ==, "2026-12-14");
  g_assert_cmpstr (koers_entry_get_date (open), ==, meeting_date);
  g_assert_cmpstr (koers_entry_get_author (open), ==, MENTOR);
  g_assert_true (koers_entry_has_open_followup (open));
  g_clear_pointer (&followups, g_ptr_array_unref);

  /* All students' follow-ups (the overview) include it too. */
  followups = koers_store_list_open_followups (f->store, 0, &error);
  g_assert_nonnull (find_followup (followups, agreement->entry_id));
  g_clear_pointer (&followups, g_ptr_array_unref);

  loaded = reload (f, meeting);
  g_assert_cmpuint (koers_meeting_get_agreements (loaded)->len, ==, 2);
  {
    KoersAgreement *stored = g_ptr_array_index (koers_meeting_get_agreements (loaded), 0);

    g_assert_cmpint (stored->id, ==, agreement->id);
    g_assert_cmpstr (stored->uuid, ==, agreement->uuid);
    g_assert_cmpstr (stored->what, ==, agreement->what);
    g_assert_cmpint (stored->owner, ==, KOERS_OWNER_PARENT);
    g_assert_cmpstr (stored->owner_name, ==, "mevrouw Jansen");
    g_assert_cmpstr (stored->due, ==, "2026-12-14");
    g_assert_cmpint (stored->entry_id, ==, agreement->entry_id);
  }

  /* Removing the agreement removes its follow-up. */
  entry_id = agreement->entry_id;
  g_assert_true (koers_store_remove_agreement (f->store, meeting, agreement->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (koers_meeting_get_agreements (meeting)->len, ==, 1);
  entry = koers_store_get_entry (f->store, entry_id, &error);
  g_assert_null (entry);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  followups = koers_store_list_open_followups (f->store, koers_student_get_id (f->lotte), &error);
  g_assert_cmpuint (followups->len, ==, 1);
  g_assert_null (find_followup (followups, entry_id));
  g_clear_object (&loaded);
  loaded = reload (f, meeting);
  g_assert_cmpuint (koers_meeting_get_agreements (loaded)->len, ==, 1);

  g_assert_false (koers_store_remove_agreement (f->store, meeting, agreement->id, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

static void
test_finish (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, -1);
  g_autoptr(KoersAgreement) agreement = koers_agreement_new ("Lotte gaat om tien uur naar bed",
                                                             KOERS_OWNER_STUDENT, NULL, "2026-12-14");
  g_autoptr(KoersEntry) summary = NULL;
  g_autoptr(KoersMeeting) loaded = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  g_autofree char *next = iso_in_days (21);
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  const char *text;

  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  save_ok (f, meeting);
  g_assert_true (koers_store_add_agreement (f->store, meeting, agreement, &error));
  g_assert_no_error (error);

  /* Ticked in meeting mode: "What goes well" and "Our worry"; not "Next contact". */
  ((KoersMeetingItem *) g_ptr_array_index (agenda, 1))->done = TRUE;
  ((KoersMeetingItem *) g_ptr_array_index (agenda, 2))->done = TRUE;
  koers_meeting_set_summary (meeting, "Goed gesprek; moeder herkent de vermoeidheid.");
  koers_meeting_set_felt_heard (meeting, "Moeder voelde zich gehoord.");
  koers_meeting_set_do_differently (meeting, "Volgende keer eerder in het jaar.");
  koers_meeting_set_next_contact (meeting, next);

  g_assert_true (koers_store_finish_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (koers_meeting_get_status (meeting), ==, KOERS_MEETING_HELD);
  g_assert_cmpint (koers_meeting_get_summary_entry_id (meeting), >, 0);

  summary = koers_store_get_entry (f->store, koers_meeting_get_summary_entry_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_entry_get_kind (summary), ==, KOERS_ENTRY_PARENT_CONTACT);
  g_assert_cmpstr (koers_entry_get_date (summary), ==, koers_meeting_get_date (meeting));
  g_assert_false (koers_entry_get_sensitive (summary));
  text = koers_entry_get_text (summary);
  g_assert_true (g_str_has_prefix (text, "Goed gesprek; moeder herkent de vermoeidheid."));
  g_assert_nonnull (strstr (text, "What goes well"));
  g_assert_nonnull (strstr (text, "Our worry"));
  g_assert_null (strstr (text, "Next contact"));
  g_assert_nonnull (strstr (text, "Lotte gaat om tien uur naar bed"));
  g_assert_nonnull (strstr (text, "Moeder voelde zich gehoord."));
  g_assert_nonnull (strstr (text, "Volgende keer eerder in het jaar."));
  g_assert_cmpstr (koers_entry_get_followup_text (summary), ==, "Next contact");
  g_assert_cmpstr (koers_entry_get_followup_due (summary), ==, next);
  g_assert_cmpstr (koers_entry_get_followup_owner (summary), ==, MENTOR);

  /* Both the agreement and the next contact are open follow-ups now. */
  followups = koers_store_list_open_followups (f->store, koers_student_get_id (f->lotte), &error);
  g_assert_cmpuint (followups->len, ==, 2);
  g_assert_nonnull (find_followup (followups, koers_meeting_get_summary_entry_id (meeting)));
  g_assert_nonnull (find_followup (followups, agreement->entry_id));

  loaded = reload (f, meeting);
  g_assert_cmpint (koers_meeting_get_summary_entry_id (loaded), ==, koers_meeting_get_summary_entry_id (meeting));
  g_assert_true (((KoersMeetingItem *) g_ptr_array_index (koers_meeting_get_agenda (loaded), 2))->done);
}

static void
test_finish_sensitive (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 0);
  g_autoptr(KoersEntry) secret = add_entry (f, f->lotte, KOERS_ENTRY_SIGNAL, 5,
                                            "Lotte vertelde over ruzies thuis.", TRUE);
  g_autoptr(KoersEntry) summary = NULL;

  koers_meeting_link_entry (meeting, koers_entry_get_id (secret), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_add_agenda_item (meeting, "De situatie thuis", koers_entry_get_id (secret));
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  save_ok (f, meeting);
  g_assert_true (koers_store_finish_meeting (f->store, meeting, &error));
  g_assert_no_error (error);

  summary = koers_store_get_entry (f->store, koers_meeting_get_summary_entry_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_true (koers_entry_get_sensitive (summary));
  /* Reason as the start when no summary was written; no next contact, no follow-up. */
  g_assert_true (g_str_has_prefix (koers_entry_get_text (summary), "Parent meeting: "));
  g_assert_null (koers_entry_get_followup_text (summary));
}

static void
test_unannounced_sensitive (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 7);
  g_autoptr(KoersEntry) secret = add_entry (f, f->lotte, KOERS_ENTRY_SIGNAL, 5,
                                            "Lotte vertelde over ruzies thuis.", TRUE);
  g_autoptr(KoersEntry) fact = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, 3,
                                          "Lotte kwam maandag 20 minuten te laat.", FALSE);
  g_autoptr(KoersEntry) good = add_entry (f, f->lotte, KOERS_ENTRY_POSITIVE, 2,
                                          "Lotte hielp een klasgenoot met wiskunde.", FALSE);
  g_autoptr(GPtrArray) unannounced = NULL;

  koers_meeting_link_entry (meeting, koers_entry_get_id (fact), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_link_entry (meeting, koers_entry_get_id (secret), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_link_entry (meeting, koers_entry_get_id (good), KOERS_LINK_STRENGTH, KOERS_AREA_SOCIAL_EMOTIONAL);
  save_ok (f, meeting);

  unannounced = koers_store_list_unannounced_sensitive (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unannounced->len, ==, 1);
  g_assert_cmpint (koers_entry_get_id (g_ptr_array_index (unannounced, 0)), ==, koers_entry_get_id (secret));
  g_clear_pointer (&unannounced, g_ptr_array_unref);

  /* An agenda item about another entry does not announce it. */
  koers_meeting_add_agenda_item (meeting, "Te laat komen", koers_entry_get_id (fact));
  unannounced = koers_store_list_unannounced_sensitive (f->store, meeting, &error);
  g_assert_cmpuint (unannounced->len, ==, 1);
  g_clear_pointer (&unannounced, g_ptr_array_unref);

  koers_meeting_add_agenda_item (meeting, "De situatie thuis", koers_entry_get_id (secret));
  g_assert_true (koers_meeting_is_on_agenda (meeting, koers_entry_get_id (secret)));
  unannounced = koers_store_list_unannounced_sensitive (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unannounced->len, ==, 0);
  g_clear_pointer (&unannounced, g_ptr_array_unref);

  /* Also as stored and read back. */
  save_ok (f, meeting);
  {
    g_autoptr(KoersMeeting) loaded = reload (f, meeting);

    g_assert_true (koers_meeting_is_on_agenda (loaded, koers_entry_get_id (secret)));
    unannounced = koers_store_list_unannounced_sensitive (f->store, loaded, &error);
    g_assert_cmpuint (unannounced->len, ==, 0);
  }
}

static KoersAttendee *
attendee_at (KoersMeeting *meeting,
             guint         i)
{
  return g_ptr_array_index (koers_meeting_get_attendees (meeting), i);
}

static void
assert_items_equal (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      KoersMeetingItem *x = g_ptr_array_index (a, i);
      KoersMeetingItem *y = g_ptr_array_index (b, i);

      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpint (x->entry_id, ==, y->entry_id);
      g_assert_cmpint (x->done, ==, y->done);
    }
}

static void
assert_meetings_equal (KoersMeeting *a,
                       KoersMeeting *b)
{
  GArray *links_a = koers_meeting_get_links (a);
  GArray *links_b = koers_meeting_get_links (b);
  GArray *goals_a = koers_meeting_get_goal_ids (a);
  GArray *goals_b = koers_meeting_get_goal_ids (b);

  g_assert_cmpint (koers_meeting_get_id (a), ==, koers_meeting_get_id (b));
  g_assert_cmpstr (koers_meeting_get_uuid (a), ==, koers_meeting_get_uuid (b));
  g_assert_cmpint (koers_meeting_get_student_id (a), ==, koers_meeting_get_student_id (b));
  g_assert_cmpint (koers_meeting_get_status (a), ==, koers_meeting_get_status (b));
  g_assert_cmpstr (koers_meeting_get_author (a), ==, koers_meeting_get_author (b));
  g_assert_cmpstr (koers_meeting_get_reason (a), ==, koers_meeting_get_reason (b));
  g_assert_cmpstr (koers_meeting_get_aims (a), ==, koers_meeting_get_aims (b));
  g_assert_cmpstr (koers_meeting_get_date (a), ==, koers_meeting_get_date (b));
  g_assert_cmpstr (koers_meeting_get_time (a), ==, koers_meeting_get_time (b));
  g_assert_cmpstr (koers_meeting_get_place (a), ==, koers_meeting_get_place (b));
  g_assert_cmpuint (koers_meeting_get_duration (a), ==, koers_meeting_get_duration (b));
  g_assert_cmpint (koers_meeting_get_consent (a), ==, koers_meeting_get_consent (b));
  g_assert_cmpstr (koers_meeting_get_consent_date (a), ==, koers_meeting_get_consent_date (b));
  g_assert_cmpstr (koers_meeting_get_consent_how (a), ==, koers_meeting_get_consent_how (b));
  for (guint area = 0; area < KOERS_N_AREAS; area++)
    g_assert_cmpstr (koers_meeting_get_strength (a, area), ==, koers_meeting_get_strength (b, area));
  g_assert_cmpstr (koers_meeting_get_parents_appreciation (a), ==, koers_meeting_get_parents_appreciation (b));
  g_assert_cmpstr (koers_meeting_get_worry (a), ==, koers_meeting_get_worry (b));
  g_assert_cmpstr (koers_meeting_get_going_well (a), ==, koers_meeting_get_going_well (b));
  g_assert_cmpstr (koers_meeting_get_school_view (a), ==, koers_meeting_get_school_view (b));
  g_assert_cmpstr (koers_meeting_get_home_view (a), ==, koers_meeting_get_home_view (b));
  g_assert_cmpstr (koers_meeting_get_student_view (a), ==, koers_meeting_get_student_view (b));
  g_assert_cmpstr (koers_meeting_get_invitation (a), ==, koers_meeting_get_invitation (b));
  g_assert_cmpstr (koers_meeting_get_next_contact (a), ==, koers_meeting_get_next_contact (b));
  g_assert_cmpstr (koers_meeting_get_felt_heard (a), ==, koers_meeting_get_felt_heard (b));
  g_assert_cmpstr (koers_meeting_get_do_differently (a), ==, koers_meeting_get_do_differently (b));
  g_assert_cmpstr (koers_meeting_get_summary (a), ==, koers_meeting_get_summary (b));
  g_assert_cmpint (koers_meeting_get_summary_entry_id (a), ==, koers_meeting_get_summary_entry_id (b));
  g_assert_cmpstr (koers_meeting_get_modified (a), ==, koers_meeting_get_modified (b));

  g_assert_cmpuint (koers_meeting_get_attendees (a)->len, ==, koers_meeting_get_attendees (b)->len);
  for (guint i = 0; i < koers_meeting_get_attendees (a)->len; i++)
    {
      g_assert_cmpint (attendee_at (a, i)->role, ==, attendee_at (b, i)->role);
      g_assert_cmpstr (attendee_at (a, i)->name, ==, attendee_at (b, i)->name);
      g_assert_cmpint (attendee_at (a, i)->leads, ==, attendee_at (b, i)->leads);
    }

  g_assert_cmpuint (links_a->len, ==, links_b->len);
  for (guint i = 0; i < links_a->len; i++)
    {
      KoersMeetingLink *x = &g_array_index (links_a, KoersMeetingLink, i);
      KoersMeetingLink *y = &g_array_index (links_b, KoersMeetingLink, i);

      g_assert_cmpint (x->entry_id, ==, y->entry_id);
      g_assert_cmpint (x->role, ==, y->role);
      if (x->role == KOERS_LINK_STRENGTH)
        g_assert_cmpint (x->area, ==, y->area);
    }

  g_assert_cmpuint (goals_a->len, ==, goals_b->len);
  for (guint i = 0; i < goals_a->len; i++)
    g_assert_cmpint (g_array_index (goals_a, gint64, i), ==, g_array_index (goals_b, gint64, i));

  assert_items_equal (koers_meeting_get_agenda (a), koers_meeting_get_agenda (b));
  assert_items_equal (koers_meeting_get_questions (a), koers_meeting_get_questions (b));
}

static KoersGoal *
add_goal (Fixture      *f,
          KoersStudent *student,
          const char   *title)
{
  static const char * const steps[] = { "Ik zet 's avonds mijn wekker", NULL };
  g_autoptr(GError) error = NULL;
  KoersGoal *goal = koers_goal_new ();

  koers_goal_set_student_id (goal, koers_student_get_id (student));
  koers_goal_set_title (goal, title);
  koers_goal_set_steps (goal, steps);
  koers_goal_set_start_date (goal, "2026-11-02");
  koers_goal_set_evaluation_date (goal, "2026-11-23");
  koers_goal_set_status (goal, KOERS_GOAL_ACTIVE);
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  return goal;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->kevin, 10);
  g_autoptr(KoersMeeting) loaded = NULL;
  g_autoptr(KoersEntry) example = add_entry (f, f->kevin, KOERS_ENTRY_OBSERVATION, 8,
                                             "Kevin sliep in de les.", FALSE);
  g_autoptr(KoersEntry) well = add_entry (f, f->kevin, KOERS_ENTRY_OBSERVATION, 6,
                                          "Bij praktijkvakken is Kevin op tijd.", FALSE);
  g_autoptr(KoersEntry) positive = add_entry (f, f->kevin, KOERS_ENTRY_POSITIVE, 4,
                                              "Kevin presenteerde zijn stage goed.", FALSE);
  g_autoptr(KoersGoal) goal_a = add_goal (f, f->kevin, "Op tijd komen");
  g_autoptr(KoersGoal) goal_b = add_goal (f, f->kevin, "Huiswerk plannen");
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);
  const char *strengths[KOERS_N_AREAS] = {
    "Goede cijfers voor Nederlands", "Werkt zelfstandig", "Denkt snel", "Helpt anderen",
    "Tekent graag", "Sport drie keer per week", "Interesse in techniek",
  };

  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  koers_meeting_set_author (meeting, "mevrouw Visser");
  koers_meeting_set_duration (meeting, 45);
  koers_meeting_set_place (meeting, "Kamer zorgcoördinator, 1e verdieping");
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_CARE_COORDINATOR, "mevrouw El Amrani", FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_OTHER, "stagebegeleider", FALSE);
  koers_meeting_set_consent (meeting, KOERS_CONSENT_GIVEN);
  koers_meeting_set_consent_date (meeting, "2026-11-02");
  koers_meeting_set_consent_how (meeting, "mondeling in mentorgesprek");
  for (guint area = 0; area < KOERS_N_AREAS; area++)
    koers_meeting_set_strength (meeting, area, strengths[area]);
  koers_meeting_set_parents_appreciation (meeting, "Vader reageert altijd snel op mail.");
  koers_meeting_set_worry (meeting, "Wij maken ons zorgen omdat Kevin vaak moe is.");
  koers_meeting_set_going_well (meeting, "Bij de praktijkvakken gaat het goed.");
  koers_meeting_set_school_view (meeting, "Kevin haakt af na de pauze.");
  koers_meeting_set_home_view (meeting, "Thuis gaat hij laat naar bed.");
  koers_meeting_set_student_view (meeting, "Ik werk 's avonds bij de supermarkt.");
  koers_meeting_set_invitation (meeting, "Beste ouders, …");
  koers_meeting_set_next_contact (meeting, "2027-01-11");
  koers_meeting_set_felt_heard (meeting, "Ja");
  koers_meeting_set_do_differently (meeting, "Eerder bellen");
  koers_meeting_set_summary (meeting, "Kort verslag");
  koers_meeting_link_entry (meeting, koers_entry_get_id (example), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  koers_meeting_link_entry (meeting, koers_entry_get_id (well), KOERS_LINK_GOING_WELL, KOERS_AREA_LEARNING);
  koers_meeting_link_entry (meeting, koers_entry_get_id (positive), KOERS_LINK_STRENGTH, KOERS_AREA_PHYSICAL);
  /* Linking again moves it to another area, in the same place. */
  koers_meeting_link_entry (meeting, koers_entry_get_id (positive), KOERS_LINK_STRENGTH, KOERS_AREA_INTERESTS);
  g_assert_cmpuint (koers_meeting_get_links (meeting)->len, ==, 3);
  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (goal_b), TRUE);
  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (goal_a), TRUE);
  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (goal_a), TRUE);
  koers_meeting_add_agenda_item (meeting, "Stagewerk en slaap", koers_entry_get_id (example));
  ((KoersMeetingItem *) g_ptr_array_index (koers_meeting_get_agenda (meeting), 0))->done = TRUE;
  g_ptr_array_add (questions, koers_meeting_item_new ("Hoe laat gaat Kevin naar bed?", 0, FALSE));
  g_ptr_array_add (questions, koers_meeting_item_new ("Wat helpt thuis?", 0, TRUE));
  koers_meeting_set_questions (meeting, questions);

  save_ok (f, meeting);
  g_assert_cmpint (koers_meeting_get_id (meeting), >, 0);
  g_assert_true (g_uuid_string_is_valid (koers_meeting_get_uuid (meeting)));
  g_assert_nonnull (koers_meeting_get_modified (meeting));
  g_assert_cmpstr (koers_meeting_get_author (meeting), ==, "mevrouw Visser");

  loaded = reload (f, meeting);
  assert_meetings_equal (meeting, loaded);
  g_assert_cmpint (g_array_index (koers_meeting_get_links (loaded), KoersMeetingLink, 2).area, ==,
                   KOERS_AREA_INTERESTS);
  g_assert_cmpint (g_array_index (koers_meeting_get_goal_ids (loaded), gint64, 0), ==,
                   koers_goal_get_id (goal_b));
  g_assert_cmpuint (koers_meeting_get_agenda (loaded)->len, ==, 8);
  g_assert_cmpuint (koers_meeting_get_questions (loaded)->len, ==, 2);
  g_clear_object (&loaded);

  /* Unlinking and deselecting stick as well, and everything survives a restart. */
  koers_meeting_unlink_entry (meeting, koers_entry_get_id (well), KOERS_LINK_GOING_WELL);
  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (goal_b), FALSE);
  koers_meeting_set_aims (meeting, NULL);
  save_ok (f, meeting);
  g_clear_object (&f->store);
  f->store = koers_store_open (f->path, PASS, &error);
  g_assert_no_error (error);
  loaded = reload (f, meeting);
  assert_meetings_equal (meeting, loaded);
  g_assert_cmpuint (koers_meeting_get_links (loaded)->len, ==, 2);
  g_assert_cmpuint (koers_meeting_get_goal_ids (loaded)->len, ==, 1);
  g_assert_null (koers_meeting_get_aims (loaded));

  /* A new meeting without author gets the notebook's user name. */
  {
    g_autoptr(KoersMeeting) other = make_meeting (f->lotte, 3);

    save_ok (f, other);
    g_assert_cmpstr (koers_meeting_get_author (other), ==, MENTOR);
  }
}

static void
test_other_student (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 7);
  g_autoptr(KoersEntry) daans = add_entry (f, f->daan, KOERS_ENTRY_OBSERVATION, 1,
                                           "Daan was boos in de pauze.", FALSE);
  g_autoptr(KoersGoal) daans_goal = add_goal (f, f->daan, "Rustig blijven");

  koers_meeting_link_entry (meeting, koers_entry_get_id (daans), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  save_refused (f, meeting);
  g_assert_cmpint (koers_meeting_get_id (meeting), ==, 0);
  g_assert_null (koers_meeting_get_uuid (meeting));

  koers_meeting_unlink_entry (meeting, koers_entry_get_id (daans), KOERS_LINK_EXAMPLE);
  koers_meeting_add_agenda_item (meeting, "Over Daan", koers_entry_get_id (daans));
  save_refused (f, meeting);
  g_ptr_array_remove_index (koers_meeting_get_agenda (meeting), koers_meeting_get_agenda (meeting)->len - 1);

  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (daans_goal), TRUE);
  save_refused (f, meeting);

  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (daans_goal), FALSE);
  save_ok (f, meeting);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) meetings = koers_store_list_meetings (f->store, koers_student_get_id (f->lotte), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (meetings->len, ==, 1);
  }
}

static guint
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = koers_store_prepare (f->store, sql, &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_failed_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 7);
  g_autoptr(KoersMeeting) loaded = NULL;
  g_autoptr(KoersMeeting) fresh = make_meeting (f->lotte, 9);
  g_autoptr(KoersEntry) daans = add_entry (f, f->daan, KOERS_ENTRY_OBSERVATION, 1,
                                           "Daan was boos in de pauze.", FALSE);
  g_autoptr(KoersAgreement) agreement = koers_agreement_new ("Mentor belt", KOERS_OWNER_SCHOOL,
                                                             NULL, "2026-12-01");
  g_autofree char *modified = NULL;
  gint64 id;

  save_ok (f, meeting);
  id = koers_meeting_get_id (meeting);
  modified = g_strdup (koers_meeting_get_modified (meeting));

  /* The row is updated before the link is refused: the rollback must undo it. */
  koers_meeting_set_reason (meeting, "Een andere reden");
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_OTHER, "tante", FALSE);
  koers_meeting_link_entry (meeting, koers_entry_get_id (daans), KOERS_LINK_EXAMPLE, KOERS_AREA_LEARNING);
  save_refused (f, meeting);
  g_assert_cmpint (koers_meeting_get_id (meeting), ==, id);
  g_assert_cmpstr (koers_meeting_get_modified (meeting), ==, modified);
  loaded = reload (f, meeting);
  g_assert_cmpstr (koers_meeting_get_reason (loaded), ==, "Lotte komt vaak te laat en lijkt moe.");
  g_assert_cmpuint (koers_meeting_get_attendees (loaded)->len, ==, 3);
  g_assert_cmpuint (koers_meeting_get_links (loaded)->len, ==, 0);
  g_assert_cmpuint (koers_meeting_get_agenda (loaded)->len, ==, 7);
  g_clear_object (&loaded);
  koers_meeting_unlink_entry (meeting, koers_entry_get_id (daans), KOERS_LINK_EXAMPLE);

  /* The disk fails halfway (a trigger stands in for it), after the row, the
   * attendees and the old agenda's deletion. */
  g_assert_true (koers_store_exec (f->store,
                                   "CREATE TEMP TRIGGER fail_items BEFORE INSERT ON meeting_items"
                                   " BEGIN SELECT RAISE (ABORT, 'disk failed'); END",
                                   &error));
  g_assert_no_error (error);
  g_assert_false (koers_store_save_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  loaded = reload (f, meeting);
  g_assert_cmpstr (koers_meeting_get_reason (loaded), ==, "Lotte komt vaak te laat en lijkt moe.");
  g_assert_cmpuint (koers_meeting_get_attendees (loaded)->len, ==, 3);
  g_assert_cmpuint (koers_meeting_get_agenda (loaded)->len, ==, 7);
  g_assert_cmpuint (koers_meeting_get_questions (loaded)->len, ==, 4);
  g_clear_object (&loaded);

  /* A new meeting that fails stays new: nothing stored, no id to update later. */
  g_assert_false (koers_store_save_meeting (f->store, fresh, &error));
  g_clear_error (&error);
  g_assert_cmpint (koers_meeting_get_id (fresh), ==, 0);
  g_assert_null (koers_meeting_get_uuid (fresh));
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM meetings"), ==, 1);

  /* An agreement whose row cannot be written leaves no follow-up behind. */
  g_assert_true (koers_store_exec (f->store,
                                   "CREATE TEMP TRIGGER fail_agreements BEFORE INSERT ON meeting_agreements"
                                   " BEGIN SELECT RAISE (ABORT, 'disk failed'); END",
                                   &error));
  g_assert_false (koers_store_add_agreement (f->store, meeting, agreement, &error));
  g_clear_error (&error);
  g_assert_cmpint (agreement->id, ==, 0);
  g_assert_cmpint (agreement->entry_id, ==, 0);
  g_assert_cmpuint (koers_meeting_get_agreements (meeting)->len, ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM entries WHERE kind = 'agreement'"), ==, 0);

  /* Finishing that fails while writing leaves the meeting planned, without entry. */
  g_assert_true (koers_store_exec (f->store, "DROP TRIGGER fail_items; DROP TRIGGER fail_agreements", &error));
  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  {
    g_autofree char *today = iso_in_days (0);

    koers_meeting_set_date (meeting, today);
  }
  save_ok (f, meeting);
  g_assert_true (koers_store_exec (f->store,
                                   "CREATE TEMP TRIGGER fail_entries BEFORE INSERT ON entries"
                                   " BEGIN SELECT RAISE (ABORT, 'disk failed'); END",
                                   &error));
  g_assert_false (koers_store_finish_meeting (f->store, meeting, &error));
  g_clear_error (&error);
  g_assert_cmpint (koers_meeting_get_status (meeting), ==, KOERS_MEETING_PLANNED);
  loaded = reload (f, meeting);
  g_assert_cmpint (koers_meeting_get_status (loaded), ==, KOERS_MEETING_PLANNED);
  g_assert_cmpint (koers_meeting_get_summary_entry_id (loaded), ==, 0);
  g_assert_cmpuint (count_rows (f, "SELECT count(*) FROM entries"), ==, 1);
}

static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersMeeting) soon = make_meeting (f->lotte, 3);
  g_autoptr(KoersMeeting) later = make_meeting (f->lotte, 30);
  g_autoptr(KoersMeeting) undated = make_meeting (f->lotte, 0);
  g_autoptr(KoersMeeting) held_old = make_meeting (f->lotte, -60);
  g_autoptr(KoersMeeting) held_recent = make_meeting (f->lotte, -5);
  g_autoptr(GPtrArray) list = NULL;

  koers_meeting_set_date (undated, NULL);
  save_ok (f, later);
  save_ok (f, undated);
  save_ok (f, soon);
  save_ok (f, held_old);
  save_ok (f, held_recent);
  g_assert_true (koers_store_finish_meeting (f->store, held_old, &error));
  g_assert_true (koers_store_finish_meeting (f->store, held_recent, &error));
  g_assert_no_error (error);

  list = koers_store_list_meetings (f->store, koers_student_get_id (f->lotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 5);
  g_assert_cmpint (koers_meeting_get_id (g_ptr_array_index (list, 0)), ==, koers_meeting_get_id (soon));
  g_assert_cmpint (koers_meeting_get_id (g_ptr_array_index (list, 1)), ==, koers_meeting_get_id (later));
  g_assert_cmpint (koers_meeting_get_id (g_ptr_array_index (list, 2)), ==, koers_meeting_get_id (undated));
  g_assert_cmpint (koers_meeting_get_id (g_ptr_array_index (list, 3)), ==, koers_meeting_get_id (held_recent));
  g_assert_cmpint (koers_meeting_get_id (g_ptr_array_index (list, 4)), ==, koers_meeting_get_id (held_old));
  /* Loaded whole: the agenda comes with each. */
  g_assert_cmpuint (koers_meeting_get_agenda (g_ptr_array_index (list, 0))->len, ==, 7);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = koers_store_list_meetings (f->store, koers_student_get_id (f->daan), &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_invitation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(KoersMeeting) meeting = make_meeting (f->lotte, 7);
  g_autofree char *letter = NULL;
  g_autofree char *to_student = NULL;
  g_autofree char *when = NULL;

  koers_meeting_set_duration (meeting, 45);
  koers_meeting_set_worry (meeting, "GEHEIM: zorgen over de thuissituatie");
  koers_meeting_set_school_view (meeting, "GEHEIM: schoolbeeld");
  koers_meeting_set_home_view (meeting, "GEHEIM: thuisbeeld");
  koers_meeting_set_strength (meeting, KOERS_AREA_LEARNING, "GEHEIM: sterk in taal");

  letter = koers_meeting_build_invitation (meeting, f->lotte, MENTOR, "Het Baken");
  when = koers_meeting_dup_when_text (meeting);
  g_assert_true (g_str_has_prefix (letter, "Dear parents or carers of Lotte,"));
  g_assert_nonnull (strstr (letter, "Lotte komt vaak te laat en lijkt moe."));
  g_assert_nonnull (strstr (letter, "Samen begrijpen wat er speelt en afspraken maken."));
  g_assert_nonnull (strstr (letter, when));
  g_assert_nonnull (strstr (when, ", 19:30"));
  g_assert_nonnull (strstr (letter, "Lokaal 2.14"));
  g_assert_nonnull (strstr (letter, "45 minutes"));
  g_assert_nonnull (strstr (letter, "Parent or carer: mevrouw Jansen (moeder)"));
  g_assert_nonnull (strstr (letter, "Student: Lotte"));
  g_assert_nonnull (strstr (letter, "led by " MENTOR));
  g_assert_true (g_str_has_suffix (letter, "Kind regards,\n" MENTOR "\nHet Baken\n"));
  g_assert_null (strstr (letter, "GEHEIM"));

  /* Without parents the letter is for the student. */
  koers_meeting_set_attendees (meeting, NULL);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_STUDENT, NULL, FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_MENTOR, MENTOR, FALSE);
  to_student = koers_meeting_build_invitation (meeting, f->lotte, NULL, NULL);
  g_assert_true (g_str_has_prefix (to_student, "Dear Lotte,"));
  g_assert_null (strstr (to_student, "parents"));
  g_assert_null (strstr (to_student, "led by"));
  g_assert_null (strstr (to_student, "GEHEIM"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/names", test_names);
  g_test_add_func ("/meetings/defaults", test_defaults);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/meetings/consent", test_consent);
  ADD ("/meetings/status", test_status);
  ADD ("/meetings/leader", test_leader);
  ADD ("/meetings/agreements", test_agreements);
  ADD ("/meetings/finish", test_finish);
  ADD ("/meetings/finish-sensitive", test_finish_sensitive);
  ADD ("/meetings/unannounced-sensitive", test_unannounced_sensitive);
  ADD ("/meetings/round-trip", test_round_trip);
  ADD ("/meetings/other-student", test_other_student);
  ADD ("/meetings/failed-save", test_failed_save);
  ADD ("/meetings/list-order", test_list_order);
  ADD ("/meetings/invitation", test_invitation);
#undef ADD

  return g_test_run ();
}
