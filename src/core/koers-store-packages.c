/* koers-store-packages.c: moving students between notebooks
 *
 * A package is a Koers notebook of its own (SQLCipher, its own passphrase) that
 * holds only the chosen students and everything about them, marked as a package
 * in its meta table. Export creates it under a temporary name, copies the records
 * in with ATTACH and INSERT … SELECT, and renames it into place: a failed export
 * leaves no file. Import opens a copy (so the passphrase, the format and every page
 * are checked before anything is touched), attaches it, and merges record by record
 * on UUID in one transaction: what is new is added, a newer version replaces an
 * older one, equal versions are left alone, and a version this notebook changed
 * later is kept and reported. Importing the same package twice changes nothing.
 *
 * The merge is written once for every table: the column lists come from the schema
 * (PRAGMA table_info), and the only per-table knowledge is which columns point at
 * other records and how those ids map between the notebooks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "koers-date.h"
#include "koers-i18n.h"

#define PACKAGE_FORMAT "1"

G_DEFINE_QUARK (koers-package-error-quark, koers_package_error)

/* A column that holds another record's id, and the map that translates it. */
typedef struct
{
  const char *column;
  const char *map;        /* temp table name: map_students, ... */
} Reference;

/* A record table merged on UUID. */
typedef struct
{
  const char      *table;
  const char      *map;            /* its own map table */
  const Reference *references;     /* NULL-terminated by column */
  const char      *what;           /* for the conflict list (translated at use) */
} RecordTable;

/* A child table replaced whole when its parent record is added or updated. */
typedef struct
{
  const char      *table;
  const char      *parent_column;
  const char      *parent_map;
  const Reference *references;
  /* A reference that cannot be mapped (a sensitive entry left out) drops the row
   * instead of becoming NULL. */
  gboolean         drop_unmapped;
} ChildTable;

static const Reference student_refs[] = { { "group_id", "map_groups" }, { NULL } };
static const Reference entry_refs[] = { { "student_id", "map_students" }, { NULL } };
static const Reference goal_refs[] = {
  { "student_id", "map_students" }, { "follows_goal_id", "map_goals" }, { NULL } };
static const Reference feedback_refs[] = { { "goal_id", "map_goals" }, { NULL } };
static const Reference meeting_refs[] = {
  { "student_id", "map_students" }, { "summary_entry_id", "map_entries" }, { NULL } };
static const Reference agreement_refs[] = {
  { "meeting_id", "map_meetings" }, { "entry_id", "map_entries" }, { NULL } };
static const Reference checklist_refs[] = {
  { "student_id", "map_students" }, { "template_id", "map_templates" },
  { "entry_id", "map_entries" }, { NULL } };
static const Reference entry_ref[] = { { "entry_id", "map_entries" }, { NULL } };
static const Reference goal_ref[] = { { "goal_id", "map_goals" }, { NULL } };
static const Reference no_refs[] = { { NULL } };

/* In dependency order. */
static const RecordTable record_tables[] = {
  { "students", "map_students", student_refs, N_("student") },
  { "entries", "map_entries", entry_refs, N_("timeline entry") },
  { "goals", "map_goals", goal_refs, N_("goal") },
  { "goal_feedback", "map_goal_feedback", feedback_refs, N_("goal feedback") },
  { "meetings", "map_meetings", meeting_refs, N_("parent meeting") },
  { "meeting_agreements", "map_meeting_agreements", agreement_refs, N_("agreement") },
  { "checklists", "map_checklists", checklist_refs, N_("signal checklist") },
};

static const ChildTable child_tables[] = {
  { "goal_steps", "goal_id", "map_goals", no_refs, FALSE },
  { "goal_adults", "goal_id", "map_goals", no_refs, FALSE },
  { "goal_smarti", "goal_id", "map_goals", no_refs, FALSE },
  { "meeting_attendees", "meeting_id", "map_meetings", no_refs, FALSE },
  { "meeting_links", "meeting_id", "map_meetings", entry_ref, TRUE },
  { "meeting_goals", "meeting_id", "map_meetings", goal_ref, TRUE },
  { "meeting_items", "meeting_id", "map_meetings", entry_ref, FALSE },
  { "checklist_groups", "checklist_id", "map_checklists", no_refs, FALSE },
  { "checklist_answers", "checklist_id", "map_checklists", no_refs, FALSE },
  { "checklist_links", "checklist_id", "map_checklists", entry_ref, TRUE },
};

/* Helpers */

