/* test-entries.c: timeline entries, follow-ups, full-text search, attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-date.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

typedef struct
{
  char *dir;
  KoersStore *store;
  KoersStudent *lotte;
  KoersStudent *noel;
} Fixture;

static KoersStudent *
add_student (KoersStore *store,
             const char *number,
             const char *first,
             const char *last,
             const char *group)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *s = koers_student_new ();

  koers_student_set_student_number (s, number);
  koers_student_set_first_name (s, first);
  koers_student_set_last_name (s, last);
  koers_student_set_group (s, group);
  koers_store_save_student (store, s, &error);
  g_assert_no_error (error);
  return s;
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
  koers_store_set_meta (f->store, KOERS_META_USER_NAME, "M. de Boer", &error);
  g_assert_no_error (error);
  f->lotte = add_student (f->store, "104216", "Lotte", "Meer", "2A");
  f->noel = add_student (f->store, "104217", "Noël", "Verbeek", "2A");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->lotte);
  g_clear_object (&f->noel);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
}

static KoersEntry *
add_entry (Fixture        *f,
           KoersStudent   *student,
           KoersEntryKind  kind,
           const char     *date,
           const char     *text)
{
  g_autoptr(GError) error = NULL;
  KoersEntry *entry = koers_entry_new (kind);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, text);
  koers_store_save_entry (f->store, entry, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_entry_get_id (entry), >, 0);
  return entry;
}

static char *
iso_days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static guint
search_count (Fixture    *f,
              const char *query,
              gboolean    include_sensitive)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = koers_store_search_entries (f->store, query, include_sensitive, 0, &error);

  g_assert_no_error (error);
  return hits->len;
}

static void
test_kinds (void)
{
  KoersEntryKind kind;
  KoersSource source;
  KoersReferralTo to;

  for (guint k = 0; k < KOERS_N_ENTRY_KINDS; k++)
    {
      g_assert_true (koers_entry_kind_from_string (koers_entry_kind_to_id (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_nonnull (koers_entry_kind_get_label (k));
    }

  g_assert_true (koers_entry_kind_from_string ("oudercontact", &kind));
  g_assert_cmpint (kind, ==, KOERS_ENTRY_PARENT_CONTACT);
  g_assert_true (koers_entry_kind_from_string ("Leerlingbespreking", &kind));
  g_assert_cmpint (kind, ==, KOERS_ENTRY_CARE_MEETING);
  g_assert_true (koers_entry_kind_from_string ("positief", &kind));
  g_assert_cmpint (kind, ==, KOERS_ENTRY_POSITIVE);
  g_assert_false (koers_entry_kind_from_string ("gossip", &kind));

  g_assert_true (koers_source_from_string ("docent", &source));
  g_assert_cmpint (source, ==, KOERS_SOURCE_TEACHER);
  g_assert_true (koers_referral_from_string ("wijkteam", &to));
  g_assert_cmpint (to, ==, KOERS_REFERRAL_WIJKTEAM);
}

static void
test_save_list_order (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) old = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, "2026-09-01", "Komt te laat");
  g_autoptr(KoersEntry) newer = add_entry (f, f->lotte, KOERS_ENTRY_POSITIVE, "2026-10-15", "Helpt een klasgenoot");
  g_autoptr(KoersEntry) other = add_entry (f, f->noel, KOERS_ENTRY_SIGNAL, "2026-10-01", "Trekt zich terug");
  g_autoptr(KoersEntry) loaded = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  entries = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  /* Newest first. */
  g_assert_cmpstr (koers_entry_get_text (g_ptr_array_index (entries, 0)), ==, "Helpt een klasgenoot");
  g_assert_cmpstr (koers_entry_get_text (g_ptr_array_index (entries, 1)), ==, "Komt te laat");

  /* Author from the notebook's user name, stable UUID, timestamps. */
  g_assert_cmpstr (koers_entry_get_author (old), ==, "M. de Boer");
  g_assert_true (g_uuid_string_is_valid (koers_entry_get_uuid (old)));
  g_assert_nonnull (koers_entry_get_created (old));

  /* Edit keeps the UUID. */
  koers_entry_set_text (old, "Komt twee keer te laat");
  koers_entry_set_interpretation (old, TRUE);
  koers_entry_set_source (old, KOERS_SOURCE_TEACHER);
  koers_entry_set_source_name (old, "mevrouw Jansen");
  koers_entry_set_time (old, "08:35");
  g_assert_true (koers_store_save_entry (f->store, old, &error));
  loaded = koers_store_get_entry (f->store, koers_entry_get_id (old), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_entry_get_text (loaded), ==, "Komt twee keer te laat");
  g_assert_true (koers_entry_get_interpretation (loaded));
  g_assert_cmpint (koers_entry_get_source (loaded), ==, KOERS_SOURCE_TEACHER);
  g_assert_cmpstr (koers_entry_get_source_name (loaded), ==, "mevrouw Jansen");
  g_assert_cmpstr (koers_entry_get_time (loaded), ==, "08:35");
  g_assert_cmpstr (koers_entry_get_uuid (loaded), ==, koers_entry_get_uuid (old));
  g_assert_cmpuint (koers_store_count_entries (f->store, koers_student_get_id (f->noel), NULL), ==, 1);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_OBSERVATION);

  koers_entry_set_student_id (entry, koers_student_get_id (f->lotte));
  koers_entry_set_text (entry, "Tekst");
  koers_entry_set_date (entry, "31-02-2026");
  g_assert_false (koers_store_save_entry (f->store, entry, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_entry_set_date (entry, "2026-02-28");
  koers_entry_set_time (entry, "25:00");
  g_assert_false (koers_store_save_entry (f->store, entry, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_entry_set_time (entry, NULL);
  koers_entry_set_text (entry, "");
  g_assert_false (koers_store_save_entry (f->store, entry, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_entry_set_text (entry, "Tekst");
  koers_entry_set_student_id (entry, 9999);
  g_assert_false (koers_store_save_entry (f->store, entry, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (koers_store_count_entries (f->store, koers_student_get_id (f->lotte), NULL), ==, 0);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) a = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, "2026-09-01", "Feit");
  g_autoptr(KoersEntry) b = add_entry (f, f->lotte, KOERS_ENTRY_POSITIVE, "2026-10-01", "Goed gedaan");
  g_autoptr(KoersEntry) c = add_entry (f, f->lotte, KOERS_ENTRY_PARENT_CONTACT, "2026-11-01", "Belde moeder");
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) period = NULL;
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GPtrArray) open = NULL;
  KoersEntryQuery by_kind = { .kinds = KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_POSITIVE) |
                                       KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_PARENT_CONTACT) };
  KoersEntryQuery by_period = { .from = "2026-09-15", .to = "2026-10-31" };
  KoersEntryQuery only_facts = { .only_facts = TRUE };
  KoersEntryQuery only_open = { .only_open_followups = TRUE };

  koers_entry_set_interpretation (c, TRUE);
  koers_entry_set_followup_text (c, "Terugbellen");
  koers_entry_set_followup_owner (c, "mentor");
  koers_entry_set_followup_due (c, "2026-11-08");
  koers_store_save_entry (f->store, c, &error);
  g_assert_no_error (error);

  kinds = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), &by_kind, &error);
  g_assert_cmpuint (kinds->len, ==, 2);
  period = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), &by_period, &error);
  g_assert_cmpuint (period->len, ==, 1);
  g_assert_cmpstr (koers_entry_get_text (g_ptr_array_index (period, 0)), ==, "Goed gedaan");
  facts = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), &only_facts, &error);
  g_assert_cmpuint (facts->len, ==, 2);
  open = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), &only_open, &error);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_no_error (error);
}

