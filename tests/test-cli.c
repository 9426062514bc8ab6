/* test-cli.c: koers-cli, each command through a real process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "koers-date.h"
#include "koers-store.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"

typedef struct
{
  char *dir;
  char *db;
  char *pass_file;
} Fixture;

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = koers_test_tmpdir_new ();
  f->db = g_build_filename (f->dir, "notebook.db", NULL);
  f->pass_file = g_build_filename (f->dir, "pass", NULL);
  /* With the trailing newline an editor or `echo` adds. */
  g_file_set_contents (f->pass_file, PASS "\n", -1, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  koers_test_tmpdir_free (f->dir);
  g_free (f->db);
  g_free (f->pass_file);
}

/* Runs koers-cli with @args (NULL-terminated) and no terminal to prompt on. */
static void
run_cli_env (Result              *r,
             const char * const  *env_extra,
             const char          *first,
             ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("KOERS_CLI");
  va_list ap;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "KOERS_PASSPHRASE_FILE");
  for (guint i = 0; env_extra != NULL && env_extra[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env_extra[i], env_extra[i + 1], TRUE);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_if_exited (proc) ? g_subprocess_get_exit_status (proc) : -1;
}

#define run_cli(r, ...) run_cli_env (r, NULL, __VA_ARGS__, NULL)

static void
init_notebook (Fixture *f)
{
  g_auto(Result) r = { 0 };

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "init");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (f->db, G_FILE_TEST_IS_REGULAR));
}

static void
test_init (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Result) again = { 0 };
  g_auto(Result) weak = { 0 };
  g_autofree char *weak_file = g_build_filename (f->dir, "weak", NULL);
  g_autofree char *weak_db = g_build_filename (f->dir, "weak.db", NULL);

  init_notebook (f);
  g_assert_false (koers_test_file_contains (f->db, "SQLite format 3"));

  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "init");
  g_assert_cmpint (again.status, !=, 0);
  g_assert_nonnull (strstr (again.err, "already exists"));

  /* A weak passphrase is a warning, not a refusal. */
  g_file_set_contents (weak_file, "abc", -1, NULL);
  run_cli (&weak, "--database", weak_db, "--passphrase-file", weak_file, "init");
  g_assert_cmpint (weak.status, ==, 0);
  g_assert_nonnull (strstr (weak.err, "weak"));
  g_assert_true (g_file_test (weak_db, G_FILE_TEST_IS_REGULAR));
}

static void
test_import_and_list (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *klas = koers_test_sample_path ("klas-2a.csv");
  g_autofree char *mbo = koers_test_sample_path ("groep-mbo-zorg.csv");
  g_auto(Result) first = { 0 };
  g_auto(Result) second = { 0 };
  g_auto(Result) third = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) group = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean found_lotte = FALSE;

  init_notebook (f);

  run_cli (&first, "--database", f->db, "--passphrase-file", f->pass_file, "import-students", klas);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.out, ==, "imported 6, updated 0\n");

  /* The same list again updates, never duplicates. */
  run_cli (&second, "--database", f->db, "--passphrase-file", f->pass_file, "import-students", klas);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, "imported 0, updated 6\n");

  run_cli (&third, "--database", f->db, "--passphrase-file", f->pass_file, "import-students", mbo);
  g_assert_cmpint (third.status, ==, 0);
  g_assert_true (g_str_has_prefix (third.out, "imported "));
  g_assert_nonnull (strstr (third.out, ", updated 0"));

  run_cli (&group, "--database", f->db, "--passphrase-file", f->pass_file, "students", "--group", "2A");
  g_assert_cmpint (group.status, ==, 0);
  lines = g_strsplit (g_strchomp (group.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", -1);

      /* id, student number, display name, group, date of birth */
      g_assert_cmpuint (g_strv_length (parts), ==, 5);
      g_assert_cmpstr (parts[3], ==, "2A");
      if (g_strcmp0 (parts[2], "Lotte van der Meer") == 0)
        {
          found_lotte = TRUE;
          g_assert_cmpstr (parts[1], ==, "104216");
          g_assert_cmpstr (parts[4], ==, "2012-04-30");
          g_assert_cmpint (g_ascii_strtoll (parts[0], NULL, 10), >, 0);
        }
    }
  g_assert_true (found_lotte);

  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "students");
  g_assert_cmpint (list.status, ==, 0);
  g_strfreev (lines);
  lines = g_strsplit (g_strchomp (list.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 6);
  g_assert_nonnull (strstr (list.out, "\tZW2B\t"));
}

static void
test_bad_csv_imports_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_auto(Result) r = { 0 };
  g_auto(Result) list = { 0 };

  init_notebook (f);
  g_file_set_contents (bad,
                       "Leerlingnummer;Roepnaam;Achternaam;Klas;Geboortedatum\n"
                       "1;Daan;Dijk;2A;14-03-2012\n"
                       "2;Sanne;Bakker;2A;31-02-2012\n",
                       -1, NULL);

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "import-students", bad);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "3"));
  g_assert_nonnull (strstr (r.err, "31-02-2012"));

  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "students");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==, "");
}

static void
test_wrong_passphrase (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *wrong = g_build_filename (f->dir, "wrong", NULL);
  g_auto(Result) r = { 0 };

  init_notebook (f);
  g_file_set_contents (wrong, "not the passphrase\n", -1, NULL);
  run_cli (&r, "--database", f->db, "--passphrase-file", wrong, "students");
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Wrong passphrase"));
  g_assert_cmpstr (r.out, ==, "");
}

/* The Dutch translation is built and found, also when run from the build tree. */
static void
test_dutch (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *wrong = g_build_filename (f->dir, "wrong", NULL);
  const char *env[] = { "LANGUAGE", "nl", NULL };
  g_auto(Result) r = { 0 };

  init_notebook (f);
  g_file_set_contents (wrong, "not the passphrase\n", -1, NULL);
  run_cli_env (&r, env, "--database", f->db, "--passphrase-file", wrong, "students", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "Verkeerde wachtwoordzin"));
}

/* A passphrase is read from a file or the terminal, never from the command line
 * (where every user of the machine sees it in the process list), and never echoed
 * into output or debug logs, right or wrong. */
static void
test_passphrase_never_shown (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *wrong = g_build_filename (f->dir, "wrong", NULL);
  g_autofree char *backup = g_build_filename (f->dir, "kopie.db", NULL);
  const char *debug[] = { "G_MESSAGES_DEBUG", "all", NULL };
  g_auto(Result) on_argv = { 0 };
  g_auto(Result) help = { 0 };
  g_auto(Result) demo = { 0 };
  g_auto(Result) made = { 0 };
  g_auto(Result) refused = { 0 };

  run_cli (&on_argv, "--database", f->db, "--passphrase", PASS, "init");
  g_assert_cmpint (on_argv.status, ==, 64);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  run_cli (&help, "--help");
  g_assert_null (strstr (help.out, "--passphrase "));
  g_assert_null (strstr (help.out, "--passphrase="));

  init_notebook (f);
  g_file_set_contents (wrong, "not the passphrase\n", -1, NULL);
  run_cli_env (&demo, debug, "--database", f->db, "--passphrase-file", f->pass_file, "demo", NULL);
  run_cli_env (&made, debug, "--database", f->db, "--passphrase-file", f->pass_file, "backup", "-o", backup, NULL);
  run_cli_env (&refused, debug, "--database", f->db, "--passphrase-file", wrong, "students", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_null (strstr (demo.out, PASS));
  g_assert_null (strstr (demo.err, PASS));
  g_assert_null (strstr (made.out, PASS));
  g_assert_null (strstr (made.err, PASS));
  g_assert_null (strstr (refused.err, "not the passphrase"));
}

static void
test_passphrase_from_env (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *no_newline = g_build_filename (f->dir, "pass2", NULL);
  const char *env[] = { "KOERS_PASSPHRASE_FILE", no_newline, NULL };
  g_auto(Result) r = { 0 };

  init_notebook (f);
  /* Without the trailing newline it is the same passphrase. */
  g_file_set_contents (no_newline, PASS, -1, NULL);
  run_cli_env (&r, env, "--database", f->db, "demo", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "20"));
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Result) demo = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) mees = { 0 };
  g_auto(Result) chloe = { 0 };
  g_auto(GStrv) lines = NULL;

  /* demo creates the notebook when there is none. */
  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);
  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (again.status, ==, 0);

  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "students", "--group", "ZW2B");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "Davy van Leeuwen"));
  /* Filling twice did not duplicate anyone. */
  lines = g_strsplit (g_strchomp (list.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);

  /* Nor any parent meeting: Mees has the prepared one, Chloë the held one. */
  run_cli (&mees, "--database", f->db, "--passphrase-file", f->pass_file, "meetings", "104213");
  g_assert_cmpint (mees.status, ==, 0);
  g_assert_nonnull (strstr (mees.out, "\tplanned\t"));
  g_assert_true (strchr (mees.out, '\n') == mees.out + strlen (mees.out) - 1);
  run_cli (&chloe, "--database", f->db, "--passphrase-file", f->pass_file, "meetings", "31010");
  g_assert_cmpint (chloe.status, ==, 0);
  g_assert_nonnull (strstr (chloe.out, "\theld\t"));
  g_assert_true (strchr (chloe.out, '\n') == chloe.out + strlen (chloe.out) - 1);
}

/* A notebook with class 2A of the samples: Lotte van der Meer is 104216. */
static void
init_class (Fixture *f)
{
  g_autofree char *klas = koers_test_sample_path ("klas-2a.csv");
  g_auto(Result) r = { 0 };

  init_notebook (f);
  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "import-students", klas);
  g_assert_cmpint (r.status, ==, 0);
}

/* Checks what koers-cli wrote with core itself, not through more koers-cli. */
static KoersStore *
open_notebook (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoersStore *store = koers_store_open (f->db, PASS, &error);

  g_assert_no_error (error);
  return store;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_add_entry_and_timeline (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Result) first = { 0 };
  g_auto(Result) second = { 0 };
  g_auto(Result) timeline = { 0 };
  g_auto(Result) by_id = { 0 };
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) lotte = NULL;
  g_autoptr(KoersEntry) entry = NULL;
  g_autofree char *id = NULL;

  init_class (f);

  /* A tab and a line break in the text, a Dutch date. */
  run_cli (&first, "--database", f->db, "--passphrase-file", f->pass_file,
           "add-entry", "104216", "--kind", "observatie", "--date", "20-11-2026",
           "--text", "Lotte hielp Noël\tmet de\nsommen", "--source", "teacher",
           "--source-name", "mevrouw Jansen (wiskunde)", "--time", "10:15");
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.out, ==, "1\n");

  run_cli (&second, "--database", f->db, "--passphrase-file", f->pass_file,
           "add-entry", "104216", "--kind", "student-talk", "--date", "2026-11-21",
           "--text", "Lijkt op te zien tegen de toets", "--interpretation");
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, "2\n");

  /* Newest first, one line each. */
  run_cli (&timeline, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104216");
  g_assert_cmpint (timeline.status, ==, 0);
  g_assert_cmpstr (timeline.out, ==,
                   "2\t2026-11-21\tstudent-talk\tinterpretation\t0\tLijkt op te zien tegen de toets\n"
                   "1\t2026-11-20\tobservation\tfact\t0\tLotte hielp Noël met de sommen\n");

  store = open_notebook (f);
  lotte = koers_store_find_student (store, "104216", NULL);
  g_assert_nonnull (lotte);
  entry = koers_store_get_entry (store, 1, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpint (koers_entry_get_student_id (entry), ==, koers_student_get_id (lotte));
  g_assert_cmpint (koers_entry_get_source (entry), ==, KOERS_SOURCE_TEACHER);
  g_assert_cmpstr (koers_entry_get_source_name (entry), ==, "mevrouw Jansen (wiskunde)");
  g_assert_cmpstr (koers_entry_get_time (entry), ==, "10:15");
  /* The text itself keeps its tab and line break. */
  g_assert_cmpstr (koers_entry_get_text (entry), ==, "Lotte hielp Noël\tmet de\nsommen");

  /* The student's row id works as well as the student number. */
  id = g_strdup_printf ("%" G_GINT64_FORMAT, koers_student_get_id (lotte));
  run_cli (&by_id, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", id);
  g_assert_cmpint (by_id.status, ==, 0);
  g_assert_cmpstr (by_id.out, ==, timeline.out);
}

static void
test_timeline_kind_filter (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(Result) a = { 0 };
  g_auto(Result) b = { 0 };
  g_auto(Result) c = { 0 };
  g_auto(Result) one = { 0 };
  g_auto(Result) two = { 0 };
  g_auto(Result) bad = { 0 };

  init_class (f);
  run_cli (&a, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104211",
           "--kind", "positief", "--date", "2026-11-02", "--text", "Presentatie over vulkanen was sterk");
  run_cli (&b, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104211",
           "--kind", "signaal", "--date", "2026-11-03", "--text", "Zit in de pauze alleen");
  run_cli (&c, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104211",
           "--kind", "oudercontact", "--date", "2026-11-04", "--text", "Vader gebeld over de pauzes");
  g_assert_cmpint (a.status + b.status + c.status, ==, 0);

  run_cli (&one, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104211",
           "--kind", "signal");
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, "2\t2026-11-03\tsignal\tfact\t0\tZit in de pauze alleen\n");

  /* Several kinds: repeated or comma-separated, ids or Dutch words. */
  run_cli (&two, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104211",
           "--kind", "positief,parent-contact");
  g_assert_cmpint (two.status, ==, 0);
  g_assert_cmpstr (two.out, ==,
                   "3\t2026-11-04\tparent-contact\tfact\t0\tVader gebeld over de pauzes\n"
                   "1\t2026-11-02\tpositive\tfact\t0\tPresentatie over vulkanen was sterk\n");

  run_cli (&bad, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104211",
           "--kind", "roddel");
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "roddel"));
  g_assert_cmpstr (bad.out, ==, "");
}

