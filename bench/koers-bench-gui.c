/* koers-bench-gui.c: the real window with a school of 2,000, timed
 *
 * Generates the school (koers-synthetic.h) in a temporary folder, starts the
 * window on it and measures what a user sees: from pressing Unlock to the main
 * window drawn with every student in the sidebar, from selecting the student with
 * 10,000 entries to their timeline drawn, and the resident memory after both.
 * A time ends at the first frame painted after the window shows the result.
 *
 * Run under Xvfb: xvfb-run -a build/bench/koers-bench-gui [--quick] [--json]
 * (meson test -C build --benchmark runs it so).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "koers-bench.h"
#include "koers-synthetic.h"
#include "koers-window-private.h"
#include "notebook/koers-unlock-page-private.h"
#include "students/koers-student-page.h"
#include "students/koers-student-sidebar-private.h"
#include "timeline/koers-timeline-view-private.h"

#define PASSPHRASE "koers-bench-passphrase"
#define TIMEOUT_SECONDS 120

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  gboolean          quick;
  guint             students;
  guint             long_history;
  char             *dir;
  char             *path;
  KoersApplication *app;
  KoersWindow      *window;
  gint64            long_id;
  gint64            other_id;
  double            painted_ms;  /* the last frame's end */
  GPtrArray        *results;
} Bench;

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  bench->painted_ms = koers_bench_now_ms ();
}

static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }
  return TRUE;
}

static gboolean
painted_since (gpointer data)
{
  Bench *bench = data;

  return bench->painted_ms > 0;
}

/* Runs the loop until @condition holds and then until a frame is painted: the
 * time from @start to that frame's end. */
static double
time_until_drawn (Bench     *bench,
                  double     start,
                  Condition  condition)
{
  if (!wait_until (condition, bench))
    g_error ("The window did not get there within %d s", TIMEOUT_SECONDS);
  bench->painted_ms = 0;
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  if (!wait_until (painted_since, bench))
    g_error ("No frame was painted");
  return bench->painted_ms - start;
}

static gboolean
main_window_filled (gpointer data)
{
  Bench *bench = data;
  return g_strcmp0 (koers_window_get_visible_page_name (bench->window), "main") == 0 &&
         koers_student_sidebar_get_n_shown (koers_window_get_sidebar (bench->window)) > 0;
}

static gboolean
unlock_page_shown (gpointer data)
{
  Bench *bench = data;

  return g_strcmp0 (koers_window_get_visible_page_name (bench->window), "unlock") == 0 &&
         gtk_widget_get_mapped (GTK_WIDGET (koers_window_get_unlock_page (bench->window)));
}

static gboolean
check_done (gpointer data)
{
  Bench *bench = data;

  return !koers_unlock_page_get_checking (koers_window_get_unlock_page (bench->window));
}

static KoersTimelineView *
timeline (Bench *bench)
{
  return koers_student_page_get_timeline (koers_window_get_student_page (bench->window));
}

static gboolean
long_timeline_shown (gpointer data)
{
  Bench *bench = data;
  KoersStudent *student = koers_student_sidebar_get_selected_student (koers_window_get_sidebar (bench->window));

  return student != NULL && koers_student_get_id (student) == bench->long_id &&
         g_list_model_get_n_items (koers_timeline_view_get_model (timeline (bench))) > 0;
}

static gboolean
other_timeline_shown (gpointer data)
{
  Bench *bench = data;
  KoersStudent *student = koers_student_sidebar_get_selected_student (koers_window_get_sidebar (bench->window));

  return student != NULL && koers_student_get_id (student) == bench->other_id;
}

static KoersBenchSeries *
add_series (Bench      *bench,
            const char *name,
            double      target_ms)
{
  KoersBenchSeries *series = koers_bench_series_new (name, bench->quick ? -1 : target_ms, -1);

  g_ptr_array_add (bench->results, series);
  return series;
}

