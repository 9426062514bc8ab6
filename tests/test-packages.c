/* test-packages.c: moving students between notebooks
 *
 * Round trip (every record compared, table by table, with ids translated to the
 * UUIDs they point at), importing twice, edits on both sides, sensitive entries
 * left out by default, wrong passphrases and damaged packages importing nothing,
 * hostile values put inside a package by its sender, a handover, students matched
 * on their number, an export that fails, and drafts that stay where they were typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "koers-demo.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define PACKAGE_PASS "pakket-wachtwoord-2026"

typedef struct
{
  char *dir;
  KoersStore *source;
  KoersStore *target;
  char *package;
} Fixture;

static KoersStore *
new_store (Fixture    *f,
           const char *name,
           const char *user)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  KoersStore *store = koers_store_create (path, PASS, &error);

  g_assert_no_error (error);
  g_assert_true (koers_store_set_meta (store, KOERS_META_USER_NAME, user, &error));
  g_assert_no_error (error);
  return store;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = koers_test_tmpdir_new ();
  f->source = new_store (f, "mentor.db", "M. de Boer");
  g_assert_true (koers_demo_fill (f->source, &error));
  g_assert_no_error (error);
  f->target = new_store (f, "zorg.db", "J. Jansen (zorgcoördinator)");
  f->package = g_build_filename (f->dir, "2a.koers", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->source);
  g_clear_object (&f->target);
  g_free (f->package);
  koers_test_tmpdir_free (f->dir);
}

static GArray *
all_students (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) students = koers_store_list_students (store, NULL, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < students->len; i++)
    {
      gint64 id = koers_student_get_id (g_ptr_array_index (students, i));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
export (Fixture  *f,
        gboolean  include_sensitive,
        gboolean  handover)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = all_students (f->source);
  KoersPackageOptions options = { ids, include_sensitive, handover, "mevrouw Smit" };
  KoersPackageReport report = { 0 };

  koers_store_export_package (f->source, &options, f->package, PACKAGE_PASS, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report.n_students, ==, ids->len);
}

static KoersPackageReport
import (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoersPackageReport report = { 0 };

  g_assert_true (koers_store_import_package (f->target, f->package, PACKAGE_PASS, &report, &error));
  g_assert_no_error (error);
  return report;
}

/* Every row of every table a package carries, one line each, sorted: ids that point
 * at records become those records' UUIDs, so two notebooks compare. */
static const char * const dumped_tables[] = {
  "students", "entries", "goals", "goal_steps", "goal_adults", "goal_smarti", "goal_feedback",
  "meetings", "meeting_attendees", "meeting_links", "meeting_goals", "meeting_items",
  "meeting_agreements", "checklists", "checklist_groups", "checklist_answers", "checklist_links",
};

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
dump_table (KoersStore *store,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) select = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *columns_sql = g_strdup_printf ("SELECT i.name, f.\"table\" FROM pragma_table_info ('%s') i"
                                                  " LEFT JOIN pragma_foreign_key_list ('%s') f ON f.\"from\" = i.name",
                                                  table, table);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = koers_store_prepare_once (store, columns_sql, &error);
  int n_columns = 0;

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = koers_store_column_text (stmt, 0);
      const char *references = koers_store_column_text (stmt, 1);

      /* Row ids are the notebook's own; templates stay in their notebook. */
      if (g_str_equal (name, "id") || g_str_equal (name, "template_id"))
        continue;
      if (select->len > 0)
        g_string_append (select, " || '|' || ");
      if (references != NULL)
        g_string_append_printf (select, "coalesce ((SELECT uuid FROM %s WHERE id = t.%s), '-')",
                                references, name);
      else
        g_string_append_printf (select, "coalesce (t.\"%s\", '-')", name);
      n_columns++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (n_columns, >, 1);

  sql = g_strdup_printf ("SELECT %s FROM %s t", select->str, table);
  stmt = koers_store_prepare_once (store, sql, &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (lines, g_strdup (koers_store_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
assert_same_records (KoersStore *a,
                     KoersStore *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (dumped_tables); i++)
    {
      g_autofree char *left = dump_table (a, dumped_tables[i]);
      g_autofree char *right = dump_table (b, dumped_tables[i]);

      if (g_strcmp0 (left, right) != 0)
        g_test_message ("table %s differs", dumped_tables[i]);
      g_assert_cmpstr (left, ==, right);
    }
}

static guint
count_rows (KoersStore *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = koers_store_prepare_once (store, sql, &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  KoersPackageReport report;

  export (f, TRUE, FALSE);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) log = koers_store_list_audit (f->source, &error);

    /* The export is in the sender's log. */
    g_assert_no_error (error);
    g_assert_cmpuint (log->len, ==, 1);
    g_assert_cmpstr (((KoersAuditRecord *) log->pdata[0])->action, ==, KOERS_AUDIT_PACKAGE_EXPORT);
  }
  report = import (f);

  g_assert_cmpuint (report.updated, ==, 0);
  g_assert_cmpuint (report.unchanged, ==, 0);
  g_assert_cmpuint (report.added, >, 100);
  g_assert_cmpuint (report.conflicts->len, ==, 0);
  g_assert_cmpstr (report.from, ==, "M. de Boer");
  g_assert_false (report.handover);
  /* Every student of the package, by this notebook's ids: for the handover page. */
  g_assert_cmpuint (report.student_ids->len, ==, count_rows (f->target, "SELECT count(*) FROM students"));
  koers_package_report_clear (&report);

  /* The demo has every kind of record; each one arrived as it was. */
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM meeting_agreements"), >, 0);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM checklist_links"), >, 0);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM goal_feedback"), >, 0);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries WHERE sensitive"), >, 0);
  assert_same_records (f->source, f->target);

  /* The full-text index came along: search finds an imported note. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) hits = koers_store_search_entries (f->target, "wijkteam", TRUE, 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, >, 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *check = NULL;
    sqlite3_stmt *stmt = koers_store_prepare_once (f->target, "PRAGMA integrity_check", &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    check = g_strdup (koers_store_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    g_assert_cmpstr (check, ==, "ok");
    g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  }

  /* The author of every record stays visible after the move. */
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM goals WHERE author = 'M. de Boer'"), ==,
                    count_rows (f->target, "SELECT count(*) FROM goals"));
}