static gboolean
exec_printf (KoersStore  *self,
             GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (3, 4);

static gboolean
exec_printf (KoersStore  *self,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  return koers_store_exec (self, sql, error);
}

/* The columns of @table, in schema order. */
static GPtrArray *
list_columns (KoersStore  *self,
              const char  *table,
              GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info ('%s', 'main')", table);
  sqlite3_stmt *stmt = koers_store_prepare_once (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup (koers_store_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE || columns->len == 0)
    {
      koers_store_fail (self, rc == SQLITE_DONE ? SQLITE_ERROR : rc, error);
      return NULL;
    }
  return g_steal_pointer (&columns);
}

static const Reference *
find_reference (const Reference *refs,
                const char      *column)
{
  for (; refs->column != NULL; refs++)
    if (g_str_equal (refs->column, column))
      return refs;
  return NULL;
}

/* "p.first_name" or, for a reference, the id it maps to in this notebook. */
static char *
dup_value (const Reference *refs,
           const char      *column)
{
  const Reference *ref = find_reference (refs, column);

  if (ref == NULL)
    return g_strdup_printf ("p.\"%s\"", column);
  return g_strdup_printf ("(SELECT local_id FROM temp.%s WHERE pkg_id = p.\"%s\")", ref->map, column);
}

/* Export */

/* The students' own rows and what hangs off them, copied into schema pkg. */
static gboolean
copy_into_package (KoersStore  *self,
                   gboolean     include_sensitive,
                   GError     **error)
{
  /* A checklist is as sensitive as the entry it wrote; a draft with notes too. */
  const char *checklist_filter = include_sensitive ? "1" :
    "(c.entry_id IS NULL OR NOT (SELECT sensitive FROM main.entries WHERE id = c.entry_id))"
    " AND NOT (c.status = 'draft' AND EXISTS (SELECT 1 FROM main.checklist_answers a"
    "          WHERE a.checklist_id = c.id AND a.note IS NOT NULL))";

  return
    koers_store_exec (self,
                      "INSERT INTO pkg.groups SELECT * FROM main.groups"
                      " WHERE id IN (SELECT group_id FROM main.students"
                      "              WHERE id IN (SELECT id FROM temp.package_students));"
                      "INSERT INTO pkg.students SELECT * FROM main.students"
                      " WHERE id IN (SELECT id FROM temp.package_students);",
                      error) &&
    exec_printf (self, error,
                 "INSERT INTO pkg.entries SELECT * FROM main.entries"
                 " WHERE student_id IN (SELECT id FROM temp.package_students) AND (%d OR NOT sensitive);",
                 include_sensitive) &&
    koers_store_exec (self,
                      "INSERT INTO pkg.goals SELECT * FROM main.goals"
                      " WHERE student_id IN (SELECT id FROM temp.package_students);"
                      "INSERT INTO pkg.goal_steps SELECT * FROM main.goal_steps"
                      " WHERE goal_id IN (SELECT id FROM pkg.goals);"
                      "INSERT INTO pkg.goal_adults SELECT * FROM main.goal_adults"
                      " WHERE goal_id IN (SELECT id FROM pkg.goals);"
                      "INSERT INTO pkg.goal_smarti SELECT * FROM main.goal_smarti"
                      " WHERE goal_id IN (SELECT id FROM pkg.goals);"
                      "INSERT INTO pkg.goal_feedback SELECT * FROM main.goal_feedback"
                      " WHERE goal_id IN (SELECT id FROM pkg.goals);"
                      "INSERT INTO pkg.meetings SELECT * FROM main.meetings"
                      " WHERE student_id IN (SELECT id FROM temp.package_students);"
                      /* A summary entry left out (sensitive) is no summary entry here. */
                      "UPDATE pkg.meetings SET summary_entry_id = NULL"
                      " WHERE summary_entry_id NOT IN (SELECT id FROM pkg.entries);"
                      "INSERT INTO pkg.meeting_attendees SELECT * FROM main.meeting_attendees"
                      " WHERE meeting_id IN (SELECT id FROM pkg.meetings);"
                      "INSERT INTO pkg.meeting_links SELECT * FROM main.meeting_links"
                      " WHERE meeting_id IN (SELECT id FROM pkg.meetings)"
                      "   AND entry_id IN (SELECT id FROM pkg.entries);"
                      "INSERT INTO pkg.meeting_goals SELECT * FROM main.meeting_goals"
                      " WHERE meeting_id IN (SELECT id FROM pkg.meetings);"
                      /* An agenda item about a sensitive entry that stays behind stays behind
                       * with it: its words may quote the entry. */
                      "INSERT INTO pkg.meeting_items SELECT * FROM main.meeting_items"
                      " WHERE meeting_id IN (SELECT id FROM pkg.meetings)"
                      "   AND (entry_id IS NULL OR entry_id IN (SELECT id FROM pkg.entries)"
                      "        OR entry_id NOT IN (SELECT id FROM main.entries));"
                      "INSERT INTO pkg.meeting_agreements SELECT * FROM main.meeting_agreements"
                      " WHERE meeting_id IN (SELECT id FROM pkg.meetings);"
                      "UPDATE pkg.meeting_agreements SET entry_id = NULL"
                      " WHERE entry_id NOT IN (SELECT id FROM pkg.entries);",
                      error) &&
    koers_store_exec (self,
                      "INSERT INTO pkg.checklist_templates SELECT * FROM main.checklist_templates"
                      " WHERE id IN (SELECT template_id FROM main.checklists"
                      "              WHERE student_id IN (SELECT id FROM temp.package_students));"
                      "INSERT INTO pkg.checklist_template_texts SELECT * FROM main.checklist_template_texts"
                      " WHERE template_id IN (SELECT id FROM pkg.checklist_templates);",
                      error) &&
    exec_printf (self, error,
                 "INSERT INTO pkg.checklists SELECT * FROM main.checklists c"
                 " WHERE c.student_id IN (SELECT id FROM temp.package_students) AND %s;",
                 checklist_filter) &&
    koers_store_exec (self,
                      "UPDATE pkg.checklists SET entry_id = NULL"
                      " WHERE entry_id NOT IN (SELECT id FROM pkg.entries);"
                      "INSERT INTO pkg.checklist_groups SELECT * FROM main.checklist_groups"
                      " WHERE checklist_id IN (SELECT id FROM pkg.checklists);"
                      "INSERT INTO pkg.checklist_answers SELECT * FROM main.checklist_answers"
                      " WHERE checklist_id IN (SELECT id FROM pkg.checklists);"
                      "INSERT INTO pkg.checklist_links SELECT * FROM main.checklist_links"
                      " WHERE checklist_id IN (SELECT id FROM pkg.checklists)"
                      "   AND entry_id IN (SELECT id FROM pkg.entries);",
                      error);
}

static gboolean
fill_package_students (KoersStore  *self,
                       GArray      *student_ids,
                       GError     **error)
{
  sqlite3_stmt *stmt;

  if (!koers_store_exec (self,
                         "CREATE TEMP TABLE IF NOT EXISTS package_students (id INTEGER PRIMARY KEY);"
                         "DELETE FROM temp.package_students;",
                         error))
    return FALSE;

  stmt = koers_store_prepare (self, "INSERT OR IGNORE INTO temp.package_students (id)"
                                    " SELECT id FROM main.students WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < student_ids->len; i++)
    {
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (student_ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* One overdracht entry per student, in this notebook: the package takes it along,
 * so both notebooks have the very same entry. */
static gboolean
write_handover_entries (KoersStore  *self,
                        GArray      *student_ids,
                        const char  *to,
                        GError     **error)
{
  g_autofree char *today = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  GDate date;

  koers_date_today (&date);
  today = koers_date_to_iso (&date);
  if (to != NULL && *to != '\0')
    /* Translators: a timeline entry; %s is the new mentor's name */
    text = g_strdup_printf (_("Handed over to %s, with goals, agreements, meetings, signal checklists and the timeline."), to);
  else
    text = g_strdup (_("Handed over to the next mentor, with goals, agreements, meetings, signal checklists and the timeline."));

  stmt = koers_store_prepare (self,
                              "INSERT INTO main.entries (uuid, student_id, kind, date, author, text,"
                              "   source, created, modified)"
                              " SELECT ?1, id, 'handover', ?2,"
                              "   (SELECT value FROM main.meta WHERE key = '" KOERS_META_USER_NAME "'),"
                              "   ?3, 'mentor', " KOERS_SQL_NOW ", " KOERS_SQL_NOW
                              " FROM main.students WHERE id = ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < student_ids->len; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, g_array_index (student_ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          sqlite3_reset (stmt);
          return koers_store_fail (self, rc, error);
        }
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gint64
max_entry_id (KoersStore *self)
{
  sqlite3_stmt *stmt = koers_store_prepare (self, "SELECT coalesce (max (id), 0) FROM main.entries", NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

static gboolean
set_package_meta (KoersStore  *package,
                  KoersStore  *source,
                  gboolean     handover,
                  const char  *handover_to,
                  GError     **error)
{
  g_autofree char *from = koers_store_dup_meta (source, KOERS_META_USER_NAME, NULL);
  g_autofree char *source_uuid = koers_store_dup_meta (source, "notebook-uuid", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);

  return koers_store_set_meta (package, "package-format", PACKAGE_FORMAT, error) &&
         koers_store_set_meta (package, "package-kind", handover ? "handover" : "export", error) &&
         koers_store_set_meta (package, "package-created", created, error) &&
         (from == NULL || koers_store_set_meta (package, "package-from", from, error)) &&
         (source_uuid == NULL || koers_store_set_meta (package, "package-source", source_uuid, error)) &&
         (handover_to == NULL || *handover_to == '\0' ||
          koers_store_set_meta (package, "package-to", handover_to, error)) &&
         /* One self-contained file: no -wal beside it to forget. */
         koers_store_exec (package, "PRAGMA journal_mode = DELETE", error);
}

static gboolean
count_package (KoersStore         *self,
               KoersPackageReport *report,
               GError            **error)
{
  /* Not cached: a cached statement on pkg would outlive the DETACH. */
  sqlite3_stmt *stmt = koers_store_prepare_once (self,
                                                 "SELECT (SELECT count(*) FROM pkg.students),"
                                                 " (SELECT count(*) FROM pkg.entries)",
                                                 error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      report->n_students = sqlite3_column_int (stmt, 0);
      report->n_entries = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

static void
detach_package (KoersStore *self)
{
  koers_store_rollback (self);
  koers_store_exec (self, "DETACH DATABASE pkg", NULL);
}

static gboolean
check_passphrase (const char  *passphrase,
                  GError     **error)
{
  if (passphrase == NULL || strlen (passphrase) < KOERS_PACKAGE_MIN_PASSPHRASE)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   /* Translators: %d is a number of characters */
                   _("The package passphrase is too short: use at least %d characters. Give it to the receiver another way than the file."),
                   KOERS_PACKAGE_MIN_PASSPHRASE);
      return FALSE;
    }
  return TRUE;
}

gboolean
koers_store_export_package (KoersStore                *self,
                            const KoersPackageOptions *options,
                            const char                *path,
                            const char                *passphrase,
                            KoersPackageReport        *report,
                            GError                   **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(KoersStore) package = NULL;
  KoersPackageReport counts = { 0 };
  gboolean committed = FALSE;
  gint64 last_entry = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (options != NULL && options->student_ids != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_passphrase (passphrase, error))
    return FALSE;
  if (options->student_ids->len == 0)
    return koers_store_set_invalid (error, _("Choose at least one student to put in the package."));

  /* Beside the target, so the rename at the end stays on one file system. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  {
    g_autofree char *random = g_uuid_string_random ();
    g_autofree char *name = g_strdup_printf (".%s.%.8s.part", base, random);
    tmp = g_build_filename (dir, name, NULL);
  }

  package = koers_store_create (tmp, passphrase, error);
  if (package == NULL)
    return FALSE;
  if (!set_package_meta (package, self, options->handover, options->handover_to, error))
    goto fail;
  koers_store_close (package);

  if (!fill_package_students (self, options->student_ids, error) ||
      !koers_store_attach (self, tmp, passphrase, "pkg", error))
    goto fail;

  if (!koers_store_begin (self, error) ||
      /* Records refer to each other in any order; checked whole at COMMIT. */
      !koers_store_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    goto fail_detach;
  last_entry = max_entry_id (self);
  if (options->handover &&
      !write_handover_entries (self, options->student_ids, options->handover_to, error))
    goto fail_detach;
  if (!copy_into_package (self, options->include_sensitive, error) ||
      !count_package (self, &counts, error) ||
      !koers_store_commit (self, error))
    goto fail_detach;
  committed = TRUE;
  koers_store_exec (self, "DETACH DATABASE pkg", NULL);

  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), path, g_strerror (saved_errno));
      goto fail;
    }

  if (report != NULL)
    *report = counts;
  /* After the rename: the log says what really left. */
  return koers_store_audit (self, KOERS_AUDIT_PACKAGE_EXPORT, options->handover ? "handover-package" : "package",
                            options->student_ids, error);

fail_detach:
  detach_package (self);
fail:
  /* The package did not arrive: the handover did not happen, its entries go again. */
  if (committed && options->handover)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM main.entries WHERE kind = 'handover'"
                                              " AND id > %" G_GINT64_FORMAT, last_entry);
      koers_store_exec (self, sql, NULL);
    }
  g_unlink (tmp);
  {
    g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
    g_unlink (journal);
  }
  return FALSE;
}

GPtrArray *
koers_store_list_package_sensitive (KoersStore  *self,
                                    GArray      *student_ids,
                                    GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  g_return_val_if_fail (student_ids != NULL, NULL);

  for (guint i = 0; i < student_ids->len; i++)
    {
      g_autoptr(GPtrArray) list = koers_store_list_entries (self, g_array_index (student_ids, gint64, i),
                                                            NULL, error);

      if (list == NULL)
        return NULL;
      for (guint j = 0; j < list->len; j++)
        if (koers_entry_get_sensitive (g_ptr_array_index (list, j)))
          g_ptr_array_add (entries, g_object_ref (g_ptr_array_index (list, j)));
    }

  return g_steal_pointer (&entries);
}

/* Import */

/* Opens a private copy of the package: the passphrase, the format and every page
 * are checked there, and an older package is brought up to date there too. */
static char *
open_package_copy (const char          *path,
                   const char          *passphrase,
                   KoersPackageReport  *report,
                   GError             **error)
{
  g_autofree char *dir = g_dir_make_tmp ("koers-package-XXXXXX", error);
  g_autofree char *copy = NULL;
  g_autofree char *format = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(KoersStore) package = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  if (dir == NULL)
    return NULL;
  copy = g_build_filename (dir, "package.db", NULL);
  source = g_file_new_for_path (path);
  target = g_file_new_for_path (copy);

  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_UNREADABLE,
                   _("Could not read %s: %s"), name, local_error->message);
      g_rmdir (dir);
      return NULL;
    }
  g_chmod (copy, 0600);

  package = koers_store_open (copy, passphrase, &local_error);
  if (package != NULL)
    format = koers_store_dup_meta (package, "package-format", NULL);

  if (package == NULL || format == NULL)
    {
      if (package == NULL && g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE))
        g_set_error_literal (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_WRONG_PASSPHRASE,
                             _("Wrong package passphrase. Ask the sender for the passphrase of this package; nothing was imported."));
      else if (package == NULL && g_error_matches (local_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_TOO_NEW))
        g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED,
                     _("%s was made by a newer version of Koers. Update Koers to import it; nothing was imported."), name);
      else if (package == NULL)
        g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_DAMAGED,
                     _("%s is damaged or not a Koers package (%s). Ask the sender to export it again; nothing was imported."),
                     name, local_error->message);
      else
        g_set_error (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_NOT_A_PACKAGE,
                     _("%s is a Koers notebook, not a package. Open it as a notebook instead; nothing was imported."),
                     name);
      goto fail;
    }
  if (!koers_store_check_package_values (package, name, error))
    goto fail;

  if (report != NULL)
    {
      report->from = koers_store_dup_meta (package, "package-from", NULL);
      {
        g_autofree char *kind = koers_store_dup_meta (package, "package-kind", NULL);
        report->handover = g_strcmp0 (kind, "handover") == 0;
      }
    }
  /* Back to one file, so ATTACH sees everything. */
  koers_store_exec (package, "PRAGMA journal_mode = DELETE", NULL);
  koers_store_close (package);
  return g_steal_pointer (&copy);

