/* koers-store-students.c: students and groups in the notebook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"

#define STUDENT_COLUMNS \
  KOERS_STUDENT_COLUMNS " FROM students s LEFT JOIN groups g ON g.id = s.group_id"

KoersStudent *
koers_store_student_from_row (sqlite3_stmt *stmt)
{
  KoersStudent *student = koers_student_new ();

  koers_student_set_id (student, sqlite3_column_int64 (stmt, 0));
  koers_student_set_uuid (student, koers_store_column_text (stmt, 1));
  koers_student_set_student_number (student, koers_store_column_text (stmt, 2));
  koers_student_set_first_name (student, koers_store_column_text (stmt, 3));
  koers_student_set_tussenvoegsel (student, koers_store_column_text (stmt, 4));
  koers_student_set_last_name (student, koers_store_column_text (stmt, 5));
  koers_student_set_group (student, koers_store_column_text (stmt, 6));
  koers_student_set_birth_date (student, koers_store_column_text (stmt, 7));
  koers_student_set_email (student, koers_store_column_text (stmt, 8));
  koers_student_set_notes (student, koers_store_column_text (stmt, 9));
  koers_student_set_archived (student, sqlite3_column_int (stmt, 10));
  koers_student_set_modified (student, koers_store_column_text (stmt, 11));
  koers_student_set_mentor (student, koers_store_column_text (stmt, 12));
  return student;
}

/* Another window or a restore removed the row the caller still shows. */
static gboolean
set_student_gone (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("The student is no longer in the notebook."));
  return FALSE;
}

GPtrArray *
koers_store_list_students (KoersStore              *self,
                           const KoersStudentQuery *query,
                           GError                 **error)
{
  static const KoersStudentQuery everyone = { NULL, NULL, FALSE, FALSE };
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (query == NULL)
    query = &everyone;

  stmt = koers_store_prepare (self,
                              "SELECT " STUDENT_COLUMNS
                              " WHERE (?1 IS NULL OR g.name = ?1)"
                              "   AND (?2 OR (s.archived_at IS NOT NULL) = ?3)"
                              " ORDER BY g.name IS NULL, g.name COLLATE NOCASE,"
                              "   s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE",
                              error);
  if (stmt == NULL)
    return NULL;

  koers_store_bind_text (stmt, 1, query->group);
  sqlite3_bind_int (stmt, 2, query->include_archived && !query->only_archived);
  sqlite3_bind_int (stmt, 3, query->only_archived);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersStudent) student = koers_store_student_from_row (stmt);

      /* Search folds diacritics, which SQLite's LIKE cannot do. */
      if (koers_student_matches (student, query->search))
        g_ptr_array_add (students, g_steal_pointer (&student));
    }

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&students);
}

KoersStudent *
koers_store_get_student (KoersStore  *self,
                         gint64       id,
                         GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " STUDENT_COLUMNS " WHERE s.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      KoersStudent *student = koers_store_student_from_row (stmt);

      sqlite3_reset (stmt);
      return student;
    }

  if (rc == SQLITE_DONE)
    set_student_gone (error);
  else
    koers_store_fail (self, rc, error);
  return NULL;
}

/* Returns the group's row id (creating the group on first use), 0 for no group, -1 on error. */
static gint64
ensure_group (KoersStore  *self,
              const char  *name,
              GError     **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *uuid = NULL;
  double default_hours;
  int rc;

  if (name == NULL || *name == '\0')
    return 0;

  default_hours = koers_store_get_default_hours (self);
  uuid = g_uuid_string_random ();
  stmt = koers_store_prepare (self,
                              "INSERT INTO groups (uuid, name, created, modified, hours_per_week)"
                              " VALUES (?1, ?2, " KOERS_SQL_NOW ", " KOERS_SQL_NOW ", ?3)"
                              " ON CONFLICT (name) DO UPDATE SET name = name"
                              " RETURNING id",
                              error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 3, default_hours);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return -1;
    }

  {
    gint64 id = sqlite3_column_int64 (stmt, 0);

    sqlite3_reset (stmt);
    return id;
  }
}

