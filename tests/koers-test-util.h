/* koers-test-util.h: shared helpers of the Koers test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* A fresh folder under the test's temp dir, removed with everything in it by
 * koers_test_tmpdir_free(). */
char *koers_test_tmpdir_new  (void);
void  koers_test_tmpdir_free (char *dir);

/* TRUE when @needle's bytes occur anywhere in the file, as `grep -c` would find them. */
gboolean koers_test_file_contains (const char *path,
                                   const char *needle);

char *koers_test_sample_path (const char *name);

/* Fails unless the newest line of @store's audit log is @action of @what for
 * @student_ids ("3" or "3,5"). */
void koers_test_assert_audited (KoersStore *store,
                                const char *action,
                                const char *what,
                                const char *student_ids);
char *koers_test_data_path   (const char *name);

/* Runs the default main context until @condition holds; FALSE when
 * @timeout_seconds pass first (GUI tests wait for windows and threads). */
gboolean koers_test_wait_until (gboolean (*condition) (gpointer data),
                                gpointer  data,
                                guint     timeout_seconds);

G_END_DECLS
G_END_DECLS