static void
test_twice (Fixture       *f,
            gconstpointer  data)
{
  KoersPackageReport first, second;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  export (f, TRUE, FALSE);
  first = import (f);
  before = dump_table (f->target, "entries");
  second = import (f);
  after = dump_table (f->target, "entries");

  g_assert_cmpuint (second.added, ==, 0);
  g_assert_cmpuint (second.updated, ==, 0);
  g_assert_cmpuint (second.unchanged, ==, first.added);
  g_assert_cmpuint (second.conflicts->len, ==, 0);
  g_assert_cmpstr (before, ==, after);
  assert_same_records (f->source, f->target);
  koers_package_report_clear (&first);
  koers_package_report_clear (&second);
}

static KoersEntry *
first_entry (KoersStore *store,
             const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM entries WHERE kind = '%s' AND NOT sensitive"
                                          " ORDER BY uuid LIMIT 1", kind);
  sqlite3_stmt *stmt = koers_store_prepare_once (store, sql, &error);
  g_autofree char *uuid = NULL;
  g_autofree char *by_uuid = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  uuid = g_strdup (koers_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  by_uuid = g_strdup_printf ("SELECT id FROM entries WHERE uuid = '%s'", uuid);
  id = count_rows (store, by_uuid);
  {
    KoersEntry *entry = koers_store_get_entry (store, id, &error);
    g_assert_no_error (error);
    return entry;
  }
}

static void
edit (KoersStore *store,
      KoersEntry *entry,
      const char *text)
{
  g_autoptr(GError) error = NULL;

  /* Versions are compared by their time of change, to the millisecond. */
  g_usleep (5000);
  koers_entry_set_text (entry, text);
  g_assert_true (koers_store_save_entry (store, entry, &error));
  g_assert_no_error (error);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  KoersPackageReport first, second;
  g_autoptr(KoersEntry) both_source = NULL;
  g_autoptr(KoersEntry) both_target = NULL;
  g_autoptr(KoersEntry) theirs = NULL;
  g_autoptr(KoersEntry) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  export (f, FALSE, FALSE);
  first = import (f);
  koers_package_report_clear (&first);

  /* The same observation changed on both sides, the target last; a positive note
   * changed only at the source. */
  both_source = first_entry (f->source, "observation");
  both_target = first_entry (f->target, "observation");
  g_assert_cmpstr (koers_entry_get_uuid (both_source), ==, koers_entry_get_uuid (both_target));
  theirs = first_entry (f->source, "positive");
  edit (f->source, both_source, "Bij de mentor aangepast");
  edit (f->source, theirs, "Nieuw compliment van de mentor");
  edit (f->target, both_target, "Bij de zorgcoördinator aangepast, later");

  export (f, FALSE, FALSE);
  second = import (f);

  g_assert_cmpuint (second.added, ==, 0);
  g_assert_cmpuint (second.updated, ==, 1);
  g_assert_cmpuint (second.conflicts->len, ==, 1);
  g_assert_nonnull (strstr (second.conflicts->pdata[0], "timeline entry"));
  koers_package_report_clear (&second);

  /* The newer version won on each record. */
  reloaded = koers_store_get_entry (f->target, koers_entry_get_id (both_target), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_entry_get_text (reloaded), ==, "Bij de zorgcoördinator aangepast, later");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM entries WHERE uuid = '%s'"
                                            " AND text = 'Nieuw compliment van de mentor'",
                                            koers_entry_get_uuid (theirs));
    g_assert_cmpuint (count_rows (f->target, sql), ==, 1);
  }
}