static void
test_timeline_sensitive (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Result) add = { 0 };
  g_auto(Result) hidden = { 0 };
  g_auto(Result) shown = { 0 };

  init_class (f);
  run_cli (&add, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104213",
           "--kind", "oudercontact", "--date", "2026-11-10", "--sensitive", "--source", "parent",
           "--text", "Moeder vertelt dat de ouders gaan scheiden");
  g_assert_cmpint (add.status, ==, 0);

  run_cli (&hidden, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104213");
  g_assert_cmpint (hidden.status, ==, 0);
  g_assert_cmpstr (hidden.out, ==, "1\t2026-11-10\tparent-contact\tfact\t1\t[sensitive]\n");
  g_assert_null (strstr (hidden.out, "scheiden"));

  run_cli (&shown, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104213",
           "--include-sensitive");
  g_assert_cmpint (shown.status, ==, 0);
  g_assert_cmpstr (shown.out, ==,
                   "1\t2026-11-10\tparent-contact\tfact\t1\tMoeder vertelt dat de ouders gaan scheiden\n");
}

static void
test_add_entry_follow_up (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Result) add = { 0 };
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  KoersEntry *entry;

  init_class (f);
  run_cli (&add, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104214",
           "--kind", "afspraak", "--date", "2026-11-12",
           "--text", "Fatima maakt haar huiswerk in het studiecentrum",
           "--follow-up", "Samen kijken of het helpt", "--due", "03-12-2026", "--owner", "mentor");
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.out, ==, "1\n");

  store = open_notebook (f);
  open = koers_store_list_open_followups (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 1);
  entry = g_ptr_array_index (open, 0);
  g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_AGREEMENT);
  g_assert_cmpstr (koers_entry_get_followup_text (entry), ==, "Samen kijken of het helpt");
  g_assert_cmpstr (koers_entry_get_followup_due (entry), ==, "2026-12-03");
  g_assert_cmpstr (koers_entry_get_followup_owner (entry), ==, "mentor");
  g_assert_null (koers_entry_get_followup_done_at (entry));
}

static void
test_add_entry_absence_and_referral (Fixture       *f,
                                     gconstpointer  data)
{
  g_auto(Result) absence = { 0 };
  g_auto(Result) referral = { 0 };
  g_auto(Result) mixed = { 0 };
  g_auto(Result) undecided = { 0 };
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) jesse = NULL;
  g_autoptr(KoersEntry) a = NULL;
  g_autoptr(KoersEntry) r = NULL;

  init_class (f);
  run_cli (&absence, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104215",
           "--kind", "verzuim", "--date", "2026-11-16", "--unauthorised", "--hours", "2,5",
           "--reason", "Niet verschenen na de pauze", "--text", "Eerste twee uur na de pauze afwezig");
  g_assert_cmpint (absence.status, ==, 0);

  run_cli (&referral, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104215",
           "--kind", "verwijzing", "--date", "2026-11-17", "--referral-to", "wijkteam",
           "--referral-name", "Wijkteam Noord", "--feedback-due", "2026-12-08",
           "--text", "Met toestemming van ouders aangemeld bij het wijkteam");
  g_assert_cmpint (referral.status, ==, 0);

  /* Absence options on another kind, and absence without saying authorised or not. */
  run_cli (&mixed, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104215",
           "--kind", "observatie", "--hours", "2", "--text", "x");
  g_assert_cmpint (mixed.status, ==, 1);
  run_cli (&undecided, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104215",
           "--kind", "verzuim", "--dayparts", "2", "--text", "x");
  g_assert_cmpint (undecided.status, ==, 1);
  g_assert_nonnull (strstr (undecided.err, "--authorised"));

  store = open_notebook (f);
  jesse = koers_store_find_student (store, "104215", NULL);
  g_assert_nonnull (jesse);
  g_assert_cmpuint (koers_store_count_entries (store, koers_student_get_id (jesse), NULL), ==, 2);
  a = koers_store_get_entry (store, 1, NULL);
  g_assert_nonnull (a);
  g_assert_false (koers_entry_get_absence_authorised (a));
  g_assert_cmpfloat_with_epsilon (koers_entry_get_absence_amount (a), 2.5, 1e-9);
  g_assert_cmpint (koers_entry_get_absence_unit (a), ==, KOERS_ABSENCE_HOURS);
  g_assert_cmpstr (koers_entry_get_absence_reason (a), ==, "Niet verschenen na de pauze");

  r = koers_store_get_entry (store, 2, NULL);
  g_assert_nonnull (r);
  g_assert_cmpint (koers_entry_get_referral_to (r), ==, KOERS_REFERRAL_WIJKTEAM);
  g_assert_cmpstr (koers_entry_get_referral_name (r), ==, "Wijkteam Noord");
  g_assert_cmpstr (koers_entry_get_referral_feedback_due (r), ==, "2026-12-08");
}

static void
test_add_entry_invalid (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(Result) kind = { 0 };
  g_auto(Result) date = { 0 };
  g_auto(Result) due = { 0 };
  g_auto(Result) no_followup = { 0 };
  g_auto(Result) student = { 0 };
  g_auto(Result) wrong = { 0 };
  g_autofree char *wrong_file = g_build_filename (f->dir, "wrong", NULL);
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = NULL;

  init_class (f);

  run_cli (&kind, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "roddel", "--date", "2026-11-20", "--text", "x");
  g_assert_cmpint (kind.status, ==, 1);
  g_assert_nonnull (strstr (kind.err, "roddel"));
  g_assert_nonnull (strstr (kind.err, "observation"));
  g_assert_cmpstr (kind.out, ==, "");

  run_cli (&date, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "observatie", "--date", "31-02-2026", "--text", "x");
  g_assert_cmpint (date.status, ==, 1);
  g_assert_nonnull (strstr (date.err, "31-02-2026"));

  run_cli (&due, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "observatie", "--text", "x", "--follow-up", "y", "--due", "morgen");
  g_assert_cmpint (due.status, ==, 1);
  g_assert_nonnull (strstr (due.err, "morgen"));

  run_cli (&no_followup, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "observatie", "--text", "x", "--due", "2026-12-01");
  g_assert_cmpint (no_followup.status, ==, 1);
  g_assert_nonnull (strstr (no_followup.err, "--follow-up"));

  run_cli (&student, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "999999",
           "--kind", "observatie", "--text", "x");
  g_assert_cmpint (student.status, ==, 1);
  g_assert_nonnull (strstr (student.err, "999999"));

  g_file_set_contents (wrong_file, "not the passphrase\n", -1, NULL);
  run_cli (&wrong, "--database", f->db, "--passphrase-file", wrong_file, "add-entry", "104216",
           "--kind", "observatie", "--text", "x");
  g_assert_cmpint (wrong.status, ==, 2);

  /* Nothing was saved for anyone. */
  store = open_notebook (f);
  students = koers_store_list_students (store, NULL, NULL);
  g_assert_cmpuint (students->len, ==, 6);
  for (guint i = 0; i < students->len; i++)
    g_assert_cmpuint (koers_store_count_entries (store, koers_student_get_id (g_ptr_array_index (students, i)), NULL), ==, 0);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Result) a = { 0 };
  g_auto(Result) b = { 0 };
  g_auto(Result) c = { 0 };
  g_auto(Result) noel = { 0 };
  g_auto(Result) prefix = { 0 };
  g_auto(Result) hidden = { 0 };
  g_auto(Result) flag = { 0 };
  g_auto(Result) pref = { 0 };
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStudent) daan = NULL;
  g_autoptr(KoersStudent) lotte = NULL;
  g_autofree char *expected = NULL;

  init_class (f);
  run_cli (&a, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104211",
           "--kind", "positief", "--date", "2026-11-05", "--text", "Daan speelde samen met Noël in de pauze");
  run_cli (&b, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "oudercontact", "--date", "2026-11-06", "--text", "De verhuizing naar Zwolle gaat door");
  run_cli (&c, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "104216",
           "--kind", "gesprek", "--date", "2026-11-07", "--sensitive",
           "--text", "Lotte is bang voor de verhuizing, thuis is veel ruzie");
  g_assert_cmpint (a.status + b.status + c.status, ==, 0);

  store = open_notebook (f);
  daan = koers_store_find_student (store, "104211", NULL);
  lotte = koers_store_find_student (store, "104216", NULL);
  g_assert_nonnull (daan);
  g_assert_nonnull (lotte);

  /* Diacritics folded: "noel" finds "Noël". */
  run_cli (&noel, "--database", f->db, "--passphrase-file", f->pass_file, "search", "noel");
  g_assert_cmpint (noel.status, ==, 0);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "\t1\t2026-11-05\tDaan speelde samen met [Noël] in de pauze\n",
                              koers_student_get_id (daan));
  g_assert_cmpstr (noel.out, ==, expected);

  /* A prefix finds the word; the sensitive entry stays out. */
  run_cli (&prefix, "--database", f->db, "--passphrase-file", f->pass_file, "search", "verhui");
  g_assert_cmpint (prefix.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "\t2\t2026-11-06\tDe [verhuizing] naar Zwolle gaat door\n",
                              koers_student_get_id (lotte));
  g_assert_cmpstr (prefix.out, ==, expected);

  run_cli (&hidden, "--database", f->db, "--passphrase-file", f->pass_file, "search", "ruzie");
  g_assert_cmpint (hidden.status, ==, 0);
  g_assert_cmpstr (hidden.out, ==, "");

  run_cli (&flag, "--database", f->db, "--passphrase-file", f->pass_file, "search", "ruzie",
           "--include-sensitive");
  g_assert_cmpint (flag.status, ==, 0);
  g_assert_cmpuint (count_lines (flag.out), ==, 1);
  g_assert_nonnull (strstr (flag.out, "\t3\t2026-11-07\t"));
  g_assert_nonnull (strstr (flag.out, "[ruzie]"));

  /* The notebook's preference turns sensitive search on too. */
  g_assert_true (koers_store_set_meta (store, KOERS_META_SEARCH_SENSITIVE, "true", NULL));
  g_clear_object (&store);
  run_cli (&pref, "--database", f->db, "--passphrase-file", f->pass_file, "search", "verhuizing");
  g_assert_cmpint (pref.status, ==, 0);
  g_assert_cmpuint (count_lines (pref.out), ==, 2);
}

