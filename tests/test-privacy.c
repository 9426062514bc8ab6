/* test-privacy.c: a student deleted for good leaves nothing behind, in any table,
 * the full-text index included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "koers-demo.h"
#include "koers-student-export.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

/* TRUE when @word occurs in @text[0..length) as a word of its own ("mees", not
 * "meester"). Both are lower case. */
static gboolean
has_word (const char *text,
          gsize       length,
          const char *word)
{
  gsize n = strlen (word);
  const char *end = text + length;

  for (const char *p = text; p != NULL && p + n <= end; p++)
    {
      p = memmem (p, (size_t) (end - p), word, n);
      if (p == NULL)
        return FALSE;
      if ((p == text || !g_ascii_isalnum (p[-1])) && (p + n == end || !g_ascii_isalnum (p[n])))
        return TRUE;
    }
  return FALSE;
}

/* How many values in the whole notebook contain the word @needle (any case): every
 * column of every table, the full-text index's own tables included. */
static guint
count_everywhere (KoersStore *store,
                  const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = g_ascii_strdown (needle, -1);
  sqlite3 *db = koers_store_get_db (store);
  sqlite3_stmt *tables = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT IN ('entries_fts')", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count (rows); i++)
          {
            const void *bytes = sqlite3_column_blob (rows, i);
            int length = sqlite3_column_bytes (rows, i);
            g_autofree char *text = bytes != NULL ? g_ascii_strdown (bytes, length) : NULL;

            if (text != NULL && has_word (text, (gsize) length, lower))
              {
                if (g_getenv ("PRIVACY_DEBUG"))
                  g_printerr ("%s.%d: %.*s\n", sqlite3_column_text (tables, 0), i, length > 200 ? 200 : length, text);
                n++;
              }
          }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);
  return n;
}