static void
generate (Bench *bench)
{
  KoersSyntheticSpec spec = {
    .students = bench->students,
    .entries_per_student = bench->quick ? 20 : 100,
    .seed = 1,
    .first_student_entries = bench->long_history,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_create (bench->path, PASSPHRASE, &error);
  g_autoptr(KoersStudent) first = NULL;
  g_autoptr(KoersStudent) second = NULL;

  if (store == NULL || !koers_synthetic_fill (store, &spec, NULL, NULL, &error))
    g_error ("Could not generate the school: %s", error->message);
  first = koers_store_find_student (store, "300000", &error);
  second = koers_store_find_student (store, "300001", &error);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  bench->long_id = koers_student_get_id (first);
  bench->other_id = koers_student_get_id (second);
  koers_store_close (store);
}

static void
measure_unlock (Bench *bench,
                guint  runs)
{
  KoersBenchSeries *series = add_series (bench, "gui_unlock_to_window", 1000);
  KoersUnlockPage *page = koers_window_get_unlock_page (bench->window);

  for (guint i = 0; i < runs; i++)
    {
      double start;

      if (i > 0)
        g_action_group_activate_action (G_ACTION_GROUP (bench->window), "lock", NULL);
      if (!wait_until (unlock_page_shown, bench))
        g_error ("The unlock page did not come");
      gtk_editable_set_text (koers_unlock_page_get_passphrase_entry (page), PASSPHRASE);
      start = koers_bench_now_ms ();
      /* "clicked", as a click sends it: gtk_widget_activate() would show the
       * button pressed for 250 ms first. */
      g_signal_emit_by_name (koers_unlock_page_get_unlock_button (page), "clicked");
      koers_bench_series_add (series, time_until_drawn (bench, start, main_window_filled));
      /* The check of every page and the backup run after; not into the next run. */
      wait_until (check_done, bench);
    }
}

static void
measure_selection (Bench *bench,
                   guint  runs)
{
  KoersBenchSeries *series = add_series (bench, "gui_select_long_timeline", 100);
  KoersStudentSidebar *sidebar = koers_window_get_sidebar (bench->window);

  for (guint i = 0; i < runs; i++)
    {
      double start;

      koers_student_sidebar_select_student (sidebar, bench->other_id);
      time_until_drawn (bench, koers_bench_now_ms (), other_timeline_shown);
      start = koers_bench_now_ms ();
      koers_student_sidebar_select_student (sidebar, bench->long_id);
      koers_bench_series_add (series, time_until_drawn (bench, start, long_timeline_shown));
    }
}

/* VmRSS of this process, in MB. */
static double
resident_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

static void
print_report (Bench    *bench,
              gboolean  json,
              double    rss_mb)
{
  const double target_mb = 200;

  if (!json)
    {
      koers_bench_print_table (bench->results);
      g_print ("%-22s %10.1f MB%s\n", "gui_resident_memory", rss_mb,
               bench->quick ? "" : rss_mb < target_mb ? "  < 200 MB met" : "  < 200 MB MISSED");
      return;
    }

  {
    g_autoptr(JsonBuilder) builder = json_builder_new ();
    g_autoptr(JsonNode) root = NULL;
    g_autofree char *text = NULL;

    json_builder_begin_object (builder);
    koers_bench_machine_to_json (builder);
    json_builder_set_member_name (builder, "notebook");
    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "students");
    json_builder_add_int_value (builder, bench->students);
    json_builder_set_member_name (builder, "long_history_entries");
    json_builder_add_int_value (builder, bench->long_history);
    json_builder_set_member_name (builder, "quick");
    json_builder_add_boolean_value (builder, bench->quick);
    json_builder_end_object (builder);
    json_builder_set_member_name (builder, "results");
    json_builder_begin_array (builder);
    for (guint i = 0; i < bench->results->len; i++)
      koers_bench_series_to_json (bench->results->pdata[i], builder);
    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "name");
    json_builder_add_string_value (builder, "gui_resident_memory");
    json_builder_set_member_name (builder, "mb");
    json_builder_add_double_value (builder, rss_mb);
    if (!bench->quick)
      {
        json_builder_set_member_name (builder, "target_mb");
        json_builder_add_double_value (builder, target_mb);
        json_builder_set_member_name (builder, "meets_target");
        json_builder_add_boolean_value (builder, rss_mb < target_mb);
      }
    json_builder_end_object (builder);
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    root = json_builder_get_root (builder);
    text = koers_bench_json_to_data (root);
    g_print ("%s\n", text);
  }
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = FALSE, json = FALSE;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "200 students and 1,000 entries for the long timeline", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "One JSON object instead of a table", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the Koers window at school scale");
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  double rss_mb;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 64;
    }

  bench.quick = quick;
  bench.students = quick ? 200 : 2000;
  bench.long_history = quick ? 1000 : 10000;
  bench.results = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_bench_series_free);
  bench.dir = g_dir_make_tmp ("koers-bench-gui-XXXXXX", &error);
  g_assert_no_error (error);
  /* Backups and settings of the run go to its own folder, not the user's. */
  g_setenv ("XDG_DATA_HOME", bench.dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", bench.dir, TRUE);
  bench.path = g_build_filename (bench.dir, "school.db", NULL);

  if (!json)
    g_printerr ("Generating %u students and measuring the window; this takes a while…\n", bench.students);
  generate (&bench);

  adw_init ();
  bench.app = koers_application_new ();
  g_application_set_flags (G_APPLICATION (bench.app), G_APPLICATION_NON_UNIQUE);
  g_application_set_application_id (G_APPLICATION (bench.app), KOERS_APP_ID ".Bench");
  g_application_set_resource_base_path (G_APPLICATION (bench.app), "/io/github/koers/Koers");
  g_application_register (G_APPLICATION (bench.app), NULL, &error);
  g_assert_no_error (error);

  bench.window = koers_window_new (bench.app, bench.path);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (bench.window));
  if (!wait_until (unlock_page_shown, &bench))
    g_error ("The unlock page did not come");
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (bench.window)), "after-paint",
                    G_CALLBACK (after_paint_cb), &bench);

  measure_unlock (&bench, quick ? 2 : 5);
  measure_selection (&bench, quick ? 3 : 10);
  rss_mb = resident_mb ();
  print_report (&bench, json, rss_mb);

  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (bench.window)), &bench);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_clear_object (&bench.app);
  koers_bench_remove_dir (bench.dir);
  g_free (bench.dir);
  g_free (bench.path);
  g_ptr_array_unref (bench.results);
  return 0;
}
