/* koers-store-backup.c: checking, backing up, restoring and rekeying a notebook
 *
 * A backup is an encrypted copy under the same passphrase, written with
 * sqlcipher_export into a temporary file beside its destination, checked with
 * integrity_check through a connection of its own, and only then renamed into
 * place: a crash or a full disk leaves at most a stray .part file, never a
 * half-written backup under a good name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <string.h>

#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"

/* Checking */

/* Runs @pragma on @db and collects every row but a single "ok". */
static int
collect_problems (sqlite3    *db,
                  const char *pragma,
                  GPtrArray  *problems)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      g_autoptr(GString) line = g_string_new (NULL);

      for (int i = 0; i < n; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          if (i > 0)
            g_string_append (line, " ");
          g_string_append (line, text != NULL ? text : "-");
        }
      if (!g_str_equal (line->str, "ok"))
        g_ptr_array_add (problems, g_string_free (g_steal_pointer (&line), FALSE));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

gboolean
koers_store_check (KoersStore  *self,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  rc = collect_problems (koers_store_get_db (self), "PRAGMA integrity_check", found);
  if (rc == SQLITE_OK)
    rc = collect_problems (koers_store_get_db (self), "PRAGMA foreign_key_check", found);
  if (rc != SQLITE_OK)
    return koers_store_fail (self, rc, error);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return TRUE;
}

/* Opens @path read-only under @passphrase and runs integrity_check on every page:
 * what a backup must pass before it counts as one. */
static gboolean
verify_file (const char  *path,
             const char  *passphrase,
             GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_key (db, passphrase, (int) strlen (passphrase));
  if (rc == SQLITE_OK)
    rc = collect_problems (db, "PRAGMA integrity_check", problems);
  sqlite3_close_v2 (db);

  if (rc == SQLITE_NOTADB)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE,
                           _("The passphrase does not open this backup."));
      return FALSE;
    }
  if (rc != SQLITE_OK || problems->len > 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DAMAGED,
                   _("The backup is damaged (%s)."),
                   problems->len > 0 ? (const char *) problems->pdata[0] : sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
koers_store_verify_backup (const char  *path,
                           const char  *passphrase,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL && passphrase != NULL, FALSE);
  return verify_file (path, passphrase, error);
}

/* Backing up */

static char *
temp_path_beside (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *random = g_uuid_string_random ();
  g_autofree char *name = g_strdup_printf (".%s.%.8s.part", base, random);

  return g_build_filename (dir, name, NULL);
}

/* @message is translated and says what failed and where; the reason is added. */
static gboolean
set_io_error (GError     **error,
              int          saved_errno,
              const char  *message)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", message,
               g_strerror (saved_errno));
  return FALSE;
}

static gboolean
export_to (KoersStore  *self,
           const char  *path,
           const char  *passphrase,
           GError     **error)
{
  g_autofree char *pragmas = NULL;
  gboolean ok;

  if (!koers_store_attach (self, path, passphrase, "backup", error))
    return FALSE;

  /* sqlcipher_export copies schema and rows, not the header fields Koers reads on
   * open: the application id and the schema version go along by hand. */
  pragmas = g_strdup_printf ("SELECT sqlcipher_export('backup');"
                             "PRAGMA backup.application_id = %d;"
                             "PRAGMA backup.user_version = %d;",
                             koers_store_get_application_id (),
                             koers_store_get_schema_version (self));
  ok = koers_store_exec (self, pragmas, error);
  koers_store_exec (self, "DETACH DATABASE backup", ok ? error : NULL);
  return ok;
}

gboolean
koers_store_backup (KoersStore  *self,
                    const char  *passphrase,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *part = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      /* Translators: %s is a folder */
      g_autofree char *message = g_strdup_printf (_("Could not create the folder %s"), dir);

      return set_io_error (error, saved_errno, message);
    }

  part = temp_path_beside (path);
  /* The connection may open files but not create them; and the copy is the
   * owner's only from its first byte. */
  {
    int fd = g_open (part, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

    if (fd < 0)
      {
        int saved_errno = errno;
        /* Translators: %s is a file */
        g_autofree char *message = g_strdup_printf (_("Could not write %s"), part);

        return set_io_error (error, saved_errno, message);
      }
    close (fd);
  }
  if (!export_to (self, part, passphrase, error) ||
      !verify_file (part, passphrase, error))
    {
      koers_store_remove_files (part);
      g_prefix_error (error, _("No backup was made: "));
      return FALSE;
    }
  if (g_rename (part, path) != 0)
    {
      int saved_errno = errno;

      /* Translators: %s is a file */
      g_autofree char *message = g_strdup_printf (_("Could not save the backup as %s"), path);

      koers_store_remove_files (part);
      return set_io_error (error, saved_errno, message);
    }
  return TRUE;
}

/* Automatic backups */

#define BACKUP_SUFFIX ".koers-backup"

char *
koers_store_dup_backup_dir (const char *notebook_path)
{
  g_autofree char *dir = g_path_get_dirname (notebook_path);
  g_autofree char *base = g_path_get_basename (notebook_path);
  g_autofree char *name = g_strconcat (base, "-backups", NULL);

  return g_build_filename (dir, name, NULL);
}

