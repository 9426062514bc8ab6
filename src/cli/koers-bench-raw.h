/* koers-bench-raw.h: the benchmark's baselines, bare SQLite with no Koers between
 *
 * The same SQL the core runs, written out with plain sqlite3 calls on a
 * connection of the benchmark's own: what the engine costs without our layers
 * (app_vs_raw), and with and without encryption (encrypted_vs_plain).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef struct _KoersBenchRaw KoersBenchRaw;

/* Opens @path with @passphrase (NULL: an unencrypted file) and the settings
 * Koers's own connections use. */
KoersBenchRaw *koers_bench_raw_open          (const char     *path,
                                              const char     *passphrase,
                                              GError        **error);
void           koers_bench_raw_free          (KoersBenchRaw  *raw);
/* Writes an unencrypted copy of the keyed notebook to @plain_path. */
gboolean       koers_bench_raw_export_plain  (KoersBenchRaw  *raw,
                                              const char     *plain_path,
                                              GError        **error);
/* The newest @limit entries of a student, every column read. Returns the rows. */
guint          koers_bench_raw_timeline_page (KoersBenchRaw  *raw,
                                              gint64          student_id,
                                              guint           limit);
/* A full-text query as the core builds it ("huisw"*), the best 50 with snippets. */
guint          koers_bench_raw_search        (KoersBenchRaw  *raw,
                                              const char     *fts_query);
/* Every student who is not archived, in the sidebar's order. */
guint          koers_bench_raw_students      (KoersBenchRaw  *raw);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersBenchRaw, koers_bench_raw_free)

G_END_DECLS
