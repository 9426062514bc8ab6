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
#include <glib/gstdio.h>
#include <math.h>

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
  char   *name;
  GArray *samples;        /* double, milliseconds */
  double  baseline_ms;    /* < 0: none */
  double  target_ms;      /* < 0: none */
  double  target_ratio;   /* < 0: none */
} Result;

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

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
result_free (Result *result)
{
  g_free (result->name);
  g_array_unref (result->samples);
  g_free (result);
}

static Result *
add_result (Bench      *bench,
            const char *name,
            double      target_ms,
            double      target_ratio)
{
  Result *result = g_new0 (Result, 1);

  result->name = g_strdup (name);
  result->samples = g_array_new (FALSE, FALSE, sizeof (double));
  result->baseline_ms = -1;
  result->target_ms = target_ms;
  result->target_ratio = target_ratio;
  g_ptr_array_add (bench->results, result);
  return result;
}

static void
add_sample (Result *result,
            double  ms)
{
  g_array_append_val (result->samples, ms);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The sample at @percent (nearest rank). */
static double
percentile (Result *result,
            double  percent)
{
  g_autoptr(GArray) sorted = g_array_copy (result->samples);
  guint rank;

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  rank = (guint) MAX (1.0, (percent / 100.0) * sorted->len + 0.999999);
  return g_array_index (sorted, double, MIN (rank, sorted->len) - 1);
}

static double
median (Result *result)
{
  g_autoptr(GArray) sorted = g_array_copy (result->samples);
  guint n = sorted->len;

  if (n == 0)
    return 0;
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static double
ratio (Result *result)
{
  return result->baseline_ms > 0 ? median (result) / result->baseline_ms : 0;
}

static gboolean
meets_target (Result *result)
{
  if (result->target_ms >= 0 && median (result) >= result->target_ms)
    return FALSE;
  if (result->target_ratio >= 0 && ratio (result) > result->target_ratio)
    return FALSE;
  return TRUE;
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
  /* The target for 2,000 students with 100 entries; a quick run has none. */
  Result *result = add_result (bench, "generate", bench->quick ? -1 : 60000, -1);
  double start = now_ms ();
  g_autoptr(KoersStore) store = koers_store_create (bench->path, BENCH_PASSPHRASE, error);

  if (store == NULL || !koers_synthetic_fill (store, &spec, NULL, NULL, error))
    return FALSE;
  add_sample (result, now_ms () - start);
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
  Result *unlock = add_result (bench, "unlock", 1000, -1);
  Result *kdf = add_result (bench, "unlock_kdf", -1, -1);
  /* What koers-cli waits for: the check before anything else. */
  Result *checked = add_result (bench, "unlock_checked", -1, -1);

  {
    g_autoptr(KoersStore) store = koers_store_create (tiny, BENCH_PASSPHRASE, error);

    if (store == NULL)
      return FALSE;
    koers_store_close (store);
  }

  /* An empty notebook's unlock is all key derivation: the deliberate part. */
  for (guint i = 0; i < MAX (3u, bench->runs / 4); i++)
    {
      double start = now_ms ();
      g_autoptr(KoersStore) store = koers_store_open (tiny, BENCH_PASSPHRASE, error);

      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      add_sample (kdf, now_ms () - start);

      g_clear_object (&store);
      start = now_ms ();
      store = koers_store_open_with_flags (bench->path, BENCH_PASSPHRASE, KOERS_STORE_OPEN_SKIP_CHECK, error);
      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      add_sample (unlock, now_ms () - start);

      g_clear_object (&store);
      start = now_ms ();
      store = koers_store_open (bench->path, BENCH_PASSPHRASE, error);
      if (store == NULL)
        return FALSE;
      koers_store_count_students (store, NULL);
      add_sample (checked, now_ms () - start);
    }
  return TRUE;
}

static gboolean
measure_students_list (Bench   *bench,
                       GError **error)
{
  Result *result = add_result (bench, "students_list", 20, -1);

  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) students = koers_store_list_students (bench->store, NULL, error);

      if (students == NULL)
        return FALSE;
      if (i > 0)
        add_sample (result, now_ms () - start);
    }
  return TRUE;
}

static gboolean
time_first_page (Bench   *bench,
                 gint64   student_id,
                 Result  *result,
                 double  *median_ms,
                 GError **error)
{
  KoersEntryQuery query = { .limit = PAGE };

  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) entries = koers_store_list_entries (bench->store, student_id, &query, error);

      if (entries == NULL)
        return FALSE;
      if (i > 0)
        add_sample (result, now_ms () - start);
    }
  if (median_ms != NULL)
    *median_ms = median (result);
  return TRUE;
}

static gboolean
measure_timeline (Bench   *bench,
                  GError **error)
{
  Result *page = add_result (bench, "timeline_first_page", 5, 2);
  Result typical = { .samples = g_array_new (FALSE, FALSE, sizeof (double)) };
  double typical_ms = 0;
  gboolean ok;

  ok = time_first_page (bench, bench->typical_id, &typical, &typical_ms, error) &&
       time_first_page (bench, bench->long_id, page, NULL, error);
  g_array_unref (typical.samples);
  page->baseline_ms = typical_ms;
  return ok;
}

