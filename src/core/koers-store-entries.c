/* koers-store-entries.c: the timeline of each student, its search and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"

#define ENTRY_COLUMNS \
  "id, uuid, student_id, kind, date, time, author, text, interpretation, source," \
  " source_name, sensitive, followup_text, followup_owner, followup_due, followup_done_at," \
  " absence_authorised, absence_amount, absence_unit, absence_reason, referral_to," \
  " referral_name, referral_feedback_due, referral_feedback, referral_feedback_date," \
  " created, modified"


static KoersEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  KoersEntryKind kind = KOERS_ENTRY_OBSERVATION;
  KoersSource source = KOERS_SOURCE_NONE;
  KoersReferralTo referral = KOERS_REFERRAL_NONE;
  KoersEntry *entry;

  /* Ids written by a newer Koers fall back to a neutral kind rather than vanish. */
  koers_entry_kind_from_string (koers_store_column_text (stmt, 3), &kind);
  koers_source_from_string (koers_store_column_text (stmt, 9), &source);
  koers_referral_from_string (koers_store_column_text (stmt, 20), &referral);

  entry = koers_entry_new (kind);
  koers_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  koers_entry_set_uuid (entry, koers_store_column_text (stmt, 1));
  koers_entry_set_student_id (entry, sqlite3_column_int64 (stmt, 2));
  koers_entry_set_date (entry, koers_store_column_text (stmt, 4));
  koers_entry_set_time (entry, koers_store_column_text (stmt, 5));
  koers_entry_set_author (entry, koers_store_column_text (stmt, 6));
  koers_entry_set_text (entry, koers_store_column_text (stmt, 7));
  koers_entry_set_interpretation (entry, sqlite3_column_int (stmt, 8));
  koers_entry_set_source (entry, source);
  koers_entry_set_source_name (entry, koers_store_column_text (stmt, 10));
  koers_entry_set_sensitive (entry, sqlite3_column_int (stmt, 11));
  koers_entry_set_followup_text (entry, koers_store_column_text (stmt, 12));
  koers_entry_set_followup_owner (entry, koers_store_column_text (stmt, 13));
  koers_entry_set_followup_due (entry, koers_store_column_text (stmt, 14));
  koers_entry_set_followup_done_at (entry, koers_store_column_text (stmt, 15));
  koers_entry_set_absence_authorised (entry, sqlite3_column_int (stmt, 16));
  koers_entry_set_absence_amount (entry, sqlite3_column_double (stmt, 17));
  koers_entry_set_absence_unit (entry, g_strcmp0 (koers_store_column_text (stmt, 18), "dayparts") == 0
                                       ? KOERS_ABSENCE_DAYPARTS : KOERS_ABSENCE_HOURS);
  koers_entry_set_absence_reason (entry, koers_store_column_text (stmt, 19));
  koers_entry_set_referral_to (entry, referral);
  koers_entry_set_referral_name (entry, koers_store_column_text (stmt, 21));
  koers_entry_set_referral_feedback_due (entry, koers_store_column_text (stmt, 22));
  koers_entry_set_referral_feedback (entry, koers_store_column_text (stmt, 23));
  koers_entry_set_referral_feedback_date (entry, koers_store_column_text (stmt, 24));
  koers_entry_set_created (entry, koers_store_column_text (stmt, 25));
  koers_entry_set_modified (entry, koers_store_column_text (stmt, 26));
  return entry;
}

static gboolean
set_entry_gone (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("The timeline entry is no longer in the notebook."));
  return FALSE;
}

static gboolean
entry_matches (KoersEntry            *entry,
               const KoersEntryQuery *query)
{
  if (query->kinds != 0 &&
      (query->kinds & KOERS_ENTRY_KIND_MASK (koers_entry_get_kind (entry))) == 0)
    return FALSE;

  return TRUE;
}

static GPtrArray *
collect_entries (KoersStore            *self,
                 sqlite3_stmt          *stmt,
                 const KoersEntryQuery *query,
                 GError               **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersEntry) entry = entry_from_row (stmt);

      /* Kinds are filtered here: one cached statement serves every set of kinds.
       * The rows come in the index's order, so a page stops reading early. */
      if (query == NULL || entry_matches (entry, query))
        g_ptr_array_add (entries, g_steal_pointer (&entry));
      if (query != NULL && query->limit > 0 && entries->len == query->limit)
        {
          /* A statement left mid-way holds its read lock. */
          sqlite3_reset (stmt);
          rc = SQLITE_DONE;
          break;
        }
    }

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