static void
test_delete_student (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "koers.db", NULL);
  g_autoptr(KoersStore) store = koers_store_create (path, PASS, &error);
  g_autoptr(KoersStudent) mees = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  guint before;

  g_assert_no_error (error);
  g_assert_true (koers_demo_fill (store, &error));
  g_assert_no_error (error);
  mees = koers_store_find_student (store, "104213", &error);
  g_assert_no_error (error);
  /* An editor was open on him when the notebook locked. */
  g_assert_true (koers_store_put_draft (store, "entry:new", koers_student_get_id (mees),
                                        "Mees vertelde over thuis", &error));
  g_assert_no_error (error);

  /* The demo's Mees has a bit of everything: entries, goals and feedback, parent
   * meetings, checklists, a leerlingbespreking; only his records name him. */
  g_assert_cmpuint (count_everywhere (store, "Mees"), >, 20);
  hits = koers_store_search_entries (store, "mees", TRUE, 50, &error);
  g_assert_cmpuint (hits->len, >, 0);
  g_clear_pointer (&hits, g_ptr_array_unref);
  before = koers_store_count_students (store, NULL);

  g_assert_true (koers_store_delete_student (store, koers_student_get_id (mees), TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (koers_store_delete_student (store, koers_student_get_id (mees), FALSE, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpuint (count_everywhere (store, "Mees"), ==, 0);
  g_assert_cmpuint (count_everywhere (store, "104213"), ==, 0);

  /* The log says a student was deleted, by whom, by id only. */
  {
    g_autoptr(GPtrArray) log = koers_store_list_audit (store, &error);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, koers_student_get_id (mees));
    KoersAuditRecord *record;

    g_assert_no_error (error);
    g_assert_cmpuint (log->len, ==, 1);
    record = g_ptr_array_index (log, 0);
    g_assert_cmpstr (record->action, ==, KOERS_AUDIT_DELETE);
    g_assert_cmpstr (record->student_ids, ==, id);
    g_assert_cmpstr (record->who, ==, "M. de Boer");
  }
  hits = koers_store_search_entries (store, "mees", TRUE, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);
  g_assert_cmpuint (koers_store_count_students (store, NULL), ==, before - 1);

  /* Nothing dangles, the index agrees with its table. */
  g_assert_true (koers_store_check (store, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (koers_store_exec (store, "INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')",
                                   &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

/* Tables that hold nothing about one student: the templates, the notebook's own
 * settings and audit log (ids, never content), the staff at a care meeting, and
 * the full-text index (its words are the entries', exported with them). */
static const char * const not_about_a_student[] = {
  "meta", "audit_log", "checklist_templates", "checklist_template_texts", "care_meeting_attendees",
  "entries_fts", "entries_fts_data", "entries_fts_idx", "entries_fts_docsize", "entries_fts_config",
  NULL
};

/* Tables about a student that the export leaves out on purpose: an editor's
 * unsaved text from when the notebook locked, restored (and deleted) when that
 * editor opens again; docs/student-export.md says so. */
static const char * const left_out_on_purpose[] = { "drafts", NULL };

static void
test_export_student (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "koers.db", NULL);
  g_autoptr(KoersStore) store = koers_store_create (path, PASS, &error);
  g_autoptr(KoersStudent) mees = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  const char * const *exported = koers_student_export_tables ();
  KoersEntryQuery query = { 0 };
  g_autoptr(GPtrArray) entries = NULL;
  JsonObject *tables;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (koers_demo_fill (store, &error));
  mees = koers_store_find_student (store, "104213", &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_put_draft (store, "entry:new", koers_student_get_id (mees),
                                        "Nog niet bewaard: belt morgen terug", &error));
  g_assert_no_error (error);

  /* Every table of the schema is either exported or known to hold nothing about
   * a student: a new table cannot slip past the right of access. */
  g_assert_cmpint (sqlite3_prepare_v2 (koers_store_get_db (store),
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (!g_strv_contains (exported, name) && !g_strv_contains (not_about_a_student, name) &&
          !g_strv_contains (left_out_on_purpose, name))
        g_error ("Table %s is neither in the student export nor known to hold nothing about a student", name);
    }
  sqlite3_finalize (stmt);

  json = koers_store_export_student_json (store, koers_student_get_id (mees), &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "format"),
                   ==, "koers-student-export");
  tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "tables");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (tables, "students"), 0), "first_name"), ==, "Mees");

  /* All his entries, sensitive ones too (they are his), and no one else's. */
  entries = koers_store_list_entries (store, koers_student_get_id (mees), &query, &error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables, "entries")), ==, entries->len);
  g_assert_nonnull (strstr (json, "slecht slaapt"));
  g_assert_null (strstr (json, "Jesse"));
  g_assert_null (strstr (json, "belt morgen terug"));
  g_assert_false (json_object_has_member (tables, "drafts"));
  for (guint i = 0; exported[i] != NULL; i++)
    g_assert_true (json_object_has_member (tables, exported[i]));

  /* Each export is in the log, without its content. */
  {
    g_autoptr(GPtrArray) log = koers_store_list_audit (store, &error);
    KoersAuditRecord *record = g_ptr_array_index (log, 0);

    g_assert_cmpuint (log->len, ==, 1);
    g_assert_cmpstr (record->action, ==, KOERS_AUDIT_EXPORT);
    g_assert_cmpstr (record->what, ==, "student-record-json");
    g_assert_cmpstr (koers_audit_get_label (record->what), ==, "student record (JSON)");
  }

  g_assert_null (koers_store_export_student_json (store, 999999, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

static gint64
add_archived (KoersStore *store,
              const char *first,
              int         days_ago)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) student = koers_student_new ();
  g_autofree char *sql = NULL;

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, "Oud");
  g_assert_true (koers_store_save_student (store, student, &error));
  if (days_ago >= 0)
    {
      sql = g_strdup_printf ("UPDATE students SET archived_at = strftime ('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now', '-%d days')"
                             " WHERE id = %" G_GINT64_FORMAT, days_ago, koers_student_get_id (student));
      g_assert_true (koers_store_exec (store, sql, &error));
    }
  g_assert_no_error (error);
  return koers_student_get_id (student);
}

/* Archived students past the retention period are listed; nothing is deleted. */
static void
test_retention (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "koers.db", NULL);
  g_autoptr(KoersStore) store = koers_store_create (path, PASS, &error);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) due_one = NULL;
  gint64 long_gone, left_last_year;

  g_assert_no_error (error);
  long_gone = add_archived (store, "Lang", 3 * 366);
  left_last_year = add_archived (store, "Vorig", 400);
  add_archived (store, "Net", 10);
  add_archived (store, "Actief", -1);

  g_assert_cmpuint (koers_store_get_retention_years (store), ==, KOERS_RETENTION_DEFAULT_YEARS);
  due = koers_store_list_retention_due (store, koers_store_get_retention_years (store), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (koers_student_get_id (due->pdata[0]), ==, long_gone);

  g_assert_true (koers_store_set_meta (store, KOERS_META_RETENTION_YEARS, "1", &error));
  due_one = koers_store_list_retention_due (store, koers_store_get_retention_years (store), NULL, &error);
  g_assert_cmpuint (due_one->len, ==, 2);
  g_assert_cmpint (koers_student_get_id (due_one->pdata[0]), ==, long_gone);
  g_assert_cmpint (koers_student_get_id (due_one->pdata[1]), ==, left_last_year);
  /* Listing deletes nothing. */
  g_assert_cmpuint (koers_store_count_students (store, NULL), ==, 1);

  g_clear_object (&store);
  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/privacy/delete-student", test_delete_student);
  g_test_add_func ("/privacy/export-student", test_export_student);
  g_test_add_func ("/privacy/retention", test_retention);

  return g_test_run ();
}
