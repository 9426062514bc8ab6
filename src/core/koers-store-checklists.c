/* koers-store-checklists.c: signal checklist templates and the checklists filled in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-string.h"

/* The shipped templates already copied into this notebook, space-separated: a
 * template the user deleted is not copied in again. */
#define META_TEMPLATES_LOADED "checklist-templates-loaded"

#define TEMPLATE_COLUMNS \
  "id, uuid, key, builtin_name, custom_name, source, own, position, modified"

#define CHECKLIST_COLUMNS \
  "id, uuid, student_id, template_id, template_uuid, builtin_template_name," \
  " custom_template_name, date, observer, status, discussable, trusted, helpers," \
  " next_step, next_step_owner, next_step_due, entry_id, created, modified"

static gboolean
set_gone (GError    **error,
          const char *message)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Templates */

static KoersChecklistTemplate *
template_from_row (sqlite3_stmt *stmt)
{
  KoersChecklistTemplate *template = koers_checklist_template_new ();

  koers_checklist_template_set_id (template, sqlite3_column_int64 (stmt, 0));
  koers_checklist_template_set_uuid (template, koers_store_column_text (stmt, 1));
  koers_checklist_template_set_key (template, koers_store_column_text (stmt, 2));
  koers_checklist_template_set_builtin_name (template, koers_store_column_text (stmt, 3));
  koers_checklist_template_set_custom_name (template, koers_store_column_text (stmt, 4));
  koers_checklist_template_set_builtin_source (template, koers_store_column_text (stmt, 5));
  koers_checklist_template_set_own (template, sqlite3_column_int (stmt, 6));
  koers_checklist_template_set_position (template, sqlite3_column_int (stmt, 7));
  koers_checklist_template_set_modified (template, koers_store_column_text (stmt, 8));
  return template;
}

static gboolean
load_template_texts (KoersStore             *self,
                     KoersChecklistTemplate *template,
                     GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "SELECT kind, key, builtin, custom, group_index, quiet"
                              " FROM checklist_template_texts WHERE template_id = ?1"
                              " ORDER BY kind, position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, koers_checklist_template_get_id (template));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = koers_store_column_text (stmt, 0);
      const char *key = koers_store_column_text (stmt, 1);
      const char *builtin = koers_store_column_text (stmt, 2);
      const char *custom = koers_store_column_text (stmt, 3);

      if (g_str_equal (kind, "group"))
        g_ptr_array_add (koers_checklist_template_get_groups (template),
                         koers_checklist_group_new (key, builtin, custom, sqlite3_column_int (stmt, 5)));
      else if (g_str_equal (kind, "item"))
        g_ptr_array_add (koers_checklist_template_get_items (template),
                         koers_checklist_item_new (key, builtin, custom, sqlite3_column_int (stmt, 4)));
      else
        g_ptr_array_add (koers_checklist_template_get_tips (template),
                         koers_checklist_group_new (key, builtin, custom, FALSE));
    }
  sqlite3_reset (stmt);

  return rc == SQLITE_DONE || koers_store_fail (self, rc, error);
}

static gboolean
insert_template_text (KoersStore  *self,
                      gint64       template_id,
                      const char  *kind,
                      guint        position,
                      const char  *key,
                      const char  *builtin,
                      const char  *custom,
                      guint        group_index,
                      gboolean     quiet,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self,
                              "INSERT INTO checklist_template_texts (template_id, kind, position,"
                              "   key, builtin, custom, group_index, quiet)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, template_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_TRANSIENT);
  koers_store_bind_text (stmt, 5, builtin);
  koers_store_bind_text (stmt, 6, custom);
  sqlite3_bind_int (stmt, 7, group_index);
  sqlite3_bind_int (stmt, 8, quiet);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || koers_store_fail (self, rc, error);
}

