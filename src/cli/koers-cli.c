/* koers-cli.c: the command-line companion of Koers
 *
 * Global options come before the command (strict POSIX parsing stops at the
 * command name); each command then parses its own options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <gio/gio.h>

#include "koers-class-list.h"
#include "koers-cli.h"
#include "koers-cli-goals.h"
#include "koers-cli-checklists.h"
#include "koers-cli-backup.h"
#include "koers-cli-bench.h"
#include "koers-cli-care-meetings.h"
#include "koers-cli-overview.h"
#include "koers-cli-packages.h"
#include "koers-cli-meetings.h"
#include "koers-cli-passphrase.h"
#include "koers-cli-timeline.h"
#include "koers-date.h"
#include "koers-demo.h"
#include "koers-i18n.h"
#include "koers-passphrase.h"
#include "koers-store.h"
#include "koers-synthetic.h"

typedef int (*KoersCliCommandFunc) (KoersCliOptions *options,
                                    int              argc,
                                    char           **argv);

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  KoersCliCommandFunc func;
} KoersCliCommand;

int
koers_cli_fail (GError *error)
{
  g_printerr ("koers-cli: %s\n", error->message);
  if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE))
    return EXIT_WRONG_PASSPHRASE;
  return EXIT_ERROR;
}

int
koers_cli_usage_error (const char *message)
{
  g_printerr ("koers-cli: %s\n", message);
  g_printerr (_("Run “koers-cli --help” for the commands.\n"));
  return EXIT_USAGE;
}

/* Tabs and line breaks would split a record: every control character becomes a
 * space. Bytes below 0x20 never occur inside a UTF-8 sequence. */
char *
koers_cli_one_line (const char *text)
{
  GString *str = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    g_string_append_c (str, (guchar) *p < 0x20 || *p == 0x7f ? ' ' : *p);
  return g_string_free (str, FALSE);
}

const char *
koers_cli_database_path (KoersCliOptions *options)
{
  if (options->database == NULL)
    options->database = koers_store_default_path ();
  return options->database;
}

KoersStore *
koers_cli_open_store (KoersCliOptions  *options,
                      GError          **error)
{
  char *passphrase;
  KoersStore *store;

  passphrase = koers_cli_read_passphrase (options->passphrase_file,
                                          KOERS_CLI_PASSPHRASE_UNLOCK, error);
  if (passphrase == NULL)
    return NULL;

  store = koers_store_open (koers_cli_database_path (options), passphrase, error);
  koers_passphrase_free (passphrase);
  return store;
}

static KoersStore *
create_store (KoersCliOptions  *options,
              GError          **error)
{
  char *passphrase;
  const char *reason = NULL;
  KoersStore *store;

  passphrase = koers_cli_read_passphrase (options->passphrase_file,
                                          KOERS_CLI_PASSPHRASE_NEW, error);
  if (passphrase == NULL)
    return NULL;

  if (koers_passphrase_check (passphrase, &reason) == KOERS_PASSPHRASE_WEAK)
    g_printerr (_("Warning: this passphrase is weak. %s\n"), reason);

  store = koers_store_create (koers_cli_database_path (options), passphrase, error);
  koers_passphrase_free (passphrase);
  return store;
}

gboolean
koers_cli_parse_command_options (const char    *command,
                                 GOptionEntry  *entries,
                                 int           *argc,
                                 char        ***argv,
                                 int            n_positional,
                                 GError       **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_help_enabled (context, TRUE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  /* argv[0] is the command itself. */
  if (n_positional == KOERS_CLI_ANY_NUMBER)
    return TRUE;
  if (n_positional == KOERS_CLI_ONE_OR_MORE ? *argc < 2 : *argc - 1 != n_positional)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Wrong number of arguments for “%s”."), command);
      return FALSE;
    }

  return TRUE;
}