static void
test_sensitive (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = all_students (f->source);
  g_autoptr(GPtrArray) sensitive = koers_store_list_package_sensitive (f->source, ids, &error);
  KoersPackageReport report;
  guint n_sensitive = count_rows (f->source, "SELECT count(*) FROM entries WHERE sensitive");

  g_assert_no_error (error);
  g_assert_cmpuint (sensitive->len, ==, n_sensitive);
  g_assert_cmpuint (n_sensitive, >, 0);

  /* Left out by default, with what refers to them. */
  export (f, FALSE, FALSE);
  report = import (f);
  koers_package_report_clear (&report);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries WHERE sensitive"), ==, 0);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries"), ==,
                    count_rows (f->source, "SELECT count(*) FROM entries WHERE NOT sensitive"));
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM checklists"), <,
                    count_rows (f->source, "SELECT count(*) FROM checklists"));
  for (guint i = 0; i < sensitive->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM entries WHERE uuid = '%s'",
                                              koers_entry_get_uuid (g_ptr_array_index (sensitive, i)));
      g_assert_cmpuint (count_rows (f->target, sql), ==, 0);
    }

  /* Ticked, they come along. */
  export (f, TRUE, FALSE);
  report = import (f);
  g_assert_cmpuint (report.added, >=, n_sensitive);
  koers_package_report_clear (&report);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries WHERE sensitive"), ==, n_sensitive);
}