static gboolean
validate_template (KoersChecklistTemplate *template,
                   GError                **error)
{
  GPtrArray *groups = koers_checklist_template_get_groups (template);
  GPtrArray *items = koers_checklist_template_get_items (template);
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

  if (!koers_str_is_set (koers_checklist_template_get_name (template)))
    return koers_store_set_invalid (error, _("Give the checklist a name."));
  if (groups->len == 0)
    return koers_store_set_invalid (error, _("A checklist needs at least one group of signals."));
  if (items->len == 0)
    return koers_store_set_invalid (error, _("A checklist needs at least one signal."));

  for (guint i = 0; i < groups->len; i++)
    if (!koers_str_is_set (koers_checklist_group_get_name (g_ptr_array_index (groups, i))))
      return koers_store_set_invalid (error, _("Every group needs a name."));

  for (guint i = 0; i < items->len; i++)
    {
      KoersChecklistItem *item = g_ptr_array_index (items, i);

      if (item->group >= groups->len)
        return koers_store_set_invalid (error, _("A signal is in a group that does not exist."));
      if (!koers_str_is_set (koers_checklist_item_get_label (item)))
        return koers_store_set_invalid (error, _("Every signal needs a description. Remove the empty one or fill it in."));
      if (!koers_str_is_set (item->key) || !g_hash_table_add (keys, item->key))
        return koers_store_set_invalid (error, _("Two signals have the same key; the template is damaged."));
    }

  return TRUE;
}