GPtrArray *
koers_store_list_entries (KoersStore             *self,
                          gint64                  student_id,
                          const KoersEntryQuery  *query,
                          GError                **error)
{
  static const KoersEntryQuery everything = { 0 };
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (query == NULL)
    query = &everything;

  stmt = koers_store_prepare (self,
                              "SELECT " ENTRY_COLUMNS " FROM entries"
                              " WHERE student_id = ?1"
                              "   AND (?2 IS NULL OR date >= ?2)"
                              "   AND (?3 IS NULL OR date <= ?3)"
                              "   AND (NOT ?4 OR (followup_text IS NOT NULL AND followup_done_at IS NULL))"
                              "   AND (NOT ?5 OR interpretation = 0)"
                              "   AND (?6 = 0 OR (date, coalesce (time, ''), id) <"
                              "        (SELECT date, coalesce (time, ''), id FROM entries WHERE id = ?6))"
                              " ORDER BY date DESC, coalesce (time, '') DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, student_id);
  koers_store_bind_text (stmt, 2, query->from);
  koers_store_bind_text (stmt, 3, query->to);
  sqlite3_bind_int (stmt, 4, query->only_open_followups);
  sqlite3_bind_int (stmt, 5, query->only_facts);
  sqlite3_bind_int64 (stmt, 6, query->before_id);

  return collect_entries (self, stmt, query, error);
}

KoersEntry *
koers_store_get_entry (KoersStore  *self,
                       gint64       id,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  KoersEntry *entry;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " ENTRY_COLUMNS " FROM entries WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      set_entry_gone (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  entry = entry_from_row (stmt);
  sqlite3_reset (stmt);
  return entry;
}

static gboolean
valid_optional_date (const char *iso)
{
  GDate date;

  return iso == NULL || koers_date_from_iso (iso, &date);
}

static gboolean
validate_entry (KoersEntry  *entry,
                GError     **error)
{
  GDate date;
  const char *time = koers_entry_get_time (entry);

  if (koers_entry_get_student_id (entry) <= 0)
    return koers_store_set_invalid (error, _("The entry belongs to no student."));

  if (!koers_date_from_iso (koers_entry_get_date (entry), &date))
    return koers_store_set_invalid (error, _("The entry needs a valid date."));

  if (time != NULL && !g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$", time, 0, 0))
    return koers_store_set_invalid (error, _("The time must be written as hh:mm, for example 14:30."));

  /* Absence can be recorded by its hours alone; every other kind says something. */
  if (koers_entry_get_text (entry) == NULL &&
      !(koers_entry_get_kind (entry) == KOERS_ENTRY_ABSENCE &&
        koers_entry_get_absence_amount (entry) > 0))
    return koers_store_set_invalid (error, _("The entry has no text. Write what happened."));

  if (koers_entry_get_kind (entry) == KOERS_ENTRY_ABSENCE &&
      koers_entry_get_absence_amount (entry) < 0)
    return koers_store_set_invalid (error, _("Absence cannot be negative."));

  if (!valid_optional_date (koers_entry_get_followup_due (entry)))
    return koers_store_set_invalid (error, _("The follow-up needs a valid due date."));

  if (!valid_optional_date (koers_entry_get_referral_feedback_due (entry)) ||
      !valid_optional_date (koers_entry_get_referral_feedback_date (entry)))
    return koers_store_set_invalid (error, _("The referral's feedback dates are not valid dates."));

  return TRUE;
}

gboolean
koers_store_save_entry (KoersStore  *self,
                        KoersEntry  *entry,
                        GError     **error)
{
  gboolean is_new;
  sqlite3_stmt *stmt;
  g_autofree char *uuid = NULL;
  g_autofree char *author = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_ENTRY (entry), FALSE);

  if (!validate_entry (entry, error))
    return FALSE;

  is_new = koers_entry_get_id (entry) == 0;
  if (is_new)
    {
      uuid = g_strdup (koers_entry_get_uuid (entry));
      if (uuid == NULL)
        uuid = g_uuid_string_random ();

      author = g_strdup (koers_entry_get_author (entry));
      if (author == NULL)
        author = koers_store_dup_meta (self, KOERS_META_USER_NAME, NULL);

      stmt = koers_store_prepare (self,
                                  "INSERT INTO entries (uuid, student_id, kind, date, time, author,"
                                  "   text, interpretation, source, source_name, sensitive,"
                                  "   followup_text, followup_owner, followup_due, followup_done_at,"
                                  "   absence_authorised, absence_amount, absence_unit, absence_reason,"
                                  "   referral_to, referral_name, referral_feedback_due,"
                                  "   referral_feedback, referral_feedback_date, created, modified)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                  "   ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24,"
                                  "   coalesce (?25, " KOERS_SQL_NOW "), " KOERS_SQL_NOW ")"
                                  " RETURNING id, uuid, author, created, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      koers_store_bind_text (stmt, 6, author);
      /* Undo of a delete puts the entry back as it was written. */
      koers_store_bind_text (stmt, 25, koers_entry_get_created (entry));
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE entries SET student_id = ?2, kind = ?3, date = ?4,"
                                  "   time = ?5, author = coalesce (?6, author), text = ?7,"
                                  "   interpretation = ?8, source = ?9, source_name = ?10,"
                                  "   sensitive = ?11, followup_text = ?12, followup_owner = ?13,"
                                  "   followup_due = ?14, followup_done_at = ?15,"
                                  "   absence_authorised = ?16, absence_amount = ?17,"
                                  "   absence_unit = ?18, absence_reason = ?19, referral_to = ?20,"
                                  "   referral_name = ?21, referral_feedback_due = ?22,"
                                  "   referral_feedback = ?23, referral_feedback_date = ?24,"
                                  "   modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1"
                                  " RETURNING id, uuid, author, created, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_entry_get_id (entry));
      koers_store_bind_text (stmt, 6, koers_entry_get_author (entry));
    }

  sqlite3_bind_int64 (stmt, 2, koers_entry_get_student_id (entry));
  sqlite3_bind_text (stmt, 3, koers_entry_kind_to_id (koers_entry_get_kind (entry)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 4, koers_entry_get_date (entry));
  koers_store_bind_text (stmt, 5, koers_entry_get_time (entry));
  koers_store_bind_text (stmt, 7, koers_entry_get_text (entry));
  sqlite3_bind_int (stmt, 8, koers_entry_get_interpretation (entry));
  if (koers_entry_get_source (entry) != KOERS_SOURCE_NONE)
    sqlite3_bind_text (stmt, 9, koers_source_to_id (koers_entry_get_source (entry)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 10, koers_entry_get_source_name (entry));
  sqlite3_bind_int (stmt, 11, koers_entry_get_sensitive (entry));
  koers_store_bind_text (stmt, 12, koers_entry_get_followup_text (entry));
  koers_store_bind_text (stmt, 13, koers_entry_get_followup_owner (entry));
  koers_store_bind_text (stmt, 14, koers_entry_get_followup_due (entry));
  koers_store_bind_text (stmt, 15, koers_entry_get_followup_done_at (entry));
  if (koers_entry_get_kind (entry) == KOERS_ENTRY_ABSENCE)
    {
      sqlite3_bind_int (stmt, 16, koers_entry_get_absence_authorised (entry));
      sqlite3_bind_double (stmt, 17, koers_entry_get_absence_amount (entry));
      sqlite3_bind_text (stmt, 18,
                         koers_entry_get_absence_unit (entry) == KOERS_ABSENCE_DAYPARTS
                         ? "dayparts" : "hours", -1, SQLITE_STATIC);
    }
  koers_store_bind_text (stmt, 19, koers_entry_get_absence_reason (entry));
  if (koers_entry_get_referral_to (entry) != KOERS_REFERRAL_NONE)
    sqlite3_bind_text (stmt, 20, koers_referral_to_id (koers_entry_get_referral_to (entry)), -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 21, koers_entry_get_referral_name (entry));
  koers_store_bind_text (stmt, 22, koers_entry_get_referral_feedback_due (entry));
  koers_store_bind_text (stmt, 23, koers_entry_get_referral_feedback (entry));
  koers_store_bind_text (stmt, 24, koers_entry_get_referral_feedback_date (entry));

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_entry_gone (error);
  if (rc != SQLITE_ROW)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return koers_store_set_invalid (error, _("The student of this entry is no longer in the notebook."));
      return koers_store_fail (self, rc, error);
    }

  koers_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  koers_entry_set_uuid (entry, koers_store_column_text (stmt, 1));
  koers_entry_set_author (entry, koers_store_column_text (stmt, 2));
  koers_entry_set_created (entry, koers_store_column_text (stmt, 3));
  koers_entry_set_modified (entry, koers_store_column_text (stmt, 4));
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
koers_store_delete_entry (KoersStore  *self,
                          KoersEntry  *entry,
                          GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_ENTRY (entry), FALSE);

  /* A real delete (secure_delete overwrites it); undo saves the caller's copy again. */
  stmt = koers_store_prepare (self, "DELETE FROM entries WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_entry_get_id (entry));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    return set_entry_gone (error);

  koers_entry_set_id (entry, 0);
  return TRUE;
}

gboolean
koers_store_set_followup_done (KoersStore  *self,
                               KoersEntry  *entry,
                               gboolean     done,
                               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_ENTRY (entry), FALSE);

  stmt = koers_store_prepare (self,
                              "UPDATE entries SET"
                              "   followup_done_at = CASE WHEN ?2 THEN " KOERS_SQL_NOW " END,"
                              "   modified = " KOERS_SQL_NOW
                              " WHERE id = ?1 AND followup_text IS NOT NULL"
                              " RETURNING followup_done_at, modified",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_entry_get_id (entry));
  sqlite3_bind_int (stmt, 2, !!done);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return set_entry_gone (error);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);

  koers_entry_set_followup_done_at (entry, koers_store_column_text (stmt, 0));
  koers_entry_set_modified (entry, koers_store_column_text (stmt, 1));
  sqlite3_reset (stmt);
  return TRUE;
}

GPtrArray *
koers_store_list_open_followups (KoersStore  *self,
                                 gint64       student_id,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " ENTRY_COLUMNS " FROM entries"
                              " WHERE followup_text IS NOT NULL AND followup_done_at IS NULL"
                              "   AND (?1 = 0 OR student_id = ?1)"
                              " ORDER BY followup_due IS NULL, followup_due, date, id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, student_id);
  return collect_entries (self, stmt, NULL, error);
}

GPtrArray *
koers_store_list_open_referrals (KoersStore  *self,
                                 gint64       student_id,
                                 GError     **error)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  /* Archived students' referrals stay: a student who left school can still be
   * waiting for care, and that is exactly the one who disappears. */
  stmt = koers_store_prepare (self,
                              "SELECT " ENTRY_COLUMNS " FROM entries"
                              " WHERE kind = 'referral' AND referral_feedback_date IS NULL"
                              "   AND (?1 = 0 OR student_id = ?1)"
                              " ORDER BY referral_feedback_due IS NULL,"
                              "          referral_feedback_due >= ?2,"
                              "          referral_feedback_due, date, id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, student_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  return collect_entries (self, stmt, NULL, error);
}

guint
koers_store_count_entries (KoersStore  *self,
                           gint64       student_id,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  guint n;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  /* Two statements: "?1 = 0 OR student_id = ?1" would keep the index out. */
  if (student_id == 0)
    stmt = koers_store_prepare (self, "SELECT count(*) FROM entries", error);
  else
    stmt = koers_store_prepare (self, "SELECT count(*) FROM entries WHERE student_id = ?1", error);
  if (stmt == NULL)
    return 0;

  if (student_id != 0)
    sqlite3_bind_int64 (stmt, 1, student_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return 0;
    }
  n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* "Noël verb" → "noël"* "verb"*: every word must occur, each as a prefix. Quoting
 * keeps FTS5 operators and punctuation in the user's text from being parsed. */
static char *
build_fts_query (const char *text)
{
  GString *query = g_string_new (NULL);
  GString *word = g_string_new (NULL);
  const char *p = text;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_printf (query, "\"%s\"*", word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return g_string_free (query, FALSE);
}

GPtrArray *
koers_store_search_entries (KoersStore  *self,
                            const char  *query,
                            gboolean     include_sensitive,
                            guint        limit,
                            GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *fts_query = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  fts_query = build_fts_query (query != NULL ? query : "");
  if (*fts_query == '\0')
    return g_steal_pointer (&hits);

  stmt = koers_store_prepare (self,
                              "SELECT e.student_id,"
                              "   s.first_name || coalesce (' ' || s.tussenvoegsel, '') || ' ' || s.last_name,"
                              "   e.id, e.date, e.kind,"
                              "   snippet (entries_fts, -1, char (2), char (3), '…', 12)"
                              " FROM entries_fts"
                              " JOIN entries e ON e.id = entries_fts.rowid"
                              " JOIN students s ON s.id = e.student_id"
                              " WHERE entries_fts MATCH ?1 AND (?2 OR e.sensitive = 0)"
                              /* Not by rank: bm25 is worked out for every match before
                               * the first row comes (200 ms for a common word in a big
                               * school). In rowid order the index stops at the limit. */
                              " ORDER BY entries_fts.rowid DESC"
                              " LIMIT ?3",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, include_sensitive);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersEntryKind kind = KOERS_ENTRY_OBSERVATION;

      koers_entry_kind_from_string (koers_store_column_text (stmt, 4), &kind);
      g_ptr_array_add (hits, koers_search_hit_new (sqlite3_column_int64 (stmt, 0),
                                                   koers_store_column_text (stmt, 1),
                                                   sqlite3_column_int64 (stmt, 2),
                                                   koers_store_column_text (stmt, 3),
                                                   kind,
                                                   koers_store_column_text (stmt, 5)));
    }

  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&hits);
}

double
koers_store_get_group_hours (KoersStore  *self,
                             const char  *group,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  double hours;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), KOERS_DEFAULT_HOURS_PER_WEEK);

  if (group == NULL)
    return koers_store_get_default_hours (self);

  stmt = koers_store_prepare (self, "SELECT hours_per_week FROM groups WHERE name = ?1", error);
  if (stmt == NULL)
    return koers_store_get_default_hours (self);

  sqlite3_bind_text (stmt, 1, group, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      hours = sqlite3_column_double (stmt, 0);
      sqlite3_reset (stmt);
      return hours;
    }
  if (rc != SQLITE_DONE)
    koers_store_fail (self, rc, error);
  sqlite3_reset (stmt);
  /* A class not in the notebook yet starts with the default, as ensure_group does. */
  return koers_store_get_default_hours (self);
}

gboolean
koers_store_set_group_hours (KoersStore  *self,
                             const char  *group,
                             double       hours_per_week,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  if (!(hours_per_week > 0 && hours_per_week <= 60))
    return koers_store_set_invalid (error, _("Scheduled hours a week must be between 0 and 60."));

  stmt = koers_store_prepare (self,
                              "UPDATE groups SET hours_per_week = ?2, modified = " KOERS_SQL_NOW
                              " WHERE name = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, group, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 2, hours_per_week);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                   _("There is no class “%s” in the notebook."), group);
      return FALSE;
    }
  return TRUE;
}

char *
koers_school_year_start (GDate *today)
{
  GDate now;

  if (today == NULL)
    {
      koers_date_today (&now);
      today = &now;
    }

  /* Dutch school years start after the summer holiday; 1 August is the legal date. */
  return g_strdup_printf ("%04d-08-01",
                          g_date_get_month (today) >= G_DATE_AUGUST
                          ? g_date_get_year (today) : g_date_get_year (today) - 1);
}

static guint
count_weekdays (const GDate *from,
                const GDate *to)
{
  GDate day = *from;
  guint n = 0;

  while (g_date_compare (&day, to) <= 0)
    {
      GDateWeekday wd = g_date_get_weekday (&day);

      if (wd != G_DATE_SATURDAY && wd != G_DATE_SUNDAY)
        n++;
      g_date_add_days (&day, 1);
    }

  return n;
}

double
koers_store_scheduled_hours (const GDate *from,
                             const GDate *to,
                             double       hours_per_week)
{
  if (g_date_compare (from, to) > 0)
    return 0;
  return count_weekdays (from, to) * hours_per_week / 5.0;
}

void
koers_attendance_finish (KoersAttendance *out)
{
  if (out->scheduled_hours > 0)
    out->percentage = MAX (0.0, 100.0 * (out->scheduled_hours - out->authorised_hours -
                                         out->unauthorised_hours) / out->scheduled_hours);
  else
    out->percentage = 100.0;
}

gboolean
koers_store_get_attendance (KoersStore       *self,
                            KoersStudent     *student,
                            const char       *from,
                            const char       *to,
                            KoersAttendance  *out,
                            GError          **error)
{
  GDate from_date, to_date, today;
  double hours_per_week;
  sqlite3_stmt *stmt;
  g_autoptr(GError) local_error = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!koers_date_from_iso (from, &from_date) || !koers_date_from_iso (to, &to_date))
    return koers_store_set_invalid (error, _("The period needs a valid start and end date."));

  /* Days still to come were not missed. */
  koers_date_today (&today);
  if (g_date_compare (&to_date, &today) > 0)
    to_date = today;

  hours_per_week = koers_store_get_group_hours (self, koers_student_get_group (student), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out = (KoersAttendance) { 0 };
  out->scheduled_hours = koers_store_scheduled_hours (&from_date, &to_date, hours_per_week);

  stmt = koers_store_prepare (self,
                              "SELECT absence_authorised, absence_amount, absence_unit FROM entries"
                              " WHERE student_id = ?1 AND kind = 'absence'"
                              "   AND date >= ?2 AND date <= ?3",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_student_get_id (student));
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double amount = sqlite3_column_double (stmt, 1);

      /* A daypart (ochtend or middag) is a tenth of a school week. */
      if (g_strcmp0 (koers_store_column_text (stmt, 2), "dayparts") == 0)
        amount *= hours_per_week / 10.0;

      if (sqlite3_column_int (stmt, 0))
        out->authorised_hours += amount;
      else
        out->unauthorised_hours += amount;
    }

  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  koers_attendance_finish (out);
  return TRUE;
}
