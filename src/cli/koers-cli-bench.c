/* koers-cli-bench.c: koers-cli bench, Koers measured at school scale
 *
 * Builds its own notebooks in a temporary folder (a generated school, a tiny
 * notebook for the key derivation, an unencrypted copy, a class list), times
 * what a user waits for, and prints one JSON object or a table. Every timing is
 * taken with a warm cache after one untimed run, as a user sees it the second
 * time; unlock is the exception, a fresh connection each run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-bench.h"

#include <json-glib/json-glib.h>

#include "koers-bench.h"
#include "koers-bench-raw.h"
#include "koers-class-list.h"
#include "koers-goal-card.h"
#include "koers-i18n.h"
#include "koers-synthetic.h"

#define BENCH_PASSPHRASE "koers-bench-passphrase"
#define PAGE 50
/* The entries of the student whose timeline is paged through. */
#define LONG_HISTORY 10000
#define QUICK_LONG_HISTORY 1000

typedef struct
{
  gboolean    quick;
  guint       students;
  guint       entries;
  guint       runs;
  char       *dir;
  char       *path;
  KoersStore *store;
  gint64      long_id;     /* the student with the long history */
  gint64      typical_id;  /* a student with entries_per_student entries */
  GPtrArray  *results;
} Bench;

static KoersBenchSeries *
add_result (Bench      *bench,
            const char *name,
            double      target_ms,
            double      target_ratio)
{
  /* The targets are for a school of 2,000; a quick run only shows that it works. */
  KoersBenchSeries *series = bench->quick ? koers_bench_series_new (name, -1, -1)
                                          : koers_bench_series_new (name, target_ms, target_ratio);

  g_ptr_array_add (bench->results, series);
  return series;
}

/* Setup */

static gboolean
generate (Bench   *bench,
          GError **error)
{
  KoersSyntheticSpec spec = {
    .students = bench->students,
    .entries_per_student = bench->entries,
    .seed = 1,
    .first_student_entries = bench->quick ? QUICK_LONG_HISTORY : LONG_HISTORY,
  };
  KoersBenchSeries *result = add_result (bench, "generate", 60000, -1);
  double start = koers_bench_now_ms ();
  g_autoptr(KoersStore) store = koers_store_create (bench->path, BENCH_PASSPHRASE, error);

  if (store == NULL || !koers_synthetic_fill (store, &spec, NULL, NULL, error))
    return FALSE;
  koers_bench_series_add (result, koers_bench_now_ms () - start);
  koers_store_close (store);
  return TRUE;
}

/* The generated students are numbered from 300000 in the order invented: the
 * first has the long history. */
static gboolean
find_students (Bench   *bench,
               GError **error)
{
  g_autoptr(KoersStudent) first = koers_store_find_student (bench->store, "300000", error);
  g_autoptr(KoersStudent) second = NULL;

  if (first == NULL)
    return FALSE;
  second = koers_store_find_student (bench->store, "300001", error);
  if (second == NULL)
    return FALSE;
  bench->long_id = koers_student_get_id (first);
  bench->typical_id = koers_student_get_id (second);
  return TRUE;
}

/* Measurements */

static gboolean
measure_unlock (Bench   *bench,
                GError **error)
{
  g_autofree char *tiny = g_build_filename (bench->dir, "tiny.db", NULL);
  /* What the app waits for: its check of every page follows in a thread. */
  KoersBenchSeries *unlock = add_result (bench, "unlock", 1000, -1);
  KoersBenchSeries *kdf = add_result (bench, "unlock_kdf", -1, -1);
  /* What koers-cli waits for: the check before anything else. */
  KoersBenchSeries *checked = add_result (bench, "unlock_checked", -1, -1);

  {
    g_autoptr(KoersStore) store = koers_store_create (tiny, BENCH_PASSPHRASE, error);

    if (store == NULL)
      return FALSE;
    koers_store_close (store);
  }

  /* An empty notebook's unlock is all key derivation: the deliberate part. */
  for (guint i = 0; i < MAX (3u, bench->runs / 4); i++)
    {
      double start = koers_bench_now_ms ();
      g_autoptr(KoersStore) store = koers_store_open (tiny, BENCH_PASSPHRASE, error);

      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      koers_bench_series_add (kdf, koers_bench_now_ms () - start);

      g_clear_object (&store);
      start = koers_bench_now_ms ();
      store = koers_store_open_with_flags (bench->path, BENCH_PASSPHRASE, KOERS_STORE_OPEN_SKIP_CHECK, error);
      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      koers_bench_series_add (unlock, koers_bench_now_ms () - start);

      g_clear_object (&store);
      start = koers_bench_now_ms ();
      store = koers_store_open (bench->path, BENCH_PASSPHRASE, error);
      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      koers_bench_series_add (checked, koers_bench_now_ms () - start);
    }
  return TRUE;
}

