/* test-cli.c: koers-cli, each command through a real process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

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

  run_cli (&unknown, "frobnicate");
  g_assert_cmpint (unknown.status, !=, 0);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&none, "--database", f->db);
  g_assert_cmpint (none.status, !=, 0);

  run_cli (&missing, "--database", f->db, "--passphrase-file", f->pass_file, "students");
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "no notebook"));
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
  ADD ("/cli/usage", test_usage);
#undef ADD

  return g_test_run ();
}
