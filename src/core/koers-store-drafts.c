/* koers-store-drafts.c: what an open editor held when the notebook locked
 *
 * The lock closes the connection, and text kept only in the window would be lost
 * or left unencrypted, so the GUI writes it here first, under a key of its own,
 * and takes it back when that editor opens again. A draft is read once: taking it
 * deletes it (secure_delete overwrites the row). Drafts hang off their student
 * (ON DELETE CASCADE), so erasure and the retention period take them along; the
 * package export and the student export name their tables one by one and leave
 * this one out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-i18n.h"

static gboolean
check_key (const char  *key,
           GError     **error)
{
  if (*key == '\0')
    return koers_store_set_invalid (error, _("Unsaved text needs a key that says which editor it belongs to."));
  return TRUE;
}

gboolean
koers_store_put_draft (KoersStore  *self,
                       const char  *key,
                       gint64       student_id,
                       const char  *content,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_key (key, error))
    return FALSE;

  /* REPLACE, not an upsert: the new row gets the highest rowid, which orders two
   * drafts saved within the same millisecond (koers_store_dup_newest_draft). */
  stmt = koers_store_prepare (self,
                              "INSERT OR REPLACE INTO drafts (key, student_id, saved_at, content)"
                              " VALUES (?1, ?2, " KOERS_SQL_NOW ", ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, student_id);
  /* Not koers_store_bind_text: an emptied editor is a draft too, and "" is no NULL. */
  sqlite3_bind_text (stmt, 3, content, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (koers_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        return koers_store_set_invalid (error, _("The student of this editor is no longer in the notebook; its unsaved text could not be kept."));
      return koers_store_fail (self, rc, error);
    }
  return TRUE;
}

char *
koers_store_take_draft (KoersStore  *self,
                        const char  *key,
                        char       **saved_at,
                        GError     **error)
{
  g_autofree char *content = NULL;
  g_autofree char *when = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (saved_at != NULL)
    *saved_at = NULL;
  if (!check_key (key, error))
    return NULL;

  /* Read and delete together: a draft restored into an editor must not come back
   * a second time, nor be gone without having been read. */
  if (!koers_store_begin (self, error))
    return NULL;
  stmt = koers_store_prepare (self, "DELETE FROM drafts WHERE key = ?1 RETURNING content, saved_at", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      content = g_strdup (koers_store_column_text (stmt, 0));
      when = g_strdup (koers_store_column_text (stmt, 1));
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      sqlite3_reset (stmt);
      goto fail;
    }
  if (!koers_store_commit (self, error))
    return NULL;

  if (saved_at != NULL)
    *saved_at = g_steal_pointer (&when);
  return g_steal_pointer (&content);

fail:
  koers_store_rollback (self);
  return NULL;
}

char *
koers_store_dup_newest_draft (KoersStore  *self,
                              gint64      *student_id,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (student_id != NULL)
    *student_id = 0;

  stmt = koers_store_prepare (self,
                              "SELECT key, student_id FROM drafts"
                              " ORDER BY saved_at DESC, rowid DESC LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      char *key = g_strdup (koers_store_column_text (stmt, 0));

      if (student_id != NULL)
        *student_id = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);
      return key;
    }
  if (rc != SQLITE_DONE)
    koers_store_fail (self, rc, error);
  return NULL;
}
