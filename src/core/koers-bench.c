/* koers-bench.c: timings and their report, shared by koers-cli bench and the
 * GUI benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-bench.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "koers-i18n.h"

KoersBenchSeries *
koers_bench_series_new (const char *name,
                        double      target_ms,
                        double      target_ratio)
{
  KoersBenchSeries *series = g_new0 (KoersBenchSeries, 1);

  series->name = g_strdup (name);
  series->samples = g_array_new (FALSE, FALSE, sizeof (double));
  series->baseline_ms = -1;
  series->target_ms = target_ms;
  series->target_ratio = target_ratio;
  return series;
}

void
koers_bench_series_free (KoersBenchSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->name);
  g_array_unref (series->samples);
  g_free (series);
}

void
koers_bench_series_add (KoersBenchSeries *series,
                        double            ms)
{
  g_array_append_val (series->samples, ms);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static GArray *
sorted_samples (KoersBenchSeries *series)
{
  GArray *sorted = g_array_copy (series->samples);

  g_array_sort (sorted, compare_doubles);
  return sorted;
}

double
koers_bench_series_percentile (KoersBenchSeries *series,
                               double            percent)
{
  g_autoptr(GArray) sorted = sorted_samples (series);
  guint rank;

  if (sorted->len == 0)
    return 0;
  rank = (guint) ceil ((percent / 100.0) * sorted->len);
  rank = CLAMP (rank, 1, sorted->len);
  return g_array_index (sorted, double, rank - 1);
}

double
koers_bench_series_median (KoersBenchSeries *series)
{
  g_autoptr(GArray) sorted = sorted_samples (series);
  guint n = sorted->len;

  if (n == 0)
    return 0;
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

double
koers_bench_series_ratio (KoersBenchSeries *series)
{
  return series->baseline_ms > 0 ? koers_bench_series_median (series) / series->baseline_ms : 0;
}

gboolean
koers_bench_series_meets_target (KoersBenchSeries *series)
{
  if (series->target_ms >= 0 && koers_bench_series_median (series) >= series->target_ms)
    return FALSE;
  if (series->target_ratio >= 0 && koers_bench_series_ratio (series) > series->target_ratio)
    return FALSE;
  return TRUE;
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

void
koers_bench_series_to_json (KoersBenchSeries *series,
                            JsonBuilder      *builder)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, series->name);
  add_number (builder, "median_ms", koers_bench_series_median (series));
  add_number (builder, "p95_ms", koers_bench_series_percentile (series, 95));
  json_builder_set_member_name (builder, "runs");
  json_builder_add_int_value (builder, series->samples->len);
  if (series->baseline_ms >= 0)
    {
      add_number (builder, "baseline_ms", series->baseline_ms);
      add_number (builder, "ratio", koers_bench_series_ratio (series));
    }
  if (series->target_ms >= 0)
    add_number (builder, "target_ms", series->target_ms);
  if (series->target_ratio >= 0)
    add_number (builder, "target_ratio", series->target_ratio);
  if (series->target_ms >= 0 || series->target_ratio >= 0)
    {
      json_builder_set_member_name (builder, "meets_target");
      json_builder_add_boolean_value (builder, koers_bench_series_meets_target (series));
    }
  json_builder_end_object (builder);
}

static const char *
table_header (void)
{
  return "                        median ms     p95 ms   runs    base ms    ratio  target";
}

void
koers_bench_print_table (GPtrArray *series)
{
  g_print ("%s\n", table_header ());
  for (guint i = 0; i < series->len; i++)
    {
      g_autofree char *line = koers_bench_series_to_line (series->pdata[i]);

      g_print ("%s\n", line);
    }
}

void
koers_bench_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        koers_bench_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

char *
koers_bench_series_to_line (KoersBenchSeries *series)
{
  GString *line = g_string_new (NULL);
  g_autoptr(GString) target = g_string_new (NULL);

  if (series->target_ratio >= 0)
    g_string_append_printf (target, "ratio ≤ %.1f", series->target_ratio);
  if (series->target_ms >= 0)
    g_string_append_printf (target, "%s< %.0f ms", target->len > 0 ? ", " : "", series->target_ms);

  g_string_append_printf (line, "%-22s %10.3f %10.3f %6u", series->name,
                          koers_bench_series_median (series),
                          koers_bench_series_percentile (series, 95), series->samples->len);
  if (series->baseline_ms >= 0)
    g_string_append_printf (line, " %10.3f %8.2f", series->baseline_ms, koers_bench_series_ratio (series));
  else
    g_string_append_printf (line, " %10s %8s", "", "");
  if (target->len > 0)
    g_string_append_printf (line, "  %s %s", target->str,
                            koers_bench_series_meets_target (series) ? _("met") : _("MISSED"));
  return g_string_free (line, FALSE);
}

/* The value after "@key:" or "@key=" on the first line of @path that starts with
 * @key, unquoted; NULL when there is none. */
static char *
value_in_file (const char *path,
               const char *key)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      {
        char *value = g_strdup (lines[i] + strlen (key));

        g_strdelimit (value, "\":=\t", ' ');
        return g_strstrip (value);
      }
  return NULL;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "unknown");
}

void
koers_bench_machine_to_json (JsonBuilder *builder)
{
  g_autofree char *cpu = value_in_file ("/proc/cpuinfo", "model name");
  g_autofree char *memory = value_in_file ("/proc/meminfo", "MemTotal");
  g_autofree char *os = value_in_file ("/etc/os-release", "PRETTY_NAME");

  json_builder_set_member_name (builder, "machine");
  json_builder_begin_object (builder);
  add_string (builder, "cpu", cpu);
  json_builder_set_member_name (builder, "cores");
  json_builder_add_int_value (builder, g_get_num_processors ());
  add_string (builder, "memory", memory);
  add_string (builder, "os", os);
  add_string (builder, "sqlite", sqlite3_libversion ());
  json_builder_end_object (builder);
}

double
koers_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
tidy_number (const GMatchInfo *match,
             GString          *result,
             gpointer          user_data)
{
  g_autofree char *number = g_match_info_fetch (match, 0);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.3f", g_ascii_strtod (number, NULL));
  g_string_append (result, buffer);
  return FALSE;
}

char *
koers_bench_json_to_data (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GRegex) long_number = g_regex_new ("(?<=\" : )-?[0-9]+\\.[0-9]{4,}(e-?[0-9]+)?(?=,?$)", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  return g_regex_replace_eval (long_number, text, -1, 0, 0, tidy_number, NULL, NULL);
}
