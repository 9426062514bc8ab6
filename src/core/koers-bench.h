/* koers-bench.h: timings and their report, shared by koers-cli bench and the
 * GUI benchmark (docs/performance.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One measurement: its samples in milliseconds, an optional baseline (ratio =
 * median / baseline) and the targets it is held to. */
typedef struct
{
  char   *name;
  GArray *samples;        /* double */
  double  baseline_ms;    /* < 0: none */
  double  target_ms;      /* < 0: none; the median must stay below it */
  double  target_ratio;   /* < 0: none; the ratio must not exceed it */
} KoersBenchSeries;

KoersBenchSeries *koers_bench_series_new       (const char       *name,
                                                double            target_ms,
                                                double            target_ratio);
void              koers_bench_series_free      (KoersBenchSeries *series);
void              koers_bench_series_add       (KoersBenchSeries *series,
                                                double            ms);
double            koers_bench_series_median    (KoersBenchSeries *series);
/* The sample at @percent, nearest rank. */
double            koers_bench_series_percentile (KoersBenchSeries *series,
                                                double            percent);
/* 0 without a baseline. */
double            koers_bench_series_ratio     (KoersBenchSeries *series);
gboolean          koers_bench_series_meets_target (KoersBenchSeries *series);
/* {"name", "median_ms", "p95_ms", "runs"[, "baseline_ms", "ratio"][, "target_ms"]
 *  [, "target_ratio"][, "meets_target"]} */
void              koers_bench_series_to_json   (KoersBenchSeries *series,
                                                JsonBuilder      *builder);
/* One line of a table: name, median, p95, runs, baseline, ratio, target. */
char             *koers_bench_series_to_line   (KoersBenchSeries *series);
/* The header and a line for each KoersBenchSeries of @series, on stdout. */
void              koers_bench_print_table      (GPtrArray        *series);

/* Removes the benchmark's temporary folder @dir with everything in it. */
void              koers_bench_remove_dir       (const char       *dir);

/* Adds "machine": {"cpu", "cores", "memory", "os", "sqlite"} to the open object. */
void              koers_bench_machine_to_json  (JsonBuilder      *builder);

/* @root as pretty JSON, each number with at most three decimals: JsonGenerator
 * writes 575.47400000000005 for 575.474. */
char             *koers_bench_json_to_data     (JsonNode         *root);

/* Milliseconds on the monotonic clock. */
double            koers_bench_now_ms           (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersBenchSeries, koers_bench_series_free)

G_END_DECLS
