/* test-crash.c: koers-cli killed with SIGKILL at random moments while it writes
 *
 * `koers-cli add-entries` writes one entry per line of its input and prints each
 * id only after the commit. Fifty times over, the test kills it mid-run: every
 * fifth run early, while it derives the key; the others at a random moment after
 * its first write (between writes, inside one). Then it reopens the notebook and
 * asserts that integrity_check is clean and every entry reported as written is
 * there. The seed is printed, so a failure can be replayed with --seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <signal.h>
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define KILLS 50
#define LINES_PER_RUN 20000

typedef struct
{
  GSubprocess *proc;
  guint        delay_ms;
} Kill;

/* In a thread of its own: the main thread is reading the writer's output. Once
 * the writer has ended on its own, GSubprocess sends nothing. */
static gpointer
kill_later (gpointer data)
{
  Kill *kill = data;

  g_usleep ((gulong) kill->delay_ms * 1000);
  g_subprocess_send_signal (kill->proc, SIGKILL);
  return NULL;
}

/* The ids on complete lines of @out: what the writer said it committed. A line
 * cut off by the kill was never fully reported, so it does not count. */
static void
collect_ids (const char *out,
             GArray     *ids)
{
  g_auto(GStrv) lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  guint n = g_strv_length (lines);

  /* The last piece is what followed the last newline: incomplete or empty. */
  for (guint i = 0; i + 1 < n; i++)
    {
      gint64 id = g_ascii_strtoll (lines[i], NULL, 10);

      g_assert_cmpint (id, >, 0);
      g_array_append_val (ids, id);
    }
}

static guint
count_present (KoersStore *store,
               GArray     *ids)
{
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (koers_store_get_db (store),
                                       "SELECT count(*) FROM entries WHERE id = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      n += sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return n;
}

static void
test_kill_while_writing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "koers.db", NULL);
  g_autofree char *pass_file = g_build_filename (dir, "pass", NULL);
  g_autoptr(GArray) committed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) input = g_string_new (NULL);
  g_autofree char *input_path = g_build_filename (dir, "input.txt", NULL);
  const char *cli = g_getenv ("KOERS_CLI");
  guint killed_mid_run = 0;

  g_assert_nonnull (cli);
  g_assert_true (g_file_set_contents (pass_file, PASS "\n", -1, &error));
  {
    g_autoptr(KoersStore) store = koers_store_create (path, PASS, &error);
    g_autoptr(KoersStudent) student = koers_student_new ();

    g_assert_no_error (error);
    koers_student_set_student_number (student, "1001");
    koers_student_set_first_name (student, "Crash");
    koers_student_set_last_name (student, "Test");
    g_assert_true (koers_store_save_student (store, student, &error));
  }
  for (guint i = 0; i < LINES_PER_RUN; i++)
    g_string_append_printf (input, "Notitie %u, geschreven om te zien of hij blijft staan.\n", i);
  g_assert_true (g_file_set_contents (input_path, input->str, (gssize) input->len, &error));

  for (guint run = 0; run < KILLS; run++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                           G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autoptr(GSubprocess) proc = NULL;
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(KoersStore) store = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      GThread *killer = NULL;
      Kill kill;
      /* Every fifth run dies while the key is derived; the others some time after
       * the first write, counted from it so a slow machine cuts them off too. */
      gboolean early = run % 5 == 0;
      guint delay = early ? (guint) g_test_rand_int_range (1, 300) : (guint) g_test_rand_int_range (0, 400);
      guint before = committed->len;

      g_subprocess_launcher_unsetenv (launcher, "KOERS_PASSPHRASE_FILE");
      g_subprocess_launcher_set_stdin_file_path (launcher, input_path);
      proc = g_subprocess_launcher_spawn (launcher, &error, cli, "--database", path, "--passphrase-file",
                                          pass_file, "add-entries", "1001", "--kind", "observatie", NULL);
      g_assert_no_error (error);
      kill.proc = proc;
      kill.delay_ms = delay;
      if (early)
        killer = g_thread_new ("killer", kill_later, &kill);

      /* Raw bytes, so that a line the kill cut short stays recognisably short. */
      for (;;)
        {
          char buffer[4096];
          gssize n = g_input_stream_read (g_subprocess_get_stdout_pipe (proc), buffer, sizeof buffer, NULL, &error);

          if (n <= 0)
            break;
          g_string_append_len (out, buffer, n);
          if (killer == NULL && memchr (out->str, '\n', out->len) != NULL)
            killer = g_thread_new ("killer", kill_later, &kill);
        }
      g_assert_no_error (error);
      g_subprocess_wait (proc, NULL, &error);
      g_assert_no_error (error);
      if (killer != NULL)
        g_thread_join (killer);
      if (g_subprocess_get_if_signaled (proc))
        {
          g_assert_cmpint (g_subprocess_get_term_sig (proc), ==, SIGKILL);
          killed_mid_run++;
        }
      else
        g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);

      collect_ids (out->str, committed);

      store = koers_store_open (path, PASS, &error);
      g_assert_no_error (error);
      g_assert_true (koers_store_check (store, &problems, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpuint (count_present (store, committed), ==, committed->len);
      g_test_message ("run %u: killed %u ms %s, %u writes reported", run, delay,
                      early ? "after the start" : "after the first write", committed->len - before);
    }

  /* Most runs must really have been cut off, or the test proves nothing. */
  g_assert_cmpuint (killed_mid_run, >=, KILLS * 3 / 4);
  g_assert_cmpuint (committed->len, >, 0);
  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/kill-while-writing", test_kill_while_writing);

  return g_test_run ();
}