static gboolean
measure_students_list (Bench   *bench,
                       GError **error)
{
  KoersBenchSeries *result = add_result (bench, "students_list", 20, -1);

  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = koers_bench_now_ms ();
      g_autoptr(GPtrArray) students = koers_store_list_students (bench->store, NULL, error);

      if (students == NULL)
        return FALSE;
      if (i > 0)
        koers_bench_series_add (result, koers_bench_now_ms () - start);
    }
  return TRUE;
}

static gboolean
time_first_page (Bench            *bench,
                 gint64            student_id,
                 KoersBenchSeries *result,
                 GError          **error)
{
  KoersEntryQuery query = { .limit = PAGE };

  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = koers_bench_now_ms ();
      g_autoptr(GPtrArray) entries = koers_store_list_entries (bench->store, student_id, &query, error);

      if (entries == NULL)
        return FALSE;
      if (i > 0)
        koers_bench_series_add (result, koers_bench_now_ms () - start);
    }
  return TRUE;
}

static gboolean
measure_timeline (Bench   *bench,
                  GError **error)
{
  KoersBenchSeries *page = add_result (bench, "timeline_first_page", 5, 2);
  g_autoptr(KoersBenchSeries) typical = koers_bench_series_new ("typical", -1, -1);

  if (!time_first_page (bench, bench->typical_id, typical, error) ||
      !time_first_page (bench, bench->long_id, page, error))
    return FALSE;
  page->baseline_ms = koers_bench_series_median (typical);
  return TRUE;
}

static gboolean
measure_search (Bench   *bench,
                GError **error)
{
  static const char * const queries[] = { "huisw", "agenda vrijdag" };
  KoersBenchSeries *all = add_result (bench, "search", 15, -1);
  KoersBenchSeries *each[] = { add_result (bench, "search_prefix", 15, -1),
                     add_result (bench, "search_two_words", 15, -1) };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint i = 0; i <= bench->runs; i++)
      {
        double start = koers_bench_now_ms ();
        g_autoptr(GPtrArray) hits = koers_store_search_entries (bench->store, queries[q], FALSE, PAGE, error);
        double ms = koers_bench_now_ms () - start;

        if (hits == NULL)
          return FALSE;
        if (i == 0)
          continue;
        koers_bench_series_add (all, ms);
        koers_bench_series_add (each[q], ms);
      }
  return TRUE;
}

static gboolean
measure_overview (Bench   *bench,
                  GError **error)
{
  KoersBenchSeries *result = add_result (bench, "overview", 50, -1);

  for (guint i = 0; i <= MAX (3u, bench->runs / 2); i++)
    {
      double start = koers_bench_now_ms ();
      g_autoptr(GPtrArray) items = koers_store_get_overview (bench->store, NULL, error);

      if (items == NULL)
        return FALSE;
      if (i > 0)
        koers_bench_series_add (result, koers_bench_now_ms () - start);
    }
  return TRUE;
}

/* A class list as the administration exports it: 2,000 rows, semicolons. */
static GBytes *
class_list_csv (guint n)
{
  static const char * const first[] = { "Daan", "Sanne", "Fatima", "Noël", "Zoë", "Ilias", "Britt", "Kevin" };
  static const char * const last[] = { "Dijk", "Bakker", "Amrani", "Verbeek", "Horst", "Bouzid", "Jansen", "Şahin" };
  GString *csv = g_string_new ("Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Klas;Geboortedatum\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "%u;%s;%s;%s;%u%c;%02u-%02u-%u\r\n",
                            500000 + i, first[i % G_N_ELEMENTS (first)], i % 3 == 0 ? "van" : "",
                            last[(i / 8) % G_N_ELEMENTS (last)], 1 + (i / 28) % 6, 'A' + (int) (i / 168) % 26,
                            1 + i % 28, 1 + i % 12, 2010 + i % 5);
  return g_string_free_to_bytes (csv);
}

static gboolean
measure_import (Bench   *bench,
                GError **error)
{
  KoersBenchSeries *result = add_result (bench, "import_csv", 1000, -1);
  g_autoptr(GBytes) csv = class_list_csv (2000);

  for (guint i = 0; i < (bench->quick ? 2u : 5u); i++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u.db", i);
      g_autofree char *path = g_build_filename (bench->dir, name, NULL);
      g_autoptr(KoersStore) store = koers_store_create (path, BENCH_PASSPHRASE, error);
      g_autoptr(KoersClassList) list = NULL;
      guint imported = 0;
      double start;

      if (store == NULL)
        return FALSE;
      start = koers_bench_now_ms ();
      list = koers_class_list_parse (csv, error);
      if (list == NULL || !koers_class_list_import (list, store, &imported, NULL, error))
        return FALSE;
      koers_bench_series_add (result, koers_bench_now_ms () - start);
      if (imported != 2000)
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                       "The benchmark's class list imported %u students, not 2000", imported);
          return FALSE;
        }
      koers_store_close (store);
    }
  return TRUE;
}