/* "2026-12-02" from "2026-12-02.koers-backup"; NULL for anything else. */
static char *
backup_date (const char *name)
{
  GDate date;
  g_autofree char *iso = NULL;

  if (!g_str_has_suffix (name, BACKUP_SUFFIX) || strlen (name) != 10 + strlen (BACKUP_SUFFIX))
    return NULL;
  iso = g_strndup (name, 10);
  return koers_date_from_iso (iso, &date) ? g_steal_pointer (&iso) : NULL;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
koers_store_list_backups (const char  *notebook_path,
                          GError     **error)
{
  g_autofree char *dir_path = koers_store_dup_backup_dir (notebook_path);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &local_error);
  const char *name;

  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&backups);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *date = backup_date (name);

      if (date != NULL)
        g_ptr_array_add (dates, date);
    }
  g_ptr_array_sort (dates, compare_newest_first);
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *name_i = g_strconcat (dates->pdata[i], BACKUP_SUFFIX, NULL);

      g_ptr_array_add (backups, g_build_filename (dir_path, name_i, NULL));
    }
  return g_steal_pointer (&backups);
}

/* Monday of @iso's week, as ISO: backups of one week share it. */
static char *
week_of (const char *iso)
{
  GDate date;

  koers_date_from_iso (iso, &date);
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  return koers_date_to_iso (&date);
}

/* Keeps the newest @keep_daily backups, and the newest backup of each of the
 * @keep_weekly newest weeks; removes the others. */
static void
rotate (GPtrArray *backups,
        guint      keep_daily,
        guint      keep_weekly)
{
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *base = g_path_get_basename (backups->pdata[i]);
      g_autofree char *date = backup_date (base);
      char *week = week_of (date);
      gboolean newest_of_week = !g_hash_table_contains (weeks, week);

      if (newest_of_week)
        g_hash_table_add (weeks, week);
      else
        g_free (week);

      if (i < keep_daily ||
          (newest_of_week && g_hash_table_size (weeks) <= keep_weekly))
        continue;
      koers_store_remove_files (backups->pdata[i]);
    }
}

gboolean
koers_store_auto_backup (KoersStore  *self,
                         const char  *passphrase,
                         const char  *today,
                         guint        keep_daily,
                         guint        keep_weekly,
                         gboolean    *made,
                         GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *today_iso = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (made != NULL)
    *made = FALSE;
  today_iso = today != NULL ? g_strdup (today) : koers_date_iso_days_ago (0);
  dir = koers_store_dup_backup_dir (koers_store_get_path (self));
  name = g_strconcat (today_iso, BACKUP_SUFFIX, NULL);
  path = g_build_filename (dir, name, NULL);

  /* At most one a day: the first unlock of the day keeps the state before the
   * day's work. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!koers_store_backup (self, passphrase, path, error))
        return FALSE;
      if (made != NULL)
        *made = TRUE;
    }

  backups = koers_store_list_backups (koers_store_get_path (self), error);
  if (backups == NULL)
    return FALSE;
  rotate (backups, keep_daily, keep_weekly);
  return TRUE;
}

/* Restoring */

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);

  return g_file_copy (source, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                      NULL, NULL, NULL, error);
}

gboolean
koers_store_restore (const char  *backup_path,
                     const char  *passphrase,
                     const char  *notebook_path,
                     char       **kept_copy,
                     GError     **error)
{
  g_autofree char *part = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (notebook_path != NULL, FALSE);

  /* Nothing is touched until the backup has proved itself. */
  if (!verify_file (backup_path, passphrase, error))
    return FALSE;

  part = temp_path_beside (notebook_path);
  if (!copy_file (backup_path, part, error))
    {
      g_unlink (part);
      return FALSE;
    }
  g_chmod (part, 0600);

  if (g_file_test (notebook_path, G_FILE_TEST_EXISTS))
    {
      kept = g_strdup_printf ("%s.before-restore-%s", notebook_path, stamp);
      if (!copy_file (notebook_path, kept, error))
        {
          g_unlink (part);
          return FALSE;
        }
      g_chmod (kept, 0600);
    }

  /* The old -wal and -shm belong to the old file: replaying them onto the backup
   * would mix the two. */
  {
    g_autofree char *wal = g_strconcat (notebook_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (notebook_path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  if (g_rename (part, notebook_path) != 0)
    {
      int saved_errno = errno;

      /* Translators: %s is the notebook's file */
      g_autofree char *message = g_strdup_printf (_("Could not put the backup in place of %s"),
                                                  notebook_path);

      g_unlink (part);
      return set_io_error (error, saved_errno, message);
    }
  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&kept);
  return TRUE;
}

/* A new passphrase */

gboolean
koers_store_change_passphrase (KoersStore  *self,
                               const char  *old_passphrase,
                               const char  *new_passphrase,
                               GError     **error)
{
  sqlite3 *db;
  int rc;
  gboolean ok;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (old_passphrase != NULL && new_passphrase != NULL, FALSE);

  if (*new_passphrase == '\0')
    return koers_store_set_invalid (error, _("The new passphrase is empty."));

  /* The old passphrase proves it is the owner at the keyboard, not someone at an
   * unlocked screen. */
  if (!verify_file (koers_store_get_path (self), old_passphrase, error))
    {
      if (g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE))
        {
          g_clear_error (error);
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE,
                               _("The current passphrase is not right."));
        }
      return FALSE;
    }

  /* SQLCipher rekeys page by page in the main file: with the WAL folded in and
   * switched off for the while, no frame is left under the old key. */
  db = koers_store_get_db (self);
  if (!koers_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;", error))
    return FALSE;
  rc = sqlite3_rekey (db, new_passphrase, (int) strlen (new_passphrase));
  ok = rc == SQLITE_OK || koers_store_fail (self, rc, error);
  if (!koers_store_exec (self, "PRAGMA journal_mode = WAL;", ok ? error : NULL))
    ok = FALSE;
  return ok;
}
