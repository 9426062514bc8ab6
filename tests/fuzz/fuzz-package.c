/* fuzz-package.c: exchange packages (.koers) with hostile contents
 *
 * A package is an encrypted SQLite database, and encryption only proves that the
 * sender knew the passphrase: a sender can put anything inside. An input is one of:
 *
 *  - a package's plain database image ("SQLite format 3"), or
 *  - SQL run against the plain image of a real package first (class-2a.db): the
 *    fuzzer then changes rows, types, references and the schema, not only bytes.
 *
 * The result is encrypted into a package (an image SQLite cannot read is no package
 * and is skipped) and imported into a notebook that already holds that class, as a
 * package sent again would be. Whatever the package held, the notebook must
 * stay sound, and a failed import must leave every table as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "koers-fuzz.h"
#include "koers-store-private.h"
#include "koers-student-export.h"

static char *template_path;
static char *notebook_path;
static char *package_path;
static GBytes *base_image;

static const char image_magic[] = "SQLite format 3";

/* A connection on a private in-memory copy of @data. */
static sqlite3 *
open_image (const void *data,
            size_t      size)
{
  sqlite3 *db = NULL;
  unsigned char *copy;

  if (sqlite3_open_v2 ("file:image?mode=memory", &db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    koers_fuzz_fail ("no in-memory database");
  copy = sqlite3_malloc64 (MAX (size, 1));
  memcpy (copy, data, size);
  if (sqlite3_deserialize (db, "main", copy, size, size,
                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

/* The input's SQL may change the image, nothing beyond it: no other files, and no
 * statement that runs for long. */
static int
authorize (void       *data,
           int         action,
           const char *arg1,
           const char *arg2,
           const char *database,
           const char *trigger)
{
  if (action == SQLITE_ATTACH || action == SQLITE_DETACH)
    return SQLITE_DENY;
  if (action == SQLITE_FUNCTION && arg2 != NULL &&
      (g_ascii_strncasecmp (arg2, "sqlcipher", 9) == 0 || g_ascii_strcasecmp (arg2, "load_extension") == 0))
    return SQLITE_DENY;
  if (action == SQLITE_PRAGMA && arg1 != NULL &&
      (g_ascii_strncasecmp (arg1, "cipher", 6) == 0 || g_ascii_strcasecmp (arg1, "key") == 0 ||
       g_ascii_strcasecmp (arg1, "rekey") == 0))
    return SQLITE_DENY;
  return SQLITE_OK;
}

static int
stop_long_statements (void *data)
{
  return ++*(int *) data > 2000;
}

static void
run_input_sql (sqlite3    *db,
               const char *sql)
{
  const char *tail = sql;

  sqlite3_set_authorizer (db, authorize, NULL);
  sqlite3_limit (db, SQLITE_LIMIT_LENGTH, 1 << 20);
  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      const char *next = NULL;
      int steps = 0;

      if (sqlite3_prepare_v2 (db, tail, -1, &stmt, &next) != SQLITE_OK || next == tail)
        break;
      tail = next;
      if (stmt == NULL)
        continue;
      /* VACUUM INTO writes a file; no authorizer action covers it. */
      if (g_ascii_strncasecmp (sqlite3_sql (stmt), "vacuum", 6) != 0)
        {
          sqlite3_progress_handler (db, 1000, stop_long_statements, &steps);
          for (int rows = 0; rows < 1000 && sqlite3_step (stmt) == SQLITE_ROW; rows++)
            ;
          sqlite3_progress_handler (db, 0, NULL, NULL);
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_set_authorizer (db, NULL, NULL);
}

/* Encrypts the database of @db into package_path; FALSE when SQLite cannot read it.
 * The header fields sqlcipher_export leaves out are copied. */
static gboolean
encrypt_package (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int app_id, version;
  gboolean ok;
  char *sql;

  koers_store_remove_files (package_path);
  if (sqlite3_prepare_v2 (db, "SELECT * FROM pragma_application_id, pragma_user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }
  app_id = sqlite3_column_int (stmt, 0);
  version = sqlite3_column_int (stmt, 1);
  /* An open read would keep DETACH from closing the package. */
  sqlite3_finalize (stmt);

  sql = sqlite3_mprintf ("ATTACH DATABASE %Q AS package KEY %Q;"
                         "SELECT sqlcipher_export('package');"
                         "PRAGMA package.application_id = %d;"
                         "PRAGMA package.user_version = %d;"
                         "DETACH DATABASE package;",
                         package_path, KOERS_FUZZ_KEY, app_id, version);
  ok = sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_free (sql);
  if (!ok)
    sqlite3_exec (db, "DETACH DATABASE package", NULL, NULL, NULL);
  return ok;
}

/* Builds package_path from an input; FALSE when it makes no package. */
static gboolean
make_package (const uint8_t *data,
              size_t         size)
{
  sqlite3 *db;
  gboolean ok;

  if (size >= sizeof image_magic && memcmp (data, image_magic, sizeof image_magic) == 0)
    db = open_image (data, size);
  else
    {
      g_autofree char *sql = g_strndup ((const char *) data, size);

      db = open_image (g_bytes_get_data (base_image, NULL), g_bytes_get_size (base_image));
      if (db != NULL)
        run_input_sql (db, sql);
    }
  if (db == NULL)
    return FALSE;
  ok = encrypt_package (db);
  sqlite3_close_v2 (db);
  return ok;
}

/* What a failed import must leave alone: the rows of every table, counted. */
static char *
describe (KoersStore *store)
{
  sqlite3 *db = koers_store_get_db (store);
  sqlite3_stmt *tables = NULL;
  GString *out = g_string_new (NULL);

  if (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                          -1, &tables, NULL) != SQLITE_OK)
    koers_fuzz_fail ("cannot list the tables: %s", sqlite3_errmsg (db));
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", name);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        koers_fuzz_fail ("cannot count %s: %s", name, sqlite3_errmsg (db));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (out, "%s %d; ", name, sqlite3_column_int (stmt, 0));
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);
  return g_string_free (out, FALSE);
}

static void
drop (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
drop_array (GPtrArray *array)
{
  if (array != NULL)
    g_ptr_array_unref (array);
}

/* Everything the app shows of a student, read as it reads it: a value the import let
 * in must not crash a reader or make it complain (criticals are fatal here). */
static void
read_everything (KoersStore *store)
{
  KoersStudentQuery all = { .include_archived = TRUE };
  KoersOverviewQuery overview = { 0 };
  g_autoptr(GPtrArray) students = koers_store_list_students (store, &all, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; students != NULL && i < students->len; i++)
    {
      gint64 id = koers_student_get_id (students->pdata[i]);
      g_autoptr(GPtrArray) goals = koers_store_list_goals (store, id, NULL);
      g_autoptr(GPtrArray) meetings = koers_store_list_meetings (store, id, NULL);
      g_autoptr(GPtrArray) checklists = koers_store_list_checklists (store, id, NULL);

      g_array_append_val (ids, id);
      drop_array (koers_store_list_entries (store, id, NULL, NULL));
      g_free (koers_store_export_student_json (store, id, NULL));
      for (guint j = 0; goals != NULL && j < goals->len; j++)
        drop (koers_store_get_goal (store, koers_goal_get_id (goals->pdata[j]), NULL));
      for (guint j = 0; meetings != NULL && j < meetings->len; j++)
        drop (koers_store_get_meeting (store, koers_meeting_get_id (meetings->pdata[j]), NULL));
      for (guint j = 0; checklists != NULL && j < checklists->len; j++)
        drop (koers_store_get_checklist (store, koers_checklist_get_id (checklists->pdata[j]), NULL));
    }
  drop_array (koers_store_get_overview (store, &overview, NULL));
  drop_array (koers_store_get_student_briefs (store, ids, NULL, NULL));
}

static void
import_once (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = describe (store);
  KoersPackageReport report = { 0 };

  if (!koers_store_import_package (store, package_path, KOERS_FUZZ_KEY, &report, &error))
    {
      g_autofree char *after = describe (store);

      if (error == NULL || *error->message == '\0' || !g_utf8_validate (error->message, -1, NULL))
        koers_fuzz_fail ("an import failed without a readable message");
      if (strcmp (before, after) != 0)
        koers_fuzz_fail ("a failed import changed the notebook: %s became %s", before, after);
    }
  else
    {
      for (guint i = 0; i < report.conflicts->len; i++)
        if (!g_utf8_validate (report.conflicts->pdata[i], -1, NULL))
          koers_fuzz_fail ("a conflict line is not UTF-8");
      koers_package_report_clear (&report);
      /* What the import let in must be what Koers itself would write. */
      if (!koers_store_check_package_values (store, "notebook", &error))
        koers_fuzz_fail ("the import let in: %s", error->message);
      read_everything (store);
    }
  koers_fuzz_assert_sound (store);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = g_build_filename (KOERS_FUZZ_SOURCE_DIR, "package-corpus", "class-2a.db", NULL);
  g_autoptr(KoersStore) store = NULL;
  char *contents = NULL;
  gsize length = 0;

  template_path = g_build_filename (koers_fuzz_dir (), "template.db", NULL);
  notebook_path = g_build_filename (koers_fuzz_dir (), "notebook.db", NULL);
  package_path = g_build_filename (koers_fuzz_dir (), "package.koers", NULL);

  if (!g_file_get_contents (seed, &contents, &length, &error))
    koers_fuzz_fail ("no seed package: %s", error->message);
  base_image = g_bytes_new_take (contents, length);

  /* The notebook already holds the class the seeds come from, so an input meets
   * records it has: unchanged, newer and older ones, not only new ones. */
  koers_fuzz_create_notebook (template_path);
  if (!make_package ((const uint8_t *) "", 0))
    koers_fuzz_fail ("the seed package does not encrypt");
  store = koers_store_open (template_path, KOERS_FUZZ_KEY, &error);
  if (store == NULL || !koers_store_import_package (store, package_path, KOERS_FUZZ_KEY, NULL, &error))
    koers_fuzz_fail ("the seed package does not import: %s", error->message);
  koers_store_exec (store, "PRAGMA journal_mode = DELETE", NULL);
  koers_store_close (store);

  LLVMFuzzerTestOneInput ((const uint8_t *) "", 0);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KoersStore) store = NULL;

  if (!make_package (data, size))
    return 0;

  store = koers_fuzz_open_copy (template_path, notebook_path);
  import_once (store);
  koers_store_close (store);
  return 0;
}
