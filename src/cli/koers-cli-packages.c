/* koers-cli-packages.c: export-package and import-package
 *
 * The package has a passphrase of its own, read from a file like the notebook's
 * and never taken from the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-packages.h"

#include "koers-cli-passphrase.h"
#include "koers-handover-sheet.h"
#include "koers-i18n.h"
#include "koers-passphrase.h"

static char *
read_package_passphrase (const char  *file,
                         GError     **error)
{
  if (file == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Give the package’s passphrase with --package-passphrase-file FILE."));
      return NULL;
    }
  return koers_cli_read_passphrase (file, KOERS_CLI_PASSPHRASE_UNLOCK, error);
}

static gboolean
collect_students (KoersStore  *store,
                  const char  *group,
                  char       **students,
                  GArray      *ids,
                  GError     **error)
{
  if (group != NULL)
    {
      KoersStudentQuery query = { .group = group };
      g_autoptr(GPtrArray) list = koers_store_list_students (store, &query, error);

      if (list == NULL)
        return FALSE;
      if (list->len == 0)
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("There are no students in group %s. “koers-cli students” lists the groups."), group);
          return FALSE;
        }
      for (guint i = 0; i < list->len; i++)
        {
          gint64 id = koers_student_get_id (g_ptr_array_index (list, i));
          g_array_append_val (ids, id);
        }
    }

  for (guint i = 0; students != NULL && students[i] != NULL; i++)
    {
      g_autoptr(KoersStudent) student = koers_store_find_student (store, students[i], error);
      gint64 id;

      if (student == NULL)
        return FALSE;
      id = koers_student_get_id (student);
      g_array_append_val (ids, id);
    }
  return TRUE;
}

int
koers_cli_command_export_package (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *group = NULL;
  g_auto(GStrv) students = NULL;
  g_autofree char *output = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *handover_to = NULL;
  g_autofree char *summary = NULL;
  char *passphrase = NULL;
  gboolean include_sensitive = FALSE, handover = FALSE;
  KoersPackageOptions package = { 0 };
  KoersPackageReport report = { 0 };
  gboolean ok;
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_("Every student of this class or group"), N_("GROUP") },
    { "student", 's', 0, G_OPTION_ARG_STRING_ARRAY, &students, N_("This student (repeat for more)"), N_("STUDENT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The package file to write"), N_("FILE") },
    { "package-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file, N_("Read the package’s own passphrase from FILE"), N_("FILE") },
    { "include-sensitive", 0, 0, G_OPTION_ARG_NONE, &include_sensitive, N_("Take sensitive entries along too"), NULL },
    { "handover", 0, 0, G_OPTION_ARG_NONE, &handover, N_("A handover (overdracht): adds a handover entry to each student, here and in the package"), NULL },
    { "to", 0, 0, G_OPTION_ARG_STRING, &handover_to, N_("The new mentor, for the handover entry"), N_("NAME") },
    { "summary", 0, 0, G_OPTION_ARG_FILENAME, &summary, N_("Also write the handover summary for the new mentor to a PDF"), N_("FILE.pdf") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("export-package", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (group == NULL && students == NULL)
    return koers_cli_usage_error (_("Say whom to export: --group GROUP or --student STUDENT."));
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the package: -o FILE."));
  if (handover_to != NULL && !handover)
    return koers_cli_usage_error (_("--to names the new mentor of a handover; add --handover."));
  if (summary != NULL && !handover)
    return koers_cli_usage_error (_("--summary is the new mentor’s page of a handover; add --handover."));

  passphrase = read_package_passphrase (passphrase_file, &error);
  if (passphrase == NULL)
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  ok = store != NULL && collect_students (store, group, students, ids, &error);
  if (ok)
    {
      package.student_ids = ids;
      package.include_sensitive = include_sensitive;
      package.handover = handover;
      package.handover_to = handover_to;
      ok = koers_store_export_package (store, &package, output, passphrase, &report, &error);
    }
  koers_passphrase_free (passphrase);
  if (!ok)
    return koers_cli_fail (error);
  /* After the package: a summary is no use without it. */
  if (summary != NULL)
    {
      g_autofree char *from = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);

      if (!koers_handover_sheet_write_pdf (store, ids, from, handover_to, summary, &error))
        return koers_cli_fail (error);
    }

  {
    g_autofree char *students_text = g_strdup_printf (ngettext ("%u student", "%u students", report.n_students),
                                                      report.n_students);
    /* Translators: "3 students, 41 timeline entries" */
    g_print (ngettext ("%s, %u timeline entry\n", "%s, %u timeline entries\n", report.n_entries),
             students_text, report.n_entries);
  }
  return EXIT_OK;
}

int
koers_cli_command_import_package (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *passphrase_file = NULL;
  char *passphrase = NULL;
  KoersPackageReport report = { 0 };
  gboolean ok;
  GOptionEntry entries[] = {
    { "package-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file, N_("Read the package’s own passphrase from FILE"), N_("FILE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("import-package", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  passphrase = read_package_passphrase (passphrase_file, &error);
  if (passphrase == NULL)
    return koers_cli_fail (error);

  store = koers_cli_open_store (options, &error);
  ok = store != NULL && koers_store_import_package (store, argv[1], passphrase, &report, &error);
  koers_passphrase_free (passphrase);
  if (!ok)
    {
      if (g_error_matches (error, KOERS_PACKAGE_ERROR, KOERS_PACKAGE_ERROR_WRONG_PASSPHRASE))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_WRONG_PASSPHRASE;
        }
      return koers_cli_fail (error);
    }

  /* Machine-readable on purpose: scripts and the tests read this line. */
  g_print ("added %u, updated %u, unchanged %u\n", report.added, report.updated, report.unchanged);
  if (report.conflicts->len > 0)
    {
      g_print (ngettext ("Kept this notebook’s newer version of %u record:\n",
                         "Kept this notebook’s newer version of %u records:\n", report.conflicts->len),
               report.conflicts->len);
      for (guint i = 0; i < report.conflicts->len; i++)
        g_print ("  %s\n", (char *) report.conflicts->pdata[i]);
    }
  koers_package_report_clear (&report);
  return EXIT_OK;
}
