/* koers-store.c: the encrypted notebook (one SQLCipher file)
 *
 * Opening keys the connection with the passphrase through SQLCipher's own KDF,
 * then proves the key by reading the schema before anything is written, so a
 * wrong passphrase never touches the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "koers-i18n.h"

/* PRAGMA application_id: "KOER", so another app's SQLCipher file is recognised as such. */
#define KOERS_APPLICATION_ID 0x4B4F4552

struct _KoersStore
{
  GObject parent_instance;

  sqlite3 *db;
  char *path;
  GHashTable *statements; /* SQL text → sqlite3_stmt */
  int schema_version;
};

G_DEFINE_FINAL_TYPE (KoersStore, koers_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (koers-store-error-quark, koers_store_error)

/* Numbered migrations; index + 1 is the schema version each one brings the file to.
 * Never edit a migration that has shipped: add a new one. */
static const char * const migrations[] = {
  /* 1: notebook meta data, groups and students */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE TABLE groups ("
  "  id       INTEGER PRIMARY KEY,"
  "  uuid     TEXT NOT NULL UNIQUE,"
  "  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  "  created  TEXT NOT NULL,"
  "  modified TEXT NOT NULL"
  ");"
  "CREATE TABLE students ("
  "  id             INTEGER PRIMARY KEY,"
  "  uuid           TEXT NOT NULL UNIQUE,"
  "  student_number TEXT UNIQUE,"
  "  first_name     TEXT NOT NULL,"
  "  tussenvoegsel  TEXT,"
  "  last_name      TEXT NOT NULL,"
  "  group_id       INTEGER REFERENCES groups (id) ON DELETE SET NULL,"
  "  birth_date     TEXT,"
  "  email          TEXT,"
  "  notes          TEXT,"
  "  created        TEXT NOT NULL,"
  "  modified       TEXT NOT NULL"
  ");"
  "INSERT INTO meta (key, value) VALUES ('created', " KOERS_SQL_NOW ");",

  /* 2: archiving keeps a student's data while the student leaves the lists */
  "ALTER TABLE students ADD COLUMN archived_at TEXT;"
  "CREATE INDEX students_by_group ON students (group_id, last_name, first_name);",

  /* 3: the timeline, its full-text index, and scheduled hours for attendance */
  "ALTER TABLE groups ADD COLUMN hours_per_week REAL NOT NULL DEFAULT 26;"
  "CREATE TABLE entries ("
  "  id                     INTEGER PRIMARY KEY,"
  "  uuid                   TEXT NOT NULL UNIQUE,"
  "  student_id             INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  kind                   TEXT NOT NULL,"
  "  date                   TEXT NOT NULL,"
  "  time                   TEXT,"
  "  author                 TEXT,"
  "  text                   TEXT,"
  "  interpretation         INTEGER NOT NULL DEFAULT 0,"
  "  source                 TEXT,"
  "  source_name            TEXT,"
  "  sensitive              INTEGER NOT NULL DEFAULT 0,"
  "  followup_text          TEXT,"
  "  followup_owner         TEXT,"
  "  followup_due           TEXT,"
  "  followup_done_at       TEXT,"
  "  absence_authorised     INTEGER,"
  "  absence_amount         REAL,"
  "  absence_unit           TEXT,"
  "  absence_reason         TEXT,"
  "  referral_to            TEXT,"
  "  referral_name          TEXT,"
  "  referral_feedback_due  TEXT,"
  "  referral_feedback      TEXT,"
  "  referral_feedback_date TEXT,"
  "  created                TEXT NOT NULL,"
  "  modified               TEXT NOT NULL"
  ");"
  "CREATE INDEX entries_by_student ON entries (student_id, date, time);"
  "CREATE INDEX entries_open_followups ON entries (followup_due)"
  "  WHERE followup_text IS NOT NULL AND followup_done_at IS NULL;"
  /* External content: the words live once, in entries; remove_diacritics 2 lets
   * "noel" find "Noël". */
  "CREATE VIRTUAL TABLE entries_fts USING fts5 ("
  "  text, followup_text, absence_reason, referral_feedback,"
  "  content = 'entries', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN"
  "  INSERT INTO entries_fts (rowid, text, followup_text, absence_reason, referral_feedback)"
  "  VALUES (new.id, new.text, new.followup_text, new.absence_reason, new.referral_feedback);"
  "END;"
  "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN"
  "  INSERT INTO entries_fts (entries_fts, rowid, text, followup_text, absence_reason, referral_feedback)"
  "  VALUES ('delete', old.id, old.text, old.followup_text, old.absence_reason, old.referral_feedback);"
  "END;"
  "CREATE TRIGGER entries_fts_update"
  "  AFTER UPDATE OF text, followup_text, absence_reason, referral_feedback ON entries BEGIN"
  "  INSERT INTO entries_fts (entries_fts, rowid, text, followup_text, absence_reason, referral_feedback)"
  "  VALUES ('delete', old.id, old.text, old.followup_text, old.absence_reason, old.referral_feedback);"
  "  INSERT INTO entries_fts (rowid, text, followup_text, absence_reason, referral_feedback)"
  "  VALUES (new.id, new.text, new.followup_text, new.absence_reason, new.referral_feedback);"
  "END;",

  /* 4: SMARTI goals, their steps, the adults' part, the checklist and feedback */
  "CREATE TABLE goals ("
  "  id               INTEGER PRIMARY KEY,"
  "  uuid             TEXT NOT NULL UNIQUE,"
  "  student_id       INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  title            TEXT NOT NULL,"
  "  start_date       TEXT NOT NULL,"
  "  evaluation_date  TEXT NOT NULL,"
  "  status           TEXT NOT NULL,"
  "  involved         TEXT,"
  "  outcome          TEXT,"
  "  went_well        TEXT,"
  "  adults_change    TEXT,"
  "  evaluated_on     TEXT,"
  "  for_care_meeting INTEGER NOT NULL DEFAULT 0,"
  "  follows_goal_id  INTEGER REFERENCES goals (id) ON DELETE SET NULL,"
  "  created          TEXT NOT NULL,"
  "  modified         TEXT NOT NULL"
  ");"
  "CREATE INDEX goals_by_student ON goals (student_id, status);"
  "CREATE TABLE goal_steps ("
  "  goal_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text     TEXT NOT NULL,"
  "  result   TEXT,"
  "  PRIMARY KEY (goal_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE goal_adults ("
  "  goal_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text     TEXT NOT NULL,"
  "  PRIMARY KEY (goal_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE goal_smarti ("
  "  goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  letter  INTEGER NOT NULL,"
  "  ticked  INTEGER NOT NULL DEFAULT 0,"
  "  remark  TEXT,"
  "  PRIMARY KEY (goal_id, letter)"
  ") WITHOUT ROWID;"
  "CREATE TABLE goal_feedback ("
  "  id      INTEGER PRIMARY KEY,"
  "  uuid    TEXT NOT NULL UNIQUE,"
  "  goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  step    INTEGER NOT NULL,"
  "  date    TEXT NOT NULL,"
  "  kind    TEXT NOT NULL,"
  "  note    TEXT,"
  "  created TEXT NOT NULL"
  ");"
  "CREATE INDEX goal_feedback_by_goal ON goal_feedback (goal_id, date);",

  /* 5: parent meetings: preparation, agenda and questions, agreements */
  "CREATE TABLE meetings ("
  "  id                        INTEGER PRIMARY KEY,"
  "  uuid                      TEXT NOT NULL UNIQUE,"
  "  student_id                INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  status                    TEXT NOT NULL,"
  "  author                    TEXT,"
  "  reason                    TEXT NOT NULL,"
  "  aims                      TEXT,"
  "  date                      TEXT,"
  "  time                      TEXT,"
  "  place                     TEXT,"
  "  duration                  INTEGER NOT NULL DEFAULT 30,"
  "  consent                   TEXT NOT NULL DEFAULT 'unknown',"
  "  consent_date              TEXT,"
  "  consent_how               TEXT,"
  "  strength_learning         TEXT,"
  "  strength_work_attitude    TEXT,"
  "  strength_cognitive        TEXT,"
  "  strength_social_emotional TEXT,"
  "  strength_creative         TEXT,"
  "  strength_physical         TEXT,"
  "  strength_interests        TEXT,"
  "  parents_appreciation      TEXT,"
  "  worry                     TEXT,"
  "  going_well                TEXT,"
  "  school_view               TEXT,"
  "  home_view                 TEXT,"
  "  student_view              TEXT,"
  "  invitation                TEXT,"
  "  next_contact              TEXT,"
  "  felt_heard                TEXT,"
  "  do_differently            TEXT,"
  "  summary                   TEXT,"
  "  summary_entry_id          INTEGER REFERENCES entries (id) ON DELETE SET NULL,"
  "  created                   TEXT NOT NULL,"
  "  modified                  TEXT NOT NULL"
  ");"
  "CREATE INDEX meetings_by_student ON meetings (student_id, date);"
  "CREATE TABLE meeting_attendees ("
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  role       TEXT NOT NULL,"
  "  name       TEXT,"
  "  leads      INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (meeting_id, position)"
  ") WITHOUT ROWID;"
  /* A link goes with its entry: a deleted timeline entry is no example any more. */
  "CREATE TABLE meeting_links ("
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
  "  role       TEXT NOT NULL,"
  "  area       TEXT,"
  "  PRIMARY KEY (meeting_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_links_by_entry ON meeting_links (entry_id);"
  "CREATE TABLE meeting_goals ("
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  PRIMARY KEY (meeting_id, goal_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_goals_by_goal ON meeting_goals (goal_id);"
  /* An agenda item keeps its words when the entry it was about is deleted. */
  "CREATE TABLE meeting_items ("
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  section    TEXT NOT NULL CHECK (section IN ('agenda', 'question')),"
  "  position   INTEGER NOT NULL,"
  "  text       TEXT NOT NULL,"
  "  entry_id   INTEGER REFERENCES entries (id) ON DELETE SET NULL,"
  "  done       INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (meeting_id, section, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX meeting_items_by_entry ON meeting_items (entry_id) WHERE entry_id IS NOT NULL;"
  "CREATE TABLE meeting_agreements ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,"
  "  what       TEXT NOT NULL,"
  "  owner      TEXT NOT NULL,"
  "  owner_name TEXT,"
  "  due        TEXT NOT NULL,"
  "  entry_id   INTEGER REFERENCES entries (id) ON DELETE SET NULL,"
  "  created    TEXT NOT NULL,"
  "  modified   TEXT NOT NULL"
  ");"
  "CREATE INDEX meeting_agreements_by_meeting ON meeting_agreements (meeting_id);"
  "CREATE INDEX meeting_agreements_by_entry ON meeting_agreements (entry_id);",

  /* 6: signal checklists: templates (shipped ones copied in at first use) and the
   * checklists filled in, each with its own copy of groups and items */
  "CREATE TABLE checklist_templates ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  key          TEXT UNIQUE,"
  "  builtin_name TEXT,"
  "  custom_name  TEXT,"
  "  source       TEXT,"
  "  own          INTEGER NOT NULL DEFAULT 1,"
  "  position     INTEGER NOT NULL DEFAULT 0,"
  "  created      TEXT NOT NULL,"
  "  modified     TEXT NOT NULL"
  ");"
  /* Groups, items and tips of a template: kind says which. */
  "CREATE TABLE checklist_template_texts ("
  "  template_id INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,"
  "  kind        TEXT NOT NULL CHECK (kind IN ('group', 'item', 'tip')),"
  "  position    INTEGER NOT NULL,"
  "  key         TEXT NOT NULL,"
  "  builtin     TEXT,"
  "  custom      TEXT,"
  "  group_index INTEGER NOT NULL DEFAULT 0,"
  "  quiet       INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (template_id, kind, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE checklists ("
  "  id                    INTEGER PRIMARY KEY,"
  "  uuid                  TEXT NOT NULL UNIQUE,"
  "  student_id            INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  template_id           INTEGER REFERENCES checklist_templates (id) ON DELETE SET NULL,"
  "  template_uuid         TEXT,"
  "  builtin_template_name TEXT,"
  "  custom_template_name  TEXT,"
  "  date                  TEXT NOT NULL,"
  "  observer              TEXT,"
  "  status                TEXT NOT NULL CHECK (status IN ('draft', 'final')),"
  "  discussable           TEXT,"
  "  trusted               TEXT,"
  "  helpers               TEXT,"
  "  next_step             TEXT,"
  "  next_step_owner       TEXT,"
  "  next_step_due         TEXT,"
  "  entry_id              INTEGER REFERENCES entries (id) ON DELETE SET NULL,"
  "  created               TEXT NOT NULL,"
  "  modified              TEXT NOT NULL"
  ");"
  "CREATE INDEX checklists_by_student ON checklists (student_id, date);"
  "CREATE INDEX checklists_by_template ON checklists (template_id);"
  "CREATE INDEX checklists_by_entry ON checklists (entry_id);"
  "CREATE TABLE checklist_groups ("
  "  checklist_id INTEGER NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  key          TEXT NOT NULL,"
  "  builtin      TEXT,"
  "  custom       TEXT,"
  "  quiet        INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (checklist_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE checklist_answers ("
  "  checklist_id INTEGER NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  key          TEXT NOT NULL,"
  "  builtin      TEXT,"
  "  custom       TEXT,"
  "  group_index  INTEGER NOT NULL,"
  "  answer       TEXT NOT NULL CHECK (answer IN ('not-seen', 'seen', 'often')),"
  "  note         TEXT,"
  "  PRIMARY KEY (checklist_id, position)"
  ") WITHOUT ROWID;"
  /* An example goes with its entry: a deleted timeline entry is no example any more. */
  "CREATE TABLE checklist_links ("
  "  checklist_id INTEGER NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
  "  item_key     TEXT NOT NULL,"
  "  entry_id     INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (checklist_id, item_key, entry_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX checklist_links_by_entry ON checklist_links (entry_id);",

  /* 7: whose student it is (the overview filters on it, a handover changes it), who
   * wrote a goal (it stays visible after a move), and what the overview asks for */
  "ALTER TABLE students ADD COLUMN mentor TEXT;"
  "ALTER TABLE goals ADD COLUMN author TEXT;"
  "UPDATE students SET mentor = (SELECT value FROM meta WHERE key = 'user-name');"
  "UPDATE goals SET author = (SELECT value FROM meta WHERE key = 'user-name');"
  "CREATE INDEX goals_due ON goals (evaluation_date) WHERE status = 'active';"
  "CREATE INDEX entries_by_kind ON entries (kind, student_id, date);",

  /* 8: student care meetings (leerlingbespreking): the plan, the students with the
   * mentor's question, and per student the conclusion and next steps, each linked to
   * the timeline entry it became. The entries stay when a meeting is deleted. */
  "CREATE TABLE care_meetings ("
  "  id       INTEGER PRIMARY KEY,"
  "  uuid     TEXT NOT NULL UNIQUE,"
  "  date     TEXT NOT NULL,"
  "  time     TEXT,"
  "  place    TEXT,"
  "  author   TEXT,"
  "  created  TEXT NOT NULL,"
  "  modified TEXT NOT NULL"
  ");"
  "CREATE INDEX care_meetings_by_date ON care_meetings (date);"
  "CREATE TABLE care_meeting_attendees ("
  "  care_meeting_id INTEGER NOT NULL REFERENCES care_meetings (id) ON DELETE CASCADE,"
  "  position        INTEGER NOT NULL,"
  "  name            TEXT NOT NULL,"
  "  PRIMARY KEY (care_meeting_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE care_meeting_students ("
  "  id              INTEGER PRIMARY KEY,"
  "  care_meeting_id INTEGER NOT NULL REFERENCES care_meetings (id) ON DELETE CASCADE,"
  "  student_id      INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  position        INTEGER NOT NULL,"
  "  question        TEXT,"
  "  conclusion      TEXT,"
  "  entry_id        INTEGER REFERENCES entries (id) ON DELETE SET NULL,"
  "  UNIQUE (care_meeting_id, student_id)"
  ");"
  "CREATE INDEX care_meeting_students_by_student ON care_meeting_students (student_id);"
  "CREATE INDEX care_meeting_students_by_entry ON care_meeting_students (entry_id);"
  "CREATE TABLE care_meeting_steps ("
  "  id              INTEGER PRIMARY KEY,"
  "  care_student_id INTEGER NOT NULL REFERENCES care_meeting_students (id) ON DELETE CASCADE,"
  "  position        INTEGER NOT NULL,"
  "  what            TEXT NOT NULL,"
  "  owner           TEXT NOT NULL,"
  "  due             TEXT NOT NULL,"
  "  entry_id        INTEGER REFERENCES entries (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX care_meeting_steps_by_student ON care_meeting_steps (care_student_id, position);"
  "CREATE INDEX care_meeting_steps_by_entry ON care_meeting_steps (entry_id);",

  /* 9: what left the notebook or was deleted, when and by whom, for which
   * students (by id): never the content */
  "CREATE TABLE audit_log ("
  "  id          INTEGER PRIMARY KEY,"
  "  at          TEXT NOT NULL,"
  "  who         TEXT,"
  "  action      TEXT NOT NULL,"
  "  what        TEXT NOT NULL,"
  "  student_ids TEXT"
  ");",
  /* 10: indexes for a school of 2,000 (docs/performance.md): the timeline's own
   * order, so its first page is read from the index and not sorted out of every
   * entry of the student (coalesce: undated times last); open follow-ups and
   * absence with every column the overview reads, so it touches no entry row */
  "DROP INDEX entries_by_student;"
  "CREATE INDEX entries_timeline ON entries (student_id, date, coalesce (time, ''));"
  "DROP INDEX entries_open_followups;"
  "CREATE INDEX entries_open_followups ON entries"
  "  (followup_due, student_id, kind, followup_owner, sensitive, followup_text)"
  "  WHERE followup_text IS NOT NULL AND followup_done_at IS NULL;"
  "CREATE INDEX entries_absence ON entries"
  "  (student_id, date, absence_authorised, absence_amount, absence_unit)"
  "  WHERE kind = 'absence';",

  /* 11: drafts, the unsaved text of an editor that was open when the notebook
   * locked, kept in the encrypted file until the editor opens again. Keyed by the
   * editor (the GUI's own name for it); they go with their student. */
  "CREATE TABLE drafts ("
  "  key        TEXT PRIMARY KEY,"
  "  student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
  "  saved_at   TEXT NOT NULL,"
  "  content    TEXT NOT NULL"
  ");",
};

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
koers_store_finalize (GObject *object)
{
  KoersStore *self = KOERS_STORE (object);

  koers_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_free (self->path);

  G_OBJECT_CLASS (koers_store_parent_class)->finalize (object);
}

static void
koers_store_class_init (KoersStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_store_finalize;
}

static void
koers_store_init (KoersStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
}

char *
koers_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "koers", "koers.db", NULL);
}

int
koers_store_get_latest_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

sqlite3 *
koers_store_open_reference_schema (GError **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (migrations); i++)
    rc = sqlite3_exec (db, migrations[i], NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                   _("Could not build the notebook layout to check against: %s"),
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

gboolean
koers_store_fail (KoersStore  *self,
                  int          rc,
                  GError     **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DAMAGED,
                   _("The notebook is damaged (%s). Restore it from a backup."), detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CONSTRAINT,
                   _("The change conflicts with data already in the notebook (%s)."), detail);
      break;
    case SQLITE_FULL:
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                           _("The disk is full. Nothing was saved; free some space and try again."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_BUSY,
                           _("The notebook is busy: another Koers or koers-cli is writing to it. "
                             "Nothing was changed; try again in a moment."));
      break;
    default:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                   _("The notebook could not be read or written (%s)."), detail);
      break;
    }

  return FALSE;
}