/* Everything the demo promises a mentor trying Koers: see koers-demo.c. */
static void
test_demo_timeline (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Result) demo = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) timeline = { 0 };
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autofree char *user = NULL;
  g_autofree char *year_start = koers_school_year_start (NULL);
  g_autofree char *today_iso = NULL;
  guint total = 0, total_again = 0, n_overdue = 0, n_upcoming = 0, n_done = 0;
  guint n_sensitive = 0, n_positive = 0, n_worry = 0, n_interpretation = 0, n_below = 0;
  guint n_waiting_referral = 0, n_authorised = 0, n_unauthorised = 0, n_parent = 0, n_agreement = 0;
  GDate today;

  koers_date_today (&today);
  today_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&today),
                               g_date_get_month (&today), g_date_get_day (&today));

  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);

  run_cli (&timeline, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "104216");
  g_assert_cmpint (timeline.status, ==, 0);
  g_assert_cmpuint (count_lines (timeline.out), >=, 3);

  store = open_notebook (f);
  user = koers_store_dup_meta (store, KOERS_META_USER_NAME, NULL);
  g_assert_cmpstr (user, ==, "M. de Boer");

  students = koers_store_list_students (store, NULL, NULL);
  g_assert_cmpuint (students->len, ==, 20);
  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);
      g_autoptr(GPtrArray) entries = koers_store_list_entries (store, koers_student_get_id (student), NULL, NULL);
      KoersAttendance attendance;

      g_assert_nonnull (entries);
      /* Every student has a timeline of their own, with something that went well. */
      g_assert_cmpuint (entries->len, >=, 3);
      total += entries->len;

      for (guint j = 0; j < entries->len; j++)
        {
          KoersEntry *e = g_ptr_array_index (entries, j);
          KoersEntryKind kind = koers_entry_get_kind (e);

          g_assert_cmpstr (koers_entry_get_date (e), <=, today_iso);
          g_assert_cmpstr (koers_entry_get_author (e), ==, "M. de Boer");
          n_sensitive += koers_entry_get_sensitive (e);
          n_interpretation += koers_entry_get_interpretation (e);
          n_positive += kind == KOERS_ENTRY_POSITIVE;
          n_worry += kind == KOERS_ENTRY_SIGNAL;
          n_parent += kind == KOERS_ENTRY_PARENT_CONTACT;
          n_agreement += kind == KOERS_ENTRY_AGREEMENT;
          if (koers_entry_get_followup_text (e) != NULL)
            {
              g_assert_nonnull (koers_entry_get_followup_owner (e));
              g_assert_nonnull (koers_entry_get_followup_due (e));
              if (koers_entry_get_followup_done_at (e) != NULL)
                n_done++;
              else if (koers_entry_is_followup_overdue (e, &today))
                n_overdue++;
              else
                n_upcoming++;
            }
          if (kind == KOERS_ENTRY_ABSENCE)
            {
              n_authorised += koers_entry_get_absence_authorised (e);
              n_unauthorised += !koers_entry_get_absence_authorised (e);
            }
          if (kind == KOERS_ENTRY_REFERRAL && koers_entry_get_referral_feedback_date (e) == NULL &&
              g_strcmp0 (koers_entry_get_referral_feedback_due (e), today_iso) < 0)
            n_waiting_referral++;
        }

      g_assert_true (koers_store_get_attendance (store, student, year_start, today_iso, &attendance, NULL));
      n_below += attendance.percentage < KOERS_ATTENDANCE_PROBLEM_BELOW;
    }

  g_assert_cmpuint (n_positive, >=, n_worry);
  g_assert_cmpuint (n_positive, >=, students->len);
  g_assert_cmpuint (n_sensitive, >=, 2);
  g_assert_cmpuint (n_interpretation, >=, 3);
  g_assert_cmpuint (n_overdue, >=, 2);
  g_assert_cmpuint (n_upcoming, >=, 2);
  g_assert_cmpuint (n_done, >=, 2);
  g_assert_cmpuint (n_waiting_referral, >=, 1);
  g_assert_cmpuint (n_authorised, >=, 1);
  g_assert_cmpuint (n_unauthorised, >=, 1);
  g_assert_cmpuint (n_parent, >=, 1);
  g_assert_cmpuint (n_agreement, >=, 1);
  /* One or two students below 90% (Jesse and Kevin); on the first weekend of a
   * school year nothing was scheduled yet to be absent from. */
  if (g_date_get_month (&today) != G_DATE_AUGUST || g_date_get_day (&today) > 3)
    g_assert_cmpuint (n_below, >=, 1);
  g_assert_cmpuint (n_below, <=, 2);
  g_clear_object (&store);

  /* A second fill adds no entries. */
  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (again.status, ==, 0);
  store = open_notebook (f);
  for (guint i = 0; i < students->len; i++)
    total_again += koers_store_count_entries (store, koers_student_get_id (g_ptr_array_index (students, i)), NULL);
  g_assert_cmpuint (total_again, ==, total);
}

static guint
count_goals (Fixture    *f,
             const char *number)
{
  g_autoptr(KoersStore) store = open_notebook (f);
  g_autoptr(KoersStudent) student = koers_store_find_student (store, number, NULL);
  g_autoptr(GPtrArray) goals = NULL;

  g_assert_nonnull (student);
  goals = koers_store_list_goals (store, koers_student_get_id (student), NULL);
  g_assert_nonnull (goals);
  return goals->len;
}