static gboolean
validate_student (KoersStudent  *student,
                  GError       **error)
{
  const char *first = koers_student_get_first_name (student);
  const char *last = koers_student_get_last_name (student);

  if (first == NULL || last == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("A student needs a first name and a last name."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_student_error (KoersStore    *self,
                   KoersStudent  *student,
                   int            rc,
                   GError       **error)
{
  if ((rc & 0xff) == SQLITE_CONSTRAINT && koers_student_get_student_number (student) != NULL)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CONSTRAINT,
                   _("Another student already has student number %s."),
                   koers_student_get_student_number (student));
      return FALSE;
    }

  return koers_store_fail (self, rc, error);
}

/* Writes @student's fields; runs inside the caller's transaction. */
static gboolean
write_student (KoersStore    *self,
               KoersStudent  *student,
               GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 group_id;
  int rc;

  group_id = ensure_group (self, koers_student_get_group (student), error);
  if (group_id < 0)
    return FALSE;

  if (koers_student_get_id (student) == 0)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = koers_store_prepare (self,
                                  "INSERT INTO students (uuid, student_number, first_name,"
                                  "   tussenvoegsel, last_name, group_id, birth_date, email, notes,"
                                  "   archived_at, mentor, created, modified)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                                  "   CASE WHEN ?10 THEN " KOERS_SQL_NOW " END,"
                                  "   coalesce (?11, (SELECT value FROM meta WHERE key = '"
                                  KOERS_META_USER_NAME "')),"
                                  "   " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                  " RETURNING id, uuid, modified, mentor",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, koers_student_get_uuid (student) ?: uuid, -1, SQLITE_TRANSIENT);
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE students SET student_number = ?2, first_name = ?3,"
                                  "   tussenvoegsel = ?4, last_name = ?5, group_id = ?6,"
                                  "   birth_date = ?7, email = ?8, notes = ?9,"
                                  "   archived_at = CASE WHEN ?10 THEN coalesce (archived_at, "
                                  KOERS_SQL_NOW ") END,"
                                  "   mentor = ?11,"
                                  "   modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1"
                                  " RETURNING id, uuid, modified, mentor",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_student_get_id (student));
    }

  koers_store_bind_text (stmt, 2, koers_student_get_student_number (student));
  koers_store_bind_text (stmt, 3, koers_student_get_first_name (student));
  koers_store_bind_text (stmt, 4, koers_student_get_tussenvoegsel (student));
  koers_store_bind_text (stmt, 5, koers_student_get_last_name (student));
  if (group_id > 0)
    sqlite3_bind_int64 (stmt, 6, group_id);
  koers_store_bind_text (stmt, 7, koers_student_get_birth_date (student));
  koers_store_bind_text (stmt, 8, koers_student_get_email (student));
  koers_store_bind_text (stmt, 9, koers_student_get_notes (student));
  sqlite3_bind_int (stmt, 10, koers_student_get_archived (student));
  koers_store_bind_text (stmt, 11, koers_student_get_mentor (student));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_student_gone (error);
  if (rc != SQLITE_ROW)
    return set_student_error (self, student, rc, error);

  koers_student_set_id (student, sqlite3_column_int64 (stmt, 0));
  koers_student_set_uuid (student, koers_store_column_text (stmt, 1));
  koers_student_set_modified (student, koers_store_column_text (stmt, 2));
  koers_student_set_mentor (student, koers_store_column_text (stmt, 3));

  /* Finish the statement so it holds no lock at COMMIT. */
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
koers_store_save_student (KoersStore    *self,
                          KoersStudent  *student,
                          GError       **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);

  if (!validate_student (student, error))
    return FALSE;

  if (!koers_store_begin (self, error))
    return FALSE;

  if (!write_student (self, student, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }

  return koers_store_commit (self, error);
}

gboolean
koers_store_set_student_archived (KoersStore    *self,
                                  KoersStudent  *student,
                                  gboolean       archived,
                                  GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);

  stmt = koers_store_prepare (self,
                              "UPDATE students SET"
                              "   archived_at = CASE WHEN ?2 THEN " KOERS_SQL_NOW " END,"
                              "   modified = " KOERS_SQL_NOW
                              " WHERE id = ?1 RETURNING modified",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (student));
  sqlite3_bind_int (stmt, 2, !!archived);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_student_gone (error);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);

  koers_student_set_modified (student, koers_store_column_text (stmt, 0));
  koers_student_set_archived (student, archived);
  sqlite3_reset (stmt);
  return TRUE;
}

