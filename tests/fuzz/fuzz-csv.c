/* fuzz-csv.c: class lists from a school administration system, as hostile input
 *
 * Any bytes either parse into a class list or give an error with a message. A list
 * that parses is imported into a fresh notebook, which must stay sound and hold
 * exactly the students the import reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "koers-class-list.h"
#include "koers-fuzz.h"

static char *template_path;
static char *notebook_path;

static void
read_list (KoersClassList *list)
{
  GPtrArray *students = koers_class_list_get_students (list);
  guint n_columns = koers_class_list_get_n_columns (list);

  /* What the import page shows of a list before it is imported. */
  if (koers_class_list_get_encoding (list) == NULL || koers_class_list_get_separator_name (list) == NULL)
    koers_fuzz_fail ("a parsed list without encoding or separator");
  for (guint i = 0; i < n_columns; i++)
    {
      const char *header = koers_class_list_get_column_header (list, i);

      if (header == NULL || !g_utf8_validate (header, -1, NULL))
        koers_fuzz_fail ("column %u has no valid header", i);
      (void) koers_class_list_get_column_field (list, i);
    }
  for (guint i = 0; i < students->len; i++)
    {
      KoersStudent *student = g_ptr_array_index (students, i);
      const char *name = koers_student_get_display_name (student);

      if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
        koers_fuzz_fail ("student %u has no valid name", i);
      if (koers_class_list_get_student_line (list, i) == 0)
        koers_fuzz_fail ("student %u has no line", i);
    }
}

static void
import_list (KoersClassList *list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_fuzz_open_copy (template_path, notebook_path);
  guint imported = 0, updated = 0, count;

  if (!koers_class_list_import (list, store, &imported, &updated, &error))
    {
      /* A failed import imports nothing. */
      if (error == NULL || *error->message == '\0')
        koers_fuzz_fail ("an import failed without a message");
      if (koers_store_count_students (store, NULL) != 0)
        koers_fuzz_fail ("a failed import left students behind");
    }
  else
    {
      count = koers_store_count_students (store, NULL);
      if (count != imported)
        koers_fuzz_fail ("imported %u students, the notebook has %u", imported, count);
      if (imported + updated != koers_class_list_get_students (list)->len)
        koers_fuzz_fail ("%u + %u students for a list of %u", imported, updated,
                         koers_class_list_get_students (list)->len);
    }
  koers_fuzz_assert_sound (store);
  koers_store_close (store);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  static const char warm_up[] = "Leerlingnummer;Roepnaam;Achternaam;Klas\n1;Anna;Jansen;2A\n";

  template_path = g_build_filename (koers_fuzz_dir (), "template.db", NULL);
  notebook_path = g_build_filename (koers_fuzz_dir (), "notebook.db", NULL);
  koers_fuzz_create_notebook (template_path);
  /* Types and caches made once for the process, so a leak check sees only an input's own. */
  LLVMFuzzerTestOneInput ((const uint8_t *) warm_up, strlen (warm_up));
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersClassList) list = koers_class_list_parse (bytes, &error);

  if (list == NULL)
    {
      if (error == NULL || *error->message == '\0' || !g_utf8_validate (error->message, -1, NULL))
        koers_fuzz_fail ("a list was refused without a readable message");
      return 0;
    }

  read_list (list);
  import_list (list);
  return 0;
}
