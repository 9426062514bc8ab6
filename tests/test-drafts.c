/* test-drafts.c: an editor's unsaved text kept in the notebook across a lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

typedef struct
{
  char *dir;
  char *path;
  KoersStore *store;
  KoersStudent *lotte;
  KoersStudent *noel;
} Fixture;

static KoersStudent *
add_student (KoersStore *store,
             const char *number,
             const char *first,
             const char *last)
{
  g_autoptr(GError) error = NULL;
  KoersStudent *s = koers_student_new ();

  koers_student_set_student_number (s, number);
  koers_student_set_first_name (s, first);
  koers_student_set_last_name (s, last);
  koers_student_set_group (s, "2A");
  g_assert_true (koers_store_save_student (store, s, &error));
  g_assert_no_error (error);
  return s;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = koers_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "notebook.db", NULL);
  f->store = koers_store_create (f->path, PASS, &error);
  g_assert_no_error (error);
  f->lotte = add_student (f->store, "104216", "Lotte", "Meer");
  f->noel = add_student (f->store, "104217", "Noël", "Verbeek");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->lotte);
  g_clear_object (&f->noel);
  g_clear_object (&f->store);
  koers_test_tmpdir_free (f->dir);
  g_free (f->path);
}

static void
put (KoersStore   *store,
     const char   *key,
     KoersStudent *student,
     const char   *content)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (koers_store_put_draft (store, key, koers_student_get_id (student), content, &error));
  g_assert_no_error (error);
}

static guint
count_drafts (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = koers_store_prepare_once (store, "SELECT count(*) FROM drafts", &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Takes the draft for @key, which must be there. */
static char *
take (KoersStore *store,
      const char *key)
{
  g_autoptr(GError) error = NULL;
  char *content = koers_store_take_draft (store, key, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

static void
assert_no_draft (KoersStore *store,
                 const char *key)
{
  g_autoptr(GError) error = NULL;
  /* Not allocated: an out value is written over, never freed. */
  static char stale[] = "stale";
  char *saved_at = stale;
  g_autofree char *content = koers_store_take_draft (store, key, &saved_at, &error);

  g_assert_no_error (error);
  g_assert_null (content);
  g_assert_null (saved_at);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *saved_at = NULL;
  g_autofree char *content = NULL;
  /* Several lines, a quote and an accent: the text comes back byte for byte. */
  const char *text = "Gesprek met Noël:\n  “wil graag vaker ‘s ochtends beginnen”\n";

  put (f->store, "entry:new:2", f->noel, text);
  content = koers_store_take_draft (f->store, "entry:new:2", &saved_at, &error);
  after = g_date_time_new_now_utc ();
  g_assert_no_error (error);
  g_assert_cmpstr (content, ==, text);

  /* The notebook's one format for a moment: UTC, to the millisecond. */
  g_assert_nonnull (saved_at);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$", saved_at, 0, 0));
  when = g_date_time_new_from_iso8601 (saved_at, NULL);
  g_assert_nonnull (when);
  /* Between the calls, give or take the millisecond the text is rounded to. */
  g_assert_cmpint (g_date_time_difference (when, before), >=, -1000);
  g_assert_cmpint (g_date_time_difference (after, when), >=, -1000);

  /* An emptied editor is a draft as well, not a missing one. */
  put (f->store, "goal:5", f->lotte, "");
  g_clear_pointer (&content, g_free);
  content = take (f->store, "goal:5");
  g_assert_cmpstr (content, ==, "");
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  g_autofree char *key = NULL;
  gint64 student_id = 0;

  put (f->store, "entry:new", f->lotte, "eerste versie");
  put (f->store, "entry:new", f->lotte, "tweede versie");
  g_assert_cmpuint (count_drafts (f->store), ==, 1);

  /* The same editor moved to another student: the draft goes with it. */
  put (f->store, "entry:new", f->noel, "derde versie");
  g_assert_cmpuint (count_drafts (f->store), ==, 1);
  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->noel));

  content = take (f->store, "entry:new");
  g_assert_cmpstr (content, ==, "derde versie");
}

static void
test_take_deletes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *content = NULL;

  assert_no_draft (f->store, "never-written");

  put (f->store, "meeting:3", f->lotte, "agenda: rapport");
  put (f->store, "meeting:4", f->lotte, "blijft staan");
  content = take (f->store, "meeting:3");
  g_assert_cmpstr (content, ==, "agenda: rapport");

  /* Restored once: a second look finds nothing, and says so without an error. */
  assert_no_draft (f->store, "meeting:3");
  g_assert_cmpuint (count_drafts (f->store), ==, 1);
  g_clear_pointer (&content, g_free);
  content = take (f->store, "meeting:4");
  g_assert_cmpstr (content, ==, "blijft staan");
  g_assert_cmpuint (count_drafts (f->store), ==, 0);
}

static void
test_newest (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *key;
  gint64 student_id = -1;

  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_null (key);
  g_assert_cmpint (student_id, ==, 0);

  /* Saved one after the other, maybe within one millisecond: the order of saving
   * decides. */
  put (f->store, "entry:new", f->lotte, "over Lotte");
  put (f->store, "goal:7", f->noel, "over Noël");
  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "goal:7");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->noel));
  g_free (key);

  /* Saved again, it is the newest again. */
  put (f->store, "entry:new", f->lotte, "over Lotte, langer");
  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->lotte));
  g_free (key);

  /* A later time wins over a later row, and the student may be left out. */
  g_usleep (5000);
  g_assert_true (koers_store_exec (f->store,
                                   "UPDATE drafts SET saved_at = " KOERS_SQL_NOW " WHERE key = 'goal:7'",
                                   &error));
  key = koers_store_dup_newest_draft (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "goal:7");
  g_free (key);

  g_free (take (f->store, "goal:7"));
  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->lotte));
  g_free (key);
}