static gboolean
measure_search (Bench   *bench,
                GError **error)
{
  static const char * const queries[] = { "huisw", "agenda vrijdag" };
  Result *all = add_result (bench, "search", 15, -1);
  Result *each[] = { add_result (bench, "search_prefix", 15, -1),
                     add_result (bench, "search_two_words", 15, -1) };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (guint i = 0; i <= bench->runs; i++)
      {
        double start = now_ms ();
        g_autoptr(GPtrArray) hits = koers_store_search_entries (bench->store, queries[q], FALSE, PAGE, error);
        double ms = now_ms () - start;

        if (hits == NULL)
          return FALSE;
        if (i == 0)
          continue;
        add_sample (all, ms);
        add_sample (each[q], ms);
      }
  return TRUE;
}

static gboolean
measure_overview (Bench   *bench,
                  GError **error)
{
  Result *result = add_result (bench, "overview", 50, -1);

  for (guint i = 0; i <= MAX (3u, bench->runs / 2); i++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) items = koers_store_get_overview (bench->store, NULL, error);

      if (items == NULL)
        return FALSE;
      if (i > 0)
        add_sample (result, now_ms () - start);
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
  Result *result = add_result (bench, "import_csv", 1000, -1);
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
      start = now_ms ();
      list = koers_class_list_parse (csv, error);
      if (list == NULL || !koers_class_list_import (list, store, &imported, NULL, error))
        return FALSE;
      add_sample (result, now_ms () - start);
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
  Result *result = add_result (bench, "goal_cards_pdf", 1000, -1);
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pdf = g_build_filename (bench->dir, "cards.pdf", NULL);

  if (!collect_goals (bench, students, goals, error))
    return FALSE;
  for (guint i = 0; i <= (bench->quick ? 2u : 5u); i++)
    {
      double start = now_ms ();

      if (!koers_goal_cards_write_pdf (pdf, KOERS_CARD_LAYOUT_A4, students, goals, NULL, error))
        return FALSE;
      if (i > 0)
        add_sample (result, now_ms () - start);
    }
  return TRUE;
}

/* The query mix the encryption is weighed on: a sidebar, two timeline pages, two searches. */
static double
raw_mix (Bench         *bench,
         KoersBenchRaw *raw)
{
  double start = now_ms ();

  koers_bench_raw_students (raw);
  koers_bench_raw_timeline_page (raw, bench->long_id, PAGE);
  koers_bench_raw_timeline_page (raw, bench->typical_id, PAGE);
  koers_bench_raw_search (raw, "\"huisw\"*");
  koers_bench_raw_search (raw, "\"agenda\"* \"vrijdag\"*");
  return now_ms () - start;
}

static gboolean
measure_engine (Bench   *bench,
                GError **error)
{
  g_autofree char *plain_path = g_build_filename (bench->dir, "plain.db", NULL);
  g_autoptr(KoersBenchRaw) encrypted = koers_bench_raw_open (bench->path, BENCH_PASSPHRASE, error);
  g_autoptr(KoersBenchRaw) plain = NULL;
  Result *encryption = add_result (bench, "encrypted_vs_plain", -1, 1.5);
  Result *app = add_result (bench, "app_vs_raw", -1, 1.2);
  Result plain_mix = { .samples = g_array_new (FALSE, FALSE, sizeof (double)) };
  Result raw_calls = { .samples = g_array_new (FALSE, FALSE, sizeof (double)) };
  KoersEntryQuery page = { .limit = PAGE };
  gboolean ok = FALSE;

  if (encrypted == NULL || !koers_bench_raw_export_plain (encrypted, plain_path, error) ||
      (plain = koers_bench_raw_open (plain_path, NULL, error)) == NULL)
    goto out;

  /* Interleaved, so a busy moment of the machine hits both sides alike. */
  for (guint i = 0; i <= bench->runs; i++)
    {
      double e = raw_mix (bench, encrypted);
      double p = raw_mix (bench, plain);

      if (i > 0)
        {
          add_sample (encryption, e);
          add_sample (&plain_mix, p);
        }
    }
  encryption->baseline_ms = median (&plain_mix);

  /* The timeline and search calls of the core against the same SQL bare. */
  for (guint i = 0; i <= bench->runs; i++)
    {
      double start = now_ms ();
      g_autoptr(GPtrArray) entries = koers_store_list_entries (bench->store, bench->long_id, &page, error);
      g_autoptr(GPtrArray) prefix = koers_store_search_entries (bench->store, "huisw", FALSE, PAGE, error);
      g_autoptr(GPtrArray) words = koers_store_search_entries (bench->store, "agenda vrijdag", FALSE, PAGE, error);
      double ours = now_ms () - start;

      if (entries == NULL || prefix == NULL || words == NULL)
        goto out;
      start = now_ms ();
      koers_bench_raw_timeline_page (encrypted, bench->long_id, PAGE);
      koers_bench_raw_search (encrypted, "\"huisw\"*");
      koers_bench_raw_search (encrypted, "\"agenda\"* \"vrijdag\"*");
      if (i > 0)
        {
          add_sample (app, ours);
          add_sample (&raw_calls, now_ms () - start);
        }
    }
  app->baseline_ms = median (&raw_calls);
  ok = TRUE;

out:
  g_array_unref (plain_mix.samples);
  g_array_unref (raw_calls.samples);
  return ok;
}

