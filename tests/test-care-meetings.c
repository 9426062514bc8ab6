/* test-care-meetings.c: the leerlingbespreking: planning, the brief per student,
 * the outcome on the timeline, steps as follow-ups, delete and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "koers-date.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define ZORG "A. Smit"

typedef struct
{
  char *dir;
  KoersStore *store;
  KoersStudent *mees;
  KoersStudent *noor;
} Fixture;

static char *
day (int days)
{
  GDate date;

  koers_date_today (&date);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return koers_date_to_iso (&date);
}

static KoersStudent *
add_student (Fixture    *f,
             const char *first)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, "Test");
  koers_student_set_group (student, "2B");
  g_assert_true (koers_store_save_student (f->store, student, &error));
  g_assert_no_error (error);
  return student;
}

static KoersEntry *
add_entry (Fixture        *f,
           KoersStudent   *student,
           KoersEntryKind  kind,
           int             days,
           const char     *text,
           gboolean        sensitive)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = day (days);
  KoersEntry *entry = koers_entry_new (kind);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_entry_set_sensitive (entry, sensitive);
  g_assert_true (koers_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = koers_test_tmpdir_new ();
  path = g_build_filename (f->dir, "notebook.db", NULL);
  f->store = koers_store_create (path, PASS, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (f->store, KOERS_META_USER_NAME, ZORG, &error));
  f->mees = add_student (f, "Mees");
  f->noor = add_student (f, "Noor");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->mees);
  g_clear_object (&f->noor);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
}

/* A meeting today with both students, saved. */
static KoersCareMeeting *
plan (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = day (0);
  KoersCareMeeting *meeting = koers_care_meeting_new ();

  koers_care_meeting_set_date (meeting, today);
  koers_care_meeting_set_time (meeting, "15:30");
  koers_care_meeting_set_place (meeting, "Lokaal 12");
  koers_care_meeting_set_attendees_text (meeting, "A. Smit (zorgcoördinator), M. de Boer;\nJ. Kok ");
  g_assert_true (koers_care_meeting_add_student (meeting, koers_student_get_id (f->mees),
                                                 "Hoe helpen we hem met plannen?"));
  g_assert_true (koers_care_meeting_add_student (meeting, koers_student_get_id (f->noor), NULL));
  g_assert_false (koers_care_meeting_add_student (meeting, koers_student_get_id (f->noor), "twice"));
  g_assert_true (koers_store_save_care_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  return meeting;
}

static KoersCareMeeting *
reload (Fixture          *f,
        KoersCareMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  KoersCareMeeting *stored = koers_store_get_care_meeting (f->store, koers_care_meeting_get_id (meeting),
                                                           &error);

  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

static guint
count_kind (Fixture        *f,
            KoersStudent   *student,
            KoersEntryKind  kind)
{
  g_autoptr(GError) error = NULL;
  KoersEntryQuery query = { .kinds = KOERS_ENTRY_KIND_MASK (kind) };
  g_autoptr(GPtrArray) entries = koers_store_list_entries (f->store, koers_student_get_id (student),
                                                           &query, &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = plan (f);
  g_autoptr(KoersCareMeeting) stored = reload (f, meeting);
  g_autoptr(KoersCareMeeting) again = NULL;
  g_autoptr(GPtrArray) all = NULL;
  const char * const *attendees = koers_care_meeting_get_attendees (stored);
  GPtrArray *students = koers_care_meeting_get_students (stored);
  KoersCareStudent *first;

  g_assert_nonnull (koers_care_meeting_get_uuid (meeting));
  g_assert_cmpstr (koers_care_meeting_get_author (stored), ==, ZORG);
  g_assert_cmpstr (koers_care_meeting_get_time (stored), ==, "15:30");
  g_assert_cmpstr (koers_care_meeting_get_place (stored), ==, "Lokaal 12");
  g_assert_cmpuint (g_strv_length ((GStrv) attendees), ==, 3);
  g_assert_cmpstr (attendees[0], ==, "A. Smit (zorgcoördinator)");
  g_assert_cmpstr (attendees[2], ==, "J. Kok");

  g_assert_cmpuint (students->len, ==, 2);
  first = g_ptr_array_index (students, 0);
  g_assert_cmpint (first->student_id, ==, koers_student_get_id (f->mees));
  g_assert_cmpstr (koers_student_get_first_name (first->student), ==, "Mees");
  g_assert_cmpstr (first->question, ==, "Hoe helpen we hem met plannen?");
  g_assert_null (((KoersCareStudent *) g_ptr_array_index (students, 1))->question);

  /* Reorder and drop: the list is saved as a whole. */
  g_assert_true (koers_care_meeting_remove_student (meeting, koers_student_get_id (f->mees)));
  g_assert_true (koers_store_save_care_meeting (f->store, meeting, &error));
  g_assert_no_error (error);
  again = reload (f, meeting);
  g_assert_cmpuint (koers_care_meeting_get_students (again)->len, ==, 1);

  all = koers_store_list_care_meetings (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpuint (koers_care_meeting_get_students (g_ptr_array_index (all, 0))->len, ==, 1);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = koers_care_meeting_new ();
  g_autoptr(KoersCareStep) step = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *today = day (0);

  g_assert_false (koers_store_save_care_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_care_meeting_set_date (meeting, today);
  koers_care_meeting_set_time (meeting, "25:00");
  g_assert_false (koers_store_save_care_meeting (f->store, meeting, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  koers_care_meeting_set_time (meeting, NULL);

  /* Recording needs a saved meeting with the student on it. */
  koers_care_meeting_add_student (meeting, koers_student_get_id (f->mees), NULL);
  g_assert_false (koers_store_record_care_conclusion (f->store, meeting, koers_student_get_id (f->mees),
                                                      "Klaar", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (koers_store_save_care_meeting (f->store, meeting, &error));
  g_assert_false (koers_store_record_care_conclusion (f->store, meeting, koers_student_get_id (f->noor),
                                                      "Klaar", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_record_care_conclusion (f->store, meeting, koers_student_get_id (f->mees),
                                                      "   ", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  step = koers_care_step_new ("Gesprek met ouders", NULL, today);
  g_assert_false (koers_store_add_care_step (f->store, meeting, koers_student_get_id (f->mees), step, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing of the failures reached the timeline. */
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_CARE_MEETING), ==, 0);
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_AGREEMENT), ==, 0);
  all = koers_store_list_care_meetings (f->store, &error);
  g_assert_cmpuint (all->len, ==, 1);
}

static void
test_outcome (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = plan (f);
  g_autoptr(KoersCareMeeting) stored = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  g_autofree char *due = day (14);
  g_autofree char *today = day (0);
  g_autoptr(KoersCareStep) first = koers_care_step_new ("Planner doornemen", "mentor", due);
  g_autoptr(KoersCareStep) second = koers_care_step_new ("Ouders bellen", "zorgcoördinator", due);
  gint64 mees = koers_student_get_id (f->mees);
  KoersCareStudent *student;

  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, mees,
                                                     "  Hulp bij plannen via de mentor.  ", &error));
  g_assert_no_error (error);
  student = koers_care_meeting_find_student (meeting, mees);
  g_assert_cmpstr (student->conclusion, ==, "Hulp bij plannen via de mentor.");
  g_assert_cmpint (student->entry_id, !=, 0);
  g_assert_cmpuint (koers_care_meeting_count_recorded (meeting), ==, 1);

  entry = koers_store_get_entry (f->store, student->entry_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_CARE_MEETING);
  g_assert_cmpint (koers_entry_get_student_id (entry), ==, mees);
  g_assert_cmpstr (koers_entry_get_date (entry), ==, today);
  g_assert_nonnull (strstr (koers_entry_get_text (entry), "Hoe helpen we hem met plannen?"));
  g_assert_nonnull (strstr (koers_entry_get_text (entry), "Hulp bij plannen via de mentor."));
  g_assert_cmpstr (koers_entry_get_author (entry), ==, ZORG);
  g_clear_object (&entry);

  /* Recording again corrects the same entry. */
  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, mees, "Toch anders", &error));
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_CARE_MEETING), ==, 1);
  entry = koers_store_get_entry (f->store, student->entry_id, &error);
  g_assert_nonnull (strstr (koers_entry_get_text (entry), "Toch anders"));

  /* Steps become agreements with open follow-ups: owner and date. */
  g_assert_true (koers_store_add_care_step (f->store, meeting, mees, first, &error));
  g_assert_no_error (error);
  g_assert_true (koers_store_add_care_step (f->store, meeting, mees, second, &error));
  g_assert_cmpint (first->entry_id, !=, 0);
  g_assert_cmpuint (student->steps->len, ==, 2);
  followups = koers_store_list_open_followups (f->store, mees, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followups->len, ==, 2);
  for (guint i = 0; i < followups->len; i++)
    {
      KoersEntry *followup = g_ptr_array_index (followups, i);

      g_assert_cmpint (koers_entry_get_kind (followup), ==, KOERS_ENTRY_AGREEMENT);
      g_assert_cmpstr (koers_entry_get_followup_due (followup), ==, due);
    }

  stored = reload (f, meeting);
  student = koers_care_meeting_find_student (stored, mees);
  g_assert_cmpstr (student->conclusion, ==, "Toch anders");
  g_assert_cmpuint (student->steps->len, ==, 2);
  g_assert_cmpstr (((KoersCareStep *) g_ptr_array_index (student->steps, 1))->owner, ==, "zorgcoördinator");

  /* Taking a step back takes its follow-up too. */
  g_assert_true (koers_store_remove_care_step (f->store, meeting, mees, first->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_AGREEMENT), ==, 1);
  g_clear_object (&stored);
  stored = reload (f, meeting);
  g_assert_cmpuint (koers_care_meeting_find_student (stored, mees)->steps->len, ==, 1);
}

/* The overview lists a final checklist until the student is discussed. Uses the
 * overview's own section so the two stay in step. */
static void
test_outcome_clears_overview (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autoptr(KoersChecklist) checklist = NULL;
  g_autofree char *yesterday = day (-1);
  KoersOverviewQuery query = { 0 };

  template = koers_store_get_template_by_key (f->store, "signalenkaart-jong-doet-mee", &error);
  g_assert_no_error (error);
  checklist = koers_checklist_new_from_template (template);
  koers_checklist_set_student_id (checklist, koers_student_get_id (f->mees));
  koers_checklist_set_date (checklist, yesterday);
  koers_checklist_set_next_step (checklist, "Gesprekje over hoe het gaat");
  koers_checklist_set_next_step_owner (checklist, "mentor");
  koers_checklist_set_next_step_due (checklist, yesterday);
  koers_checklist_set_status (checklist, KOERS_CHECKLIST_FINAL);
  g_assert_true (koers_store_save_checklist (f->store, checklist, &error));
  g_assert_no_error (error);

  before = koers_store_get_overview (f->store, &query, &error);
  rows = koers_overview_items_in_section (before, KOERS_OVERVIEW_SIGNALS);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);

  meeting = plan (f);
  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, koers_student_get_id (f->mees),
                                                     "Besproken", &error));
  g_assert_no_error (error);
  after = koers_store_get_overview (f->store, &query, &error);
  rows = koers_overview_items_in_section (after, KOERS_OVERVIEW_SIGNALS);
  g_assert_cmpuint (rows->len, ==, 0);
}

static GPtrArray *
brief_part (KoersCareBrief *brief,
            KoersBriefPart  part)
{
  return koers_care_brief_get_part (brief, part);
}

static gboolean
has_line (GPtrArray  *lines,
          const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (((KoersBriefLine *) g_ptr_array_index (lines, i))->text, text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_brief (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) earlier = NULL;
  g_autoptr(KoersCareMeeting) meeting = NULL;
  g_autoptr(KoersCareBrief) brief = NULL;
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  g_autoptr(KoersEntry) positive = NULL;
  g_autoptr(KoersEntry) old_signal = NULL;
  g_autoptr(KoersEntry) new_signal = NULL;
  g_autoptr(KoersEntry) secret = NULL;
  g_autoptr(KoersEntry) referral = NULL;
  g_autoptr(KoersEntry) followup = NULL;
  g_autoptr(GPtrArray) strengths = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) signals = NULL;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GPtrArray) referrals = NULL;
  g_autofree char *start = day (-10);
  g_autofree char *evaluation = day (5);
  g_autofree char *past = day (-3);
  g_autofree char *forty = day (-40);
  const char *steps[] = { "Elke dag de planner invullen", NULL };
  gint64 mees = koers_student_get_id (f->mees);

  /* An earlier leerlingbespreking, 40 days ago: signals before it are not new. */
  earlier = koers_care_meeting_new ();
  koers_care_meeting_set_date (earlier, forty);
  koers_care_meeting_add_student (earlier, mees, NULL);
  g_assert_true (koers_store_save_care_meeting (f->store, earlier, &error));
  g_assert_true (koers_store_record_care_conclusion (f->store, earlier, mees, "Eerder besproken", &error));
  g_assert_no_error (error);

  positive = add_entry (f, f->mees, KOERS_ENTRY_POSITIVE, -2, "Hielp een klasgenoot met wiskunde", FALSE);
  old_signal = add_entry (f, f->mees, KOERS_ENTRY_SIGNAL, -50, "Oud signaal", FALSE);
  new_signal = add_entry (f, f->mees, KOERS_ENTRY_SIGNAL, -4, "Komt vaak te laat", FALSE);
  secret = add_entry (f, f->mees, KOERS_ENTRY_SIGNAL, -3, "Thuis speelt iets", TRUE);

  koers_goal_set_student_id (goal, mees);
  koers_goal_set_title (goal, "Ik plan mijn huiswerk");
  koers_goal_set_steps (goal, (const char * const *) steps);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluation);
  koers_goal_set_status (goal, KOERS_GOAL_ACTIVE);
  g_assert_true (koers_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);
  g_assert_true (koers_store_add_goal_feedback (f->store, goal, 0, past, KOERS_FEEDBACK_SEEN, "Goed gedaan", &error));
  g_assert_no_error (error);

  referral = koers_entry_new (KOERS_ENTRY_REFERRAL);
  koers_entry_set_student_id (referral, mees);
  koers_entry_set_date (referral, start);
  koers_entry_set_text (referral, "Aangemeld bij het wijkteam");
  koers_entry_set_referral_to (referral, KOERS_REFERRAL_WIJKTEAM);
  koers_entry_set_referral_feedback_due (referral, past);
  g_assert_true (koers_store_save_entry (f->store, referral, &error));

  followup = add_entry (f, f->mees, KOERS_ENTRY_STUDENT_TALK, -6, "Gesprek", FALSE);
  koers_entry_set_followup_text (followup, "Rooster bespreken");
  koers_entry_set_followup_owner (followup, "mentor");
  koers_entry_set_followup_due (followup, past);
  g_assert_true (koers_store_save_entry (f->store, followup, &error));
  g_assert_no_error (error);

  meeting = plan (f);
  brief = koers_store_get_care_brief (f->store, meeting, mees, &error);
  g_assert_no_error (error);
  g_assert_nonnull (brief);
  g_assert_cmpstr (brief->since, ==, forty);

  strengths = brief_part (brief, KOERS_BRIEF_STRENGTHS);
  g_assert_true (has_line (strengths, "Hielp een klasgenoot"));
  /* Strengths first: the first line of the brief is one. */
  g_assert_cmpint (((KoersBriefLine *) g_ptr_array_index (brief->lines, 0))->part, ==, KOERS_BRIEF_STRENGTHS);

  goals = brief_part (brief, KOERS_BRIEF_GOALS);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpstr (((KoersBriefLine *) g_ptr_array_index (goals, 0))->text, ==, "Ik plan mijn huiswerk");
  g_assert_nonnull (strstr (((KoersBriefLine *) g_ptr_array_index (goals, 0))->detail, "Goed gedaan"));

  signals = brief_part (brief, KOERS_BRIEF_SIGNALS);
  g_assert_true (has_line (signals, "Komt vaak te laat"));
  g_assert_false (has_line (signals, "Oud signaal"));
  g_assert_cmpuint (signals->len, ==, 2);
  for (guint i = 0; i < signals->len; i++)
    {
      KoersBriefLine *line = g_ptr_array_index (signals, i);

      g_assert_cmpint (line->sensitive, ==, strstr (line->text, "Thuis") != NULL);
    }

  agreements = brief_part (brief, KOERS_BRIEF_AGREEMENTS);
  g_assert_true (has_line (agreements, "Rooster bespreken"));
  g_assert_nonnull (strstr (((KoersBriefLine *) g_ptr_array_index (agreements, 0))->detail, "overdue"));
  referrals = brief_part (brief, KOERS_BRIEF_REFERRALS);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_nonnull (strstr (((KoersBriefLine *) g_ptr_array_index (referrals, 0))->text, "Wijkteam"));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = plan (f);
  g_autoptr(KoersCareMeeting) copy = NULL;
  g_autoptr(KoersCareMeeting) back = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *due = day (7);
  g_autoptr(KoersCareStep) step = koers_care_step_new ("Ouders bellen", "mentor", due);
  gint64 mees = koers_student_get_id (f->mees);
  KoersCareStudent *student;

  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, mees, "Besproken", &error));
  g_assert_true (koers_store_add_care_step (f->store, meeting, mees, step, &error));
  g_assert_no_error (error);

  copy = koers_care_meeting_copy (meeting);
  g_assert_true (koers_store_delete_care_meeting (f->store, koers_care_meeting_get_id (meeting), &error));
  g_assert_no_error (error);
  g_assert_false (koers_store_delete_care_meeting (f->store, koers_care_meeting_get_id (meeting), &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* What happened stays on the timeline. */
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_CARE_MEETING), ==, 1);
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_AGREEMENT), ==, 1);
  all = koers_store_list_care_meetings (f->store, &error);
  g_assert_cmpuint (all->len, ==, 0);

  /* Undo: the copy saved again, with its links to those entries. */
  koers_care_meeting_set_id (copy, 0);
  g_assert_true (koers_store_save_care_meeting (f->store, copy, &error));
  g_assert_no_error (error);
  back = reload (f, copy);
  g_assert_cmpstr (koers_care_meeting_get_uuid (back), ==, koers_care_meeting_get_uuid (meeting));
  student = koers_care_meeting_find_student (back, mees);
  g_assert_cmpstr (student->conclusion, ==, "Besproken");
  g_assert_cmpint (student->entry_id, ==, koers_care_meeting_find_student (meeting, mees)->entry_id);
  g_assert_cmpuint (student->steps->len, ==, 1);
  g_assert_cmpint (((KoersCareStep *) g_ptr_array_index (student->steps, 0))->entry_id, ==, step->entry_id);

  /* After the undo, recording again corrects the same entry. */
  g_assert_true (koers_store_record_care_conclusion (f->store, back, mees, "Opnieuw", &error));
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_CARE_MEETING), ==, 1);
}