static int
command_init (KoersCliOptions *options,
              int              argc,
              char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;

  if (!koers_cli_parse_command_options ("init", NULL, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = create_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  g_print (_("Created notebook %s\n"), koers_store_get_path (store));
  return EXIT_OK;
}

static int
command_import_students (KoersCliOptions *options,
                         int              argc,
                         char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersClassList) list = NULL;
  g_autoptr(GFile) file = NULL;
  guint imported = 0, updated = 0;

  if (!koers_cli_parse_command_options ("import-students", NULL, &argc, &argv, 1, &error))
    return koers_cli_usage_error (error->message);

  /* Read the file before asking for the passphrase: a typo in the name fails fast. */
  file = g_file_new_for_commandline_arg (argv[1]);
  list = koers_class_list_parse_file (file, NULL, &error);
  if (list == NULL)
    {
      g_prefix_error (&error, _("Nothing was imported from %s: "), argv[1]);
      return koers_cli_fail (error);
    }

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  if (!koers_class_list_import (list, store, &imported, &updated, &error))
    return koers_cli_fail (error);

  /* Machine-readable on purpose: scripts parse this line. */
  g_print ("imported %u, updated %u\n", imported, updated);
  return EXIT_OK;
}

static int
command_students (KoersCliOptions *options,
                  int              argc,
                  char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autofree char *group = NULL;
  gboolean archived = FALSE;
  KoersStudentQuery query = { 0 };
  GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_("Only students of this class or group"), N_("GROUP") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived students"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("students", entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);

  store = koers_cli_open_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  query.group = group;
  query.include_archived = archived;
  students = koers_store_list_students (store, &query, &error);
  if (students == NULL)
    return koers_cli_fail (error);

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *s = g_ptr_array_index (students, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               koers_student_get_id (s),
               koers_student_get_student_number (s) ?: "",
               koers_student_get_display_name (s),
               koers_student_get_group (s) ?: "",
               koers_student_get_birth_date (s) ?: "");
    }

  return EXIT_OK;
}

static void
print_synthetic_progress (guint    done,
                          guint    total,
                          gpointer user_data)
{
  if (isatty (STDERR_FILENO))
    g_printerr ("\r%u/%u", done, total);
}