static void
test_empty_key (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;

  g_assert_false (koers_store_put_draft (f->store, "", koers_student_get_id (f->lotte), "tekst", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "key"));
  g_clear_error (&error);
  g_assert_cmpuint (count_drafts (f->store), ==, 0);

  content = koers_store_take_draft (f->store, "", NULL, &error);
  g_assert_null (content);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
}

static void
test_unknown_student (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  g_assert_false (koers_store_put_draft (f->store, "entry:new", 999999, "tekst", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  /* Words for the user, not SQLite's "FOREIGN KEY constraint failed". */
  g_assert_nonnull (strstr (error->message, "student"));
  g_assert_null (strstr (error->message, "FOREIGN KEY"));
  g_clear_error (&error);
  g_assert_cmpuint (count_drafts (f->store), ==, 0);

  /* An existing draft is not replaced by one that fails. */
  put (f->store, "entry:new", f->lotte, "van Lotte");
  g_assert_false (koers_store_put_draft (f->store, "entry:new", 0, "van niemand", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  key = koers_store_dup_newest_draft (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  {
    g_autofree char *content = take (f->store, "entry:new");
    g_assert_cmpstr (content, ==, "van Lotte");
  }
}

static void
test_delete_student (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *content = NULL;
  gint64 student_id = 0;

  put (f->store, "entry:new", f->lotte, "over Lotte");
  put (f->store, "goal:1", f->lotte, "doel van Lotte");
  put (f->store, "goal:2", f->noel, "doel van Noël");

  /* The right to erasure, and the retention period's deletion, go through here. */
  g_assert_true (koers_store_delete_student (f->store, koers_student_get_id (f->lotte), FALSE, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_drafts (f->store), ==, 1);
  assert_no_draft (f->store, "entry:new");
  assert_no_draft (f->store, "goal:1");
  key = koers_store_dup_newest_draft (f->store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "goal:2");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->noel));
  content = take (f->store, "goal:2");
  g_assert_cmpstr (content, ==, "doel van Noël");
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) reopened = NULL;
  g_autofree char *key = NULL;
  g_autofree char *content = NULL;
  g_autofree char *saved_at = NULL;
  gint64 student_id = 0;

  put (f->store, "entry:new", f->noel, "getypt voor het slot");

  /* The lock closes the notebook: nothing can be written until it is open again. */
  koers_store_close (f->store);
  g_assert_false (koers_store_put_draft (f->store, "entry:new", koers_student_get_id (f->noel), "te laat", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (koers_store_dup_newest_draft (f->store, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED);
  g_clear_error (&error);

  reopened = koers_store_open (f->path, PASS, &error);
  g_assert_no_error (error);
  key = koers_store_dup_newest_draft (reopened, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  g_assert_cmpint (student_id, ==, koers_student_get_id (f->noel));
  content = koers_store_take_draft (reopened, key, &saved_at, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (content, ==, "getypt voor het slot");
  g_assert_nonnull (saved_at);

  /* Taken is gone, on disk too. */
  g_clear_object (&reopened);
  reopened = koers_store_open (f->path, PASS, &error);
  g_assert_no_error (error);
  assert_no_draft (reopened, "entry:new");
}

/* A notebook of the version before drafts: it has no table for them until it is
 * opened by this version, and then it keeps them like a new one. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  int previous = koers_store_get_latest_schema_version () - 1;
  g_autoptr(KoersStore) old = koers_store_create_at_version (path, PASS, previous, &error);
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) daan = NULL;
  g_autofree char *key = NULL;
  g_autofree char *content = NULL;
  gint64 student_id = 0;

  g_assert_no_error (error);
  g_assert_cmpint (koers_store_get_schema_version (old), ==, previous);
  daan = add_student (old, "104211", "Daan", "Dijk");
  g_assert_false (koers_store_put_draft (old, "entry:new", koers_student_get_id (daan), "tekst", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&old);

  store = koers_store_open (path, PASS, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_get_schema_version (store), ==, koers_store_get_latest_schema_version ());
  g_assert_cmpuint (count_drafts (store), ==, 0);

  g_assert_true (koers_store_put_draft (store, "entry:new", koers_student_get_id (daan), "na de update", &error));
  g_assert_no_error (error);
  key = koers_store_dup_newest_draft (store, &student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "entry:new");
  g_assert_cmpint (student_id, ==, koers_student_get_id (daan));
  content = take (store, "entry:new");
  g_assert_cmpstr (content, ==, "na de update");

  /* Its drafts go with their student as well. */
  put (store, "goal:1", daan, "doel");
  g_assert_true (koers_store_delete_student (store, koers_student_get_id (daan), FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_drafts (store), ==, 0);

  g_clear_object (&store);
  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/drafts/round-trip", test_round_trip);
  ADD ("/drafts/replace", test_replace);
  ADD ("/drafts/take-deletes", test_take_deletes);
  ADD ("/drafts/newest", test_newest);
  ADD ("/drafts/empty-key", test_empty_key);
  ADD ("/drafts/unknown-student", test_unknown_student);
  ADD ("/drafts/delete-student", test_delete_student);
  ADD ("/drafts/reopen", test_reopen);
#undef ADD
  g_test_add_func ("/drafts/migration", test_migration);

  return g_test_run ();
}
