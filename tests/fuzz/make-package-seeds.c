/* make-package-seeds.c: writes the package fuzzer's seed corpus
 *
 *   make-package-seeds FOLDER
 *
 * Fills a demo notebook and exports packages from it as the app does (a class; one
 * student handed over with sensitive notes; a whole other group), then writes each
 * package's plain database image to FOLDER: what fuzz-package.c takes as input.
 * Run it again when the schema changes (see README.md here).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "koers-demo.h"
#include "koers-fuzz.h"
#include "koers-store-private.h"

static GArray *
students_of (KoersStore *store,
             const char *group,
             guint       max)
{
  g_autoptr(GError) error = NULL;
  KoersStudentQuery query = { .group = group };
  g_autoptr(GPtrArray) students = koers_store_list_students (store, &query, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (students == NULL)
    koers_fuzz_fail ("%s", error->message);
  for (guint i = 0; i < students->len && i < max; i++)
    {
      gint64 id = koers_student_get_id (students->pdata[i]);
      g_array_append_val (ids, id);
    }
  return ids;
}

/* The package's plain image: what is inside the encryption. */
static void
write_plain (const char *package,
             const char *target)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;

  g_unlink (target);
  if (sqlite3_open (package, &db) != SQLITE_OK ||
      sqlite3_key (db, KOERS_FUZZ_KEY, (int) strlen (KOERS_FUZZ_KEY)) != SQLITE_OK)
    koers_fuzz_fail ("cannot open %s", package);
  {
    sqlite3_stmt *stmt = NULL;
    int app_id, version;

    if (sqlite3_prepare_v2 (db, "SELECT * FROM pragma_application_id, pragma_user_version", -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_step (stmt) != SQLITE_ROW)
      koers_fuzz_fail ("cannot read %s: %s", package, sqlite3_errmsg (db));
    app_id = sqlite3_column_int (stmt, 0);
    version = sqlite3_column_int (stmt, 1);
    sqlite3_finalize (stmt);
    sql = g_strdup_printf ("ATTACH DATABASE '%s' AS plain KEY '';"
                           "SELECT sqlcipher_export('plain');"
                           "PRAGMA plain.application_id = %d;"
                           "PRAGMA plain.user_version = %d;"
                           "DETACH DATABASE plain;",
                           target, app_id, version);
  }
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    koers_fuzz_fail ("cannot export %s: %s", package, sqlite3_errmsg (db));
  sqlite3_close_v2 (db);
  /* Small pages, and no free ones: the fuzzer mutates fewer bytes that matter nothing. */
  if (sqlite3_open (target, &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA page_size = 1024; VACUUM;", NULL, NULL, NULL) != SQLITE_OK)
    koers_fuzz_fail ("cannot compact %s", target);
  sqlite3_close_v2 (db);
}

static void
export (KoersStore *store,
        const char *folder,
        const char *name,
        GArray     *ids,
        gboolean    sensitive,
        gboolean    handover)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *package = g_build_filename (koers_fuzz_dir (), "package.koers", NULL);
  g_autofree char *target = g_build_filename (folder, name, NULL);
  KoersPackageOptions options = {
    .student_ids = ids,
    .include_sensitive = sensitive,
    .handover = handover,
    .handover_to = handover ? "T. Nieuwenhuis" : NULL,
  };

  g_unlink (package);
  if (!koers_store_export_package (store, &options, package, KOERS_FUZZ_KEY, NULL, &error))
    koers_fuzz_fail ("cannot export %s: %s", name, error->message);
  write_plain (package, target);
  printf ("%s\n", target);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GArray) class_2a = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) mbo = NULL;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      fprintf (stderr, "usage: make-package-seeds FOLDER\n");
      return 64;
    }
  g_mkdir_with_parents (argv[1], 0755);

  path = g_build_filename (koers_fuzz_dir (), "demo.db", NULL);
  koers_fuzz_create_notebook (path);
  store = koers_store_open (path, KOERS_FUZZ_KEY, &error);
  if (store == NULL || !koers_demo_fill (store, &error))
    koers_fuzz_fail ("no demo notebook: %s", error->message);

  class_2a = students_of (store, "2A", G_MAXUINT);
  one = students_of (store, "2A", 1);
  mbo = students_of (store, "ZW2B", G_MAXUINT);
  export (store, argv[1], "class-2a.db", class_2a, FALSE, FALSE);
  export (store, argv[1], "mbo-with-sensitive.db", mbo, TRUE, FALSE);
  /* Last: a handover adds an entry to the notebook it leaves. */
  export (store, argv[1], "handover-one.db", one, TRUE, TRUE);
  koers_store_close (store);
  return 0;
}