fail:
  g_clear_object (&package);
  koers_store_remove_files (copy);
  g_rmdir (dir);
  return NULL;
}

static void
remove_package_copy (const char *copy)
{
  g_autofree char *dir = g_path_get_dirname (copy);

  koers_store_remove_files (copy);
  g_rmdir (dir);
}

/* map_groups and map_templates: matched by name and by key (or UUID), never
 * merged: a notebook's classes and templates are its own. */
static gboolean
map_groups_and_templates (KoersStore  *self,
                          GError     **error)
{
  return koers_store_exec (self,
                           "INSERT INTO main.groups (uuid, name, created, modified, hours_per_week)"
                           " SELECT uuid, name, created, modified, hours_per_week FROM pkg.groups p"
                           " WHERE NOT EXISTS (SELECT 1 FROM main.groups g WHERE g.name = p.name)"
                           "   AND NOT EXISTS (SELECT 1 FROM main.groups g WHERE g.uuid = p.uuid);"
                           "INSERT INTO temp.map_groups (pkg_id, local_id)"
                           " SELECT p.id, coalesce ((SELECT id FROM main.groups g WHERE g.name = p.name),"
                           "                        (SELECT id FROM main.groups g WHERE g.uuid = p.uuid))"
                           " FROM pkg.groups p;"
                           "INSERT INTO temp.map_templates (pkg_id, local_id)"
                           " SELECT p.id, coalesce ((SELECT id FROM main.checklist_templates t WHERE t.key = p.key),"
                           "                        (SELECT id FROM main.checklist_templates t WHERE t.uuid = p.uuid))"
                           " FROM pkg.checklist_templates p;",
                           error);
}

