/* koers-student-export.c: everything about one student, for the right of access
 *
 * Table by table and column by column as stored, so nothing is left out by a
 * summary that forgot a field; a test checks that every table holding a
 * student_id is listed here. The one left out on purpose is drafts: text an editor
 * held when the notebook locked, not yet saved by anyone and taken back (and
 * deleted) when that editor opens again; what is saved of it is exported here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>

#include "koers-store-private.h"
#include "koers-student-export.h"

#define GOALS "goal_id IN (SELECT id FROM goals WHERE student_id = ?1)"
#define MEETINGS "meeting_id IN (SELECT id FROM meetings WHERE student_id = ?1)"
#define CHECKLISTS "checklist_id IN (SELECT id FROM checklists WHERE student_id = ?1)"

typedef struct
{
  const char *table;
  const char *where;   /* ?1 is the student's id */
} Part;

static const Part parts[] = {
  { "students", "id = ?1" },
  { "groups", "id = (SELECT group_id FROM students WHERE id = ?1)" },
  { "entries", "student_id = ?1" },
  { "goals", "student_id = ?1" },
  { "goal_steps", GOALS },
  { "goal_adults", GOALS },
  { "goal_smarti", GOALS },
  { "goal_feedback", GOALS },
  { "meetings", "student_id = ?1" },
  { "meeting_attendees", MEETINGS },
  { "meeting_links", MEETINGS },
  { "meeting_goals", MEETINGS },
  { "meeting_items", MEETINGS },
  { "meeting_agreements", MEETINGS },
  { "checklists", "student_id = ?1" },
  { "checklist_groups", CHECKLISTS },
  { "checklist_answers", CHECKLISTS },
  { "checklist_links", CHECKLISTS },
  { "care_meetings", "id IN (SELECT care_meeting_id FROM care_meeting_students WHERE student_id = ?1)" },
  { "care_meeting_students", "student_id = ?1" },
  { "care_meeting_steps", "care_student_id IN (SELECT id FROM care_meeting_students WHERE student_id = ?1)" },
};

const char * const *
koers_student_export_tables (void)
{
  static const char *names[G_N_ELEMENTS (parts) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    names[i] = parts[i].table;
  return names;
}

static gboolean
add_rows (KoersStore   *store,
          JsonBuilder  *builder,
          const Part   *part,
          gint64        student_id,
          GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s", part->table, part->where);
  sqlite3_stmt *stmt = koers_store_prepare_once (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, student_id);
  json_builder_set_member_name (builder, part->table);
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          json_builder_set_member_name (builder, sqlite3_column_name (stmt, i));
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              json_builder_add_double_value (builder, sqlite3_column_double (stmt, i));
              break;
            case SQLITE_NULL:
              json_builder_add_null_value (builder);
              break;
            default:
              json_builder_add_string_value (builder, (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
      json_builder_end_object (builder);
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (builder);
  if (rc != SQLITE_DONE)
    return koers_store_fail (store, rc, error);
  return TRUE;
}

char *
koers_store_export_student_json (KoersStore  *store,
                                 gint64       student_id,
                                 GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported = g_date_time_format_iso8601 (now);
  g_autoptr(KoersStudent) student = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  /* A clear "not found" rather than an export with nothing in it. */
  student = koers_store_get_student (store, student_id, error);
  if (student == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "koers-student-export");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, koers_store_get_schema_version (store));
  json_builder_set_member_name (builder, "exported");
  json_builder_add_string_value (builder, exported);
  json_builder_set_member_name (builder, "tables");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!add_rows (store, builder, &parts[i], student_id, error))
      return NULL;
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  if (!koers_store_audit_student (store, KOERS_AUDIT_EXPORT, "student-record-json", student_id, error))
    return NULL;

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