static void
test_followups (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) late = add_entry (f, f->lotte, KOERS_ENTRY_STUDENT_TALK, "2026-09-01", "Gesprek");
  g_autoptr(KoersEntry) later = add_entry (f, f->noel, KOERS_ENTRY_AGREEMENT, "2026-09-02", "Afspraak");
  g_autoptr(KoersEntry) plain = add_entry (f, f->noel, KOERS_ENTRY_OBSERVATION, "2026-09-03", "Niets");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) lotte_only = NULL;
  g_autofree char *yesterday = iso_days_ago (1);
  g_autofree char *next_week = iso_days_ago (-7);

  koers_entry_set_followup_text (late, "Ouders bellen");
  koers_entry_set_followup_due (late, yesterday);
  koers_store_save_entry (f->store, late, &error);
  koers_entry_set_followup_text (later, "Evalueren");
  koers_entry_set_followup_due (later, next_week);
  koers_store_save_entry (f->store, later, &error);
  g_assert_no_error (error);

  g_assert_true (koers_entry_is_followup_overdue (late, NULL));
  g_assert_false (koers_entry_is_followup_overdue (later, NULL));
  g_assert_false (koers_entry_has_open_followup (plain));

  all = koers_store_list_open_followups (f->store, 0, &error);
  g_assert_cmpuint (all->len, ==, 2);
  /* Earliest due first: the overdue one leads. */
  g_assert_cmpstr (koers_entry_get_followup_text (g_ptr_array_index (all, 0)), ==, "Ouders bellen");
  lotte_only = koers_store_list_open_followups (f->store, koers_student_get_id (f->lotte), &error);
  g_assert_cmpuint (lotte_only->len, ==, 1);

  g_assert_true (koers_store_set_followup_done (f->store, late, TRUE, &error));
  g_assert_nonnull (koers_entry_get_followup_done_at (late));
  g_assert_false (koers_entry_is_followup_overdue (late, NULL));
  after = koers_store_list_open_followups (f->store, 0, &error);
  g_assert_cmpuint (after->len, ==, 1);

  /* Reopening clears the done time. */
  g_assert_true (koers_store_set_followup_done (f->store, late, FALSE, &error));
  g_assert_null (koers_entry_get_followup_done_at (late));

  /* No follow-up to mark. */
  g_assert_false (koers_store_set_followup_done (f->store, plain, TRUE, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) entry = add_entry (f, f->lotte, KOERS_ENTRY_SIGNAL, "2026-10-10", "Opvallend stil in de les");
  g_autoptr(KoersEntry) kept = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *uuid = g_strdup (koers_entry_get_uuid (entry));
  g_autofree char *created = g_strdup (koers_entry_get_created (entry));

  kept = koers_entry_copy (entry);
  g_assert_true (koers_store_delete_entry (f->store, entry, &error));
  g_assert_cmpuint (koers_store_count_entries (f->store, koers_student_get_id (f->lotte), NULL), ==, 0);
  g_assert_cmpuint (search_count (f, "stil", TRUE), ==, 0);

  /* Deleting twice says it is gone. */
  koers_entry_set_id (entry, koers_entry_get_id (kept));
  g_assert_false (koers_store_delete_entry (f->store, entry, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: the same entry comes back. */
  koers_entry_set_id (kept, 0);
  g_assert_true (koers_store_save_entry (f->store, kept, &error));
  entries = koers_store_list_entries (f->store, koers_student_get_id (f->lotte), NULL, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (koers_entry_get_uuid (g_ptr_array_index (entries, 0)), ==, uuid);
  g_assert_cmpstr (koers_entry_get_created (g_ptr_array_index (entries, 0)), ==, created);
  g_assert_cmpuint (search_count (f, "stil", TRUE), ==, 1);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) a = add_entry (f, f->noel, KOERS_ENTRY_STUDENT_TALK, "2026-10-01",
                                       "Gesprek met Noël over de verhuizing naar Zoëtermeer");
  g_autoptr(KoersEntry) b = add_entry (f, f->lotte, KOERS_ENTRY_OBSERVATION, "2026-10-02",
                                       "Lotte helpt bij de verhuizing van het lokaal");
  g_autoptr(KoersEntry) secret = add_entry (f, f->lotte, KOERS_ENTRY_PARENT_CONTACT, "2026-10-03",
                                            "Vader vertelt over schulden thuis");
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *markup = NULL;
  KoersSearchHit *hit;

  koers_entry_set_sensitive (secret, TRUE);
  koers_store_save_entry (f->store, secret, &error);
  g_assert_no_error (error);

  /* Diacritics folded, prefixes, every word must match. */
  hits = koers_store_search_entries (f->store, "noel", FALSE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpint (koers_search_hit_get_student_id (hit), ==, koers_student_get_id (f->noel));
  g_assert_cmpint (koers_search_hit_get_entry_id (hit), ==, koers_entry_get_id (a));
  g_assert_cmpstr (koers_search_hit_get_student_name (hit), ==, "Noël Verbeek");
  g_assert_cmpstr (koers_search_hit_get_date (hit), ==, "2026-10-01");
  g_assert_cmpint (koers_search_hit_get_kind (hit), ==, KOERS_ENTRY_STUDENT_TALK);
  marked = koers_search_hit_dup_snippet_marked (hit, "[", "]");
  g_assert_nonnull (strstr (marked, "[Noël]"));
  markup = koers_search_hit_dup_snippet_markup (hit);
  g_assert_nonnull (strstr (markup, "<b>Noël</b>"));

  g_assert_cmpuint (search_count (f, "verhui", FALSE), ==, 2);
  /* The most recently written first, and the limit holds. */
  {
    g_autoptr(GPtrArray) both = koers_store_search_entries (f->store, "verhui", FALSE, 0, &error);
    g_autoptr(GPtrArray) one = koers_store_search_entries (f->store, "verhui", FALSE, 1, &error);

    g_assert_cmpint (koers_search_hit_get_entry_id (both->pdata[0]), ==, koers_entry_get_id (b));
    g_assert_cmpint (koers_search_hit_get_entry_id (both->pdata[1]), ==, koers_entry_get_id (a));
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_cmpint (koers_search_hit_get_entry_id (one->pdata[0]), ==, koers_entry_get_id (b));
  }
  g_assert_cmpuint (search_count (f, "verhuizing zoetermeer", FALSE), ==, 1);
  g_assert_cmpuint (search_count (f, "VERHUIZING", FALSE), ==, 2);
  g_assert_cmpuint (search_count (f, "fiets", FALSE), ==, 0);
  /* Operators and quotes in what the user types are just text. */
  g_assert_cmpuint (search_count (f, "\"verhuizing\" OR NOT (", FALSE), ==, 0);
  g_assert_cmpuint (search_count (f, "  ", FALSE), ==, 0);

  /* Sensitive text only when asked for. */
  g_assert_cmpuint (search_count (f, "schulden", FALSE), ==, 0);
  g_assert_cmpuint (search_count (f, "schulden", TRUE), ==, 1);

  /* The index follows edits and deletes. */
  koers_entry_set_text (b, "Lotte ruimt het lokaal op");
  koers_store_save_entry (f->store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f, "verhuizing", FALSE), ==, 1);
  g_assert_cmpuint (search_count (f, "ruimt", FALSE), ==, 1);

  koers_entry_set_followup_text (b, "Bedanken namens de sectie");
  koers_store_save_entry (f->store, b, &error);
  g_assert_cmpuint (search_count (f, "sectie", FALSE), ==, 1);

  koers_store_delete_entry (f->store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (search_count (f, "ruimt", FALSE), ==, 0);
  g_assert_cmpuint (search_count (f, "sectie", FALSE), ==, 0);

  /* Entries go with their student. */
  g_assert_true (koers_store_exec (f->store, "DELETE FROM students WHERE student_number = '104217'", &error));
  g_assert_cmpuint (search_count (f, "noel", TRUE), ==, 0);
}

static KoersEntry *
add_absence (Fixture          *f,
             const char       *date,
             gboolean          authorised,
             double            amount,
             KoersAbsenceUnit  unit)
{
  g_autoptr(GError) error = NULL;
  KoersEntry *entry = koers_entry_new (KOERS_ENTRY_ABSENCE);

  koers_entry_set_student_id (entry, koers_student_get_id (f->lotte));
  koers_entry_set_date (entry, date);
  koers_entry_set_absence_authorised (entry, authorised);
  koers_entry_set_absence_amount (entry, amount);
  koers_entry_set_absence_unit (entry, unit);
  koers_entry_set_absence_reason (entry, authorised ? "ziek" : NULL);
  koers_store_save_entry (f->store, entry, &error);
  g_assert_no_error (error);
  return entry;
}

/* Two whole school weeks in the past: Monday three weeks ago to the Friday after. */
static void
past_fortnight (GDate *monday,
                GDate *friday)
{
  koers_date_today (monday);
  g_date_subtract_days (monday, 21);
  while (g_date_get_weekday (monday) != G_DATE_MONDAY)
    g_date_subtract_days (monday, 1);
  *friday = *monday;
  g_date_add_days (friday, 11);
}

static char *
iso (const GDate *date,
     int          plus_days)
{
  GDate d = *date;

  if (plus_days >= 0)
    g_date_add_days (&d, (guint) plus_days);
  else
    g_date_subtract_days (&d, (guint) -plus_days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) sick = NULL;
  g_autoptr(KoersEntry) truant = NULL;
  g_autoptr(KoersEntry) outside = NULL;
  GDate monday, friday;
  g_autofree char *from = NULL, *to = NULL, *tuesday = NULL, *next_tuesday = NULL;
  g_autofree char *before = NULL, *saturday = NULL, *sunday = NULL;
  KoersAttendance a;

  past_fortnight (&monday, &friday);
  from = iso (&monday, 0);
  to = iso (&friday, 0);
  tuesday = iso (&monday, 1);
  next_tuesday = iso (&monday, 8);
  before = iso (&monday, -10);
  saturday = iso (&monday, 5);
  sunday = iso (&monday, 6);

  /* Ten school days at the default 26 hours a week. */
  g_assert_true (koers_store_get_attendance (f->store, f->lotte, from, to, &a, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (a.scheduled_hours, 52.0, 0.001);
  g_assert_cmpfloat_with_epsilon (a.percentage, 100.0, 0.001);

  /* 4 hours authorised + 2 dayparts (2 × 2.6 h) unauthorised = 9.2 of 52 hours. */
  sick = add_absence (f, tuesday, TRUE, 4, KOERS_ABSENCE_HOURS);
  truant = add_absence (f, next_tuesday, FALSE, 2, KOERS_ABSENCE_DAYPARTS);
  outside = add_absence (f, before, FALSE, 10, KOERS_ABSENCE_HOURS);
  g_assert_true (koers_store_get_attendance (f->store, f->lotte, from, to, &a, &error));
  g_assert_cmpfloat_with_epsilon (a.authorised_hours, 4.0, 0.001);
  g_assert_cmpfloat_with_epsilon (a.unauthorised_hours, 5.2, 0.001);
  g_assert_cmpfloat_with_epsilon (a.percentage, 100.0 * (52.0 - 9.2) / 52.0, 0.001);
  g_assert_cmpfloat (a.percentage, <, KOERS_ATTENDANCE_PROBLEM_BELOW);

  /* The group's own hours a week change the base. */
  g_assert_true (koers_store_set_group_hours (f->store, "2A", 32, &error));
  g_assert_cmpfloat_with_epsilon (koers_store_get_group_hours (f->store, "2A", &error), 32.0, 0.001);
  g_assert_true (koers_store_get_attendance (f->store, f->lotte, from, to, &a, &error));
  g_assert_cmpfloat_with_epsilon (a.scheduled_hours, 64.0, 0.001);
  g_assert_cmpfloat_with_epsilon (a.unauthorised_hours, 6.4, 0.001);
  g_assert_false (koers_store_set_group_hours (f->store, "2A", -1, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_set_group_hours (f->store, "9Z", 20, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A weekend alone schedules nothing: 100%, not a division by zero. */
  g_assert_true (koers_store_get_attendance (f->store, f->lotte, saturday, sunday, &a, &error));
  g_assert_cmpfloat_with_epsilon (a.scheduled_hours, 0.0, 0.001);
  g_assert_cmpfloat_with_epsilon (a.percentage, 100.0, 0.001);

  g_assert_false (koers_store_get_attendance (f->store, f->lotte, "gisteren", sunday, &a, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
}

static void
test_school_year (void)
{
  GDate day;
  g_autofree char *autumn = NULL;
  g_autofree char *spring = NULL;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 23, 11, 2026);
  autumn = koers_school_year_start (&day);
  g_assert_cmpstr (autumn, ==, "2026-08-01");
  g_date_set_dmy (&day, 15, 3, 2027);
  spring = koers_school_year_start (&day);
  g_assert_cmpstr (spring, ==, "2026-08-01");
}

static void
test_find_student (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, koers_student_get_id (f->noel));
  g_autoptr(KoersStudent) by_number = koers_store_find_student (f->store, "104216", &error);
  g_autoptr(KoersStudent) by_id = koers_store_find_student (f->store, id, &error);
  g_autoptr(KoersStudent) nobody = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (koers_student_get_first_name (by_number), ==, "Lotte");
  g_assert_cmpstr (koers_student_get_first_name (by_id), ==, "Noël");
  nobody = koers_store_find_student (f->store, "999999", &error);
  g_assert_null (nobody);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entries/kinds", test_kinds);
  g_test_add_func ("/entries/school-year", test_school_year);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/entries/save-list-order", test_save_list_order);
  ADD ("/entries/validation", test_validation);
  ADD ("/entries/filters", test_filters);
  ADD ("/entries/followups", test_followups);
  ADD ("/entries/delete-and-undo", test_delete_and_undo);
  ADD ("/entries/search", test_search);
  ADD ("/entries/attendance", test_attendance);
  ADD ("/entries/find-student", test_find_student);
#undef ADD

  return g_test_run ();
}
