/* koers-cli-backup.c: check, backup, restore, change-passphrase, delete-student, export-student and retention
 *
 * For a cron job or a worried evening: `check` exits 0 only for a whole notebook,
 * `backup` never leaves a half-written copy, `restore` touches nothing until the
 * backup has proved itself and keeps what it replaces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-backup.h"

#include "koers-cli-passphrase.h"
#include "koers-student-export.h"
#include "koers-student-record-sheet.h"
#include "koers-i18n.h"
#include "koers-passphrase.h"

int
koers_cli_command_check (KoersCliOptions *options,
                         int              argc,
                         char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!koers_cli_parse_command_options ("check", NULL, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  if (!koers_store_check (store, &problems, &error))
    return koers_cli_fail (error);

  if (problems->len == 0)
    {
      /* Machine-readable on purpose, like integrity_check's own answer. */
      g_print ("ok\n");
      return EXIT_OK;
    }
  for (guint i = 0; i < problems->len; i++)
    g_print ("%s\n", (char *) problems->pdata[i]);
  g_printerr (ngettext ("%u problem found. Restore the notebook from a backup (koers-cli restore FILE).\n",
                        "%u problems found. Restore the notebook from a backup (koers-cli restore FILE).\n",
                        problems->len), problems->len);
  return EXIT_ERROR;
}

int
koers_cli_command_backup (KoersCliOptions *options,
                          int              argc,
                          char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *output = NULL;
  char *passphrase;
  gboolean ok;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The backup file to write"), N_("FILE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("backup", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL)
    return koers_cli_usage_error (_("Say where to write the backup with -o FILE."));
  if (g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("%s exists already. Choose a new file name."), output);
      return koers_cli_usage_error (message);
    }

  passphrase = koers_cli_read_passphrase (options->passphrase_file, KOERS_CLI_PASSPHRASE_UNLOCK, &error);
  if (passphrase == NULL)
    return koers_cli_fail (error);
  store = koers_store_open (koers_cli_database_path (options), passphrase, &error);
  ok = store != NULL && koers_store_backup (store, passphrase, output, &error);
  koers_passphrase_free (passphrase);
  if (!ok)
    return koers_cli_fail (error);

  g_print ("%s\n", output);
  return EXIT_OK;
}

