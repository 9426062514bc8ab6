/* koers-synthetic.h: a large invented notebook, the same for the same seed
 *
 * The demo (koers-demo.h) is twenty hand-written students to try Koers with; this
 * is a school's worth of generated ones to measure Koers with (koers-cli demo
 * --students N, koers-cli bench).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint       students;
  guint       entries_per_student;
  guint32     seed;
  /* The first student gets this many entries instead (0: the same as the others):
   * the long history a benchmark pages through. */
  guint       first_student_entries;
  /* ISO date the notebook is written up to; NULL: today. The same seed and date
   * give the same notebook. */
  const char *today;
} KoersSyntheticSpec;

/* Called now and then with the students written so far. */
typedef void (*KoersSyntheticProgress) (guint    done,
                                        guint    total,
                                        gpointer user_data);

/* Adds the students, their timelines (entry kinds, lengths and follow-ups in
 * the proportions of a real school), goals, parent meetings, signal checklists
 * and absence to @store, which should be empty. */
gboolean koers_synthetic_fill (KoersStore               *store,
                               const KoersSyntheticSpec *spec,
                               KoersSyntheticProgress    progress,
                               gpointer                  user_data,
                               GError                  **error);

G_END_DECLS
