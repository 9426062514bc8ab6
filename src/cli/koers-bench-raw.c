/* koers-bench-raw.c: the benchmark's baselines, bare SQLite with no Koers between
 *
 * The SQL is copied from the core on purpose: a baseline that called the core
 * would measure the core against itself. Each row is read column by column, as
 * the core reads it, but nothing is built from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-bench-raw.h"

#include "koers-store.h"

enum { TIMELINE, SEARCH, STUDENTS, N_STATEMENTS };

struct _KoersBenchRaw
{
  sqlite3      *db;
  /* Prepared once and kept, as the core keeps its own. */
  sqlite3_stmt *statements[N_STATEMENTS];
};

static gboolean
fail (sqlite3     *db,
      int          rc,
      GError     **error)
{
  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED, "%s",
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

KoersBenchRaw *
koers_bench_raw_open (const char  *path,
                      const char  *passphrase,
                      GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  KoersBenchRaw *raw;

  if (rc == SQLITE_OK && passphrase != NULL)
    rc = sqlite3_key (db, passphrase, (int) strlen (passphrase));
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db,
                       "PRAGMA trusted_schema = OFF;"
                       "PRAGMA cache_size = -32768;"
                       "PRAGMA foreign_keys = ON;"
                       "PRAGMA temp_store = MEMORY;"
                       "PRAGMA journal_mode = WAL;"
                       "PRAGMA busy_timeout = 5000;"
                       "SELECT count(*) FROM sqlite_schema;",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      fail (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }
  raw = g_new0 (KoersBenchRaw, 1);
  raw->db = db;
  return raw;
}

void
koers_bench_raw_free (KoersBenchRaw *raw)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (raw->statements[i]);
  sqlite3_close (raw->db);
  g_free (raw);
}

gboolean
koers_bench_raw_export_plain (KoersBenchRaw  *raw,
                              const char     *plain_path,
                              GError        **error)
{
  char *sql = sqlite3_mprintf ("ATTACH DATABASE %Q AS plain KEY '';"
                               "SELECT sqlcipher_export('plain');"
                               "DETACH DATABASE plain;",
                               plain_path);
  int rc;

  /* ATTACH opens with the main file's flags, which do not include create. */
  if (!g_file_set_contents (plain_path, "", 0, error))
    {
      sqlite3_free (sql);
      return FALSE;
    }
  rc = sqlite3_exec (raw->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  return rc == SQLITE_OK || fail (raw->db, rc, error);
}

/* Steps @stmt to the end (or @limit rows), touching every column as the core does. */
static guint
read_rows (sqlite3_stmt *stmt,
           guint         limit)
{
  guint n = 0;
  int columns = sqlite3_column_count (stmt);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < columns; i++)
        if (sqlite3_column_type (stmt, i) == SQLITE_TEXT)
          (void) sqlite3_column_text (stmt, i);
        else
          (void) sqlite3_column_int64 (stmt, i);
      if (++n == limit)
        break;
    }
  sqlite3_reset (stmt);
  return n;
}

static sqlite3_stmt *
statement (KoersBenchRaw *raw,
           guint          which,
           const char    *sql)
{
  if (raw->statements[which] == NULL &&
      sqlite3_prepare_v3 (raw->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &raw->statements[which], NULL) != SQLITE_OK)
    g_critical ("Benchmark statement: %s", sqlite3_errmsg (raw->db));
  return raw->statements[which];
}

guint
koers_bench_raw_timeline_page (KoersBenchRaw *raw,
                               gint64         student_id,
                               guint          limit)
{
  sqlite3_stmt *stmt = statement (raw, TIMELINE,
                               "SELECT id, uuid, student_id, kind, date, time, author, text, interpretation, source,"
                               " source_name, sensitive, followup_text, followup_owner, followup_due, followup_done_at,"
                               " absence_authorised, absence_amount, absence_unit, absence_reason, referral_to,"
                               " referral_name, referral_feedback_due, referral_feedback, referral_feedback_date,"
                               " created, modified FROM entries"
                               " WHERE student_id = ?1"
                               "   AND (?2 IS NULL OR date >= ?2)"
                               "   AND (?3 IS NULL OR date <= ?3)"
                               "   AND (NOT ?4 OR (followup_text IS NOT NULL AND followup_done_at IS NULL))"
                               "   AND (NOT ?5 OR interpretation = 0)"
                               " ORDER BY date DESC, coalesce (time, '') DESC, id DESC");

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, student_id);
  sqlite3_bind_null (stmt, 2);
  sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int (stmt, 4, 0);
  sqlite3_bind_int (stmt, 5, 0);
  return read_rows (stmt, limit);
}

guint
koers_bench_raw_search (KoersBenchRaw *raw,
                        const char    *fts_query)
{
  sqlite3_stmt *stmt = statement (raw, SEARCH,
                               "SELECT e.student_id,"
                               "   s.first_name || coalesce (' ' || s.tussenvoegsel, '') || ' ' || s.last_name,"
                               "   e.id, e.date, e.kind,"
                               "   snippet (entries_fts, -1, char (2), char (3), '…', 12)"
                               " FROM entries_fts"
                               " JOIN entries e ON e.id = entries_fts.rowid"
                               " JOIN students s ON s.id = e.student_id"
                               " WHERE entries_fts MATCH ?1 AND (?2 OR e.sensitive = 0)"
                               " ORDER BY entries_fts.rowid DESC"
                               " LIMIT ?3");

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, 0);
  sqlite3_bind_int64 (stmt, 3, 50);
  return read_rows (stmt, 0);
}

guint
koers_bench_raw_students (KoersBenchRaw *raw)
{
  sqlite3_stmt *stmt = statement (raw, STUDENTS,
                               "SELECT s.id, s.uuid, s.student_number, s.first_name, s.tussenvoegsel, s.last_name,"
                               " g.name, s.birth_date, s.email, s.notes, s.archived_at IS NOT NULL, s.modified, s.mentor"
                               " FROM students s LEFT JOIN groups g ON g.id = s.group_id"
                               " WHERE (?1 IS NULL OR g.name = ?1)"
                               "   AND (?2 OR (s.archived_at IS NOT NULL) = ?3)"
                               " ORDER BY g.name IS NULL, g.name COLLATE NOCASE,"
                               "   s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE");

  if (stmt == NULL)
    return 0;
  sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int (stmt, 2, 0);
  sqlite3_bind_int (stmt, 3, 0);
  return read_rows (stmt, 0);
}