static void
test_add_goal_and_goals (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Result) add = { 0 };
  g_auto(Result) concept = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *line = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersGoal) goal = NULL;

  init_class (f);
  run_cli (&add, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom rustig de klas binnen",
           "--step", "Ik hang mijn jas aan de kapstok", "--step", "Ik zeg de docent gedag",
           "--step", "Ik ga direct op mijn plek zitten",
           "--adult", "Dat u niet door de klas roept", "--start", "02-03-2026");
  g_assert_cmpint (add.status, ==, 0);
  g_assert_true (g_ascii_isdigit (add.out[0]));

  /* A concept with its own evaluation date. */
  run_cli (&concept, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik maak mijn huiswerk", "--step", "Ik schrijf het op", "--start", "2026-03-09",
           "--evaluate", "2026-04-06", "--concept");
  g_assert_cmpint (concept.status, ==, 0);

  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "goals", "104216");
  g_assert_cmpint (list.status, ==, 0);
  lines = g_strsplit (g_strchomp (list.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  /* Active first; the evaluation defaults to three weeks after the start. */
  line = g_strdup_printf ("%s\tactive\t2026-03-02\t2026-03-23\tIk kom rustig de klas binnen", g_strchomp (add.out));
  g_assert_cmpstr (lines[0], ==, line);
  g_assert_true (g_str_has_suffix (lines[1], "\tconcept\t2026-03-09\t2026-04-06\tIk maak mijn huiswerk"));

  store = open_notebook (f);
  goal = koers_store_get_goal (store, g_ascii_strtoll (add.out, NULL, 10), NULL);
  g_assert_nonnull (goal);
  g_assert_cmpuint (koers_goal_get_n_steps (goal), ==, 3);
  g_assert_cmpstr (koers_goal_get_steps (goal)[1], ==, "Ik zeg de docent gedag");
  g_assert_cmpstr (koers_goal_get_adult_commitments (goal)[0], ==, "Dat u niet door de klas roept");
}

static void
test_add_goal_invalid (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Result) no_step = { 0 };
  g_auto(Result) nine = { 0 };
  g_auto(Result) backwards = { 0 };
  g_auto(Result) no_title = { 0 };
  g_auto(Result) bad_date = { 0 };

  init_class (f);
  run_cli (&no_step, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom op tijd", "--start", "2026-03-02");
  g_assert_cmpint (no_step.status, ==, 1);
  g_assert_nonnull (strstr (no_step.err, "--step"));

  run_cli (&nine, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom op tijd", "--start", "2026-03-02",
           "-s", "Ik 1", "-s", "Ik 2", "-s", "Ik 3", "-s", "Ik 4", "-s", "Ik 5",
           "-s", "Ik 6", "-s", "Ik 7", "-s", "Ik 8", "-s", "Ik 9");
  g_assert_cmpint (nine.status, ==, 1);
  g_assert_nonnull (strstr (nine.err, "8"));

  run_cli (&backwards, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom op tijd", "--step", "Ik zet een wekker", "--start", "2026-03-02",
           "--evaluate", "2026-03-01");
  g_assert_cmpint (backwards.status, ==, 1);
  g_assert_nonnull (strstr (backwards.err, "01-03-2026"));

  run_cli (&no_title, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "  ", "--step", "Ik zet een wekker", "--start", "2026-03-02");
  g_assert_cmpint (no_title.status, ==, 1);

  run_cli (&bad_date, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom op tijd", "--step", "Ik zet een wekker", "--start", "31-02-2026");
  g_assert_cmpint (bad_date.status, ==, 1);
  g_assert_nonnull (strstr (bad_date.err, "31-02-2026"));

  g_assert_cmpuint (count_goals (f, "104216"), ==, 0);
}

/* What pdftotext reads in @pdf, white space removed (wrapped lines, padding). */
static char *
pdf_text_squeezed (const char *pdf)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  GString *str = g_string_new (NULL);
  int status = 0;

  if (tool == NULL)
    g_error ("pdftotext was not found: install poppler-utils (listed in build-aux/debian-packages.txt)");
  {
    const char *argv[] = { tool, pdf, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (const char *p = out; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (str, *p);
  return g_string_free (str, FALSE);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  guint n = 0;
  const char *argv[] = { tool, pdf, "-", NULL };

  g_assert_nonnull (tool);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, NULL, NULL));
  for (const char *p = out; *p != '\0'; p++)
    n += *p == '\f';
  return n;
}

static void
add_goal (Fixture    *f,
          const char *number,
          const char *title,
          const char *step1,
          const char *step2)
{
  g_auto(Result) r = { 0 };

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", number,
           "--title", title, "--step", step1, "--step", step2, "--start", "2026-03-02");
  g_assert_cmpint (r.status, ==, 0);
}

static void
test_goal_cards (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->dir, "lotte.pdf", NULL);
  g_autofree char *klas = g_build_filename (f->dir, "klas 2A.pdf", NULL);
  g_autofree char *twice = g_build_filename (f->dir, "klas-a5x2.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *klas_text = NULL;
  g_auto(Result) lotte = { 0 };
  g_auto(Result) group = { 0 };
  g_auto(Result) pairs = { 0 };
  g_auto(Result) both = { 0 };
  g_auto(Result) layout = { 0 };

  init_class (f);
  add_goal (f, "104216", "Ik kom rustig de klas binnen", "Ik hang mijn jas aan de kapstok", "Ik zeg de docent gedag");
  add_goal (f, "104216", "Ik heb mijn spullen bij me", "Ik pak mijn tas de avond ervoor in", "Ik kijk in mijn rooster");
  add_goal (f, "104214", "Ik vraag om hulp", "Ik steek mijn vinger op", "Ik vraag het na de les");

  run_cli (&lotte, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--student", "104216", "-o", one);
  g_assert_cmpint (lotte.status, ==, 0);
  g_assert_cmpstr (lotte.out, ==, "2 cards\n");
  g_assert_cmpuint (pdf_pages (one), ==, 2);
  text = pdf_text_squeezed (one);
  g_assert_nonnull (strstr (text, "Ikhangmijnjasaandekapstok"));
  g_assert_nonnull (strstr (text, "Ikpakmijntasdeavondervoorin"));
  g_assert_nonnull (strstr (text, "LottevanderMeer"));
  g_assert_null (strstr (text, "Ikvraagomhulp"));

  run_cli (&group, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--group", "2A", "--output", klas);
  g_assert_cmpint (group.status, ==, 0);
  g_assert_cmpstr (group.out, ==, "3 cards\n");
  g_assert_cmpuint (pdf_pages (klas), ==, 3);
  klas_text = pdf_text_squeezed (klas);
  g_assert_nonnull (strstr (klas_text, "Iksteekmijnvingerop"));
  g_assert_nonnull (strstr (klas_text, "Ikzegdedocentgedag"));

  run_cli (&pairs, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--group", "2A", "-o", twice, "--layout", "a5x2");
  g_assert_cmpint (pairs.status, ==, 0);
  g_assert_cmpstr (pairs.out, ==, "3 cards\n");
  g_assert_cmpuint (pdf_pages (twice), ==, 2);

  /* One of --student and --group; a known layout. */
  run_cli (&both, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--group", "2A", "--student", "104216", "-o", one);
  g_assert_cmpint (both.status, ==, 64);
  run_cli (&layout, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--group", "2A", "-o", one, "--layout", "a3");
  g_assert_cmpint (layout.status, ==, 1);
  g_assert_nonnull (strstr (layout.err, "a5x2"));
}

static void
test_goal_cards_none (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cards.pdf", NULL);
  g_auto(Result) student = { 0 };
  g_auto(Result) group = { 0 };
  g_auto(Result) concept = { 0 };

  init_class (f);
  /* A concept is not on a card yet. */
  run_cli (&concept, "--database", f->db, "--passphrase-file", f->pass_file, "add-goal", "104216",
           "--title", "Ik kom op tijd", "--step", "Ik zet een wekker", "--start", "2026-03-02", "--concept");
  g_assert_cmpint (concept.status, ==, 0);

  run_cli (&student, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--student", "104216", "-o", pdf);
  g_assert_cmpint (student.status, ==, 1);
  g_assert_nonnull (strstr (student.err, "no active goals"));
  g_assert_cmpstr (student.out, ==, "");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  run_cli (&group, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards",
           "--group", "2A", "-o", pdf);
  g_assert_cmpint (group.status, ==, 1);
  g_assert_nonnull (strstr (group.err, "2A"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_demo_goals (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Result) demo = { 0 };
  g_auto(Result) again = { 0 };

  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);
  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (again.status, ==, 0);

  /* Goals in every status, the six-step one with three weeks of feedback; filled once. */
  {
    g_autoptr(KoersStore) store = open_notebook (f);
    g_autoptr(GPtrArray) students = koers_store_list_students (store, NULL, NULL);
    guint n_status[KOERS_N_GOAL_STATUSES] = { 0 };
    gboolean six_steps = FALSE;

    for (guint i = 0; i < students->len; i++)
      {
        g_autoptr(GPtrArray) goals = koers_store_list_goals (store, koers_student_get_id (g_ptr_array_index (students, i)), NULL);

        for (guint j = 0; j < goals->len; j++)
          {
            KoersGoal *goal = g_ptr_array_index (goals, j);

            n_status[koers_goal_get_status (goal)]++;
            if (koers_goal_get_n_steps (goal) == 6 && koers_goal_get_status (goal) == KOERS_GOAL_ACTIVE)
              {
                g_autoptr(GPtrArray) feedback = koers_store_list_goal_feedback (store, goal, NULL);

                six_steps = TRUE;
                g_assert_cmpuint (feedback->len, >=, 10);
              }
          }
      }
    g_assert_true (six_steps);
    g_assert_cmpuint (n_status[KOERS_GOAL_CONCEPT], ==, 1);
    g_assert_cmpuint (n_status[KOERS_GOAL_ACTIVE], >=, 3);
    g_assert_cmpuint (n_status[KOERS_GOAL_EVALUATED], ==, 2);
    g_assert_cmpuint (n_status[KOERS_GOAL_STOPPED], ==, 1);
  }
}

/* Parent meetings. The demo has a prepared meeting for Mees (104213) next week and
 * a held one for Chloë (31010) five weeks ago: see koers-demo.c. */

/* A sentence of the demo's sensitive entry about Mees; never on the parents' paper. */
#define MEES_SENSITIVE "uit elkaar gaan; Mees woont om de week bij vader"
#define MEES_SENSITIVE_SQUEEZED "uitelkaargaan;Meeswoontomdeweekbijvader"

static void
fill_demo (Fixture *f)
{
  g_auto(Result) r = { 0 };

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (r.status, ==, 0);
}

/* The fields of `meetings STUDENT`, one meeting a line. */
static GPtrArray *
list_meetings (Fixture    *f,
               const char *student)
{
  g_auto(Result) r = { 0 };
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "meetings", student);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  lines = g_strsplit (r.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      /* id, date, status, reason */
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

/* The id of @student's only meeting, as koers-cli prints it. */
static char *
only_meeting_id (Fixture    *f,
                 const char *student)
{
  g_autoptr(GPtrArray) rows = list_meetings (f, student);

  g_assert_cmpuint (rows->len, ==, 1);
  return g_strdup (((char **) g_ptr_array_index (rows, 0))[0]);
}

static char *
iso_in_days (int days)
{
  GDate date;

  koers_date_today (&date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return koers_date_to_iso (&date);
}

static void
test_meetings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) mees = NULL;
  g_autoptr(GPtrArray) chloe = NULL;
  g_autoptr(GPtrArray) daan = NULL;
  g_autofree char *today = iso_in_days (0);
  g_autofree char *next_week = iso_in_days (8);
  g_autofree char *week_after = iso_in_days (10);
  g_autofree char *six_weeks_ago = iso_in_days (-37);
  g_auto(Result) unknown = { 0 };
  g_auto(Result) no_student = { 0 };
  char **row;

  fill_demo (f);

  /* By student number and by id alike. */
  mees = list_meetings (f, "104213");
  g_assert_cmpuint (mees->len, ==, 1);
  row = g_ptr_array_index (mees, 0);
  g_assert_cmpint (g_ascii_strtoll (row[0], NULL, 10), >, 0);
  /* Eight days ahead, a weekend moved to the Monday after. */
  g_assert_cmpstr (row[1], >=, next_week);
  g_assert_cmpstr (row[1], <=, week_after);
  g_assert_cmpstr (row[2], ==, "planned");
  g_assert_nonnull (strstr (row[3], "Mees"));

  chloe = list_meetings (f, "31010");
  g_assert_cmpuint (chloe->len, ==, 1);
  row = g_ptr_array_index (chloe, 0);
  g_assert_cmpstr (row[1], <, today);
  g_assert_cmpstr (row[1], >=, six_weeks_ago);
  g_assert_cmpstr (row[2], ==, "held");
  g_assert_nonnull (strstr (row[3], "Chloë"));

  /* No meeting: no output, no error. */
  daan = list_meetings (f, "104211");
  g_assert_cmpuint (daan->len, ==, 0);

  run_cli (&no_student, "--database", f->db, "--passphrase-file", f->pass_file, "meetings", "999999");
  g_assert_cmpint (no_student.status, ==, 1);
  g_assert_nonnull (strstr (no_student.err, "999999"));
  g_assert_cmpstr (no_student.out, ==, "");

  run_cli (&unknown, "--database", f->db, "--passphrase-file", f->pass_file, "meetings");
  g_assert_cmpint (unknown.status, ==, 64);
}

static void
test_meeting_sheet (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *held = NULL;
  g_autofree char *prepared = NULL;
  g_autofree char *held_pdf = g_build_filename (f->dir, "chloe.pdf", NULL);
  g_autofree char *held_parents_pdf = g_build_filename (f->dir, "chloe ouders.pdf", NULL);
  g_autofree char *prep_pdf = g_build_filename (f->dir, "mees.pdf", NULL);
  g_autofree char *prep_sensitive_pdf = g_build_filename (f->dir, "mees-vertrouwelijk.pdf", NULL);
  g_autofree char *prep_parents_pdf = g_build_filename (f->dir, "mees-ouders.pdf", NULL);
  g_autofree char *both_pdf = g_build_filename (f->dir, "both.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_auto(Result) r = { 0 };
  g_auto(Result) parents = { 0 };
  g_auto(Result) prep = { 0 };
  g_auto(Result) sensitive = { 0 };
  g_auto(Result) prep_parents = { 0 };
  g_auto(Result) both = { 0 };
  g_auto(Result) no_output = { 0 };

  fill_demo (f);
  held = only_meeting_id (f, "31010");
  prepared = only_meeting_id (f, "104213");

  /* The held meeting: its agreements are on both sheets. */
  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", held, "-o", held_pdf);
  g_assert_cmpint (r.status, ==, 0);
  expected = g_strdup_printf ("%u pages\n", pdf_pages (held_pdf));
  g_assert_cmpstr (r.out, ==, expected);
  text = pdf_text_squeezed (held_pdf);
  g_assert_nonnull (strstr (text, "zegthettegendejufalshethaartedrukwordtindeklas"));
  g_assert_nonnull (strstr (text, "maaktvandeleeshoekeenrustigewerkplek"));
  g_clear_pointer (&text, g_free);

  run_cli (&parents, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", held,
           "--output", held_parents_pdf, "--for-parents");
  g_assert_cmpint (parents.status, ==, 0);
  g_assert_cmpstr (parents.out, ==, "1 page\n");
  g_assert_cmpuint (pdf_pages (held_parents_pdf), ==, 1);
  text = pdf_text_squeezed (held_parents_pdf);
  g_assert_nonnull (strstr (text, "zegthettegendejufalshethaartedrukwordtindeklas"));
  g_assert_nonnull (strstr (text, "mevrouwPeeters"));
  /* Agreements only: not the worry the school wrote down beforehand. */
  g_assert_null (strstr (text, "Wijmakenons"));
  g_clear_pointer (&text, g_free);

  /* The prepared meeting links a sensitive entry and has it on the agenda: only
   * the mentor's sheet shows it, and only when asked for. */
  run_cli (&prep, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", prepared, "-o", prep_pdf);
  g_assert_cmpint (prep.status, ==, 0);
  text = pdf_text_squeezed (prep_pdf);
  g_assert_nonnull (strstr (text, "Wijmakenonszorgenomdat"));
  g_assert_nonnull (strstr (text, "Ikleerelkedageenhalfuur"));
  g_assert_null (strstr (text, MEES_SENSITIVE_SQUEEZED));
  g_assert_null (strstr (text, "Denieuwethuissituatie"));
  g_assert_null (strstr (text, "CONFIDENTIAL"));
  g_clear_pointer (&text, g_free);

  run_cli (&sensitive, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", prepared,
           "-o", prep_sensitive_pdf, "--include-sensitive");
  g_assert_cmpint (sensitive.status, ==, 0);
  text = pdf_text_squeezed (prep_sensitive_pdf);
  g_assert_nonnull (strstr (text, MEES_SENSITIVE_SQUEEZED));
  g_assert_nonnull (strstr (text, "Denieuwethuissituatie"));
  g_assert_nonnull (strstr (text, "CONFIDENTIAL"));
  g_clear_pointer (&text, g_free);

  run_cli (&prep_parents, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", prepared,
           "-o", prep_parents_pdf, "--for-parents");
  g_assert_cmpint (prep_parents.status, ==, 0);
  text = pdf_text_squeezed (prep_parents_pdf);
  g_assert_null (strstr (text, MEES_SENSITIVE_SQUEEZED));
  g_assert_null (strstr (text, "Denieuwethuissituatie"));
  g_assert_null (strstr (text, "Wijmakenons"));

  /* The parents' sheet never has sensitive text: asking for it is a mistake. */
  run_cli (&both, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", prepared,
           "-o", both_pdf, "--for-parents", "--include-sensitive");
  g_assert_cmpint (both.status, ==, 64);
  g_assert_nonnull (strstr (both.err, "--include-sensitive"));
  g_assert_false (g_file_test (both_pdf, G_FILE_TEST_EXISTS));

  run_cli (&no_output, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", prepared);
  g_assert_cmpint (no_output.status, ==, 64);
  g_assert_nonnull (strstr (no_output.err, "-o"));
}

/* The content lines of an .ics file with folding undone (RFC 5545 3.1). */
static char *
ics_unfolded (const char *ics)
{
  GString *str = g_string_new (NULL);

  for (const char *p = ics; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && (p[2] == ' ' || p[2] == '\t'))
        {
          p += 2;
          continue;
        }
      g_string_append_c (str, *p);
    }
  return g_string_free (str, FALSE);
}

static void
assert_crlf_lines (const char *ics)
{
  g_auto(GStrv) lines = g_strsplit (ics, "\n", -1);
  guint n = g_strv_length (lines);

  /* The file ends with a line end, so the last piece is empty. */
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      gsize len = strlen (lines[i]);

      g_assert_cmpuint (len, >=, 2);
      g_assert_cmpint (lines[i][len - 1], ==, '\r');
      g_assert_true (strchr (lines[i], '\r') == lines[i] + len - 1);
      /* Folded at 75 octets. */
      g_assert_cmpuint (len - 1, <=, 75);
    }
}

static void
test_meeting_ics (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *prepared = NULL;
  g_autofree char *ics_path = g_build_filename (f->dir, "oudergesprek.ics", NULL);
  g_autofree char *edited_path = g_build_filename (f->dir, "edited.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *unfolded = NULL;
  g_autofree char *dtstart = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Result) r = { 0 };
  g_auto(Result) edited = { 0 };
  const char *date;

  fill_demo (f);
  rows = list_meetings (f, "104213");
  prepared = g_strdup (((char **) g_ptr_array_index (rows, 0))[0]);
  date = ((char **) g_ptr_array_index (rows, 0))[1];

  run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", prepared, "-o", ics_path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  g_file_get_contents (ics_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (contents, "END:VCALENDAR\r\n"));
  assert_crlf_lines (contents);

  unfolded = ics_unfolded (contents);
  /* 19:30 in Dutch local time on the meeting's date. */
  compact = g_strdup_printf ("%.4s%.2s%.2s", date, date + 5, date + 8);
  dtstart = g_strdup_printf ("\r\nDTSTART;TZID=Europe/Amsterdam:%sT193000\r\n", compact);
  g_assert_nonnull (strstr (unfolded, dtstart));
  g_assert_nonnull (strstr (unfolded, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"));
  g_assert_nonnull (strstr (unfolded, "\r\nLOCATION:lokaal 1.12\r\n"));
  /* Not edited: the generated invitation, with the reason and signed by the
   * notebook's user. Nothing sensitive. */
  g_assert_nonnull (strstr (unfolded, "\r\nDESCRIPTION:"));
  g_assert_nonnull (strstr (unfolded, "De cijfers van Mees voor Nederlands"));
  g_assert_nonnull (strstr (unfolded, "\\nM. de Boer"));
  g_assert_null (strstr (unfolded, MEES_SENSITIVE));
  g_assert_null (strstr (unfolded, "thuissituatie"));

  /* The invitation as the mentor edited it is what goes in the calendar. */
  {
    g_autoptr(KoersStore) store = open_notebook (f);
    g_autoptr(KoersMeeting) meeting = koers_store_get_meeting (store, g_ascii_strtoll (prepared, NULL, 10), &error);

    g_assert_no_error (error);
    koers_meeting_set_invitation (meeting, "Beste ouders van Mees\nGraag spreken we u dinsdagavond op school.\nTot dan!");
    koers_store_save_meeting (store, meeting, &error);
    g_assert_no_error (error);
  }
  run_cli (&edited, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", prepared,
           "--output", edited_path);
  g_assert_cmpint (edited.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&unfolded, g_free);
  g_file_get_contents (edited_path, &contents, NULL, &error);
  g_assert_no_error (error);
  assert_crlf_lines (contents);
  unfolded = ics_unfolded (contents);
  g_assert_nonnull (strstr (unfolded, "\r\nDESCRIPTION:Beste ouders van Mees\\nGraag spreken we u dinsdagavond op school.\\nTot dan!\r\n"));
  g_assert_null (strstr (unfolded, "De cijfers van Mees"));
}

/* A meeting of Lotte (104216) with only what the store requires of a draft. */
static gint64
add_draft_meeting (Fixture    *f,
                   const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = open_notebook (f);
  g_autoptr(KoersStudent) lotte = koers_store_find_student (store, "104216", &error);
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();

  g_assert_no_error (error);
  koers_meeting_set_student_id (meeting, koers_student_get_id (lotte));
  koers_meeting_set_reason (meeting, "Hoe het gaat met de laptop van school");
  koers_meeting_set_date (meeting, date);
  koers_store_save_meeting (store, meeting, &error);
  g_assert_no_error (error);
  return koers_meeting_get_id (meeting);
}

static void
test_meeting_ics_errors (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *ics = g_build_filename (f->dir, "gesprek.ics", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "gesprek.pdf", NULL);
  g_autofree char *no_time = NULL;
  g_autofree char *no_date = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Result) unknown = { 0 };
  g_auto(Result) unknown_sheet = { 0 };
  g_auto(Result) not_a_number = { 0 };
  g_auto(Result) time_missing = { 0 };
  g_auto(Result) date_missing = { 0 };
  g_auto(Result) no_output = { 0 };

  init_class (f);
  no_time = g_strdup_printf ("%" G_GINT64_FORMAT, add_draft_meeting (f, "2026-03-12"));
  no_date = g_strdup_printf ("%" G_GINT64_FORMAT, add_draft_meeting (f, NULL));

  /* A draft without a date lists with an empty date. */
  rows = list_meetings (f, "104216");
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row[2], ==, "draft");
      g_assert_cmpstr (row[3], ==, "Hoe het gaat met de laptop van school");
      if (g_str_equal (row[0], no_date))
        g_assert_cmpstr (row[1], ==, "");
      else
        g_assert_cmpstr (row[1], ==, "2026-03-12");
    }

  run_cli (&unknown, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", "4242", "-o", ics);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "no meeting with id 4242"));
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));

  run_cli (&unknown_sheet, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", "4242", "-o", pdf);
  g_assert_cmpint (unknown_sheet.status, ==, 1);
  g_assert_nonnull (strstr (unknown_sheet.err, "4242"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  run_cli (&not_a_number, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", "Lotte", "-o", ics);
  g_assert_cmpint (not_a_number.status, ==, 1);
  g_assert_nonnull (strstr (not_a_number.err, "“Lotte” is not a meeting id"));
  g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));

  run_cli (&time_missing, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", no_time, "-o", ics);
  g_assert_cmpint (time_missing.status, ==, 1);
  g_assert_nonnull (strstr (time_missing.err, "time"));
  g_assert_cmpstr (time_missing.out, ==, "");
  g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));

  run_cli (&date_missing, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", no_date, "-o", ics);
  g_assert_cmpint (date_missing.status, ==, 1);
  g_assert_nonnull (strstr (date_missing.err, "date"));
  g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));

  run_cli (&no_output, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", no_time);
  g_assert_cmpint (no_output.status, ==, 64);
  g_assert_nonnull (strstr (no_output.err, "-o FILE.ics"));
}

static guint
count_links (KoersMeeting  *meeting,
             KoersLinkRole  role)
{
  GArray *links = koers_meeting_get_links (meeting);
  guint n = 0;

  for (guint i = 0; i < links->len; i++)
    n += g_array_index (links, KoersMeetingLink, i).role == role;
  return n;
}

/* What the demo promises about parent meetings: see koers-demo.c. */
static void
test_demo_meetings (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autofree char *today = iso_in_days (0);
  guint n_status[KOERS_N_MEETING_STATUSES] = { 0 };
  guint total = 0;

  fill_demo (f);
  fill_demo (f);

  store = open_notebook (f);
  students = koers_store_list_students (store, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);
      g_autoptr(GPtrArray) meetings = koers_store_list_meetings (store, koers_student_get_id (student), &error);

      g_assert_no_error (error);
      for (guint j = 0; j < meetings->len; j++)
        {
          KoersMeeting *listed = g_ptr_array_index (meetings, j);
          g_autoptr(KoersMeeting) meeting = koers_store_get_meeting (store, koers_meeting_get_id (listed), &error);
          KoersAttendee *leader;

          g_assert_no_error (error);
          total++;
          n_status[koers_meeting_get_status (meeting)]++;

          /* An adult's parents only with consent; the demo plans none for ZW2B. */
          g_assert_false (koers_meeting_needs_consent (meeting, student));
          g_assert_true (koers_meeting_has_parents (meeting));
          leader = koers_meeting_get_leader (meeting);
          g_assert_nonnull (leader);
          g_assert_cmpint (leader->role, ==, KOERS_ATTENDEE_MENTOR);
          g_assert_cmpstr (leader->name, ==, "M. de Boer");
          g_assert_cmpstr (koers_meeting_get_author (meeting), ==, "M. de Boer");
          g_assert_nonnull (koers_meeting_get_worry (meeting));
          g_assert_true (g_str_has_prefix (koers_meeting_get_worry (meeting), "Wij maken ons zorgen"));
          g_assert_cmpuint (count_links (meeting, KOERS_LINK_STRENGTH), >=, 1);
          g_assert_cmpuint (count_links (meeting, KOERS_LINK_EXAMPLE), >=, 2);

          if (koers_meeting_get_status (meeting) == KOERS_MEETING_PLANNED)
            {
              g_autoptr(GPtrArray) unannounced = NULL;
              GArray *links = koers_meeting_get_links (meeting);
              GArray *goal_ids = koers_meeting_get_goal_ids (meeting);
              guint n_strengths = 0, n_parents = 0, n_facts = 0, n_sensitive = 0;
              GPtrArray *attendees = koers_meeting_get_attendees (meeting);

              g_assert_cmpstr (koers_student_get_student_number (student), ==, "104213");
              g_assert_cmpstr (koers_meeting_get_date (meeting), >, today);
              g_assert_cmpstr (koers_meeting_get_time (meeting), ==, "19:30");
              g_assert_cmpstr (koers_meeting_get_place (meeting), ==, "lokaal 1.12");
              g_assert_cmpuint (koers_meeting_get_duration (meeting), ==, 30);
              g_assert_nonnull (koers_meeting_get_aims (meeting));
              for (guint k = 0; k < attendees->len; k++)
                n_parents += ((KoersAttendee *) g_ptr_array_index (attendees, k))->role == KOERS_ATTENDEE_PARENT;
              g_assert_cmpuint (n_parents, ==, 2);
              for (guint k = 0; k < KOERS_N_AREAS; k++)
                n_strengths += koers_meeting_get_strength (meeting, k) != NULL &&
                               *koers_meeting_get_strength (meeting, k) != '\0';
              g_assert_cmpuint (n_strengths, >=, 4);
              g_assert_nonnull (koers_meeting_get_school_view (meeting));
              g_assert_nonnull (koers_meeting_get_home_view (meeting));
              g_assert_nonnull (koers_meeting_get_student_view (meeting));
              g_assert_cmpuint (koers_meeting_get_questions (meeting)->len, >=, 3);

              for (guint k = 0; k < links->len; k++)
                {
                  KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, k);
                  g_autoptr(KoersEntry) entry = koers_store_get_entry (store, link->entry_id, &error);

                  g_assert_no_error (error);
                  if (link->role == KOERS_LINK_STRENGTH)
                    g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_POSITIVE);
                  if (link->role == KOERS_LINK_EXAMPLE && koers_entry_get_sensitive (entry))
                    {
                      n_sensitive++;
                      g_assert_true (koers_meeting_is_on_agenda (meeting, link->entry_id));
                    }
                  else if (link->role == KOERS_LINK_EXAMPLE && !koers_entry_get_interpretation (entry))
                    n_facts++;
                }
              g_assert_cmpuint (n_facts, >=, 2);
              g_assert_cmpuint (n_sensitive, ==, 1);
              unannounced = koers_store_list_unannounced_sensitive (store, meeting, &error);
              g_assert_no_error (error);
              g_assert_cmpuint (unannounced->len, ==, 0);

              g_assert_cmpuint (goal_ids->len, ==, 1);
              {
                g_autoptr(KoersGoal) goal = koers_store_get_goal (store, g_array_index (goal_ids, gint64, 0), &error);

                g_assert_no_error (error);
                g_assert_cmpint (koers_goal_get_status (goal), ==, KOERS_GOAL_ACTIVE);
              }
              g_assert_cmpuint (koers_meeting_get_agreements (meeting)->len, ==, 0);
            }
          else if (koers_meeting_get_status (meeting) == KOERS_MEETING_HELD)
            {
              GPtrArray *agreements = koers_meeting_get_agreements (meeting);
              gboolean owners[KOERS_N_OWNERS] = { FALSE };
              guint n_done = 0;
              g_autoptr(KoersEntry) summary = NULL;

              g_assert_cmpstr (koers_student_get_student_number (student), ==, "31010");
              g_assert_cmpstr (koers_meeting_get_date (meeting), <, today);
              g_assert_nonnull (koers_meeting_get_felt_heard (meeting));
              g_assert_nonnull (koers_meeting_get_do_differently (meeting));
              g_assert_nonnull (koers_meeting_get_summary (meeting));
              g_assert_cmpstr (koers_meeting_get_next_contact (meeting), >, today);

              g_assert_cmpuint (agreements->len, ==, 3);
              for (guint k = 0; k < agreements->len; k++)
                {
                  KoersAgreement *agreement = g_ptr_array_index (agreements, k);
                  g_autoptr(KoersEntry) entry = koers_store_get_entry (store, agreement->entry_id, &error);

                  g_assert_no_error (error);
                  owners[agreement->owner] = TRUE;
                  g_assert_nonnull (agreement->due);
                  g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_AGREEMENT);
                  g_assert_cmpstr (koers_entry_get_followup_due (entry), ==, agreement->due);
                  n_done += koers_entry_get_followup_done_at (entry) != NULL;
                }
              g_assert_true (owners[KOERS_OWNER_SCHOOL]);
              g_assert_true (owners[KOERS_OWNER_PARENT]);
              g_assert_true (owners[KOERS_OWNER_STUDENT]);
              g_assert_cmpuint (n_done, ==, 1);

              /* Marked held: one parent-contact entry on the meeting's day. */
              summary = koers_store_get_entry (store, koers_meeting_get_summary_entry_id (meeting), &error);
              g_assert_no_error (error);
              g_assert_cmpint (koers_entry_get_kind (summary), ==, KOERS_ENTRY_PARENT_CONTACT);
              g_assert_cmpstr (koers_entry_get_date (summary), ==, koers_meeting_get_date (meeting));
              g_assert_true (g_str_has_prefix (koers_entry_get_text (summary), koers_meeting_get_summary (meeting)));
              g_assert_false (koers_entry_get_sensitive (summary));
            }
        }
    }

  /* Filling twice added nothing. */
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (n_status[KOERS_MEETING_PLANNED], ==, 1);
  g_assert_cmpuint (n_status[KOERS_MEETING_HELD], ==, 1);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Result) version = { 0 };
  g_auto(Result) help = { 0 };
  g_auto(Result) unknown = { 0 };
  g_auto(Result) none = { 0 };
  g_auto(Result) missing = { 0 };

  run_cli (&version, "--version");
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "koers-cli "));

  run_cli (&help, "--help");
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "import-students"));
  g_assert_nonnull (strstr (help.out, "--passphrase-file"));
  g_assert_nonnull (strstr (help.out, "goal-cards"));
  g_assert_nonnull (strstr (help.out, "add-goal"));
  g_assert_nonnull (strstr (help.out, "meetings STUDENT"));
  g_assert_nonnull (strstr (help.out, "meeting-sheet MEETING"));
  g_assert_nonnull (strstr (help.out, "meeting-ics MEETING"));

  run_cli (&unknown, "frobnicate");
  g_assert_cmpint (unknown.status, !=, 0);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&none, "--database", f->db);
  g_assert_cmpint (none.status, !=, 0);

  run_cli (&missing, "--database", f->db, "--passphrase-file", f->pass_file, "students");
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no notebook"));
}