int
koers_cli_command_restore (KoersCliOptions *options,
                           int              argc,
                           char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  char *passphrase;
  gboolean ok;

  if (!koers_cli_parse_command_options ("restore", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  /* The notebook itself is not opened: it may be the damaged one. */
  passphrase = koers_cli_read_passphrase (options->passphrase_file, KOERS_CLI_PASSPHRASE_UNLOCK, &error);
  if (passphrase == NULL)
    return koers_cli_fail (error);
  ok = koers_store_restore (argv[1], passphrase, koers_cli_database_path (options), &kept, &error);
  koers_passphrase_free (passphrase);
  if (!ok)
    return koers_cli_fail (error);

  if (kept != NULL)
    /* Translators: %s is a file name */
    g_print (_("Restored. The notebook as it was is kept as %s\n"), kept);
  else
    g_print (_("Restored.\n"));
  return EXIT_OK;
}

int
koers_cli_command_change_passphrase (KoersCliOptions *options,
                                     int              argc,
                                     char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *new_file = NULL;
  char *old = NULL;
  char *new = NULL;
  const char *reason = NULL;
  gboolean ok;
  GOptionEntry entries[] = {
    { "new-passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &new_file, N_("Read the new passphrase from FILE"), N_("FILE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("change-passphrase", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  /* Without the option the new one would be read from $KOERS_PASSPHRASE_FILE: the old. */
  if (new_file == NULL && g_getenv ("KOERS_PASSPHRASE_FILE") != NULL)
    return koers_cli_usage_error (_("Give the new passphrase with --new-passphrase-file FILE."));

  old = koers_cli_read_passphrase (options->passphrase_file, KOERS_CLI_PASSPHRASE_UNLOCK, &error);
  if (old == NULL)
    return koers_cli_fail (error);
  store = koers_store_open (koers_cli_database_path (options), old, &error);
  if (store != NULL)
    new = koers_cli_read_passphrase (new_file, KOERS_CLI_PASSPHRASE_NEW, &error);
  if (new != NULL && koers_passphrase_check (new, &reason) == KOERS_PASSPHRASE_WEAK)
    g_printerr (_("Warning: this passphrase is weak. %s\n"), reason);
  ok = new != NULL && koers_store_change_passphrase (store, old, new, &error);
  koers_passphrase_free (old);
  if (new != NULL)
    koers_passphrase_free (new);
  if (!ok)
    return koers_cli_fail (error);

  g_print (_("The notebook has a new passphrase. Backups made before keep the old one.\n"));
  return EXIT_OK;
}

int
koers_cli_command_delete_student (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  gboolean yes = FALSE, vacuum = FALSE;
  GOptionEntry entries[] = {
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Yes, delete everything about this student for good"), NULL },
    { "vacuum", 0, 0, G_OPTION_ARG_NONE, &vacuum, N_("Also rewrite the notebook without the freed space"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("delete-student", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (!yes)
    return koers_cli_usage_error (_("This deletes the student and everything about them for good, "
                                    "with no undo. Add --yes to do it."));

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);
  if (!koers_store_delete_student (store, koers_student_get_id (student), vacuum, &error))
    return koers_cli_fail (error);

  /* Translators: %s is the student's name */
  g_print (_("Deleted %s. Backups made before still hold the student until they are rotated away.\n"),
           koers_student_get_display_name (student));
  return EXIT_OK;
}

int
koers_cli_command_export_student (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autofree char *output = NULL;
  gboolean pdf;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .json for programs, .pdf to read"), N_("FILE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("export-student", entries, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);
  if (output == NULL || (!g_str_has_suffix (output, ".json") && !g_str_has_suffix (output, ".pdf")))
    return koers_cli_usage_error (_("Say where to write with -o FILE.json or -o FILE.pdf."));
  pdf = g_str_has_suffix (output, ".pdf");

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  student = koers_store_find_student (store, argv[1], &error);
  if (student == NULL)
    return koers_cli_fail (error);

  if (pdf)
    {
      g_autoptr(KoersDocument) doc = koers_student_record_sheet_new (store, koers_student_get_id (student), &error);
      guint n_pages = 0;

      if (doc == NULL || !koers_document_write_pdf (doc, output, &n_pages, &error) ||
          !koers_store_audit_student (store, KOERS_AUDIT_EXPORT, "student-record-pdf",
                                      koers_student_get_id (student), &error))
        return koers_cli_fail (error);
      g_print (ngettext ("%u page\n", "%u pages\n", n_pages), n_pages);
    }
  else
    {
      g_autofree char *json = koers_store_export_student_json (store, koers_student_get_id (student), &error);

      if (json == NULL ||
          !g_file_set_contents_full (output, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
        return koers_cli_fail (error);
      g_print ("%s\n", output);
    }
  return EXIT_OK;
}

int
koers_cli_command_retention (KoersCliOptions *options,
                             int              argc,
                             char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) due = NULL;
  int years = 0;
  GOptionEntry entries[] = {
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("Years after leaving (default: the notebook's setting, 2)"), N_("N") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("retention", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (years < 0 || years > 50)
    return koers_cli_usage_error (_("--years takes a number of years from 1 to 50."));

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  due = koers_store_list_retention_due (store, years > 0 ? (guint) years : koers_store_get_retention_years (store),
                                        NULL, &error);
  if (due == NULL)
    return koers_cli_fail (error);

  /* One student a line: id, number, name, class. delete-student STUDENT --yes
   * deletes one; nothing is deleted here. */
  for (guint i = 0; i < due->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (due, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", koers_student_get_id (student),
               koers_student_get_student_number (student) ?: "-",
               koers_student_get_display_name (student),
               koers_student_get_group (student) ?: "-");
    }
  return EXIT_OK;
}

int
koers_cli_command_audit (KoersCliOptions *options,
                         int              argc,
                         char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!koers_cli_parse_command_options ("audit", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);
  records = koers_store_list_audit (store, &error);
  if (records == NULL)
    return koers_cli_fail (error);

  /* One line a record, newest first: when (UTC), who, action, what, student ids.
   * The ids and not the names: the log itself says nothing about a student. */
  for (guint i = 0; i < records->len; i++)
    {
      KoersAuditRecord *record = g_ptr_array_index (records, i);

      g_print ("%s\t%s\t%s\t%s\t%s\n", record->at, record->who ?: "-",
               record->action, record->what, record->student_ids ?: "-");
    }
  return EXIT_OK;
}