static gboolean
create_maps (KoersStore  *self,
             GError     **error)
{
  static const char * const maps[] = { "map_groups", "map_templates" };

  for (guint i = 0; i < G_N_ELEMENTS (maps); i++)
    if (!exec_printf (self, error,
                      "DROP TABLE IF EXISTS temp.%s;"
                      "CREATE TEMP TABLE %s (pkg_id INTEGER PRIMARY KEY, local_id INTEGER);",
                      maps[i], maps[i]))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    /* action: 0 unchanged, 1 added, 2 updated, 3 kept (this notebook's is newer) */
    if (!exec_printf (self, error,
                      "DROP TABLE IF EXISTS temp.%s;"
                      "CREATE TEMP TABLE %s (pkg_id INTEGER PRIMARY KEY, local_id INTEGER,"
                      "  action INTEGER NOT NULL);",
                      record_tables[i].map, record_tables[i].map))
      return FALSE;

  return TRUE;
}

/* Sorts every package record of @t into added, updated, unchanged or kept. Students
 * also match on student number: two notebooks that imported the same class list
 * know the same students under different UUIDs. */
static gboolean
classify (KoersStore        *self,
          const RecordTable *t,
          GError           **error)
{
  /* goal_feedback is never edited: its version is when it was written. */
  const char *version = g_str_equal (t->table, "goal_feedback") ? "created" : "modified";
  const char *match = g_str_equal (t->table, "students")
    ? "coalesce ((SELECT id FROM main.students l WHERE l.uuid = p.uuid),"
      "          (SELECT id FROM main.students l WHERE l.student_number = p.student_number))"
    : NULL;
  g_autofree char *own_match = NULL;

  if (match == NULL)
    match = own_match = g_strdup_printf ("(SELECT id FROM main.%s l WHERE l.uuid = p.uuid)", t->table);

  return exec_printf (self, error,
                      "INSERT INTO temp.%s (pkg_id, local_id, action)"
                      " SELECT p.id, l.id,"
                      "   CASE WHEN l.id IS NULL THEN 1"
                      "        WHEN p.%s > l.%s THEN 2"
                      "        WHEN p.%s < l.%s THEN 3"
                      "        ELSE 0 END"
                      " FROM pkg.%s p LEFT JOIN main.%s l ON l.id = %s;",
                      t->map, version, version, version, version,
                      t->table, t->table, match);
}