char **
koers_store_list_groups (KoersStore  *self,
                         GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  /* Only groups that still have a student: old classes drop out of the filter. */
  stmt = koers_store_prepare (self,
                              "SELECT name FROM groups g WHERE EXISTS"
                              " (SELECT 1 FROM students s"
                              "   WHERE s.group_id = g.id AND s.archived_at IS NULL)"
                              " ORDER BY name COLLATE NOCASE",
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, koers_store_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

guint
koers_store_count_students (KoersStore  *self,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  stmt = koers_store_prepare (self,
                              "SELECT count(*) FROM students WHERE archived_at IS NULL",
                              error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return 0;
    }

  return (guint) sqlite3_column_int (stmt, 0);
}

/* The student already in the notebook that an imported row stands for: the same
 * student number, or, for lists without numbers, the same name and birth date. */
static gint64
find_existing (KoersStore    *self,
               KoersStudent  *student,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (koers_student_get_student_number (student) != NULL)
    {
      stmt = koers_store_prepare (self, "SELECT id FROM students WHERE student_number = ?1", error);
      if (stmt == NULL)
        return -1;
      koers_store_bind_text (stmt, 1, koers_student_get_student_number (student));
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "SELECT id FROM students WHERE student_number IS NULL"
                                  "   AND first_name = ?1 AND tussenvoegsel IS ?2"
                                  "   AND last_name = ?3 AND birth_date IS ?4",
                                  error);
      if (stmt == NULL)
        return -1;
      koers_store_bind_text (stmt, 1, koers_student_get_first_name (student));
      koers_store_bind_text (stmt, 2, koers_student_get_tussenvoegsel (student));
      koers_store_bind_text (stmt, 3, koers_student_get_last_name (student));
      koers_store_bind_text (stmt, 4, koers_student_get_birth_date (student));
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      sqlite3_reset (stmt);
      return id;
    }
  if (rc == SQLITE_DONE)
    return 0;

  koers_store_fail (self, rc, error);
  return -1;
}

/* The list brings names, numbers, classes and dates; what the mentor wrote
 * (notes) and did (archiving) stays, and an email only the notebook knows is kept. */
static void
merge_into (KoersStudent *existing,
            KoersStudent *imported)
{
  koers_student_set_student_number (existing, koers_student_get_student_number (imported));
  koers_student_set_first_name (existing, koers_student_get_first_name (imported));
  koers_student_set_tussenvoegsel (existing, koers_student_get_tussenvoegsel (imported));
  koers_student_set_last_name (existing, koers_student_get_last_name (imported));
  if (koers_student_get_group (imported) != NULL)
    koers_student_set_group (existing, koers_student_get_group (imported));
  if (koers_student_get_birth_date (imported) != NULL)
    koers_student_set_birth_date (existing, koers_student_get_birth_date (imported));
  if (koers_student_get_email (imported) != NULL)
    koers_student_set_email (existing, koers_student_get_email (imported));
}

static gboolean
import_one (KoersStore    *self,
            KoersStudent  *imported,
            gboolean      *was_new,
            GError       **error)
{
  g_autoptr(KoersStudent) existing = NULL;
  g_autoptr(KoersStudent) fresh = NULL;
  gint64 id;

  if (!validate_student (imported, error))
    return FALSE;

  id = find_existing (self, imported, error);
  if (id < 0)
    return FALSE;

  *was_new = (id == 0);
  if (id == 0)
    {
      /* A copy, so the caller's preview objects are not changed by storing. */
      fresh = koers_student_copy (imported);
      koers_student_set_id (fresh, 0);
      koers_student_set_uuid (fresh, NULL);
      return write_student (self, fresh, error);
    }

  existing = koers_store_get_student (self, id, error);
  if (existing == NULL)
    return FALSE;

  merge_into (existing, imported);
  return write_student (self, existing, error);
}

gboolean
koers_store_import_students (KoersStore  *self,
                             GPtrArray   *students,
                             guint       *n_imported,
                             guint       *n_updated,
                             GError     **error)
{
  guint imported = 0, updated = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (students != NULL, FALSE);

  if (!koers_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);
      gboolean was_new = FALSE;

      if (!import_one (self, student, &was_new, error))
        {
          koers_store_rollback (self);
          g_prefix_error (error, _("Nothing was imported. Student %s: "),
                          koers_student_get_display_name (student));
          return FALSE;
        }

      if (was_new)
        imported++;
      else
        updated++;
    }

  if (!koers_store_commit (self, error))
    return FALSE;

  if (n_imported != NULL)
    *n_imported = imported;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

KoersStudent *
koers_store_find_student (KoersStore  *self,
                          const char  *id_or_number,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_number != NULL, NULL);

  /* Student numbers win: they are what schools write down; ids are Koers's own. */
  stmt = koers_store_prepare (self,
                              "SELECT " STUDENT_COLUMNS
                              " WHERE s.student_number = ?1 OR CAST (s.id AS TEXT) = ?1"
                              " ORDER BY s.student_number = ?1 DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, id_or_number, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      KoersStudent *student = koers_store_student_from_row (stmt);

      sqlite3_reset (stmt);
      return student;
    }

  if (rc == SQLITE_DONE)
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                 _("There is no student with id or student number “%s”."), id_or_number);
  else
    koers_store_fail (self, rc, error);
  return NULL;
}