sqlite3_stmt *
koers_store_prepare (KoersStore  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (self->db == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                           _("The notebook is locked."));
      return NULL;
    }

  /* Callers pass string literals, so the key outlives the cache entry. */
  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

sqlite3_stmt *
koers_store_prepare_once (KoersStore  *self,
                          const char  *sql,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                           _("The notebook is locked."));
      return NULL;
    }

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  return stmt;
}

gboolean
koers_store_exec (KoersStore  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                           _("The notebook is locked."));
      return FALSE;
    }

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return koers_store_fail (self, rc, error);

  return TRUE;
}

gboolean
koers_store_begin (KoersStore  *self,
                   GError     **error)
{
  /* IMMEDIATE takes the write lock now, so a busy file fails before any work is done. */
  return koers_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
koers_store_commit (KoersStore  *self,
                    GError     **error)
{
  if (koers_store_exec (self, "COMMIT", error))
    return TRUE;

  koers_store_rollback (self);
  return FALSE;
}

gboolean
koers_store_exec_for_id (KoersStore  *self,
                         const char  *sql,
                         gint64       id,
                         GError     **error)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

void
koers_store_rollback (KoersStore *self)
{
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
koers_store_bind_text (sqlite3_stmt *stmt,
                       int           index,
                       const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           int        *out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

static gboolean
migrate (KoersStore  *self,
         int          target,
         GError     **error)
{
  while (self->schema_version < target)
    {
      int next = self->schema_version + 1;
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", next);

      if (!koers_store_begin (self, error))
        return FALSE;

      if (!koers_store_exec (self, migrations[next - 1], error) ||
          !koers_store_exec (self, set_version, error))
        {
          koers_store_rollback (self);
          g_prefix_error (error, _("Could not update the notebook to version %d: "), next);
          return FALSE;
        }

      if (!koers_store_commit (self, error))
        return FALSE;

      self->schema_version = next;
    }

  return TRUE;
}

/* Settings that hold for every connection: they are not stored in the file. */
static gboolean
configure_connection (KoersStore  *self,
                      GError     **error)
{
  /* trusted_schema off: a view or trigger in an attached file (a package) may call
   * no function with side effects. */
  return koers_store_register_functions (self, error) &&
         koers_store_exec (self,
                           "PRAGMA trusted_schema = OFF;"
                           /* 32 MB of decrypted pages instead of 2: a big school's
                            * indexes stay in memory, not decrypted again at every
                            * look (encrypted_vs_plain in docs/performance.md). */
                           "PRAGMA cache_size = -32768;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA secure_delete = ON;"
                           "PRAGMA temp_store = MEMORY;"
                           "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = FULL;"
                           "PRAGMA busy_timeout = 5000;",
                           error);
}

static gboolean
key_connection (KoersStore  *self,
                const char  *passphrase,
                GError     **error)
{
  int rc;

  /* A system SQLCipher may log decryption failures (a wrong passphrase) to stderr. */
  sqlite3_exec (self->db, "PRAGMA cipher_log_level = NONE", NULL, NULL, NULL);

  rc = sqlite3_key (self->db, passphrase, (int) strlen (passphrase));

  if (rc != SQLITE_OK)
    return koers_store_fail (self, rc, error);

  return TRUE;
}

static KoersStore *
store_new (const char *path)
{
  KoersStore *self = g_object_new (KOERS_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  return self;
}

/* Creates the file with owner-only permissions before SQLite sees it; SQLite gives
 * its -wal and -shm files the same mode. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_EXISTS,
                     _("%s already exists. Open it, or choose another file name."), path);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Could not create %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

void
koers_store_remove_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

KoersStore *
koers_store_create_at_version (const char  *path,
                               const char  *passphrase,
                               int          version,
                               GError     **error)
{
  g_autoptr(KoersStore) self = NULL;
  g_autofree char *set_app_id = NULL;
  /* Identifies the notebook when records later move between notebooks. */
  g_autofree char *notebook_uuid = g_uuid_string_random ();
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);
  g_return_val_if_fail (version >= 0 && version <= koers_store_get_latest_schema_version (), NULL);

  if (*passphrase == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The passphrase is empty. Choose a passphrase to protect the notebook."));
      return NULL;
    }

  if (!create_private_file (path, error))
    return NULL;

  self = store_new (path);
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  set_app_id = g_strdup_printf ("PRAGMA application_id = %d", KOERS_APPLICATION_ID);

  if (rc != SQLITE_OK ||
      !key_connection (self, passphrase, error) ||
      !configure_connection (self, error) ||
      !koers_store_exec (self, set_app_id, error) ||
      !migrate (self, version, error) ||
      (version >= 1 && !koers_store_set_meta (self, "notebook-uuid", notebook_uuid, error)))
    {
      if (rc != SQLITE_OK)
        koers_store_fail (self, rc, error);
      koers_store_close (self);
      koers_store_remove_files (path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

KoersStore *
koers_store_create (const char  *path,
                    const char  *passphrase,
                    GError     **error)
{
  return koers_store_create_at_version (path, passphrase,
                                        koers_store_get_latest_schema_version (),
                                        error);
}

static gboolean
set_not_a_notebook (const char  *path,
                    const char  *why,
                    GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_A_NOTEBOOK,
               _("%s is not a Koers notebook: %s"), name, why);
  return FALSE;
}

/* Cheap checks on the raw file that tell a foreign or broken file from a wrong
 * passphrase, which SQLCipher alone cannot: both fail to decrypt page 1. */
static gboolean
check_file_looks_encrypted (const char  *path,
                            GError     **error)
{
  GStatBuf st;
  char header[16] = { 0 };
  FILE *file;
  size_t n;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                     _("There is no notebook at %s."), path);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Could not open %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    return set_not_a_notebook (path, _("it is not a regular file."), error);

  if (st.st_size == 0)
    return set_not_a_notebook (path, _("the file is empty."), error);

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not open %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n == sizeof header && memcmp (header, "SQLite format 3", 16) == 0)
    return set_not_a_notebook (path, _("it is an unencrypted database."), error);

  /* SQLCipher files are whole pages of at least 512 bytes. */
  if (st.st_size < 512 || st.st_size % 512 != 0)
    return set_not_a_notebook (path, _("the file is too short or has been cut off."), error);

  return TRUE;
}

KoersStore *
koers_store_open (const char  *path,
                  const char  *passphrase,
                  GError     **error)
{
  return koers_store_open_with_flags (path, passphrase, KOERS_STORE_OPEN_DEFAULT, error);
}

KoersStore *
koers_store_open_with_flags (const char           *path,
                             const char           *passphrase,
                             KoersStoreOpenFlags   flags,
                             GError              **error)
{
  g_autoptr(KoersStore) self = NULL;
  int rc, app_id = 0, version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);

  if (!check_file_looks_encrypted (path, error))
    return NULL;

  self = store_new (path);
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  if (!key_connection (self, passphrase, error))
    return NULL;

  /* The first read decrypts page 1: the only proof that the key is right. */
  rc = query_int (self->db, "SELECT count(*) FROM sqlite_schema", &version);
  if (rc == SQLITE_NOTADB)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE,
                           _("Wrong passphrase. Check it and try again."));
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  rc = query_int (self->db, "PRAGMA application_id", &app_id);
  if (rc == SQLITE_OK)
    rc = query_int (self->db, "PRAGMA user_version", &version);
  if (rc != SQLITE_OK)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  if (app_id != KOERS_APPLICATION_ID)
    {
      set_not_a_notebook (path, _("it is an encrypted database of another program."), error);
      return NULL;
    }

  if (version > koers_store_get_latest_schema_version ())
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_TOO_NEW,
                   _("This notebook was made by a newer version of Koers (schema %d). Update Koers to open it."),
                   version);
      return NULL;
    }

  self->schema_version = version;

  if (!configure_connection (self, error))
    return NULL;

  if ((flags & KOERS_STORE_OPEN_SKIP_CHECK) == 0)
  {
    g_autofree char *result = NULL;
    sqlite3_stmt *stmt = NULL;

    /* Every page's HMAC, so a damaged file is caught on open and not halfway
     * through the user's work. Not quick_check: besides the pages it checks the
     * full-text index against every entry, four times as long on a big
     * notebook, and a flipped byte fails the HMAC first. No row is good news. */
    rc = sqlite3_prepare_v2 (self->db, "PRAGMA cipher_integrity_check", -1, &stmt, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
      result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);

    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      {
        koers_store_fail (self, rc, error);
        return NULL;
      }
    if (rc == SQLITE_ROW)
      {
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DAMAGED,
                     _("The notebook is damaged (%s). Restore it from a backup."),
                     result ? result : "?");
        return NULL;
      }
  }

  if (!migrate (self, koers_store_get_latest_schema_version (), error))
    return NULL;

  return g_steal_pointer (&self);
}

