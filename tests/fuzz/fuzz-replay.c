/* fuzz-replay.c: runs a fuzz target over files, as a TAP test
 *
 * Without libFuzzer (gcc builds, the sanitizer build) the corpus and every input
 * that once failed are replayed through the same LLVMFuzzerTestOneInput. Arguments
 * are files or folders (every file in them, in name order).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "koers-fuzz.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && strcmp (name, "README.md") != 0)
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--tap") != 0)
      collect (argv[i], files);
  g_ptr_array_sort (files, compare_paths);

  LLVMFuzzerInitialize (&argc, &argv);
  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_path_get_basename (path);

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, name, error->message);
          continue;
        }
      /* A crash or an abort ends the program: meson counts that as the failure. */
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      printf ("ok %u - %s\n", i + 1, name);
      fflush (stdout);
    }
  return files->len > 0 ? 0 : 1;
}
