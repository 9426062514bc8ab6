/* koers-fuzz.c: the fuzz targets' temporary folder and notebooks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "koers-fuzz.h"
#include "koers-store-private.h"

static char *fuzz_dir;

static void
remove_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (fuzz_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fuzz_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

const char *
koers_fuzz_dir (void)
{
  if (fuzz_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      fuzz_dir = g_dir_make_tmp ("koers-fuzz-XXXXXX", &error);
      if (fuzz_dir == NULL)
        koers_fuzz_fail ("no temporary folder: %s", error->message);
      atexit (remove_dir);
    }
  return fuzz_dir;
}

void
koers_fuzz_create_notebook (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;

  koers_store_remove_files (path);
  store = koers_store_create (path, KOERS_FUZZ_KEY, &error);
  if (store == NULL)
    koers_fuzz_fail ("could not create %s: %s", path, error->message);
  /* One file, so a copy of it is the whole notebook. */
  koers_store_exec (store, "PRAGMA journal_mode = DELETE", NULL);
}

KoersStore *
koers_fuzz_open_copy (const char *template_path,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  KoersStore *store;

  koers_store_remove_files (path);
  if (!g_file_get_contents (template_path, &contents, &length, &error) ||
      !g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, &error))
    koers_fuzz_fail ("could not copy %s: %s", template_path, error->message);

  store = koers_store_open (path, KOERS_FUZZ_KEY, &error);
  if (store == NULL)
    koers_fuzz_fail ("could not open %s: %s", path, error->message);
  return store;
}

void
koers_fuzz_assert_sound (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!koers_store_check (store, &problems, &error))
    koers_fuzz_fail ("the check could not run: %s", error->message);
  if (problems->len > 0)
    koers_fuzz_fail ("the notebook is not sound: %s", (const char *) problems->pdata[0]);
}

void
koers_fuzz_fail (const char *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  fputs ("koers-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}