void
koers_store_close (KoersStore *self)
{
  g_return_if_fail (KOERS_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      /* close_v2 never fails on open statements; all of ours are finalized above. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

gboolean
koers_store_attach (KoersStore  *self,
                    const char  *path,
                    const char  *passphrase,
                    const char  *schema,
                    GError     **error)
{
  /* The schema name is ours, never the user's: safe to put in the SQL. */
  g_autofree char *sql = g_strdup_printf ("ATTACH DATABASE ?1 AS %s KEY ?2", schema);
  sqlite3_stmt *stmt = koers_store_prepare_once (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, passphrase, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

void
koers_store_reset_statements (KoersStore *self)
{
  GHashTableIter iter;
  gpointer stmt;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, &stmt))
    sqlite3_reset (stmt);
}

sqlite3 *
koers_store_get_db (KoersStore *self)
{
  return self->db;
}

int
koers_store_get_application_id (void)
{
  return KOERS_APPLICATION_ID;
}

gboolean
koers_store_is_open (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return self->db != NULL;
}

const char *
koers_store_get_path (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  return self->path;
}

int
koers_store_get_schema_version (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), 0);
  return self->schema_version;
}

char *
koers_store_dup_meta (KoersStore  *self,
                      const char  *key,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self, "SELECT value FROM meta WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

      sqlite3_reset (stmt);
      return value;
    }
  if (rc != SQLITE_DONE)
    koers_store_fail (self, rc, error);
  return NULL;
}