/* 30 active goals, each with its student, from the generated school. */
static gboolean
collect_goals (Bench      *bench,
               GPtrArray  *students,
               GPtrArray  *goals,
               GError    **error)
{
  g_autoptr(GPtrArray) all = koers_store_list_students (bench->store, NULL, error);

  if (all == NULL)
    return FALSE;
  for (guint i = 0; i < all->len && goals->len < 30; i++)
    {
      g_autoptr(GPtrArray) list = koers_store_list_goals (bench->store, koers_student_get_id (all->pdata[i]), error);

      if (list == NULL)
        return FALSE;
      for (guint j = 0; j < list->len && goals->len < 30; j++)
        if (koers_goal_get_status (list->pdata[j]) == KOERS_GOAL_ACTIVE)
          {
            g_ptr_array_add (goals, g_object_ref (list->pdata[j]));
            g_ptr_array_add (students, g_object_ref (all->pdata[i]));
          }
    }
  return TRUE;
}

static gboolean
measure_goal_cards (Bench   *bench,
                    GError **error)
{
  KoersBenchSeries *result = add_result (bench, "goal_cards_pdf", 1000, -1);
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pdf = g_build_filename (bench->dir, "cards.pdf", NULL);

  if (!collect_goals (bench, students, goals, error))
    return FALSE;
  for (guint i = 0; i <= (bench->quick ? 2u : 5u); i++)
    {
      double start = koers_bench_now_ms ();

      if (!koers_goal_cards_write_pdf (pdf, KOERS_CARD_LAYOUT_A4, students, goals, NULL, error))
        return FALSE;
      if (i > 0)
        koers_bench_series_add (result, koers_bench_now_ms () - start);
    }
  return TRUE;
}

/* The query mix the encryption is weighed on: a sidebar, two timeline pages, two searches. */
static double
raw_mix (Bench         *bench,
         KoersBenchRaw *raw)
{
  double start = koers_bench_now_ms ();

  koers_bench_raw_students (raw);
  koers_bench_raw_timeline_page (raw, bench->long_id, PAGE);
  koers_bench_raw_timeline_page (raw, bench->typical_id, PAGE);
  koers_bench_raw_search (raw, "\"huisw\"*");
  koers_bench_raw_search (raw, "\"agenda\"* \"vrijdag\"*");
  return koers_bench_now_ms () - start;
}

static gboolean
measure_engine (Bench   *bench,
                GError **error)
{
  g_autofree char *plain_path = g_build_filename (bench->dir, "plain.db", NULL);
  g_autoptr(KoersBenchRaw) encrypted = koers_bench_raw_open (bench->path, BENCH_PASSPHRASE, error);
  g_autoptr(KoersBenchRaw) plain = NULL;
  KoersBenchSeries *encryption = add_result (bench, "encrypted_vs_plain", -1, 1.5);
  KoersBenchSeries *app = add_result (bench, "app_vs_raw", -1, 1.2);
  g_autoptr(KoersBenchSeries) plain_mix = koers_bench_series_new ("plain", -1, -1);
  g_autoptr(KoersBenchSeries) raw_calls = koers_bench_series_new ("raw", -1, -1);
  KoersEntryQuery page = { .limit = PAGE };

  if (encrypted == NULL || !koers_bench_raw_export_plain (encrypted, plain_path, error) ||
      (plain = koers_bench_raw_open (plain_path, NULL, error)) == NULL)
    return FALSE;

  /* Interleaved, so a busy moment of the machine hits both sides alike. */
  for (guint i = 0; i <= bench->runs; i++)
    {
      double e = raw_mix (bench, encrypted);
      double p = raw_mix (bench, plain);

      if (i > 0)
        {
          koers_bench_series_add (encryption, e);
          koers_bench_series_add (plain_mix, p);
        }
    }
  encryption->baseline_ms = koers_bench_series_median (plain_mix);

  /* The timeline and search calls of the core against the same SQL bare. */
  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = koers_bench_now_ms ();
      g_autoptr(GPtrArray) entries = koers_store_list_entries (bench->store, bench->long_id, &page, error);
      g_autoptr(GPtrArray) prefix = koers_store_search_entries (bench->store, "huisw", FALSE, PAGE, error);
      g_autoptr(GPtrArray) words = koers_store_search_entries (bench->store, "agenda vrijdag", FALSE, PAGE, error);
      double ours = koers_bench_now_ms () - start;

      if (entries == NULL || prefix == NULL || words == NULL)
        return FALSE;
      start = koers_bench_now_ms ();
      koers_bench_raw_timeline_page (encrypted, bench->long_id, PAGE);
      koers_bench_raw_search (encrypted, "\"huisw\"*");
      koers_bench_raw_search (encrypted, "\"agenda\"* \"vrijdag\"*");
      if (i > 0)
        {
          koers_bench_series_add (app, ours);
          koers_bench_series_add (raw_calls, koers_bench_now_ms () - start);
        }
    }
  app->baseline_ms = koers_bench_series_median (raw_calls);
  return TRUE;
}