/* koers-cli demo --students N: a school's worth of invented students. */
static int
fill_synthetic (KoersStore               *store,
                const KoersSyntheticSpec *spec)
{
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  guint n_entries;

  if (koers_store_count_students (store, &error) > 0)
    return koers_cli_usage_error (_("The notebook already holds students. Generate a school into a new notebook."));
  if (error != NULL)
    return koers_cli_fail (error);

  if (!koers_synthetic_fill (store, spec, print_synthetic_progress, NULL, &error))
    {
      if (isatty (STDERR_FILENO))
        g_printerr ("\n");
      return koers_cli_fail (error);
    }
  if (isatty (STDERR_FILENO))
    g_printerr ("\n");

  n_entries = koers_store_count_entries (store, 0, NULL);
  g_print (ngettext ("Filled %s with %u invented student and %u timeline entries in %.1f s\n",
                     "Filled %s with %u invented students and %u timeline entries in %.1f s\n",
                     spec->students),
           koers_store_get_path (store), spec->students, n_entries,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_OK;
}

static int
command_demo (KoersCliOptions *options,
              int              argc,
              char           **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *today = NULL;
  int students = 0, entries = 100, seed = 1;
  KoersSyntheticSpec spec = { 0 };
  GOptionEntry option_entries[] = {
    { "students", 0, 0, G_OPTION_ARG_INT, &students, N_("Generate N invented students instead of the twenty of the demo"), N_("N") },
    { "entries-per-student", 0, 0, G_OPTION_ARG_INT, &entries, N_("Timeline entries per generated student (default 100)"), N_("M") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The same seed gives the same notebook (default 1)"), N_("S") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today, N_("Write the generated notebook up to this date instead of today"), N_("DATE") },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("demo", option_entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  if (students < 0 || students > 100000)
    return koers_cli_usage_error (_("--students takes a number from 1 to 100000."));
  if (entries < 0 || entries > 100000)
    return koers_cli_usage_error (_("--entries-per-student takes a number from 0 to 100000."));
  if (today != NULL)
    {
      g_autofree char *iso = koers_date_parse_to_iso (today);

      if (iso == NULL)
        return koers_cli_usage_error (_("--today: write the date as yyyy-mm-dd or dd-mm-yyyy."));
      g_free (today);
      today = g_steal_pointer (&iso);
    }

  if (g_file_test (koers_cli_database_path (options), G_FILE_TEST_EXISTS))
    store = koers_cli_open_store (options, &error);
  else
    store = create_store (options, &error);
  if (store == NULL)
    return koers_cli_fail (error);

  if (students > 0)
    {
      spec.students = students;
      spec.entries_per_student = entries;
      spec.seed = (guint32) seed;
      spec.today = today;
      return fill_synthetic (store, &spec);
    }

  if (!koers_demo_fill (store, &error))
    return koers_cli_fail (error);

  {
    guint n = koers_store_count_students (store, NULL);

    g_print (ngettext ("Filled %s with %u invented student\n",
                       "Filled %s with %u invented students\n", n),
             koers_store_get_path (store), n);
  }
  return EXIT_OK;
}

static const KoersCliCommand commands[] = {
  { "init", "", N_("Create a new, empty notebook (never overwrites one)"), command_init },
  { "import-students", N_("FILE.csv"), N_("Import or update students from a class list"), command_import_students },
  { "students", N_("[--group GROUP] [--archived]"), N_("List students: id, number, name, group, date of birth"), command_students },
  { "add-entry", N_("STUDENT --kind KIND --text TEXT [OPTIONS…]"), N_("Add a timeline entry and print its id (all options: add-entry --help)"), koers_cli_command_add_entry },
  { "add-entries", N_("STUDENT --kind KIND [--date DATE] [--sensitive] < FILE"), N_("Add an entry per line of standard input; print each id as soon as it is saved"), koers_cli_command_add_entries },
  { "timeline", N_("STUDENT [--kind KIND] [--include-sensitive]"), N_("A student's timeline, newest first: id, date, kind, fact|interpretation, sensitive, text"), koers_cli_command_timeline },
  { "search", N_("WORDS… [--include-sensitive]"), N_("Search every student's notes: student id, entry id, date, snippet"), koers_cli_command_search },
  { "add-goal", N_("STUDENT --title T --step STEP… --start DATE [OPTIONS…]"), N_("Add a goal (active, or --concept) and print its id (all options: add-goal --help)"), koers_cli_command_add_goal },
  { "goals", N_("STUDENT"), N_("A student's goals: id, status, start, evaluation date, title"), koers_cli_command_goals },
  { "goal-cards", N_("(--student STUDENT | --group GROUP) -o FILE.pdf [--layout a4|a5|a5x2]"), N_("Write the goal cards of active goals to a PDF and print the number of cards"), koers_cli_command_goal_cards },
  { "meetings", N_("STUDENT"), N_("A student's parent meetings: id, date, status, reason"), koers_cli_command_meetings },
  { "meeting-sheet", N_("MEETING -o FILE.pdf [--for-parents] [--include-sensitive]"), N_("Write a meeting's preparation sheet (or the parents' agreements) to a PDF and print the number of pages"), koers_cli_command_meeting_sheet },
  { "meeting-ics", N_("MEETING -o FILE.ics"), N_("Write a meeting as a calendar event, with the invitation as its description"), koers_cli_command_meeting_ics },
  { "templates", "", N_("The signal checklist templates: id, name, signals, groups, source"), koers_cli_command_templates },
  { "checklists", N_("STUDENT"), N_("A student's signal checklists: id, date, template, observer, status"), koers_cli_command_checklists },
  { "checklist", N_("CHECKLIST"), N_("Every signal of a checklist with its answer and note, what changed since the previous one, and the next step"), koers_cli_command_checklist },
  { "checklist-sheet", N_("(CHECKLIST | --blank --template ID [--student STUDENT]) -o FILE.pdf"), N_("Write a filled-in checklist, or a blank one to fill in on paper, to a PDF and print the number of pages"), koers_cli_command_checklist_sheet },
  { "overview", N_("[--group GROUP] [--mentor NAME] [--json | --csv | -o FILE.pdf|.csv]"), N_("What needs attention across all students: goal evaluations, follow-ups, referrals, new signals, quiet students, attendance"), koers_cli_command_overview },
  { "care-meetings", "", N_("The student care meetings: id, date, time, students, students discussed, place"), koers_cli_command_care_meetings },
  { "plan-care-meeting", N_("--date DATE [--time T] [--place P] [--attendee NAME…] (--student STUDENT… | --group GROUP)"), N_("Plan a student care meeting and print its id"), koers_cli_command_plan_care_meeting },
  { "care-meeting-sheet", N_("MEETING -o FILE.pdf [--minutes] [--include-sensitive]"), N_("Write a student care meeting's agenda with a brief per student (or its minutes) to a PDF and print the number of pages"), koers_cli_command_care_meeting_sheet },
  { "export-package", N_("(--group GROUP | --student STUDENT…) -o FILE --package-passphrase-file P [--include-sensitive] [--handover [--to NAME] [--summary FILE.pdf]]"), N_("Write students with everything about them to an encrypted package for another notebook"), koers_cli_command_export_package },
  { "import-package", N_("FILE --package-passphrase-file P"), N_("Merge a package into this notebook and print “added N, updated M, unchanged K”"), koers_cli_command_import_package },
  { "bench", N_("[--students N] [--entries-per-student M] [--quick] [--json]"), N_("Generate a school in a temporary folder and measure what users wait for (docs/performance.md)"), koers_cli_command_bench },
  { "check", "", N_("Check the notebook (integrity and references); exit status 0 only when it is whole"), koers_cli_command_check },
  { "backup", N_("-o FILE"), N_("Write an encrypted, verified copy of the notebook under its own passphrase"), koers_cli_command_backup },
  { "restore", N_("FILE"), N_("Put a backup in place of the notebook after verifying it; the current file is kept beside it"), koers_cli_command_restore },
  { "export-student", N_("STUDENT -o FILE.json|FILE.pdf"), N_("Everything about a student, for the right of access: JSON for programs, PDF to read"), koers_cli_command_export_student },
  { "audit", "", N_("The audit log, newest first: when (UTC), who, action, what, student ids; never any content"), koers_cli_command_audit },
  { "retention", N_("[--years N]"), N_("Archived students who left longer ago than the retention period: id, number, name, class (nothing is deleted)"), koers_cli_command_retention },
  { "delete-student", N_("STUDENT --yes [--vacuum]"), N_("Delete a student and everything about them for good (the right to erasure)"), koers_cli_command_delete_student },
  { "change-passphrase", N_("[--new-passphrase-file P]"), N_("Give the notebook a new passphrase (the current one is asked first)"), koers_cli_command_change_passphrase },
  { "demo", N_("[--students N [--entries-per-student M] [--seed S] [--today DATE]]"), N_("Fill a notebook with the twenty invented demo students, or generate a school of N"), command_demo },
};

#define COMMAND_COLUMN 45

static char *
commands_description (void)
{
  GString *str = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name,
                                               *commands[i].args ? _(commands[i].args) : "");

      glong width = g_utf8_strlen (call, -1);

      /* Pad by characters, not bytes ("…"); a long call gets its own line. */
      g_string_append_printf (str, "\n  %s", call);
      if (width > COMMAND_COLUMN)
        g_string_append_printf (str, "\n  %*s", COMMAND_COLUMN, "");
      else
        g_string_append_printf (str, "%*s", (int) (COMMAND_COLUMN - width), "");
      g_string_append_printf (str, " %s", _(commands[i].summary));
    }

  g_string_append_printf (str, "\n\n%s\n%s\n\n%s",
                          _("STUDENT is a student's id or student number. Dates are written\n"
                            "yyyy-mm-dd or dd-mm-yyyy. Sensitive text is left out unless\n"
                            "--include-sensitive is given."),
                          _("MEETING is a meeting's id, as “meetings” lists it; CHECKLIST a\n"
                            "checklist's id, as “checklists” lists it."),
                          _("The passphrase is read from --passphrase-file, from the file named by\n"
                            "KOERS_PASSPHRASE_FILE, or asked for on the terminal. A wrong passphrase\n"
                            "exits with status 2."));
  return g_string_free (str, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  KoersCliOptions options = { 0 };
  gboolean version = FALSE;
  int status = EXIT_USAGE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options.database,
      N_("The notebook file (default: ~/.local/share/koers/koers.db)"), N_("PATH") },
    { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &options.passphrase_file,
      N_("Read the passphrase from this file"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { NULL }
  };

  koers_i18n_init ();

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_summary (context, _("Koers: the mentor's notebook, from the command line."));
  description = commands_description ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return koers_cli_usage_error (error->message);

  if (version)
    {
      g_print ("koers-cli %s\n", KOERS_VERSION);
      status = EXIT_OK;
      goto out;
    }

  if (argc < 2)
    {
      status = koers_cli_usage_error (_("No command given."));
      goto out;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (argv[1], commands[i].name) == 0)
        {
          status = commands[i].func (&options, argc - 1, argv + 1);
          goto out;
        }
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);
    status = koers_cli_usage_error (message);
  }

out:
  g_free (options.database);
  g_free (options.passphrase_file);
  return status;
}
