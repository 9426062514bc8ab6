/* test-backup.c: check, backup, automatic backups and their rotation, restore,
 * and a new passphrase, each done for real on notebook files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "koers-date.h"
#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define OTHER_PASS "paard batterij nietje"

typedef struct
{
  char *dir;
  char *path;
  KoersStore *store;
} Fixture;

static void
add_student (KoersStore *store,
             const char *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) student = koers_student_new ();

  koers_student_set_first_name (student, first);
  koers_student_set_last_name (student, "Test");
  koers_student_set_group (student, "2B");
  g_assert_true (koers_store_save_student (store, student, &error));
  g_assert_no_error (error);
}

static guint
count_students (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  guint n = koers_store_count_students (store, &error);

  g_assert_no_error (error);
  return n;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = koers_test_tmpdir_new ();
  f->path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_create (f->path, PASS, &error);
  g_assert_no_error (error);
  add_student (f->store, "Mees");
  add_student (f->store, "Noor");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
  koers_test_tmpdir_free (f->dir);
}

static KoersStore *
open_store (const char *path,
            const char *passphrase)
{
  g_autoptr(GError) error = NULL;
  KoersStore *store = koers_store_open (path, passphrase, &error);

  g_assert_no_error (error);
  return store;
}

/* Files in @dir whose name ends in .part: what a failed write would leave. */
static guint
count_parts (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    n += g_str_has_suffix (name, ".part");
  return n;
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (koers_store_check (f->store, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A row pointing nowhere, written past the foreign keys, is found. */
  g_assert_true (koers_store_exec (f->store,
                                   "PRAGMA foreign_keys = OFF;"
                                   "INSERT INTO entries (uuid, student_id, kind, date, created, modified)"
                                   " VALUES ('x', 999, 'observation', '2026-01-01', 'c', 'm');"
                                   "PRAGMA foreign_keys = ON;",
                                   &error));
  g_assert_true (koers_store_check (f->store, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (problems->pdata[0], "entries"));
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "copies", "koers-copy.db", NULL);
  g_autofree char *copies = g_path_get_dirname (path);
  g_autoptr(KoersStore) copy = NULL;
  g_autoptr(KoersStore) wrong = NULL;
  GStatBuf st;

  g_assert_true (koers_store_backup (f->store, PASS, path, &error));
  g_assert_no_error (error);

  /* Private, encrypted, whole, and nothing half-written beside it. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (copies, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_false (koers_test_file_contains (path, "Mees"));
  g_assert_cmpuint (count_parts (copies), ==, 0);

  copy = open_store (path, PASS);
  g_assert_cmpuint (count_students (copy), ==, 2);
  g_assert_cmpint (koers_store_get_schema_version (copy), ==, koers_store_get_latest_schema_version ());
  wrong = koers_store_open (path, OTHER_PASS, &error);
  g_assert_null (wrong);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE);
}

static void
test_auto_backup (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *dir = koers_store_dup_backup_dir (f->path);
  /* Five weeks, Monday 5 October to Sunday 8 November 2026. */
  static const char * const kept[] = {
    "2026-11-08", "2026-11-07", "2026-11-06", "2026-11-05", "2026-11-04", "2026-11-03",
    "2026-11-02",  /* the last seven days */
    "2026-11-01", "2026-10-25", "2026-10-18",  /* the newest of three earlier weeks */
  };
  gboolean made = FALSE;
  GDate day;

  g_date_set_dmy (&day, 5, G_DATE_OCTOBER, 2026);
  for (guint i = 0; i < 35; i++, g_date_add_days (&day, 1))
    {
      g_autofree char *today = koers_date_to_iso (&day);

      g_assert_true (koers_store_auto_backup (f->store, PASS, today, KOERS_BACKUP_KEEP_DAILY,
                                              KOERS_BACKUP_KEEP_WEEKLY, &made, &error));
      g_assert_no_error (error);
      g_assert_true (made);
      if (i == 0)
        {
          /* A second unlock the same day makes none. */
          g_assert_true (koers_store_auto_backup (f->store, PASS, today, KOERS_BACKUP_KEEP_DAILY,
                                                  KOERS_BACKUP_KEEP_WEEKLY, &made, &error));
          g_assert_false (made);
        }
    }

  backups = koers_store_list_backups (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, G_N_ELEMENTS (kept));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *base = g_path_get_basename (backups->pdata[i]);

      g_assert_true (g_str_has_prefix (base, kept[i]));
    }
  g_assert_cmpuint (count_parts (dir), ==, 0);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(KoersStore) restored = NULL;
  g_autoptr(KoersStore) before = NULL;
  gsize length = 0;

  g_assert_true (koers_store_backup (f->store, PASS, backup, &error));
  add_student (f->store, "Yara");
  g_assert_cmpuint (count_students (f->store), ==, 3);
  koers_store_close (f->store);

  /* A wrong passphrase or a damaged backup leaves the notebook as it is. */
  g_assert_false (koers_store_restore (backup, OTHER_PASS, f->path, &kept, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (backup, &contents, &length, &error));
  for (gsize i = length / 2; i < length / 2 + 64; i++)
    contents[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (damaged, contents, (gssize) length, &error));
  g_assert_false (koers_store_restore (damaged, PASS, f->path, &kept, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (kept);
  before = open_store (f->path, PASS);
  g_assert_cmpuint (count_students (before), ==, 3);
  g_clear_object (&before);

  g_assert_true (koers_store_restore (backup, PASS, f->path, &kept, &error));
  g_assert_no_error (error);
  restored = open_store (f->path, PASS);
  g_assert_cmpuint (count_students (restored), ==, 2);

  /* The notebook as it was is kept beside it. */
  g_assert_nonnull (kept);
  before = open_store (kept, PASS);
  g_assert_cmpuint (count_students (before), ==, 3);
  g_assert_cmpuint (count_parts (f->dir), ==, 0);
}

static void
test_change_passphrase (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) reopened = NULL;
  g_autoptr(KoersStore) old = NULL;

  g_assert_false (koers_store_change_passphrase (f->store, "not the passphrase", OTHER_PASS, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_false (koers_store_change_passphrase (f->store, PASS, "", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (koers_store_change_passphrase (f->store, PASS, OTHER_PASS, &error));
  g_assert_no_error (error);
  /* The open notebook goes on working. */
  add_student (f->store, "Yara");
  koers_store_close (f->store);

  old = koers_store_open (f->path, PASS, &error);
  g_assert_null (old);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  reopened = open_store (f->path, OTHER_PASS);
  g_assert_cmpuint (count_students (reopened), ==, 3);
}

/* Two programs on one notebook: the second waits, then says the notebook is
 * busy, and nothing is damaged. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) second = open_store (f->path, PASS);
  g_autoptr(KoersStudent) student = koers_student_new ();
  g_autoptr(GPtrArray) problems = NULL;
  gint64 start;

  /* The first holds the write lock, as a long import would. */
  g_assert_true (koers_store_begin (f->store, &error));
  koers_student_set_first_name (student, "Wacht");
  koers_student_set_last_name (student, "Even");
  start = g_get_monotonic_time ();
  g_assert_false (koers_store_save_student (second, student, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_BUSY);
  /* It waited before giving up: a short write of the other would have passed. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
  g_clear_error (&error);
  g_assert_true (koers_store_commit (f->store, &error));

  /* Once free, the second writes; the file is whole. */
  g_assert_true (koers_store_save_student (second, student, &error));
  g_assert_no_error (error);
  g_assert_true (koers_store_check (f->store, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (count_students (f->store), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/backup/check", test_check);
  ADD ("/backup/backup", test_backup);
  ADD ("/backup/automatic", test_auto_backup);
  ADD ("/backup/restore", test_restore);
  ADD ("/backup/change-passphrase", test_change_passphrase);
  ADD ("/backup/busy", test_busy);

  return g_test_run ();
}