/* Report */

static void
add_notebook (Bench       *bench,
              JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "notebook");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "students");
  json_builder_add_int_value (builder, bench->students);
  json_builder_set_member_name (builder, "entries_per_student");
  json_builder_add_int_value (builder, bench->entries);
  json_builder_set_member_name (builder, "long_history_entries");
  json_builder_add_int_value (builder, bench->quick ? QUICK_LONG_HISTORY : LONG_HISTORY);
  json_builder_set_member_name (builder, "entries");
  json_builder_add_int_value (builder, koers_store_count_entries (bench->store, 0, NULL));
  json_builder_set_member_name (builder, "quick");
  json_builder_add_boolean_value (builder, bench->quick);
  json_builder_end_object (builder);
}

static void
print_json (Bench *bench)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  koers_bench_machine_to_json (builder);
  add_notebook (bench, builder);
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < bench->results->len; i++)
    koers_bench_series_to_json (bench->results->pdata[i], builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  text = koers_bench_json_to_data (root);
  g_print ("%s\n", text);
}

static gboolean
run (Bench   *bench,
     GError **error)
{
  if (!generate (bench, error))
    return FALSE;
  if (!measure_unlock (bench, error))
    return FALSE;
  bench->store = koers_store_open (bench->path, BENCH_PASSPHRASE, error);
  if (bench->store == NULL)
    return FALSE;
  return find_students (bench, error) &&
         measure_students_list (bench, error) &&
         measure_timeline (bench, error) &&
         measure_search (bench, error) &&
         measure_overview (bench, error) &&
         measure_import (bench, error) &&
         measure_goal_cards (bench, error) &&
         measure_engine (bench, error);
}

int
koers_cli_command_bench (KoersCliOptions  *options,
                         int               argc,
                         char            **argv)
{
  g_autoptr(GError) error = NULL;
  gboolean quick = FALSE, json = FALSE;
  int students = -1, entries = -1;
  Bench bench = { 0 };
  int status = EXIT_OK;
  GOptionEntry option_entries[] = {
    { "students", 0, 0, G_OPTION_ARG_INT, &students, N_("Students in the generated school (default 2000; 200 with --quick)"), N_("N") },
    { "entries-per-student", 0, 0, G_OPTION_ARG_INT, &entries, N_("Timeline entries per student (default 100; 20 with --quick)"), N_("M") },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, N_("A small school and few runs: seconds instead of minutes"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object instead of a table"), NULL },
    { NULL }
  };

  if (!koers_cli_parse_command_options ("bench", option_entries, &argc, &argv, 0, &error))
    return koers_cli_usage_error (error->message);
  /* Two at least: the long history and one of the others. */
  if (students == 0 || students == 1 || students > 100000 || entries > 100000)
    return koers_cli_usage_error (_("--students takes a number from 2 to 100000, --entries-per-student one from 0 to 100000."));

  bench.quick = quick;
  bench.students = students > 0 ? (guint) students : quick ? 200 : 2000;
  bench.entries = entries >= 0 ? (guint) entries : quick ? 20 : 100;
  bench.runs = quick ? 5 : 30;
  bench.results = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_bench_series_free);
  bench.dir = g_dir_make_tmp ("koers-bench-XXXXXX", &error);
  if (bench.dir == NULL)
    return koers_cli_fail (error);
  bench.path = g_build_filename (bench.dir, "school.db", NULL);

  if (!json)
    g_printerr (_("Generating %u students with %u entries each and measuring; this takes a while…\n"),
                bench.students, bench.entries);
  if (!run (&bench, &error))
    status = koers_cli_fail (error);
  else if (json)
    print_json (&bench);
  else
    koers_bench_print_table (bench.results);

  g_clear_object (&bench.store);
  koers_bench_remove_dir (bench.dir);
  g_free (bench.dir);
  g_free (bench.path);
  g_ptr_array_unref (bench.results);
  return status;
}