/* Adds the new records and updates the older ones of @t. References to records of
 * the same table (a goal that follows another) are set in a second pass, once
 * every record has its id here. */
static gboolean
merge_records (KoersStore        *self,
               const RecordTable *t,
               GError           **error)
{
  g_autoptr(GPtrArray) columns = list_columns (self, t->table, error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);
  const Reference *self_ref = NULL;

  if (columns == NULL)
    return FALSE;

  for (const Reference *ref = t->references; ref->column != NULL; ref++)
    if (g_str_equal (ref->map, t->map))
      self_ref = ref;

  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = columns->pdata[i];
      g_autofree char *value = NULL;

      if (g_str_equal (column, "id"))
        continue;
      value = (self_ref != NULL && g_str_equal (column, self_ref->column))
              ? g_strdup ("NULL") : dup_value (t->references, column);

      g_string_append_printf (names, "%s\"%s\"", names->len > 0 ? ", " : "", column);
      g_string_append_printf (values, "%s%s", values->len > 0 ? ", " : "", value);
      /* A record keeps the UUID it has here (a student matched on number). */
      if (!g_str_equal (column, "uuid") && !(self_ref != NULL && g_str_equal (column, self_ref->column)))
        g_string_append_printf (sets, "%s\"%s\" = %s", sets->len > 0 ? ", " : "", column, value);
    }

  if (!exec_printf (self, error,
                    "INSERT INTO main.%s (%s) SELECT %s FROM pkg.%s p"
                    " JOIN temp.%s m ON m.pkg_id = p.id WHERE m.action = 1 ORDER BY p.id;"
                    "UPDATE temp.%s SET local_id = (SELECT l.id FROM main.%s l"
                    "   WHERE l.uuid = (SELECT uuid FROM pkg.%s WHERE id = pkg_id))"
                    " WHERE action = 1;",
                    t->table, names->str, values->str, t->table, t->map,
                    t->map, t->table, t->table))
    return FALSE;

  if (!exec_printf (self, error,
                    "UPDATE main.%s AS l SET %s FROM pkg.%s p, temp.%s m"
                    " WHERE m.pkg_id = p.id AND m.action = 2 AND l.id = m.local_id;",
                    t->table, sets->str, t->table, t->map))
    return FALSE;

  if (self_ref != NULL)
    {
      g_autofree char *value = dup_value (t->references, self_ref->column);

      return exec_printf (self, error,
                          "UPDATE main.%s AS l SET \"%s\" = %s FROM pkg.%s p, temp.%s m"
                          " WHERE m.pkg_id = p.id AND m.action IN (1, 2) AND l.id = m.local_id;",
                          t->table, self_ref->column, value, t->table, t->map);
    }
  return TRUE;
}