static guint
count (const char *hay,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (hay, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* `templates`, `checklists`, `checklist` on the demo notebook: Mees has two final
 * signal cards, Jesse a draft. */
static void
test_checklists (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Result) templates = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) one = { 0 };
  g_auto(Result) none = { 0 };
  g_auto(Result) bad = { 0 };
  g_auto(Result) jesse = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) newest = NULL;
  g_auto(GStrv) oldest = NULL;

  fill_demo (f);

  run_cli (&templates, "--database", f->db, "--passphrase-file", f->pass_file, "templates");
  g_assert_cmpint (templates.status, ==, 0);
  lines = g_strsplit (templates.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "1\tJONG doet mee! signal card\t29 signals\t4 groups\tJONG doet mee!"));
  g_assert_nonnull (strstr (lines[1], "(own)"));
  g_assert_nonnull (strstr (lines[2], "Home context"));
  g_clear_pointer (&lines, g_strfreev);

  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "checklists", "104213");
  g_assert_cmpint (list.status, ==, 0);
  lines = g_strsplit (list.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  newest = g_strsplit (lines[0], "\t", -1);
  oldest = g_strsplit (lines[1], "\t", -1);
  /* id, date, template, observer, status; newest first */
  g_assert_cmpuint (g_strv_length (newest), ==, 5);
  g_assert_cmpstr (newest[1], >, oldest[1]);
  g_assert_cmpstr (newest[2], ==, "JONG doet mee! signal card");
  g_assert_cmpstr (newest[3], ==, "M. de Boer");
  g_assert_cmpstr (newest[4], ==, "final");

  run_cli (&jesse, "--database", f->db, "--passphrase-file", f->pass_file, "checklists", "104215");
  g_assert_cmpint (jesse.status, ==, 0);
  g_assert_true (g_str_has_suffix (jesse.out, "\tdraft\n"));

  run_cli (&one, "--database", f->db, "--passphrase-file", f->pass_file, "checklist", newest[0]);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_nonnull (strstr (one.out, "Student: Mees de Vries"));
  g_assert_nonnull (strstr (one.out, "\nAvoiding contact (quiet signals)\n"));
  g_assert_nonnull (strstr (one.out, "  Seen often    Isolating\n"));
  g_assert_nonnull (strstr (one.out, "Zit in de pauze bijna elke dag alleen."));
  g_assert_nonnull (strstr (one.out, "  Not seen      Truancy\n"));
  g_assert_nonnull (strstr (one.out, "Example: the note of"));
  /* Every one of the 29 signals has its answer. */
  g_assert_cmpuint (count (one.out, "\n  Not seen      ") + count (one.out, "\n  Seen          ") +
                    count (one.out, "\n  Seen often    "), ==, 29);
  g_assert_cmpuint (count (one.out, "\n  Seen often    "), ==, 2);
  {
    g_autofree char *since = g_strdup_printf ("What changed since %s", oldest[1]);

    g_assert_nonnull (strstr (one.out, since));
  }
  g_assert_nonnull (strstr (one.out, "  No longer seen: Less cheerful in contact."));
  g_assert_nonnull (strstr (one.out, "  Seen more often: Sleeping badly."));
  g_assert_nonnull (strstr (one.out, "Next step: Mees aanmelden voor een gesprek met de zorgcoördinator"));
  g_assert_null (strstr (one.out, "score"));

  run_cli (&none, "--database", f->db, "--passphrase-file", f->pass_file, "checklist", "999");
  g_assert_cmpint (none.status, ==, 1);
  g_assert_nonnull (strstr (none.err, "There is no checklist with id 999."));
  run_cli (&bad, "--database", f->db, "--passphrase-file", f->pass_file, "checklist", "twee");
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "“twee” is not an id."));
}