static void
test_entry_deleted (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareMeeting) meeting = plan (f);
  g_autoptr(KoersCareMeeting) stored = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  gint64 mees = koers_student_get_id (f->mees);
  KoersCareStudent *student;

  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, mees, "Besproken", &error));
  student = koers_care_meeting_find_student (meeting, mees);
  entry = koers_store_get_entry (f->store, student->entry_id, &error);
  g_assert_true (koers_store_delete_entry (f->store, entry, &error));
  g_assert_no_error (error);

  /* The mentor deleted the entry: recording again writes a new one. */
  g_assert_true (koers_store_record_care_conclusion (f->store, meeting, mees, "Opnieuw", &error));
  g_assert_no_error (error);
  g_assert_cmpint (student->entry_id, !=, koers_entry_get_id (entry));
  g_assert_cmpuint (count_kind (f, f->mees, KOERS_ENTRY_CARE_MEETING), ==, 1);
  stored = reload (f, meeting);
  g_assert_cmpint (koers_care_meeting_find_student (stored, mees)->entry_id, ==, student->entry_id);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/care-meetings/plan", test_plan);
  ADD ("/care-meetings/invalid", test_invalid);
  ADD ("/care-meetings/outcome", test_outcome);
  ADD ("/care-meetings/outcome-clears-overview", test_outcome_clears_overview);
  ADD ("/care-meetings/brief", test_brief);
  ADD ("/care-meetings/delete-and-undo", test_delete_and_undo);
  ADD ("/care-meetings/entry-deleted", test_entry_deleted);

  return g_test_run ();
}