/* The child rows of every added or updated parent: replaced by the package's. */
static gboolean
replace_children (KoersStore       *self,
                  const ChildTable *c,
                  GError          **error)
{
  g_autoptr(GPtrArray) columns = list_columns (self, c->table, error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) keep = g_string_new ("1");
  Reference refs[4] = { { c->parent_column, c->parent_map } };
  guint n_refs = 1;

  if (columns == NULL)
    return FALSE;

  for (const Reference *ref = c->references; ref->column != NULL && n_refs < 3; ref++)
    {
      refs[n_refs++] = *ref;
      if (c->drop_unmapped)
        g_string_append_printf (keep, " AND (SELECT local_id FROM temp.%s WHERE pkg_id = p.\"%s\") IS NOT NULL",
                                ref->map, ref->column);
    }
  refs[n_refs] = (Reference) { NULL };

  for (guint i = 0; i < columns->len; i++)
    {
      g_autofree char *value = dup_value (refs, columns->pdata[i]);

      g_string_append_printf (names, "%s\"%s\"", names->len > 0 ? ", " : "", (char *) columns->pdata[i]);
      g_string_append_printf (values, "%s%s", values->len > 0 ? ", " : "", value);
    }

  return exec_printf (self, error,
                      "DELETE FROM main.%s WHERE %s IN"
                      " (SELECT local_id FROM temp.%s WHERE action = 2);"
                      "INSERT INTO main.%s (%s) SELECT %s FROM pkg.%s p"
                      " JOIN temp.%s m ON m.pkg_id = p.%s WHERE m.action IN (1, 2) AND %s;",
                      c->table, c->parent_column, c->parent_map,
                      c->table, names->str, values->str, c->table,
                      c->parent_map, c->parent_column, keep->str);
}