static void
test_checklist_sheet (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const labels[] = {
    "Manysmall(ir)relevantquestions", "Truancy", "Beinginvisible(hoodup;canbeawaytofeelsafe)",
    "Strikinglydifferentbehaviourthanbefore", "Suddenchangeineatinghabits/clothing",
  };
  g_autofree char *blank_pdf = g_build_filename (f->dir, "leeg.pdf", NULL);
  g_autofree char *filled_pdf = g_build_filename (f->dir, "mees.pdf", NULL);
  g_autofree char *missing_pdf = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_auto(Result) list = { 0 };
  g_auto(Result) blank = { 0 };
  g_auto(Result) filled = { 0 };
  g_auto(Result) missing = { 0 };
  g_auto(Result) mixed = { 0 };
  g_auto(GStrv) fields = NULL;

  fill_demo (f);
  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "checklists", "104213");
  fields = g_strsplit (list.out, "\t", 2);

  run_cli (&blank, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet",
           "--blank", "--template", "1", "-o", blank_pdf);
  g_assert_cmpint (blank.status, ==, 0);
  expected = g_strdup_printf ("%u pages\n", pdf_pages (blank_pdf));
  g_assert_cmpstr (blank.out, ==, expected);
  text = pdf_text_squeezed (blank_pdf);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_assert_nonnull (strstr (text, labels[i]));
  /* 29 signals, three empty boxes each, none ticked. */
  g_assert_cmpuint (count (text, "☐Seenoften"), ==, 29);
  g_assert_cmpuint (count (text, "☒"), ==, 0);
  g_assert_nonnull (strstr (text, "Avoidingcontact(quietsignals:easilymissed)"));
  g_assert_nonnull (strstr (text, "Whomdoesthestudenttrust?"));
  g_assert_null (strstr (text, "CONFIDENTIAL"));
  g_assert_null (strstr (text, "Mees"));
  g_clear_pointer (&text, g_free);

  run_cli (&filled, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet",
           fields[0], "-o", filled_pdf);
  g_assert_cmpint (filled.status, ==, 0);
  text = pdf_text_squeezed (filled_pdf);
  /* On every page; and one answer ticked for every signal. */
  g_assert_cmpuint (count (text, "CONFIDENTIAL"), ==, pdf_pages (filled_pdf));
  g_assert_cmpuint (count (text, "☒"), ==, 29);
  g_assert_nonnull (strstr (text, "☒Seenoften"));
  g_assert_nonnull (strstr (text, "MeesdeVries·2A"));
  g_assert_nonnull (strstr (text, "Zitindepauzebijnaelkedagalleen."));
  g_assert_nonnull (strstr (text, "Whatchangedsince"));
  g_assert_nonnull (strstr (text, "Nolongerseen:Lesscheerfulincontact."));
  g_assert_nonnull (strstr (text, "Meesaanmeldenvooreengesprekmetdezorgcoördinator"));

  /* Nothing is written when the checklist does not exist, or the call is mixed up. */
  run_cli (&missing, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet",
           "999", "-o", missing_pdf);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_false (g_file_test (missing_pdf, G_FILE_TEST_EXISTS));
  run_cli (&mixed, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet",
           fields[0], "--template", "1", "-o", missing_pdf);
  g_assert_cmpint (mixed.status, ==, 64);
  g_assert_false (g_file_test (missing_pdf, G_FILE_TEST_EXISTS));
}