static gboolean
save_template (KoersStore             *self,
               KoersChecklistTemplate *template,
               GError                **error)
{
  GPtrArray *groups = koers_checklist_template_get_groups (template);
  GPtrArray *items = koers_checklist_template_get_items (template);
  GPtrArray *tips = koers_checklist_template_get_tips (template);
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  if (koers_checklist_template_get_id (template) == 0)
    {
      uuid = g_strdup (koers_checklist_template_get_uuid (template));
      if (uuid == NULL)
        uuid = g_uuid_string_random ();
      stmt = koers_store_prepare (self,
                                  "INSERT INTO checklist_templates (uuid, key, builtin_name, custom_name,"
                                  "   source, own, position, created, modified)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                  " RETURNING id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE checklist_templates SET key = ?2, builtin_name = ?3,"
                                  "   custom_name = ?4, source = ?5, own = ?6, position = ?7,"
                                  "   modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1 RETURNING id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, koers_checklist_template_get_id (template));
    }

  koers_store_bind_text (stmt, 2, koers_checklist_template_get_key (template));
  koers_store_bind_text (stmt, 3, koers_checklist_template_get_builtin_name (template));
  koers_store_bind_text (stmt, 4, koers_checklist_template_get_custom_name (template));
  koers_store_bind_text (stmt, 5, koers_checklist_template_get_builtin_source (template));
  sqlite3_bind_int (stmt, 6, koers_checklist_template_get_own (template));
  sqlite3_bind_int (stmt, 7, koers_checklist_template_get_position (template));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return rc == SQLITE_DONE ? set_gone (error, _("The checklist template is no longer in the notebook."))
                               : koers_store_fail (self, rc, error);
    }
  id = sqlite3_column_int64 (stmt, 0);
  koers_checklist_template_set_modified (template, koers_store_column_text (stmt, 1));
  sqlite3_reset (stmt);

  stmt = koers_store_prepare (self, "DELETE FROM checklist_template_texts WHERE template_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  for (guint i = 0; i < groups->len; i++)
    {
      KoersChecklistGroup *group = g_ptr_array_index (groups, i);

      if (!insert_template_text (self, id, "group", i, group->key, group->builtin, group->custom,
                                 0, group->quiet, error))
        return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      KoersChecklistItem *item = g_ptr_array_index (items, i);

      if (!insert_template_text (self, id, "item", i, item->key, item->builtin, item->custom,
                                 item->group, FALSE, error))
        return FALSE;
    }
  for (guint i = 0; i < tips->len; i++)
    {
      KoersChecklistGroup *tip = g_ptr_array_index (tips, i);

      if (!insert_template_text (self, id, "tip", i, tip->key, tip->builtin, tip->custom,
                                 0, FALSE, error))
        return FALSE;
    }

  if (uuid != NULL)
    {
      koers_checklist_template_set_id (template, id);
      koers_checklist_template_set_uuid (template, uuid);
    }
  return TRUE;
}

/* Copies the shipped templates this notebook has not had yet. */
static gboolean
ensure_shipped_templates (KoersStore  *self,
                          GError     **error)
{
  g_autoptr(GPtrArray) shipped = NULL;
  g_autofree char *loaded = NULL;
  g_auto(GStrv) loaded_keys = NULL;
  g_autoptr(GString) now_loaded = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean added = FALSE;

  loaded = koers_store_dup_meta (self, META_TEMPLATES_LOADED, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  loaded_keys = g_strsplit (loaded != NULL ? loaded : "", " ", -1);

  shipped = koers_checklist_templates_load_shipped (error);
  if (shipped == NULL)
    return FALSE;

  now_loaded = g_string_new (loaded);
  for (guint i = 0; i < shipped->len; i++)
    {
      KoersChecklistTemplate *template = g_ptr_array_index (shipped, i);
      const char *key = koers_checklist_template_get_key (template);

      if (g_strv_contains ((const char * const *) loaded_keys, key))
        continue;

      if (!added && !koers_store_begin (self, error))
        return FALSE;
      added = TRUE;
      if (!save_template (self, template, error))
        {
          koers_store_rollback (self);
          return FALSE;
        }
      if (now_loaded->len > 0)
        g_string_append_c (now_loaded, ' ');
      g_string_append (now_loaded, key);
    }

  if (!added)
    return TRUE;
  if (!koers_store_set_meta (self, META_TEMPLATES_LOADED, now_loaded->str, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

GPtrArray *
koers_store_list_templates (KoersStore  *self,
                            GError     **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (!ensure_shipped_templates (self, error))
    return NULL;

  stmt = koers_store_prepare (self,
                              "SELECT " TEMPLATE_COLUMNS " FROM checklist_templates"
                              " ORDER BY key IS NULL, position, id",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (templates, template_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < templates->len; i++)
    if (!load_template_texts (self, g_ptr_array_index (templates, i), error))
      return NULL;

  return g_steal_pointer (&templates);
}

static KoersChecklistTemplate *
get_template (KoersStore  *self,
              const char  *sql,
              gint64       id,
              const char  *key,
              GError     **error)
{
  g_autoptr(KoersChecklistTemplate) template = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!ensure_shipped_templates (self, error))
    return NULL;

  stmt = koers_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    template = template_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      set_gone (error, _("The checklist template is no longer in the notebook."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  if (!load_template_texts (self, template, error))
    return NULL;
  return g_steal_pointer (&template);
}

KoersChecklistTemplate *
koers_store_get_template (KoersStore  *self,
                          gint64       id,
                          GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  return get_template (self, "SELECT " TEMPLATE_COLUMNS " FROM checklist_templates WHERE id = ?1",
                       id, NULL, error);
}

KoersChecklistTemplate *
koers_store_get_template_by_key (KoersStore  *self,
                                 const char  *key,
                                 GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return get_template (self, "SELECT " TEMPLATE_COLUMNS " FROM checklist_templates WHERE key = ?1",
                       0, key, error);
}

gboolean
koers_store_save_template (KoersStore              *self,
                           KoersChecklistTemplate  *template,
                           GError                 **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (template), FALSE);

  if (!validate_template (template, error) || !koers_store_begin (self, error))
    return FALSE;
  if (!save_template (self, template, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

gboolean
koers_store_delete_template (KoersStore              *self,
                             KoersChecklistTemplate  *template,
                             GError                 **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CHECKLIST_TEMPLATE (template), FALSE);

  stmt = koers_store_prepare (self, "DELETE FROM checklist_templates WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_checklist_template_get_id (template));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

guint
koers_store_count_template_uses (KoersStore              *self,
                                 KoersChecklistTemplate  *template,
                                 GError                 **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  stmt = koers_store_prepare (self, "SELECT count(*) FROM checklists WHERE template_id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, koers_checklist_template_get_id (template));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  else
    koers_store_fail (self, rc, error);
  sqlite3_reset (stmt);
  return count;
}

/* Checklists */

static KoersChecklist *
checklist_from_row (sqlite3_stmt *stmt)
{
  KoersChecklist *checklist = koers_checklist_new ();
  KoersChecklistStatus status = KOERS_CHECKLIST_DRAFT;

  koers_checklist_set_id (checklist, sqlite3_column_int64 (stmt, 0));
  koers_checklist_set_uuid (checklist, koers_store_column_text (stmt, 1));
  koers_checklist_set_student_id (checklist, sqlite3_column_int64 (stmt, 2));
  koers_checklist_set_template_id (checklist, sqlite3_column_int64 (stmt, 3));
  koers_checklist_set_template_uuid (checklist, koers_store_column_text (stmt, 4));
  koers_checklist_set_template_name (checklist, koers_store_column_text (stmt, 5),
                                     koers_store_column_text (stmt, 6));
  koers_checklist_set_date (checklist, koers_store_column_text (stmt, 7));
  koers_checklist_set_observer (checklist, koers_store_column_text (stmt, 8));
  koers_checklist_status_from_string (koers_store_column_text (stmt, 9), &status);
  koers_checklist_set_status (checklist, status);
  koers_checklist_set_discussable (checklist, koers_store_column_text (stmt, 10));
  koers_checklist_set_trusted (checklist, koers_store_column_text (stmt, 11));
  koers_checklist_set_helpers (checklist, koers_store_column_text (stmt, 12));
  koers_checklist_set_next_step (checklist, koers_store_column_text (stmt, 13));
  koers_checklist_set_next_step_owner (checklist, koers_store_column_text (stmt, 14));
  koers_checklist_set_next_step_due (checklist, koers_store_column_text (stmt, 15));
  koers_checklist_set_entry_id (checklist, sqlite3_column_int64 (stmt, 16));
  koers_checklist_set_created (checklist, koers_store_column_text (stmt, 17));
  koers_checklist_set_modified (checklist, koers_store_column_text (stmt, 18));
  return checklist;
}

static gboolean
load_checklist_parts (KoersStore     *self,
                      KoersChecklist *checklist,
                      GError        **error)
{
  GPtrArray *groups = koers_checklist_get_groups (checklist);
  GPtrArray *rows = koers_checklist_get_rows (checklist);
  gint64 id = koers_checklist_get_id (checklist);
  sqlite3_stmt *stmt;
  int rc;

  g_ptr_array_set_size (groups, 0);
  g_ptr_array_set_size (rows, 0);

  stmt = koers_store_prepare (self,
                              "SELECT key, builtin, custom, quiet FROM checklist_groups"
                              " WHERE checklist_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (groups, koers_checklist_group_new (koers_store_column_text (stmt, 0),
                                                        koers_store_column_text (stmt, 1),
                                                        koers_store_column_text (stmt, 2),
                                                        sqlite3_column_int (stmt, 3)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  stmt = koers_store_prepare (self,
                              "SELECT key, builtin, custom, group_index, answer, note"
                              " FROM checklist_answers WHERE checklist_id = ?1 ORDER BY position",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersSignalAnswerRow *row;

      row = koers_signal_answer_row_new (koers_checklist_item_new (koers_store_column_text (stmt, 0),
                                                                   koers_store_column_text (stmt, 1),
                                                                   koers_store_column_text (stmt, 2),
                                                                   sqlite3_column_int (stmt, 3)));
      koers_signal_answer_from_string (koers_store_column_text (stmt, 4), &row->answer);
      row->note = g_strdup (koers_store_column_text (stmt, 5));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  stmt = koers_store_prepare (self,
                              "SELECT l.item_key, l.entry_id FROM checklist_links l"
                              " JOIN entries e ON e.id = l.entry_id"
                              " WHERE l.checklist_id = ?1 ORDER BY e.date, e.id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersSignalAnswerRow *row = koers_checklist_find_row (checklist, koers_store_column_text (stmt, 0));
      gint64 entry_id = sqlite3_column_int64 (stmt, 1);

      if (row != NULL)
        g_array_append_val (row->entry_ids, entry_id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);

  return TRUE;
}

GPtrArray *
koers_store_list_checklists (KoersStore  *self,
                             gint64       student_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) checklists = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT " CHECKLIST_COLUMNS " FROM checklists WHERE student_id = ?1"
                              " ORDER BY date DESC, id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, student_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (checklists, checklist_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < checklists->len; i++)
    if (!load_checklist_parts (self, g_ptr_array_index (checklists, i), error))
      return NULL;

  return g_steal_pointer (&checklists);
}

static KoersChecklist *
get_checklist (KoersStore  *self,
               const char  *sql,
               GError     **error,
               ...)
{
  g_autoptr(KoersChecklist) checklist = NULL;
  sqlite3_stmt *stmt;
  va_list args;
  int rc, n;

  stmt = koers_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  /* Bound in order: pairs of (gboolean is_text, value). */
  va_start (args, error);
  n = sqlite3_bind_parameter_count (stmt);
  for (int i = 1; i <= n; i++)
    {
      if (va_arg (args, gboolean))
        sqlite3_bind_text (stmt, i, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, i, va_arg (args, gint64));
    }
  va_end (args);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    checklist = checklist_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  if (checklist == NULL)
    return NULL;
  if (!load_checklist_parts (self, checklist, error))
    return NULL;
  return g_steal_pointer (&checklist);
}

KoersChecklist *
koers_store_get_checklist (KoersStore  *self,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  KoersChecklist *checklist;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  checklist = get_checklist (self, "SELECT " CHECKLIST_COLUMNS " FROM checklists WHERE id = ?1",
                             &local_error, FALSE, id);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (checklist == NULL)
    set_gone (error, _("The checklist is no longer in the notebook."));
  return checklist;
}

KoersChecklist *
koers_store_get_previous_checklist (KoersStore      *self,
                                    KoersChecklist  *checklist,
                                    GError         **error)
{
  const char *template_uuid;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (KOERS_IS_CHECKLIST (checklist), NULL);

  template_uuid = koers_checklist_get_template_uuid (checklist);
  /* Before it: an earlier date, or the same date and written earlier. A new
   * checklist (id 0) comes after every stored one of its date. */
  return get_checklist (self,
                        "SELECT " CHECKLIST_COLUMNS " FROM checklists"
                        " WHERE student_id = ?1 AND template_uuid IS ?2 AND status = 'final'"
                        "   AND id != ?4"
                        "   AND (date < ?3 OR (date = ?3 AND (?4 = 0 OR id < ?4)))"
                        " ORDER BY date DESC, id DESC LIMIT 1",
                        error,
                        FALSE, koers_checklist_get_student_id (checklist),
                        TRUE, template_uuid,
                        TRUE, koers_checklist_get_date (checklist),
                        FALSE, koers_checklist_get_id (checklist));
}

static gboolean
validate_checklist (KoersStore     *self,
                    KoersChecklist *checklist,
                    GError        **error)
{
  GPtrArray *rows = koers_checklist_get_rows (checklist);
  guint n_groups = koers_checklist_get_groups (checklist)->len;
  sqlite3_stmt *stmt;
  GDate date;

  if (koers_checklist_get_student_id (checklist) == 0)
    return koers_store_set_invalid (error, _("A checklist belongs to a student."));
  if (!koers_date_from_iso (koers_checklist_get_date (checklist), &date))
    return koers_store_set_invalid (error, _("Fill in the date the checklist was filled in."));
  if (rows->len == 0)
    return koers_store_set_invalid (error, _("A checklist needs at least one signal."));
  for (guint i = 0; i < rows->len; i++)
    if (((KoersSignalAnswerRow *) g_ptr_array_index (rows, i))->item->group >= n_groups)
      return koers_store_set_invalid (error, _("A signal is in a group that does not exist."));

  if (koers_checklist_get_status (checklist) == KOERS_CHECKLIST_FINAL)
    {
      if (!koers_checklist_has_next_step (checklist))
        return koers_store_set_invalid (error, _("Write down the next step first: what happens, who does it, and by when. Then the checklist can be made final."));
    }
  else if (koers_str_is_set (koers_checklist_get_next_step_due (checklist)) &&
           !koers_date_from_iso (koers_checklist_get_next_step_due (checklist), &date))
    return koers_store_set_invalid (error, _("The date of the next step is not a valid date."));

  stmt = koers_store_prepare (self, "SELECT student_id FROM entries WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GArray *ids = ((KoersSignalAnswerRow *) g_ptr_array_index (rows, i))->entry_ids;

      for (guint j = 0; j < ids->len; j++)
        {
          gboolean same;

          sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, j));
          same = sqlite3_step (stmt) == SQLITE_ROW &&
                 sqlite3_column_int64 (stmt, 0) == koers_checklist_get_student_id (checklist);
          sqlite3_reset (stmt);
          if (!same)
            return koers_store_set_invalid (error, _("An example linked to a signal is not on this student's timeline."));
        }
    }

  return TRUE;
}

static gboolean
stored_status (KoersStore            *self,
               gint64                 id,
               KoersChecklistStatus  *out,
               GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = koers_store_prepare (self, "SELECT status FROM checklists WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    koers_checklist_status_from_string (koers_store_column_text (stmt, 0), out);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return set_gone (error, _("The checklist is no longer in the notebook."));
  return rc == SQLITE_ROW || koers_store_fail (self, rc, error);
}

static gboolean
write_checklist_parts (KoersStore     *self,
                       KoersChecklist *checklist,
                       gint64          id,
                       GError        **error)
{
  GPtrArray *groups = koers_checklist_get_groups (checklist);
  GPtrArray *rows = koers_checklist_get_rows (checklist);
  static const char * const clear[] = {
    "DELETE FROM checklist_groups WHERE checklist_id = ?1",
    "DELETE FROM checklist_answers WHERE checklist_id = ?1",
    "DELETE FROM checklist_links WHERE checklist_id = ?1",
  };
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (clear); i++)
    {
      stmt = koers_store_prepare (self, clear[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  for (guint i = 0; i < groups->len; i++)
    {
      KoersChecklistGroup *group = g_ptr_array_index (groups, i);

      stmt = koers_store_prepare (self,
                                  "INSERT INTO checklist_groups (checklist_id, position, key, builtin, custom, quiet)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, group->key, -1, SQLITE_TRANSIENT);
      koers_store_bind_text (stmt, 4, group->builtin);
      koers_store_bind_text (stmt, 5, group->custom);
      sqlite3_bind_int (stmt, 6, group->quiet);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      KoersSignalAnswerRow *row = g_ptr_array_index (rows, i);

      stmt = koers_store_prepare (self,
                                  "INSERT INTO checklist_answers (checklist_id, position, key, builtin,"
                                  "   custom, group_index, answer, note)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, row->item->key, -1, SQLITE_TRANSIENT);
      koers_store_bind_text (stmt, 4, row->item->builtin);
      koers_store_bind_text (stmt, 5, row->item->custom);
      sqlite3_bind_int (stmt, 6, row->item->group);
      sqlite3_bind_text (stmt, 7, koers_signal_answer_to_id (row->answer), -1, SQLITE_STATIC);
      koers_store_bind_text (stmt, 8, row->note);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);

      for (guint j = 0; j < row->entry_ids->len; j++)
        {
          stmt = koers_store_prepare (self,
                                      "INSERT OR IGNORE INTO checklist_links (checklist_id, item_key, entry_id)"
                                      " VALUES (?1, ?2, ?3)",
                                      error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_text (stmt, 2, row->item->key, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 3, g_array_index (row->entry_ids, gint64, j));
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            return koers_store_fail (self, rc, error);
        }
    }

  return TRUE;
}

static gboolean
any_note (KoersChecklist *checklist)
{
  GPtrArray *rows = koers_checklist_get_rows (checklist);

  for (guint i = 0; i < rows->len; i++)
    if (koers_str_is_set (((KoersSignalAnswerRow *) g_ptr_array_index (rows, i))->note))
      return TRUE;
  return FALSE;
}

/* The timeline entry of a final checklist: what was seen, by whom, and the next
 * step as its follow-up. */
static KoersEntry *
build_signal_entry (KoersChecklist *checklist,
                    const char     *observer)
{
  KoersEntry *entry = koers_entry_new (KOERS_ENTRY_SIGNAL);
  g_autofree char *seen = koers_checklist_dup_seen_summary (checklist);
  g_autofree char *text = NULL;

  if (koers_str_is_set (observer))
    /* Translators: a timeline entry; %s are the checklist's name, who filled it in, and what was seen */
    text = g_strdup_printf (_("Checklist “%s” filled in by %s.\n%s"),
                            koers_checklist_get_template_name (checklist), observer, seen);
  else
    text = g_strdup_printf (_("Checklist “%s” filled in.\n%s"),
                            koers_checklist_get_template_name (checklist), seen);

  koers_entry_set_student_id (entry, koers_checklist_get_student_id (checklist));
  koers_entry_set_date (entry, koers_checklist_get_date (checklist));
  koers_entry_set_author (entry, observer);
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);
  /* Which signals a child shows is about the child's wellbeing: kept out of
   * parent sheets and default search whenever anything was seen or noted. */
  koers_entry_set_sensitive (entry, koers_checklist_has_signals (checklist) || any_note (checklist));
  koers_entry_set_followup_text (entry, koers_checklist_get_next_step (checklist));
  koers_entry_set_followup_owner (entry, koers_checklist_get_next_step_owner (checklist));
  koers_entry_set_followup_due (entry, koers_checklist_get_next_step_due (checklist));
  return entry;
}

static gboolean
save_checklist (KoersStore     *self,
                KoersChecklist *checklist,
                char          **out_uuid,
                char          **out_observer,
                gint64         *out_id,
                gint64         *out_entry_id,
                char          **out_modified,
                GError        **error)
{
  g_autofree char *observer = g_strdup (koers_checklist_get_observer (checklist));
  sqlite3_stmt *stmt;
  gint64 id = koers_checklist_get_id (checklist);
  gint64 entry_id = 0;
  int rc;

  if (!koers_str_is_set (observer))
    {
      g_clear_pointer (&observer, g_free);
      observer = koers_store_dup_meta (self, KOERS_META_USER_NAME, NULL);
    }

  if (id == 0)
    {
      g_autofree char *uuid = g_strdup (koers_checklist_get_uuid (checklist));

      if (uuid == NULL)
        uuid = g_uuid_string_random ();
      stmt = koers_store_prepare (self,
                                  "INSERT INTO checklists (uuid, student_id, template_id, template_uuid,"
                                  "   builtin_template_name, custom_template_name, date, observer, status,"
                                  "   discussable, trusted, helpers, next_step, next_step_owner,"
                                  "   next_step_due, created, modified)"
                                  " VALUES (?1, ?2, nullif (?3, 0), ?4, ?5, ?6, ?7, ?8, 'draft', ?9, ?10,"
                                  "   ?11, ?12, ?13, ?14, " KOERS_SQL_NOW ", " KOERS_SQL_NOW ")"
                                  " RETURNING id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      *out_uuid = g_steal_pointer (&uuid);
    }
  else
    {
      stmt = koers_store_prepare (self,
                                  "UPDATE checklists SET student_id = ?2, template_id = nullif (?3, 0),"
                                  "   template_uuid = ?4, builtin_template_name = ?5,"
                                  "   custom_template_name = ?6, date = ?7, observer = ?8,"
                                  "   discussable = ?9, trusted = ?10, helpers = ?11, next_step = ?12,"
                                  "   next_step_owner = ?13, next_step_due = ?14,"
                                  "   modified = " KOERS_SQL_NOW
                                  " WHERE id = ?1 RETURNING id, modified",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }

  sqlite3_bind_int64 (stmt, 2, koers_checklist_get_student_id (checklist));
  sqlite3_bind_int64 (stmt, 3, koers_checklist_get_template_id (checklist));
  koers_store_bind_text (stmt, 4, koers_checklist_get_template_uuid (checklist));
  koers_store_bind_text (stmt, 5, koers_checklist_get_builtin_template_name (checklist));
  koers_store_bind_text (stmt, 6, koers_checklist_get_custom_template_name (checklist));
  koers_store_bind_text (stmt, 7, koers_checklist_get_date (checklist));
  koers_store_bind_text (stmt, 8, observer);
  koers_store_bind_text (stmt, 9, koers_checklist_get_discussable (checklist));
  koers_store_bind_text (stmt, 10, koers_checklist_get_trusted (checklist));
  koers_store_bind_text (stmt, 11, koers_checklist_get_helpers (checklist));
  koers_store_bind_text (stmt, 12, koers_checklist_get_next_step (checklist));
  koers_store_bind_text (stmt, 13, koers_checklist_get_next_step_owner (checklist));
  koers_store_bind_text (stmt, 14, koers_checklist_get_next_step_due (checklist));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return rc == SQLITE_DONE ? set_gone (error, _("The checklist is no longer in the notebook."))
                               : koers_store_fail (self, rc, error);
    }
  id = sqlite3_column_int64 (stmt, 0);
  *out_modified = g_strdup (koers_store_column_text (stmt, 1));
  sqlite3_reset (stmt);

  if (!write_checklist_parts (self, checklist, id, error))
    return FALSE;

  if (koers_checklist_get_status (checklist) == KOERS_CHECKLIST_FINAL)
    {
      g_autoptr(KoersChecklist) saved = koers_checklist_copy (checklist);
      g_autoptr(KoersEntry) entry = NULL;

      koers_checklist_set_id (saved, id);
      entry = build_signal_entry (saved, observer);
      if (!koers_store_save_entry (self, entry, error))
        return FALSE;
      entry_id = koers_entry_get_id (entry);

      stmt = koers_store_prepare (self,
                                  "UPDATE checklists SET status = 'final', entry_id = ?2 WHERE id = ?1",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, entry_id);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  *out_id = id;
  *out_entry_id = entry_id;
  *out_observer = g_steal_pointer (&observer);
  return TRUE;
}

gboolean
koers_store_save_checklist (KoersStore      *self,
                            KoersChecklist  *checklist,
                            GError         **error)
{
  g_autofree char *uuid = NULL;
  g_autofree char *observer = NULL;
  g_autofree char *modified = NULL;
  gint64 id = 0, entry_id = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CHECKLIST (checklist), FALSE);

  if (koers_checklist_get_id (checklist) != 0)
    {
      KoersChecklistStatus status = KOERS_CHECKLIST_DRAFT;

      if (!stored_status (self, koers_checklist_get_id (checklist), &status, error))
        return FALSE;
      if (status == KOERS_CHECKLIST_FINAL)
        return koers_store_set_invalid (error, _("This checklist is final and can no longer be changed. Fill in a new one to record what you see now."));
    }

  if (!validate_checklist (self, checklist, error) || !koers_store_begin (self, error))
    return FALSE;

  /* The object changes only once everything is committed: a failed save leaves
   * the caller's checklist as it was, ready to try again. */
  if (!save_checklist (self, checklist, &uuid, &observer, &id, &entry_id, &modified, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (!koers_store_commit (self, error))
    return FALSE;

  koers_checklist_set_id (checklist, id);
  if (uuid != NULL)
    koers_checklist_set_uuid (checklist, uuid);
  koers_checklist_set_observer (checklist, observer);
  koers_checklist_set_modified (checklist, modified);
  if (koers_checklist_get_created (checklist) == NULL)
    koers_checklist_set_created (checklist, modified);
  if (entry_id != 0)
    koers_checklist_set_entry_id (checklist, entry_id);
  return TRUE;
}

gboolean
koers_store_delete_checklist (KoersStore      *self,
                              KoersChecklist  *checklist,
                              GError         **error)
{
  KoersChecklistStatus status = KOERS_CHECKLIST_DRAFT;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KOERS_IS_CHECKLIST (checklist), FALSE);

  if (!stored_status (self, koers_checklist_get_id (checklist), &status, error))
    return FALSE;
  if (status == KOERS_CHECKLIST_FINAL)
    return koers_store_set_invalid (error, _("A final checklist is part of the student's record and cannot be deleted."));

  stmt = koers_store_prepare (self, "DELETE FROM checklists WHERE id = ?1 AND status = 'draft'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, koers_checklist_get_id (checklist));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || koers_store_fail (self, rc, error);
}

gint64
koers_store_find_checklist_for_entry (KoersStore  *self,
                                      gint64       entry_id,
                                      GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  stmt = koers_store_prepare (self, "SELECT id FROM checklists WHERE entry_id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    koers_store_fail (self, rc, error);
  sqlite3_reset (stmt);
  return id;
}