static gboolean
count_actions (KoersStore         *self,
               KoersPackageReport *report,
               GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT action, count(*) FROM temp.%s GROUP BY action",
                                              record_tables[i].map);
      sqlite3_stmt *stmt = koers_store_prepare_once (self, sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          guint n = sqlite3_column_int (stmt, 1);

          switch (sqlite3_column_int (stmt, 0))
            {
            case 1: report->added += n; break;
            case 2: report->updated += n; break;
            default: report->unchanged += n; break;
            }
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }

  {
    sqlite3_stmt *stmt = koers_store_prepare_once (self,
                                                   "SELECT count(*) FROM temp.map_students WHERE action = 1",
                                                   error);
    if (stmt == NULL)
      return FALSE;
    if (sqlite3_step (stmt) == SQLITE_ROW)
      report->n_students = sqlite3_column_int (stmt, 0);
    sqlite3_finalize (stmt);
  }

  {
    sqlite3_stmt *stmt = koers_store_prepare_once (self,
                                                   "SELECT m.local_id FROM temp.map_students m"
                                                   " JOIN main.students s ON s.id = m.local_id"
                                                   " ORDER BY s.last_name, s.first_name",
                                                   error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (report->student_ids, id);
      }
    sqlite3_finalize (stmt);
    if (rc != SQLITE_DONE)
      return koers_store_fail (self, rc, error);
  }
  return TRUE;
}