/* overview: every section's heading, --json parses, -o writes a PDF and a CSV. */
static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_auto(Result) demo = { 0 };
  g_auto(Result) plain = { 0 };
  g_auto(Result) json = { 0 };
  g_auto(Result) group = { 0 };
  g_auto(Result) pdf = { 0 };
  g_auto(Result) bad = { 0 };
  g_autofree char *pdf_path = g_build_filename (f->dir, "overview.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "overview.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const headings[] = {
    "Goal Evaluations (", "Open Follow-ups and Agreements (", "Referrals Without Feedback (",
    "New Signals (", "Quiet Students (", "Attendance Below 90% (",
  };

  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);

  run_cli (&plain, "--database", f->db, "--passphrase-file", f->pass_file, "overview");
  g_assert_cmpint (plain.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_nonnull (strstr (plain.out, headings[i]));
  /* The demo's overdue referral of Lotte van der Meer, with the student's id first. */
  g_assert_nonnull (strstr (plain.out, "\toverdue\tLotte van der Meer\t2A\t"));
  /* A sensitive note's follow-up is named, not quoted. */
  g_assert_nonnull (strstr (plain.out, "Follow-up of a sensitive note"));

  run_cli (&json, "--database", f->db, "--passphrase-file", f->pass_file, "overview", "--json");
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"id\" : \"referrals\""));
  g_assert_nonnull (strstr (json.out, "\"student\" : \"Lotte van der Meer\""));

  run_cli (&group, "--database", f->db, "--passphrase-file", f->pass_file, "overview", "--group", "ZW2B");
  g_assert_cmpint (group.status, ==, 0);
  g_assert_null (strstr (group.out, "Lotte van der Meer"));

  run_cli (&pdf, "--database", f->db, "--passphrase-file", f->pass_file, "overview", "-o", pdf_path);
  g_assert_cmpint (pdf.status, ==, 0);
  {
    g_autofree char *text = pdf_text_squeezed (pdf_path);
    g_assert_nonnull (strstr (text, "WhatNeedsAttention"));
  }
  {
    g_auto(Result) r = { 0 };

    run_cli (&r, "--database", f->db, "--passphrase-file", f->pass_file, "overview", "-o", csv_path);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFSection;Student;"));

  run_cli (&bad, "--database", f->db, "--passphrase-file", f->pass_file, "overview", "--today", "morgen");
  g_assert_cmpint (bad.status, ==, 64);
  g_assert_nonnull (strstr (bad.err, "is not a date"));
}

/* export-package and import-package between two notebooks. */
static void
test_packages (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *package = g_build_filename (f->dir, "2a.koers", NULL);
  g_autofree char *package_pass = g_build_filename (f->dir, "package-pass", NULL);
  g_autofree char *wrong_pass = g_build_filename (f->dir, "wrong-pass", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Result) demo = { 0 };
  g_auto(Result) init = { 0 };
  g_auto(Result) export = { 0 };
  g_auto(Result) first = { 0 };
  g_auto(Result) second = { 0 };
  g_auto(Result) wrong = { 0 };
  g_auto(Result) students = { 0 };
  g_auto(Result) missing = { 0 };
  g_auto(Result) handover = { 0 };
  g_autofree char *summary = g_build_filename (f->dir, "overdracht.pdf", NULL);
  g_autofree char *summary_text = NULL;

  g_assert_true (g_file_set_contents (package_pass, "pakket-wachtwoord\n", -1, &error));
  g_assert_true (g_file_set_contents (wrong_pass, "ander-wachtwoord\n", -1, &error));
  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);
  run_cli (&init, "--database", other, "--passphrase-file", f->pass_file, "init");
  g_assert_cmpint (init.status, ==, 0);

  run_cli (&missing, "--database", f->db, "--passphrase-file", f->pass_file, "export-package",
           "--group", "2A", "-o", package);
  g_assert_cmpint (missing.status, !=, 0);
  g_assert_nonnull (strstr (missing.err, "--package-passphrase-file"));
  g_assert_false (g_file_test (package, G_FILE_TEST_EXISTS));

  run_cli (&export, "--database", f->db, "--passphrase-file", f->pass_file, "export-package",
           "--group", "2A", "-o", package, "--package-passphrase-file", package_pass);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_str_has_prefix (export.out, "10 students, "));

  run_cli (&wrong, "--database", other, "--passphrase-file", f->pass_file, "import-package", package,
           "--package-passphrase-file", wrong_pass);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "Wrong package passphrase"));

  run_cli (&first, "--database", other, "--passphrase-file", f->pass_file, "import-package", package,
           "--package-passphrase-file", package_pass);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_str_has_prefix (first.out, "added "));
  g_assert_nonnull (strstr (first.out, ", updated 0, unchanged 0\n"));

  run_cli (&second, "--database", other, "--passphrase-file", f->pass_file, "import-package", package,
           "--package-passphrase-file", package_pass);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_true (g_str_has_prefix (second.out, "added 0, updated 0, unchanged "));

  run_cli (&students, "--database", other, "--passphrase-file", f->pass_file, "students");
  g_assert_nonnull (strstr (students.out, "Mees de Vries"));
  g_assert_null (strstr (students.out, "Chloë"));

  /* A handover with the new mentor's page: no sensitive note on it. */
  run_cli (&handover, "--database", f->db, "--passphrase-file", f->pass_file, "export-package",
           "--group", "2A", "-o", package, "--package-passphrase-file", package_pass,
           "--handover", "--to", "J. Nieuw", "--summary", summary);
  g_assert_cmpint (handover.status, ==, 0);
  summary_text = pdf_text_squeezed (summary);
  g_assert_nonnull (strstr (summary_text, "Handover"));
  g_assert_nonnull (strstr (summary_text, "toJ.Nieuw"));
  g_assert_nonnull (strstr (summary_text, "MeesdeVries(2A)"));
  g_assert_null (strstr (summary_text, "NadelesevenmetMeespraten"));
}

/* care-meetings, plan-care-meeting and care-meeting-sheet, on the demo's meeting. */
static void
test_care_meetings (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *agenda = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *with = g_build_filename (f->dir, "agenda-sensitive.pdf", NULL);
  g_autofree char *minutes = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *with_text = NULL;
  g_autofree char *minutes_text = NULL;
  g_autofree char *id = NULL;
  g_auto(Result) demo = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) plan = { 0 };
  g_auto(Result) after = { 0 };
  g_auto(Result) sheet = { 0 };
  g_auto(Result) sensitive = { 0 };
  g_auto(Result) minutes_run = { 0 };
  g_auto(Result) bad_date = { 0 };
  g_auto(Result) bad_id = { 0 };
  g_auto(Result) bad_mix = { 0 };

  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);

  /* The demo plans one: three students of two mentors, none discussed yet. */
  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "care-meetings");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "\t15:30\t3\t0\tkamer zorgcoördinator\n"));

  run_cli (&bad_date, "--database", f->db, "--passphrase-file", f->pass_file, "plan-care-meeting",
           "--date", "volgende week", "--group", "2A");
  g_assert_cmpint (bad_date.status, ==, 64);
  g_assert_nonnull (strstr (bad_date.err, "is not a date"));

  run_cli (&plan, "--database", f->db, "--passphrase-file", f->pass_file, "plan-care-meeting",
           "--date", "15-01-2027", "--time", "9.30", "--attendee", "A. Smit", "--group", "Groep 7");
  g_assert_cmpint (plan.status, ==, 0);
  id = g_strstrip (g_strdup (plan.out));
  run_cli (&after, "--database", f->db, "--passphrase-file", f->pass_file, "care-meetings");
  g_assert_nonnull (strstr (after.out, "\t2027-01-15\t09:30\t5\t0\t-\n"));

  /* The agenda of the demo's meeting: the questions and the briefs, but sensitive
   * notes only when asked for, and then marked. */
  run_cli (&sheet, "--database", f->db, "--passphrase-file", f->pass_file, "care-meeting-sheet", "1",
           "-o", agenda);
  g_assert_cmpint (sheet.status, ==, 0);
  text = pdf_text_squeezed (agenda);
  g_assert_nonnull (strstr (text, "StudentCareMeeting"));
  g_assert_nonnull (strstr (text, "Aminaismoedoordemantelzorgthuis"));
  g_assert_nonnull (strstr (text, "sensitivenotesleftout"));
  g_assert_null (strstr (text, "NadelesevenmetMeespraten"));

  run_cli (&sensitive, "--database", f->db, "--passphrase-file", f->pass_file, "care-meeting-sheet", "1",
           "-o", with, "--include-sensitive");
  g_assert_cmpint (sensitive.status, ==, 0);
  with_text = pdf_text_squeezed (with);
  g_assert_nonnull (strstr (with_text, "NadelesevenmetMeespraten"));
  g_assert_nonnull (strstr (with_text, "Sensitive·"));
  {
    /* The banner is set in capitals. */
    g_autofree char *lower = g_utf8_strdown (with_text, -1);

    g_assert_nonnull (strstr (lower, "confidential·withsensitivenotes"));
  }

  run_cli (&minutes_run, "--database", f->db, "--passphrase-file", f->pass_file, "care-meeting-sheet", id,
           "-o", minutes, "--minutes");
  g_assert_cmpint (minutes_run.status, ==, 0);
  minutes_text = pdf_text_squeezed (minutes);
  g_assert_nonnull (strstr (minutes_text, "StudentCareMeetingMinutes"));
  g_assert_nonnull (strstr (minutes_text, "Notdiscussed."));

  run_cli (&bad_id, "--database", f->db, "--passphrase-file", f->pass_file, "care-meeting-sheet", "zes",
           "-o", minutes);
  g_assert_cmpint (bad_id.status, ==, 64);
  run_cli (&bad_mix, "--database", f->db, "--passphrase-file", f->pass_file, "care-meeting-sheet", "1",
           "-o", minutes, "--minutes", "--include-sensitive");
  g_assert_cmpint (bad_mix.status, ==, 64);
}

/* check, backup, restore and change-passphrase on real files. */
/* Every file with student data that leaves through koers-cli is in the audit log:
 * what and for whom (ids), never any content. A blank sheet without a name is not. */
