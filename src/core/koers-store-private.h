/* koers-store-private.h: what other core files may see of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* ISO 8601 UTC with milliseconds: sorts as text and compares across notebooks. */
#define KOERS_SQL_NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

/* A cached prepared statement, reset and with its bindings cleared. */
sqlite3_stmt *koers_store_prepare        (KoersStore  *self,
                                          const char  *sql,
                                          GError     **error);
/* The connection, for what needs SQLite itself (a second file, rekeying). */
sqlite3      *koers_store_get_db         (KoersStore  *self);
/* Attaches the encrypted file at @path, keyed with @passphrase, as @schema (a
 * fixed name of ours: "pkg", "backup"). */
gboolean      koers_store_attach         (KoersStore  *self,
                                          const char  *path,
                                          const char  *passphrase,
                                          const char  *schema,
                                          GError     **error);
/* Resets every cached statement: one left stepping holds a lock that VACUUM and
 * the full-text index's merge cannot get past. */
void          koers_store_reset_statements (KoersStore *self);
/* The PRAGMA application_id every notebook carries. */
int           koers_store_get_application_id (void);
/* An uncached statement for SQL built at run time; the caller finalizes it. */
sqlite3_stmt *koers_store_prepare_once   (KoersStore  *self,
                                          const char  *sql,
                                          GError     **error);
/* A private in-memory database holding the latest schema and nothing else; the
 * caller closes it with sqlite3_close. */
sqlite3      *koers_store_open_reference_schema (GError **error);
/* Adds Koers's SQL functions to the connection: koers_clean_text(X). */
gboolean      koers_store_register_functions (KoersStore *self,
                                          GError     **error);
/* Fails with KOERS_PACKAGE_ERROR_DAMAGED unless every value in the package (opened
 * as its own store) fits the type the latest schema declares for its column, all
 * text is UTF-8 without NUL bytes, and the schema has no views. @name is the file
 * name for the message. */
gboolean      koers_store_check_package_values (KoersStore *package,
                                          const char  *name,
                                          GError     **error);
/* Removes a notebook file and its -wal, -shm and -journal. */
void          koers_store_remove_files   (const char  *path);
gboolean      koers_store_exec           (KoersStore  *self,
                                          const char  *sql,
                                          GError     **error);
/* Runs @sql, which changes rows and returns none, with ?1 bound to @id. */
gboolean      koers_store_exec_for_id    (KoersStore  *self,
                                          const char  *sql,
                                          gint64       id,
                                          GError     **error);
gboolean      koers_store_begin          (KoersStore  *self,
                                          GError     **error);
gboolean      koers_store_commit         (KoersStore  *self,
                                          GError     **error);
void          koers_store_rollback       (KoersStore  *self);
/* A number kept in the notebook's meta data: @fallback when unset or outside
 * [@min, @max] (the notebook may have been written by another version). */
guint         koers_store_get_meta_uint  (KoersStore  *self,
                                          const char  *key,
                                          guint        min,
                                          guint        max,
                                          guint        fallback);
/* Fills @error from the connection's last SQLite error. Returns FALSE. */
gboolean      koers_store_fail           (KoersStore  *self,
                                          int          rc,
                                          GError     **error);
/* sqlite3_column_text as the C string it is. */
static inline const char *
koers_store_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* A KOERS_STORE_ERROR_INVALID with @message (already translated). Returns FALSE. */
static inline gboolean
koers_store_set_invalid (GError     **error,
                         const char  *message)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Binds text, NULL for NULL or "". */
void          koers_store_bind_text      (sqlite3_stmt *stmt,
                                          int           index,
                                          const char   *text);

/* Scheduled hours over [from, to]: the group's hours a week spread over the weekdays. */
double        koers_store_scheduled_hours (const GDate *from,
                                           const GDate *to,
                                           double       hours_per_week);
/* Sets @out's percentage from its scheduled and absent hours. */
void          koers_attendance_finish     (KoersAttendance *out);

/* A student from a row that starts with KOERS_STUDENT_COLUMNS (13 columns). */
#define KOERS_STUDENT_COLUMNS \
  "s.id, s.uuid, s.student_number, s.first_name, s.tussenvoegsel, s.last_name," \
  " g.name, s.birth_date, s.email, s.notes, s.archived_at IS NOT NULL, s.modified, s.mentor"
#define KOERS_STUDENT_N_COLUMNS 13
KoersStudent *koers_store_student_from_row (sqlite3_stmt *stmt);

/* For the migration tests: a notebook left at an older schema version. */
KoersStore   *koers_store_create_at_version (const char  *path,
                                             const char  *passphrase,
                                             int          version,
                                             GError     **error);

G_END_DECLS
