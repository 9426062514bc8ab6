/* koers-overview-export.c: the zorgcoördinator overview as CSV and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-overview-export.h"

#include <json-glib/json-glib.h>

#include "koers-csv.h"
#include "koers-i18n.h"

char *
koers_overview_to_csv (GPtrArray *items)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  const char *header[] = {
    _("Section"), _("Student"), _("Student number"), _("Group"), _("Mentor"),
    _("What"), _("Date"), _("Overdue"), _("Who"),
  };

  g_return_val_if_fail (items != NULL, NULL);

  koers_csv_append_record (out, header, G_N_ELEMENTS (header), ';');

  for (guint i = 0; i < items->len; i++)
    {
      KoersOverviewItem *item = g_ptr_array_index (items, i);
      KoersStudent *student = koers_overview_item_get_student (item);
      const char *fields[] = {
        koers_overview_section_get_title (koers_overview_item_get_section (item)),
        koers_student_get_display_name (student),
        koers_student_get_student_number (student),
        koers_student_get_group (student),
        koers_student_get_mentor (student),
        koers_overview_item_get_reason (item),
        koers_overview_item_get_date (item),
        koers_overview_item_get_overdue (item) ? _("yes") : "",
        koers_overview_item_get_owner (item),
      };

      koers_csv_append_record (out, fields, G_N_ELEMENTS (fields), ';');
    }

  return g_string_free (out, FALSE);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_item (JsonBuilder       *builder,
          KoersOverviewItem *item)
{
  KoersStudent *student = koers_overview_item_get_student (item);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "student_id");
  json_builder_add_int_value (builder, koers_student_get_id (student));
  add_string (builder, "student", koers_student_get_display_name (student));
  add_string (builder, "student_number", koers_student_get_student_number (student));
  add_string (builder, "group", koers_student_get_group (student));
  add_string (builder, "mentor", koers_student_get_mentor (student));
  add_string (builder, "reason", koers_overview_item_get_reason (item));
  add_string (builder, "date", koers_overview_item_get_date (item));
  json_builder_set_member_name (builder, "overdue");
  json_builder_add_boolean_value (builder, koers_overview_item_get_overdue (item));
  add_string (builder, "owner", koers_overview_item_get_owner (item));
  add_string (builder, "target", koers_overview_target_to_id (koers_overview_item_get_target (item)));
  json_builder_set_member_name (builder, "target_id");
  json_builder_add_int_value (builder, koers_overview_item_get_target_id (item));
  json_builder_end_object (builder);
}

char *
koers_overview_to_json (GPtrArray                *items,
                        const KoersOverviewQuery *query,
                        const char               *today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "today", today);
  add_string (builder, "group", query->group);
  add_string (builder, "mentor", query->mentor);
  json_builder_set_member_name (builder, "quiet_weeks");
  json_builder_add_int_value (builder, query->quiet_weeks > 0 ? query->quiet_weeks
                                                             : KOERS_OVERVIEW_QUIET_WEEKS);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);

  for (KoersOverviewSection section = 0; section < KOERS_N_OVERVIEW_SECTIONS; section++)
    {
      g_autoptr(GPtrArray) rows = koers_overview_items_in_section (items, section);

      json_builder_begin_object (builder);
      add_string (builder, "id", koers_overview_section_to_id (section));
      add_string (builder, "title", koers_overview_section_get_title (section));
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        add_item (builder, g_ptr_array_index (rows, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
