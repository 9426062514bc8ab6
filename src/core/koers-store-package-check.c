/* koers-store-package-check.c: what a package may hold before it is merged
 *
 * A package's encryption proves only that its sender knew the passphrase; whoever
 * made it can put anything inside. SQLite's column types are advice, so a package
 * can hold a blob where Koers reads a name, or bytes that are not UTF-8 where GTK
 * will draw text, and can declare its columns with any type it likes. Before a
 * package is merged every value of every table is held to the type this version's
 * own schema declares for that column, every text to valid UTF-8 without NUL bytes,
 * every index to its table (integrity_check), and the schema to tables only: nothing is imported from a package that fails.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-i18n.h"

/* koers_clean_text(X): 1 for NULL and for text that is valid UTF-8 without NUL
 * bytes; 0 for anything else. */
static void
clean_text_function (sqlite3_context  *context,
                     int               argc,
                     sqlite3_value   **argv)
{
  const char *text;
  int length;

  if (sqlite3_value_type (argv[0]) == SQLITE_NULL)
    {
      sqlite3_result_int (context, 1);
      return;
    }
  if (sqlite3_value_type (argv[0]) != SQLITE_TEXT)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  text = (const char *) sqlite3_value_text (argv[0]);
  length = sqlite3_value_bytes (argv[0]);
  sqlite3_result_int (context, text != NULL && g_utf8_validate_len (text, length, NULL));
}

gboolean
koers_store_register_functions (KoersStore  *self,
                                GError     **error)
{
  int rc = sqlite3_create_function_v2 (koers_store_get_db (self), "koers_clean_text", 1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                       NULL, clean_text_function, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

/* The condition a column's values must meet, from its declared type. */
static char *
column_condition (const char *column,
                  const char *type)
{
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", column);

  if (g_ascii_strcasecmp (type, "INTEGER") == 0)
    return g_strdup_printf ("typeof(%s) IN ('integer', 'null')", quoted);
  if (g_ascii_strcasecmp (type, "REAL") == 0)
    return g_strdup_printf ("typeof(%s) IN ('real', 'integer', 'null')", quoted);
  if (g_ascii_strcasecmp (type, "TEXT") == 0)
    return g_strdup_printf ("koers_clean_text(%s)", quoted);
  /* The full-text index's own columns, and anything else Koers never declares. */
  return NULL;
}

/* TRUE when a row of @table fails @condition; FALSE when none does or on error. */
static gboolean
has_bad_row (KoersStore  *self,
             const char  *table,
             const char  *condition,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE NOT (%s) LIMIT 1", table, condition);
  sqlite3_stmt *stmt = koers_store_prepare_once (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    koers_store_fail (self, rc, error);
  return rc == SQLITE_ROW;
}

/* The columns the latest schema gives @table, as name and declared type. An empty
 * array for a table Koers does not have: the merge never reads one. */
static GPtrArray *
reference_columns (sqlite3     *reference,
                   const char  *table,
                   GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (reference, "SELECT name, type FROM pragma_table_info(?1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (columns, g_strdup (koers_store_column_text (stmt, 0)));
      g_ptr_array_add (columns, g_strdup (koers_store_column_text (stmt, 1)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED, "%s", sqlite3_errstr (rc));
      return NULL;
    }
  return g_steal_pointer (&columns);
}

/* The names of the columns the package's @table has, as a set. */
static GHashTable *
package_columns (KoersStore  *package,
                 const char  *table,
                 GError     **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = koers_store_prepare_once (package, "SELECT name FROM pragma_table_info(?1)", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (names, g_strdup (koers_store_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (package, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

/* The first column of @table that is missing or holds a value the latest schema's
 * type for it does not allow, or NULL. The package's own declared types count for
 * nothing: it could declare any, and the merge writes into this notebook's columns.
 * One query checks every column; only a table that fails is asked which one. */
static gboolean
find_bad_column (KoersStore  *package,
                 sqlite3     *reference,
                 const char  *table,
                 char       **bad_column,
                 GError     **error)
{
  g_autoptr(GPtrArray) reference_list = reference_columns (reference, table, error);
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) conditions = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = NULL;
  GError *local_error = NULL;

  if (reference_list == NULL || (present = package_columns (package, table, error)) == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < reference_list->len; i += 2)
    {
      const char *column = reference_list->pdata[i];
      char *condition;

      if (!g_hash_table_contains (present, column))
        {
          *bad_column = g_strdup (column);
          return TRUE;
        }
      condition = column_condition (column, reference_list->pdata[i + 1]);
      if (condition == NULL)
        continue;
      g_ptr_array_add (columns, g_strdup (column));
      g_ptr_array_add (conditions, condition);
    }
  if (conditions->len == 0)
    return TRUE;

  g_ptr_array_add (conditions, NULL);
  {
    g_autofree char *joined = g_strjoinv (") AND (", (char **) conditions->pdata);

    all = g_strdup_printf ("(%s)", joined);
  }
  if (!has_bad_row (package, table, all, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  for (guint i = 0; i < columns->len; i++)
    {
      if (has_bad_row (package, table, conditions->pdata[i], &local_error))
        {
          *bad_column = g_strdup (columns->pdata[i]);
          return TRUE;
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
koers_store_check_package_values (KoersStore  *package,
                                  const char  *name,
                                  GError     **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = koers_store_prepare_once (package,
                                                 "SELECT type, name FROM sqlite_schema"
                                                 " WHERE type IN ('table', 'view')"
                                                 "   AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                                 "   AND name NOT LIKE 'entries\\_fts%' ESCAPE '\\'"
                                                 " ORDER BY name",
                                                 error);
  gboolean has_view = FALSE;
  g_autoptr(GPtrArray) problems = NULL;
  sqlite3 *reference = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (g_str_equal (koers_store_column_text (stmt, 0), "view"))
        has_view = TRUE;
      g_ptr_array_add (tables, g_strdup (koers_store_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (package, rc, error);

  /* Koers makes no views: one in a package can only stand in for a table. */
  if (has_view)
    {
      g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED,
                   _("%s was not made by Koers: it holds views. Ask the sender to export it again from Koers; nothing was imported."),
                   name);
      return FALSE;
    }

  /* The merge may read a value from an index instead of its row: in a damaged file
   * the two differ, and only the full integrity_check compares them. */
  if (!koers_store_check (package, &problems, error))
    return FALSE;
  if (problems->len > 0)
    {
      g_debug ("Package check: %s", (const char *) problems->pdata[0]);
      g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED,
                   _("%s is damaged: its contents do not agree with each other. Ask the sender to export it again; nothing was imported."),
                   name);
      return FALSE;
    }

  reference = koers_store_open_reference_schema (error);
  if (reference == NULL)
    return FALSE;
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *bad_column = NULL;

      if (!find_bad_column (package, reference, tables->pdata[i], &bad_column, error))
        {
          sqlite3_close (reference);
          return FALSE;
        }
      if (bad_column != NULL)
        {
          g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED,
                       /* Translators: %s are a file name, then a table and a column of the database */
                       _("%s is damaged: the column %s.%s holds a value that is not what Koers writes there. Ask the sender to export it again; nothing was imported."),
                       name, (const char *) tables->pdata[i], bad_column);
          sqlite3_close (reference);
          return FALSE;
        }
    }
  sqlite3_close (reference);
  return TRUE;
}