/* "Mees de Vries: timeline entry of 12-11-2026": what this notebook kept. */
static gboolean
list_conflicts (KoersStore         *self,
                KoersPackageReport *report,
                GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    {
      const RecordTable *t = &record_tables[i];
      g_autofree char *student = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      int rc;

      if (g_str_equal (t->table, "students"))
        student = g_strdup ("l.id");
      else if (find_reference (t->references, "student_id") != NULL)
        student = g_strdup ("l.student_id");
      else if (g_str_equal (t->table, "goal_feedback"))
        student = g_strdup ("(SELECT student_id FROM main.goals WHERE id = l.goal_id)");
      else
        student = g_strdup ("(SELECT student_id FROM main.meetings WHERE id = l.meeting_id)");

      sql = g_strdup_printf ("SELECT s.first_name, s.tussenvoegsel, s.last_name, m.local_id"
                             " FROM temp.%s m JOIN main.%s l ON l.id = m.local_id"
                             " JOIN main.students s ON s.id = %s"
                             " WHERE m.action = 3 ORDER BY s.last_name, m.local_id",
                             t->map, t->table, student);
      stmt = koers_store_prepare_once (self, sql, error);
      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *tussen = koers_store_column_text (stmt, 1);
          g_autofree char *name = g_strdup_printf ("%s %s%s%s", koers_store_column_text (stmt, 0),
                                                   tussen ? tussen : "", tussen ? " " : "",
                                                   koers_store_column_text (stmt, 2));

          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 3));

          g_ptr_array_add (report->conflicts,
                           /* Translators: "Mees de Vries: timeline entry (id 12)" */
                           g_strdup_printf (_("%s: %s (id %s)"), name, _(t->what), id));
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return koers_store_fail (self, rc, error);
    }
  return TRUE;
}

/* A handover makes the receiver the mentor of the new students, without changing
 * their version: importing the package again still changes nothing. */
static gboolean
take_over_students (KoersStore  *self,
                    GError     **error)
{
  return koers_store_exec (self,
                           "UPDATE main.students SET mentor ="
                           "   coalesce ((SELECT value FROM main.meta WHERE key = '" KOERS_META_USER_NAME "'), mentor)"
                           " WHERE id IN (SELECT local_id FROM temp.map_students WHERE action = 1);",
                           error);
}

static gboolean
merge_package (KoersStore         *self,
               KoersPackageReport *report,
               GError            **error)
{
  if (!create_maps (self, error) ||
      !map_groups_and_templates (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    if (!classify (self, &record_tables[i], error) ||
        !merge_records (self, &record_tables[i], error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (child_tables); i++)
    if (!replace_children (self, &child_tables[i], error))
      return FALSE;

  if (report->handover && !take_over_students (self, error))
    return FALSE;

  return count_actions (self, report, error) &&
         list_conflicts (self, report, error);
}

gboolean
koers_store_import_package (KoersStore          *self,
                            const char          *path,
                            const char          *passphrase,
                            KoersPackageReport  *report,
                            GError             **error)
{
  g_autofree char *copy = NULL;
  KoersPackageReport result = { 0 };

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);

  result.conflicts = g_ptr_array_new_with_free_func (g_free);
  result.student_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  copy = open_package_copy (path, passphrase, &result, error);
  if (copy == NULL)
    {
      koers_package_report_clear (&result);
      return FALSE;
    }

  if (!koers_store_attach (self, copy, passphrase, "pkg", error))
    goto fail;
  if (!koers_store_begin (self, error) ||
      !koers_store_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    goto fail_detach;
  if (!merge_package (self, &result, error))
    {
      g_prefix_error (error, _("Nothing was imported: "));
      goto fail_detach;
    }
  if (!koers_store_commit (self, error))
    goto fail_detach;

  koers_store_exec (self, "DETACH DATABASE pkg", NULL);
  remove_package_copy (copy);
  if (report != NULL)
    *report = result;
  else
    koers_package_report_clear (&result);
  return TRUE;

fail_detach:
  detach_package (self);
fail:
  remove_package_copy (copy);
  koers_package_report_clear (&result);
  return FALSE;
}

void
koers_package_report_clear (KoersPackageReport *report)
{
  g_clear_pointer (&report->conflicts, g_ptr_array_unref);
  g_clear_pointer (&report->from, g_free);
  g_clear_pointer (&report->student_ids, g_array_unref);
}
