/* koers-store-audit.c: a log of what left the notebook, and of deletions
 *
 * Enough to answer "who exported or printed what about this student, and when"
 * (AVG accountability), and nothing more: the students by id, the kind of
 * document, never its content.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-store-private.h"

#include "koers-i18n.h"

typedef struct
{
  const char *id;
  const char *label;
} Label;

static const Label labels[] = {
  { KOERS_AUDIT_EXPORT, N_("Exported") },
  { KOERS_AUDIT_PRINT, N_("Printed") },
  { KOERS_AUDIT_PACKAGE_EXPORT, N_("Package exported") },
  { KOERS_AUDIT_DELETE, N_("Deleted for good") },
  { "student", N_("student and everything about them") },
  { "student-record-json", N_("student record (JSON)") },
  { "student-record-pdf", N_("student record (PDF)") },
  { "package", N_("package") },
  { "handover-package", N_("handover package") },
  { "handover-summary", N_("handover summary (PDF)") },
  { "care-agenda", N_("student care meeting agenda (PDF)") },
  { "care-minutes", N_("student care meeting minutes (PDF)") },
  { "overview-pdf", N_("overview (PDF)") },
  { "overview-csv", N_("overview (spreadsheet)") },
  { "goal-cards", N_("goal cards") },
  { "goal-cards-pdf", N_("goal cards (PDF)") },
  { "meeting-preparation", N_("parent meeting preparation") },
  { "meeting-preparation-pdf", N_("parent meeting preparation (PDF)") },
  { "meeting-agreements", N_("agreements for the parents") },
  { "meeting-agreements-pdf", N_("agreements for the parents (PDF)") },
  { "meeting-ics", N_("parent meeting invitation (calendar file)") },
  { "checklist", N_("signal checklist") },
  { "checklist-pdf", N_("signal checklist (PDF)") },
};

const char *
koers_audit_get_label (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].id, id) == 0)
      return _(labels[i].label);
  return id;
}

void
koers_audit_record_free (KoersAuditRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->at);
  g_free (record->who);
  g_free (record->action);
  g_free (record->what);
  g_free (record->student_ids);
  g_free (record);
}

gboolean
koers_store_audit (KoersStore  *self,
                   const char  *action,
                   const char  *what,
                   GArray      *student_ids,
                   GError     **error)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (action != NULL && what != NULL, FALSE);

  for (guint i = 0; student_ids != NULL && i < student_ids->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (student_ids, gint64, i));

  stmt = koers_store_prepare (self,
                              "INSERT INTO audit_log (at, who, action, what, student_ids)"
                              " VALUES (" KOERS_SQL_NOW ", (SELECT value FROM meta WHERE key = 'user-name'),"
                              "   ?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, what, -1, SQLITE_STATIC);
  koers_store_bind_text (stmt, 3, ids->str);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_fail (self, rc, error);
  return TRUE;
}

gboolean
koers_store_audit_student (KoersStore  *self,
                           const char  *action,
                           const char  *what,
                           gint64       student_id,
                           GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_val (ids, student_id);
  return koers_store_audit (self, action, what, ids, error);
}

GPtrArray *
koers_store_list_audit (KoersStore  *self,
                        GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_audit_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT at, who, action, what, student_ids FROM audit_log ORDER BY id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersAuditRecord *record = g_new0 (KoersAuditRecord, 1);

      record->at = g_strdup (koers_store_column_text (stmt, 0));
      record->who = g_strdup (koers_store_column_text (stmt, 1));
      record->action = g_strdup (koers_store_column_text (stmt, 2));
      record->what = g_strdup (koers_store_column_text (stmt, 3));
      record->student_ids = g_strdup (koers_store_column_text (stmt, 4));
      g_ptr_array_add (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_fail (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}