static void
assert_imports_nothing (Fixture    *f,
                        const char *passphrase,
                        int         code)
{
  g_autoptr(GError) error = NULL;
  KoersPackageReport report = { 0 };

  g_assert_false (koers_store_import_package (f->target, f->package, passphrase, &report, &error));
  g_assert_error (error, KOERS_PACKAGE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
  g_assert_cmpuint (koers_store_count_students (f->target, NULL), ==, 0);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries"), ==, 0);
}

static void
test_bad_packages (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  export (f, FALSE, FALSE);
  assert_imports_nothing (f, "niet-het-wachtwoord", KOERS_PACKAGE_ERROR_WRONG_PASSPHRASE);

  g_assert_true (g_file_get_contents (f->package, &contents, &length, &error));
  g_assert_no_error (error);

  /* Cut off mid-page, then at a page boundary. */
  g_assert_true (g_file_set_contents (f->package, contents, length / 2 + 100, &error));
  assert_imports_nothing (f, PACKAGE_PASS, KOERS_PACKAGE_ERROR_DAMAGED);
  g_assert_true (g_file_set_contents (f->package, contents, (length / 2) & ~(gsize) 4095, &error));
  assert_imports_nothing (f, PACKAGE_PASS, KOERS_PACKAGE_ERROR_DAMAGED);

  /* A flipped byte in the middle fails the page's authentication. */
  contents[length / 2] ^= 0x5a;
  g_assert_true (g_file_set_contents (f->package, contents, length, &error));
  assert_imports_nothing (f, PACKAGE_PASS, KOERS_PACKAGE_ERROR_DAMAGED);

  /* A notebook is no package. */
  {
    g_autofree char *notebook = g_build_filename (f->dir, "other.db", NULL);
    g_autoptr(KoersStore) other = koers_store_create (notebook, PACKAGE_PASS, &error);

    g_assert_no_error (error);
    koers_store_close (other);
    g_free (f->package);
    f->package = g_steal_pointer (&notebook);
    assert_imports_nothing (f, PACKAGE_PASS, KOERS_PACKAGE_ERROR_NOT_A_PACKAGE);
  }
}

/* Changes the package from inside its encryption, as a sender who knows the
 * passphrase can. */
static void
tamper (Fixture    *f,
        const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->package, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_key (db, PACKAGE_PASS, strlen (PACKAGE_PASS)), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_hostile_values (Fixture       *f,
                     gconstpointer  data)
{
  static const struct
  {
    const char *sql;
    const char *named;  /* what the message points at */
  } cases[] = {
    /* A blob where GTK would draw a name */
    { "UPDATE students SET last_name = x'00ff' WHERE id = (SELECT min(id) FROM students)", "students.last_name" },
    /* Text typed as text, but not UTF-8 */
    { "UPDATE entries SET text = CAST(x'c328' AS TEXT) WHERE id = (SELECT max(id) FROM entries)", "entries.text" },
    { "UPDATE entries SET sensitive = 'ja'", "entries.sensitive" },
    { "UPDATE goals SET title = 'a' || char(0) || 'b'", "goals.title" },
    /* A view standing in for a table */
    { "ALTER TABLE goals RENAME TO goals_real; CREATE VIEW goals AS SELECT * FROM goals_real", "views" },
    /* A column the package declares BLOB, holding a blob the notebook's TEXT
     * column would take as it is: judged by Koers's schema, not the package's. */
    { "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_schema SET sql = replace (sql, 'last_name      TEXT', 'last_name      BLOB')"
      " WHERE name = 'students';"
      "PRAGMA writable_schema = RESET;"
      "UPDATE students SET last_name = x'00ff' WHERE id = (SELECT min(id) FROM students)", "students.last_name" },
    /* A column Koers reads, missing */
    { "ALTER TABLE entries DROP COLUMN author", "entries.author" },
    /* An index that no longer agrees with its table: a merge reading through it
     * would take values the check never saw. */
    { "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_schema SET sql = 'CREATE INDEX students_by_group ON students (last_name)'"
      " WHERE name = 'students_by_group';"
      "PRAGMA writable_schema = RESET", "do not agree" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      KoersPackageReport report = { 0 };

      g_unlink (f->package);
      export (f, TRUE, FALSE);
      tamper (f, cases[i].sql);

      g_assert_false (koers_store_import_package (f->target, f->package, PACKAGE_PASS, &report, &error));
      g_assert_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, cases[i].named));
      g_assert_nonnull (strstr (error->message, "nothing was imported"));
      g_assert_cmpuint (koers_store_count_students (f->target, NULL), ==, 0);
    }

  /* The same package untouched comes in whole. */
  g_unlink (f->package);
  export (f, TRUE, FALSE);
  {
    KoersPackageReport report = import (f);

    g_assert_cmpuint (report.added, >, 0);
    koers_package_report_clear (&report);
  }
}

static void
test_handover (Fixture       *f,
               gconstpointer  data)
{
  guint handovers;
  KoersPackageReport report;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) students = NULL;

  guint before = count_rows (f->source, "SELECT count(*) FROM entries WHERE kind = 'handover'");

  export (f, FALSE, TRUE);
  handovers = count_rows (f->source, "SELECT count(*) FROM entries WHERE kind = 'handover'");
  g_assert_cmpuint (handovers - before, ==, koers_store_count_students (f->source, NULL));
  g_assert_cmpuint (count_rows (f->source, "SELECT count(*) FROM entries WHERE kind = 'handover'"
                                           " AND text LIKE '%mevrouw Smit%'"), ==, handovers - before);

  report = import (f);
  g_assert_true (report.handover);
  koers_package_report_clear (&report);

  /* The very same entries in both notebooks; the receiver is the mentor now. */
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM entries WHERE kind = 'handover'"
                                           " AND text LIKE '%mevrouw Smit%'"), ==, handovers - before);
  {
    g_autofree char *source_uuids = NULL;
    g_autofree char *target_uuids = NULL;
    const char *sql = "SELECT group_concat (uuid) FROM (SELECT uuid FROM entries"
                      " WHERE kind = 'handover' AND text LIKE '%mevrouw Smit%' ORDER BY uuid)";
    sqlite3_stmt *stmt = koers_store_prepare_once (f->source, sql, &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    source_uuids = g_strdup (koers_store_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    stmt = koers_store_prepare_once (f->target, sql, &error);
    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    target_uuids = g_strdup (koers_store_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    g_assert_cmpstr (source_uuids, ==, target_uuids);
  }
  students = koers_store_list_students (f->target, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < students->len; i++)
    g_assert_cmpstr (koers_student_get_mentor (g_ptr_array_index (students, i)), ==, "J. Jansen (zorgcoördinator)");
}

static void
test_student_number (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) known = koers_student_new ();
  g_autoptr(KoersStudent) source_student = koers_store_find_student (f->source, "104213", &error);
  KoersPackageReport report;

  /* The target imported the same class list: same number, its own UUID. */
  g_assert_no_error (error);
  koers_student_set_first_name (known, "Mees");
  koers_student_set_last_name (known, "Vries");
  koers_student_set_tussenvoegsel (known, "de");
  koers_student_set_student_number (known, "104213");
  g_assert_true (koers_store_save_student (f->target, known, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (koers_student_get_uuid (known), !=, koers_student_get_uuid (source_student));

  export (f, FALSE, FALSE);
  report = import (f);
  koers_package_report_clear (&report);

  /* Mees once, with his timeline. */
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM students WHERE student_number = '104213'"), ==, 1);
  g_assert_cmpuint (koers_store_count_entries (f->target, koers_student_get_id (known), NULL), >, 0);
}

static void
test_export_fails (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = all_students (f->source);
  g_autofree char *nowhere = g_build_filename (f->dir, "taken.koers", NULL);
  KoersPackageOptions options = { ids, FALSE, TRUE, NULL };
  guint entries = count_rows (f->source, "SELECT count(*) FROM entries");
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A short passphrase is refused before anything is written. */
  g_assert_false (koers_store_export_package (f->source, &options, f->package, "kort", NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (g_file_test (f->package, G_FILE_TEST_EXISTS));

  /* The name is taken by a folder, so the last step fails: no file, and no
   * handover entries either. */
  g_assert_cmpint (g_mkdir (nowhere, 0700), ==, 0);
  g_assert_false (koers_store_export_package (f->source, &options, nowhere, PACKAGE_PASS, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_rows (f->source, "SELECT count(*) FROM entries"), ==, entries);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
}

/* A draft is an editor's unsaved text in its own notebook: it never leaves in a
 * package, and one a sender put into a package is never merged. */
static void
test_drafts_stay (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) mees = koers_store_find_student (f->source, "104213", &error);
  g_autoptr(KoersStore) package = NULL;
  KoersPackageReport report;

  g_assert_no_error (error);
  g_assert_true (koers_store_put_draft (f->source, "entry:new", koers_student_get_id (mees),
                                        "half getypt over Mees", &error));
  g_assert_no_error (error);

  export (f, TRUE, FALSE);
  package = koers_store_open (f->package, PACKAGE_PASS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (package, "SELECT count(*) FROM students"), >, 0);
  g_assert_cmpuint (count_rows (package, "SELECT count(*) FROM drafts"), ==, 0);

  /* The sender's own tampering: a draft for a student in the package. */
  g_assert_true (koers_store_exec (package,
                                   "INSERT INTO drafts (key, student_id, saved_at, content)"
                                   " SELECT 'entry:new', min (id), '2026-01-01T00:00:00.000Z', 'ingesmokkeld'"
                                   " FROM students;"
                                   "PRAGMA journal_mode = DELETE;",
                                   &error));
  g_assert_no_error (error);
  g_clear_object (&package);

  report = import (f);
  g_assert_cmpuint (report.added, >, 0);
  koers_package_report_clear (&report);
  g_assert_cmpuint (count_rows (f->target, "SELECT count(*) FROM drafts"), ==, 0);
  /* The sender still has it. */
  g_assert_cmpuint (count_rows (f->source, "SELECT count(*) FROM drafts"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/packages/round-trip", test_round_trip);
  ADD ("/packages/twice", test_twice);
  ADD ("/packages/conflict", test_conflict);
  ADD ("/packages/sensitive", test_sensitive);
  ADD ("/packages/bad-packages", test_bad_packages);
  ADD ("/packages/hostile-values", test_hostile_values);
  ADD ("/packages/handover", test_handover);
  ADD ("/packages/student-number", test_student_number);
  ADD ("/packages/export-fails", test_export_fails);
  ADD ("/packages/drafts-stay", test_drafts_stay);

  return g_test_run ();
}
