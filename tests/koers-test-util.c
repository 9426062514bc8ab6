/* koers-test-util.c: shared helpers of the Koers test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include "koers-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

char *
koers_test_tmpdir_new (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("koers-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_recursively (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  if (children != NULL)
    {
      GFile *child;

      while (g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
        remove_recursively (child);
    }

  g_file_delete (file, NULL, NULL);
}

void
koers_test_tmpdir_free (char *dir)
{
  g_autoptr(GFile) file = NULL;

  if (dir == NULL)
    return;

  file = g_file_new_for_path (dir);
  remove_recursively (file);
  g_free (dir);
}

gboolean
koers_test_file_contains (const char *path,
                          const char *needle)
{
  g_autofree char *contents = NULL;
  gsize len = 0, needle_len = strlen (needle);

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;

  return memmem (contents, len, needle, needle_len) != NULL;
}

static char *
path_in_env_dir (const char *env,
                 const char *name)
{
  const char *dir = g_getenv (env);

  if (dir == NULL)
    g_error ("%s is not set; run the tests through `meson test`", env);

  return g_build_filename (dir, name, NULL);
}

char *
koers_test_sample_path (const char *name)
{
  return path_in_env_dir ("KOERS_SAMPLES_DIR", name);
}

char *
koers_test_data_path (const char *name)
{
  return path_in_env_dir ("KOERS_TEST_DATA_DIR", name);
}

void
koers_test_assert_audited (KoersStore *store,
                           const char *action,
                           const char *what,
                           const char *student_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = koers_store_list_audit (store, &error);
  KoersAuditRecord *newest;

  g_assert_no_error (error);
  g_assert_cmpuint (log->len, >, 0);
  newest = g_ptr_array_index (log, 0);
  g_assert_cmpstr (newest->action, ==, action);
  g_assert_cmpstr (newest->what, ==, what);
  g_assert_cmpstr (newest->student_ids, ==, student_ids);
}

gboolean
koers_test_wait_until (gboolean (*condition) (gpointer data),
                       gpointer  data,
                       guint     timeout_seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}
