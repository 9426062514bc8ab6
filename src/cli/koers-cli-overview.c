/* koers-cli-overview.c: overview
 *
 * For reading, each section under its heading with its rows (tab-separated, the
 * student id first); --json and --csv for scripts and spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "koers-cli-overview.h"

#include "koers-date.h"
#include "koers-i18n.h"
#include "koers-overview-export.h"
#include "koers-overview-sheet.h"

static void
print_sections (GPtrArray *items)
{
  for (KoersOverviewSection section = 0; section < KOERS_N_OVERVIEW_SECTIONS; section++)
    {
      g_autoptr(GPtrArray) rows = koers_overview_items_in_section (items, section);

      g_print ("%s%s (%u)\n", section > 0 ? "\n" : "",
               koers_overview_section_get_title (section), rows->len);

      for (guint i = 0; i < rows->len; i++)
        {
          KoersOverviewItem *item = g_ptr_array_index (rows, i);
          KoersStudent *student = koers_overview_item_get_student (item);
          g_autofree char *reason = koers_cli_one_line (koers_overview_item_get_reason (item));

          g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
                   koers_student_get_id (student),
                   koers_overview_item_get_date (item) ?: "-",
                   /* Machine-readable on purpose: ids, not translated. */
                   koers_overview_item_get_overdue (item) ? "overdue" : "-",
                   koers_student_get_display_name (student),
                   koers_student_get_group (student) ?: "-",
                   koers_student_get_mentor (student) ?: "-",
                   reason,
                   koers_overview_item_get_owner (item) ?: "-");
        }
    }
}

int
koers_cli_command_overview (KoersCliOptions *options,
                            int              argc,
                            char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *group = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *today = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE, csv = FALSE;
  int quiet_weeks = 0;
  KoersOverviewQuery query = { 0 };
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_("Only students of this group or class"), N_("GROUP") },
    { "mentor", 'm', 0, G_OPTION_ARG_STRING, &mentor, N_("Only students of this mentor"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Count from this date instead of today"), N_("DATE") },
    { "quiet-weeks", 0, 0, G_OPTION_ARG_INT, &quiet_weeks, N_("A student is quiet after this many weeks without an entry (default 6)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Print CSV (semicolon-separated, for a spreadsheet)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write a PDF (.pdf) or a spreadsheet (.csv) instead"), N_("FILE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("overview", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (json && csv)
    return koers_cli_usage_error (_("Choose --json or --csv, not both."));
  if (output != NULL && (json || csv))
    return koers_cli_usage_error (_("-o writes a file; leave out --json and --csv."));
  if (output != NULL && !g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".csv"))
    return koers_cli_usage_error (_("-o takes a file name ending in .pdf or .csv."));
  if (quiet_weeks < 0 || quiet_weeks > 52)
    return koers_cli_usage_error (_("--quiet-weeks takes a number of weeks from 1 to 52."));

  if (today_text != NULL)
    {
      today = koers_date_parse_to_iso (today_text);
      if (today == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("--today: “%s” is not a date. Write it as yyyy-mm-dd or dd-mm-yyyy."),
                             today_text);
          return koers_cli_usage_error (message);
        }
    }
  else
    today = koers_date_iso_days_ago (0);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  query.today = today;
  query.group = group;
  query.mentor = mentor;
  query.quiet_weeks = (guint) quiet_weeks;
  items = koers_store_get_overview (store, &query, &error);
  if (items == NULL)
    return koers_cli_fail (error);

  if (output != NULL && g_str_has_suffix (output, ".pdf"))
    {
      g_autoptr(KoersDocument) doc = koers_overview_sheet_new (items, &query, today);
      guint n_pages = 0;

      g_autoptr(GArray) ids = koers_overview_items_dup_student_ids (items);

      if (!koers_document_write_pdf (doc, output, &n_pages, &error) ||
          !koers_store_audit (store, KOERS_AUDIT_EXPORT, "overview-pdf", ids, &error))
        return koers_cli_fail (error);
      g_print (ngettext ("%u page\n", "%u pages\n", n_pages), n_pages);
    }
  else if (output != NULL)
    {
      g_autofree char *text = koers_overview_to_csv (items);

      g_autoptr(GArray) ids = koers_overview_items_dup_student_ids (items);

      if (!g_file_set_contents_full (output, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error) ||
          !koers_store_audit (store, KOERS_AUDIT_EXPORT, "overview-csv", ids, &error))
        return koers_cli_fail (error);
      g_print (ngettext ("%u row\n", "%u rows\n", items->len), items->len);
    }
  else if (json)
    {
      g_autofree char *text = koers_overview_to_json (items, &query, today);
      g_print ("%s\n", text);
    }
  else if (csv)
    {
      g_autofree char *text = koers_overview_to_csv (items);
      fputs (text, stdout);
    }
  else
    print_sections (items);

  return EXIT_OK;
}