/* Forgetting a student (AVG: the right to erasure) */

gboolean
koers_store_delete_student (KoersStore  *self,
                            gint64       student_id,
                            gboolean     vacuum,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  /* Everything about the student hangs off this row: entries (and with them the
   * full-text index, through its triggers), goals, meetings, checklists, care
   * meeting outcomes, drafts. secure_delete overwrites the freed pages. */
  if (!koers_store_begin (self, error))
    return FALSE;
  stmt = koers_store_prepare (self, "DELETE FROM students WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      goto fail;
    }
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("The student is no longer in the notebook."));
      goto fail;
    }
  /* The deletion and its line in the log, together or not at all. */
  if (!koers_store_audit_student (self, KOERS_AUDIT_DELETE, "student", student_id, error) ||
      !koers_store_commit (self, error))
    goto fail;
  koers_store_reset_statements (self);

  /* The full-text index marks deleted words and keeps them in its older segments
   * until they are merged: merge them now. The old pages also live on in the
   * write-ahead log until it is folded in. */
  if (!koers_store_exec (self,
                         "INSERT INTO entries_fts (entries_fts) VALUES ('optimize');"
                         "PRAGMA wal_checkpoint(TRUNCATE);",
                         error))
    return FALSE;
  return !vacuum || koers_store_exec (self, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);", error);

fail:
  koers_store_rollback (self);
  return FALSE;
}

GPtrArray *
koers_store_list_retention_due (KoersStore  *self,
                                guint        years,
                                const char  *today,
                                GError     **error)
{
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today_iso = today != NULL ? g_strdup (today) : koers_date_iso_days_ago (0);
  g_autofree char *limit = NULL;
  sqlite3_stmt *stmt;
  GDate date;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  /* Archived on or before this day, @years ago: the student left then. */
  if (!koers_date_from_iso (today_iso, &date))
    {
      koers_store_set_invalid (error, _("The date is not a date."));
      return NULL;
    }
  g_date_subtract_years (&date, years);
  limit = koers_date_to_iso (&date);

  stmt = koers_store_prepare (self,
                              "SELECT " KOERS_STUDENT_COLUMNS " FROM students s"
                              " LEFT JOIN groups g ON g.id = s.group_id"
                              " WHERE s.archived_at IS NOT NULL AND substr (s.archived_at, 1, 10) <= ?1"
                              " ORDER BY s.archived_at, s.last_name, s.first_name",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, limit, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (students, koers_store_student_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&students);
}

guint
koers_store_get_retention_years (KoersStore *self)
{
  return koers_store_get_meta_uint (self, KOERS_META_RETENTION_YEARS, 1, 50, KOERS_RETENTION_DEFAULT_YEARS);
}