double
koers_store_get_default_hours (KoersStore *self)
{
  g_autofree char *text = NULL;
  char *end = NULL;
  double hours;

  g_return_val_if_fail (KOERS_IS_STORE (self), KOERS_DEFAULT_HOURS_PER_WEEK);

  text = koers_store_dup_meta (self, KOERS_META_HOURS_PER_WEEK, NULL);
  if (text == NULL)
    return KOERS_DEFAULT_HOURS_PER_WEEK;
  hours = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(hours >= 1 && hours <= 60))
    return KOERS_DEFAULT_HOURS_PER_WEEK;
  return hours;
}

guint
koers_store_get_meta_uint (KoersStore *self,
                           const char *key,
                           guint       min,
                           guint       max,
                           guint       fallback)
{
  g_autofree char *text = koers_store_dup_meta (self, key, NULL);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, min, max, &value, NULL))
    return fallback;
  return (guint) value;
}

guint
koers_store_get_goal_weeks (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), KOERS_GOAL_DEFAULT_WEEKS);

  return koers_store_get_meta_uint (self, KOERS_META_GOAL_WEEKS, 1, 52, KOERS_GOAL_DEFAULT_WEEKS);
}

gboolean
koers_store_set_meta (KoersStore  *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (value == NULL)
    stmt = koers_store_prepare (self, "DELETE FROM meta WHERE key = ?1", error);
  else
    stmt = koers_store_prepare (self,
                                "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (value != NULL)
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}