/* Report */

static char *
first_line_after (const char *path,
                  const char *prefix)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        const char *value = lines[i] + strlen (prefix);

        while (*value == ' ' || *value == '\t' || *value == ':' || *value == '=' || *value == '"')
          value++;
        return g_strdup (g_strchomp (g_strdelimit (g_strdup (value), "\"", ' ')));
      }
  return NULL;
}

static void
add_machine (Bench       *bench,
             JsonBuilder *builder)
{
  g_autofree char *cpu = first_line_after ("/proc/cpuinfo", "model name");
  g_autofree char *memory = first_line_after ("/proc/meminfo", "MemTotal");
  g_autofree char *os = first_line_after ("/etc/os-release", "PRETTY_NAME");

  json_builder_set_member_name (builder, "machine");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cpu");
  json_builder_add_string_value (builder, cpu != NULL ? cpu : "unknown");
  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  json_builder_set_member_name (builder, "memory");
  json_builder_add_string_value (builder, memory != NULL ? memory : "unknown");
  json_builder_set_member_name (builder, "os");
  json_builder_add_string_value (builder, os != NULL ? os : "unknown");
  json_builder_set_member_name (builder, "sqlite");
  json_builder_add_string_value (builder, sqlite3_libversion ());
  json_builder_end_object (builder);

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
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  /* Three decimals: microseconds, no false precision. */
  json_builder_add_double_value (builder, round (value * 1000) / 1000);
}

static void
print_json (Bench *bench)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  add_machine (bench, builder);
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < bench->results->len; i++)
    {
      Result *result = bench->results->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, result->name);
      add_number (builder, "median_ms", median (result));
      add_number (builder, "p95_ms", percentile (result, 95));
      json_builder_set_member_name (builder, "runs");
      json_builder_add_int_value (builder, result->samples->len);
      if (result->baseline_ms >= 0)
        {
          add_number (builder, "baseline_ms", result->baseline_ms);
          add_number (builder, "ratio", ratio (result));
        }
      if (result->target_ms >= 0)
        add_number (builder, "target_ms", result->target_ms);
      if (result->target_ratio >= 0)
        add_number (builder, "target_ratio", result->target_ratio);
      if (result->target_ms >= 0 || result->target_ratio >= 0)
        {
          json_builder_set_member_name (builder, "meets_target");
          json_builder_add_boolean_value (builder, meets_target (result));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_table (Bench *bench)
{
  g_print ("%-22s %10s %10s %6s %10s %8s  %s\n", "", "median ms", "p95 ms", "runs", "base ms", "ratio", _("target"));
  for (guint i = 0; i < bench->results->len; i++)
    {
      Result *result = bench->results->pdata[i];
      g_autofree char *target = NULL;

      if (result->target_ratio >= 0)
        target = g_strdup_printf ("ratio ≤ %.1f", result->target_ratio);
      if (result->target_ms >= 0)
        {
          g_autofree char *before = g_steal_pointer (&target);

          target = g_strdup_printf ("%s%s< %.0f ms", before != NULL ? before : "", before != NULL ? ", " : "",
                                    result->target_ms);
        }
      g_print ("%-22s %10.3f %10.3f %6u", result->name, median (result), percentile (result, 95),
               result->samples->len);
      if (result->baseline_ms >= 0)
        g_print (" %10.3f %8.2f", result->baseline_ms, ratio (result));
      else
        g_print (" %10s %8s", "", "");
      if (target != NULL)
        g_print ("  %s %s", target, meets_target (result) ? _("met") : _("MISSED"));
      g_print ("\n");
    }
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
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
  if (students == 0 || students > 100000 || entries > 100000)
    return koers_cli_usage_error (_("--students takes a number from 1 to 100000, --entries-per-student one from 0 to 100000."));

  bench.quick = quick;
  bench.students = students > 0 ? (guint) students : quick ? 200 : 2000;
  bench.entries = entries >= 0 ? (guint) entries : quick ? 20 : 100;
  bench.runs = quick ? 5 : 30;
  bench.results = g_ptr_array_new_with_free_func ((GDestroyNotify) result_free);
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
    print_table (&bench);

  g_clear_object (&bench.store);
  remove_dir (bench.dir);
  g_free (bench.dir);
  g_free (bench.path);
  g_ptr_array_unref (bench.results);
  return status;
}