static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  static const char * const expected[] = {
    "checklist-pdf", "meeting-ics", "meeting-agreements-pdf", "meeting-preparation-pdf", "goal-cards-pdf",
  };
  g_autofree char *meeting = NULL;
  g_autofree char *cards = g_build_filename (f->dir, "kaarten.pdf", NULL);
  g_autofree char *sheet = g_build_filename (f->dir, "voorbereiding.pdf", NULL);
  g_autofree char *parents = g_build_filename (f->dir, "ouders.pdf", NULL);
  g_autofree char *ics = g_build_filename (f->dir, "gesprek.ics", NULL);
  g_autofree char *blank = g_build_filename (f->dir, "leeg.pdf", NULL);
  g_autofree char *filled = g_build_filename (f->dir, "lijst.pdf", NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) checklist = NULL;
  g_auto(Result) r1 = { 0 };
  g_auto(Result) r2 = { 0 };
  g_auto(Result) r3 = { 0 };
  g_auto(Result) r4 = { 0 };
  g_auto(Result) r5 = { 0 };
  g_auto(Result) r6 = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) log = { 0 };

  fill_demo (f);
  meeting = only_meeting_id (f, "104213");
  run_cli (&r1, "--database", f->db, "--passphrase-file", f->pass_file, "goal-cards", "--group", "2A", "-o", cards);
  run_cli (&r2, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", meeting, "-o", sheet);
  run_cli (&r3, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-sheet", meeting, "--for-parents", "-o", parents);
  run_cli (&r4, "--database", f->db, "--passphrase-file", f->pass_file, "meeting-ics", meeting, "-o", ics);
  run_cli (&r5, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet",
           "--blank", "--template", "1", "-o", blank);
  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "checklists", "104213");
  checklist = g_strsplit (list.out, "\t", 2);
  run_cli (&r6, "--database", f->db, "--passphrase-file", f->pass_file, "checklist-sheet", checklist[0], "-o", filled);
  g_assert_cmpint (r1.status + r2.status + r3.status + r4.status + r5.status + r6.status, ==, 0);

  run_cli (&log, "--database", f->db, "--passphrase-file", f->pass_file, "audit");
  g_assert_cmpint (log.status, ==, 0);
  lines = g_strsplit (g_strchomp (log.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      g_assert_true (g_str_has_suffix (fields[0], "Z"));
      g_assert_cmpstr (fields[2], ==, "export");
      g_assert_cmpstr (fields[3], ==, expected[i]);
      /* Ids only: "13" for Mees, "1,2,…" for the class. */
      g_assert_true (g_regex_match_simple ("^[0-9]+(,[0-9]+)*$", fields[4], 0, 0));
    }
  g_assert_null (strstr (log.out, "Mees"));
  g_assert_null (strstr (log.out, "Vries"));
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->dir, "kopie.db", NULL);
  g_autofree char *new_pass = g_build_filename (f->dir, "new-pass", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Result) check = { 0 };
  g_auto(Result) made = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) added = { 0 };
  g_auto(Result) restored = { 0 };
  g_auto(Result) students = { 0 };
  g_auto(Result) changed = { 0 };
  g_auto(Result) old = { 0 };
  g_auto(Result) reopened = { 0 };
  g_auto(Result) demo = { 0 };
  g_auto(Result) retention = { 0 };
  g_auto(Result) refused = { 0 };
  g_auto(Result) json = { 0 };
  g_auto(Result) pdf = { 0 };
  g_autofree char *json_path = g_build_filename (f->dir, "mees.json", NULL);
  g_autofree char *pdf_path = g_build_filename (f->dir, "mees.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_auto(Result) deleted = { 0 };
  g_auto(Result) gone = { 0 };

  run_cli (&demo, "--database", f->db, "--passphrase-file", f->pass_file, "demo");
  g_assert_cmpint (demo.status, ==, 0);
  run_cli (&check, "--database", f->db, "--passphrase-file", f->pass_file, "check");
  g_assert_cmpint (check.status, ==, 0);
  g_assert_cmpstr (check.out, ==, "ok\n");

  run_cli (&made, "--database", f->db, "--passphrase-file", f->pass_file, "backup", "-o", backup);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  /* Never over an existing file. */
  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "backup", "-o", backup);
  g_assert_cmpint (again.status, ==, 64);

  run_cli (&added, "--database", f->db, "--passphrase-file", f->pass_file, "add-entry", "1",
           "--kind", "observation", "--text", "Na de back-up geschreven");
  g_assert_cmpint (added.status, ==, 0);
  run_cli (&restored, "--database", f->db, "--passphrase-file", f->pass_file, "restore", backup);
  g_assert_cmpint (restored.status, ==, 0);
  g_assert_nonnull (strstr (restored.out, ".before-restore-"));
  run_cli (&students, "--database", f->db, "--passphrase-file", f->pass_file, "timeline", "1");
  g_assert_cmpint (students.status, ==, 0);
  g_assert_null (strstr (students.out, "Na de back-up geschreven"));

  g_assert_true (g_file_set_contents (new_pass, "een heel nieuwe zin\n", -1, &error));
  run_cli (&changed, "--database", f->db, "--passphrase-file", f->pass_file, "change-passphrase",
           "--new-passphrase-file", new_pass);
  g_assert_cmpint (changed.status, ==, 0);
  run_cli (&old, "--database", f->db, "--passphrase-file", f->pass_file, "check");
  g_assert_cmpint (old.status, ==, 2);
  run_cli (&reopened, "--database", f->db, "--passphrase-file", new_pass, "check");
  g_assert_cmpint (reopened.status, ==, 0);

  /* Everything about Mees, for him or his parents: JSON and a readable PDF. */
  run_cli (&json, "--database", f->db, "--passphrase-file", new_pass, "export-student", "104213", "-o", json_path);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (koers_test_file_contains (json_path, "\"format\" : \"koers-student-export\""));
  run_cli (&pdf, "--database", f->db, "--passphrase-file", new_pass, "export-student", "104213", "-o", pdf_path);
  g_assert_cmpint (pdf.status, ==, 0);
  pdf_text = pdf_text_squeezed (pdf_path);
  g_assert_nonnull (strstr (pdf_text, "MeesdeVries"));
  g_assert_nonnull (strstr (pdf_text, "Timeline"));

  /* Nobody in the demo left long ago: nothing is due for deletion. */
  run_cli (&retention, "--database", f->db, "--passphrase-file", new_pass, "retention");
  g_assert_cmpint (retention.status, ==, 0);
  g_assert_cmpstr (retention.out, ==, "");

  /* Deleting a student asks for --yes, then leaves nothing of them. */
  run_cli (&refused, "--database", f->db, "--passphrase-file", new_pass, "delete-student", "104213");
  g_assert_cmpint (refused.status, ==, 64);
  run_cli (&deleted, "--database", f->db, "--passphrase-file", new_pass, "delete-student", "104213",
           "--yes", "--vacuum");
  g_assert_cmpint (deleted.status, ==, 0);
  g_assert_nonnull (strstr (deleted.out, "Mees de Vries"));
  run_cli (&gone, "--database", f->db, "--passphrase-file", new_pass, "search", "Mees");
  g_assert_cmpint (gone.status, ==, 0);
  g_assert_cmpstr (gone.out, ==, "");
}

/* demo --students N: a generated school, the same for the same seed and date;
 * never into a notebook that has students of its own. */
static void
test_demo_school (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_auto(Result) school = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) twin = { 0 };
  g_auto(Result) list = { 0 };
  g_auto(Result) twin_list = { 0 };
  g_auto(Result) bad = { 0 };
  g_autoptr(KoersStore) store = NULL;

  run_cli (&school, "--database", f->db, "--passphrase-file", f->pass_file, "demo",
           "--students", "56", "--entries-per-student", "12", "--seed", "5", "--today", "2026-11-23");
  g_assert_cmpint (school.status, ==, 0);
  g_assert_nonnull (strstr (school.out, "56 invented students"));

  store = open_notebook (f);
  g_assert_cmpuint (koers_store_count_students (store, NULL), ==, 56);
  g_assert_cmpuint (koers_store_count_entries (store, 0, NULL), >=, 56 * 12);
  g_clear_object (&store);

  run_cli (&again, "--database", f->db, "--passphrase-file", f->pass_file, "demo", "--students", "10");
  g_assert_cmpint (again.status, ==, 64);
  g_assert_nonnull (strstr (again.err, "already holds students"));

  run_cli (&twin, "--database", other, "--passphrase-file", f->pass_file, "demo",
           "--students", "56", "--entries-per-student", "12", "--seed", "5", "--today", "23-11-2026");
  g_assert_cmpint (twin.status, ==, 0);
  run_cli (&list, "--database", f->db, "--passphrase-file", f->pass_file, "students");
  run_cli (&twin_list, "--database", other, "--passphrase-file", f->pass_file, "students");
  /* The same names in the same classes (ids too: both notebooks started empty). */
  g_assert_cmpstr (list.out, ==, twin_list.out);

  run_cli (&bad, "--database", other, "--passphrase-file", f->pass_file, "demo", "--students", "-3");
  g_assert_cmpint (bad.status, ==, 64);
}

/* bench --quick --json: one object, a result for every measurement the issue names. */
static void
test_bench_quick (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const names[] = {
    "unlock", "students_list", "timeline_first_page", "search", "overview",
    "import_csv", "goal_cards_pdf", "encrypted_vs_plain", "app_vs_raw",
  };
  static const char * const with_baseline[] = { "timeline_first_page", "encrypted_vs_plain", "app_vs_raw" };
  g_auto(Result) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *machine;
  JsonArray *results;

  run_cli (&r, "bench", "--quick", "--json");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, r.out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  machine = json_object_get_object_member (root, "machine");
  g_assert_nonnull (machine);
  g_assert_cmpint (json_object_get_int_member (machine, "cores"), >, 0);
  g_assert_nonnull (json_object_get_string_member (machine, "cpu"));
  results = json_object_get_array_member (root, "results");
  g_assert_nonnull (results);

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      JsonObject *found = NULL;

      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonObject *result = json_array_get_object_element (results, i);

          if (g_strcmp0 (json_object_get_string_member (result, "name"), names[n]) == 0)
            found = result;
        }
      if (found == NULL)
        g_error ("bench reported no %s", names[n]);
      g_assert_cmpfloat (json_object_get_double_member (found, "median_ms"), >, 0);
      g_assert_cmpfloat (json_object_get_double_member (found, "p95_ms"), >=,
                         json_object_get_double_member (found, "median_ms"));
      g_assert_cmpint (json_object_get_int_member (found, "runs"), >, 0);
      for (guint b = 0; b < G_N_ELEMENTS (with_baseline); b++)
        if (g_str_equal (names[n], with_baseline[b]))
          {
            g_assert_cmpfloat (json_object_get_double_member (found, "baseline_ms"), >, 0);
            g_assert_cmpfloat (json_object_get_double_member (found, "ratio"), >, 0);
          }
    }

  /* The temporary notebooks are gone. */
  g_assert_null (strstr (r.err, "koers-bench-"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/init", test_init);
  ADD ("/cli/import-and-list", test_import_and_list);
  ADD ("/cli/bad-csv-imports-nothing", test_bad_csv_imports_nothing);
  ADD ("/cli/wrong-passphrase", test_wrong_passphrase);
  ADD ("/cli/passphrase-from-env", test_passphrase_from_env);
  ADD ("/cli/dutch", test_dutch);
  ADD ("/cli/demo", test_demo);
  ADD ("/cli/demo-school", test_demo_school);
  ADD ("/cli/bench-quick", test_bench_quick);
  ADD ("/cli/add-entry-and-timeline", test_add_entry_and_timeline);
  ADD ("/cli/timeline-kind-filter", test_timeline_kind_filter);
  ADD ("/cli/timeline-sensitive", test_timeline_sensitive);
  ADD ("/cli/add-entry-follow-up", test_add_entry_follow_up);
  ADD ("/cli/add-entry-absence-and-referral", test_add_entry_absence_and_referral);
  ADD ("/cli/add-entry-invalid", test_add_entry_invalid);
  ADD ("/cli/search", test_search);
  ADD ("/cli/demo-timeline", test_demo_timeline);
  ADD ("/cli/add-goal-and-goals", test_add_goal_and_goals);
  ADD ("/cli/add-goal-invalid", test_add_goal_invalid);
  ADD ("/cli/goal-cards", test_goal_cards);
  ADD ("/cli/goal-cards-none", test_goal_cards_none);
  ADD ("/cli/demo-goals", test_demo_goals);
  ADD ("/cli/meetings", test_meetings);
  ADD ("/cli/meeting-sheet", test_meeting_sheet);
  ADD ("/cli/meeting-ics", test_meeting_ics);
  ADD ("/cli/meeting-ics-errors", test_meeting_ics_errors);
  ADD ("/cli/demo-meetings", test_demo_meetings);
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/checklists", test_checklists);
  ADD ("/cli/checklist-sheet", test_checklist_sheet);
  ADD ("/cli/overview", test_overview);
  ADD ("/cli/packages", test_packages);
  ADD ("/cli/care-meetings", test_care_meetings);
  ADD ("/cli/backup", test_backup);
  ADD ("/cli/audit", test_audit);
  ADD ("/cli/passphrase-never-shown", test_passphrase_never_shown);
#undef ADD

  return g_test_run ();
}
