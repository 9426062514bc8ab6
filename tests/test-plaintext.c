/* test-plaintext.c: no student data reaches the disk unencrypted
 *
 * Writes known names and a sensitive sentence through the store and the
 * class-list import, then searches the notebook, its journal files, its backups,
 * a package and the temp folder for them, byte for byte, while the notebook is
 * open and after closing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "koers-class-list.h"
#include "koers-demo.h"
#include "koers-store.h"
#include "koers-test-util.h"

#define PASS "correct horse battery"
#define SECRET_NOTE "Thuis is het onrustig sinds de verhuizing"
#define SECRET_ENTRY "Vader vertelt over schulden en een deurwaarder"
#define SECRET_SIGNAL "Slaapt sinds de brand bij een oom"
#define SECRET_TRUST "Vertrouwt alleen de conciërge"
#define SECRET_QUESTION "Moeten we Veilig Thuis inschakelen"

static const char * const needles[] = {
  "Lotte", "van der Meer", "104216", "Verbeek", "Yilmaz", "2012-04-30",
  "b.jansen@example.org", SECRET_NOTE, "onrustig", SECRET_ENTRY, "deurwaarder",
  SECRET_SIGNAL, SECRET_TRUST, "conciërge", SECRET_QUESTION, "Veilig Thuis",
};

static void
assert_no_plaintext (const char *db_path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;

      for (guint n = 0; n < G_N_ELEMENTS (needles); n++)
        {
          if (koers_test_file_contains (path, needles[n]))
            g_error ("“%s” is readable in %s", needles[n], path);
        }
    }
}

static void
assert_dir_empty (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

  g_assert_nonnull (d);
  g_assert_null (g_dir_read_name (d));
}

static void
test_no_plaintext (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = koers_test_tmpdir_new ();
  g_autofree char *tmp = g_build_filename (dir, "tmp", NULL);
  g_autofree char *db = g_build_filename (dir, "notebook.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GPtrArray) students = NULL;
  const char *samples[] = { "klas-2a.csv", "groep-mbo-zorg.csv" };
  KoersStudentQuery lotte_query = { .search = "lotte" };
  KoersStudent *lotte;

  /* Any temp file SQLite made would land here. */
  g_assert_cmpint (g_mkdir (tmp, 0700), ==, 0);
  g_setenv ("TMPDIR", tmp, TRUE);
  g_setenv ("SQLITE_TMPDIR", tmp, TRUE);

  store = koers_store_create (db, PASS, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = koers_test_sample_path (samples[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KoersClassList) list = koers_class_list_parse_file (file, NULL, &error);

      g_assert_no_error (error);
      koers_class_list_import (list, store, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  koers_demo_fill (store, &error);
  g_assert_no_error (error);

  students = koers_store_list_students (store, &lotte_query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (students->len, ==, 1);
  lotte = g_ptr_array_index (students, 0);
  koers_student_set_notes (lotte, SECRET_NOTE);
  koers_store_save_student (store, lotte, &error);
  g_assert_no_error (error);

  /* Timeline text also lands in the full-text index: both must be ciphertext. */
  {
    g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_PARENT_CONTACT);

    koers_entry_set_student_id (entry, koers_student_get_id (lotte));
    koers_entry_set_date (entry, "2026-11-02");
    koers_entry_set_text (entry, SECRET_ENTRY);
    koers_entry_set_sensitive (entry, TRUE);
    koers_entry_set_followup_text (entry, "Zorgcoördinator inlichten over de deurwaarder");
    koers_store_save_entry (store, entry, &error);
    g_assert_no_error (error);
  }

  /* A signal checklist's notes and reflection: as private as the timeline. */
  {
    g_autoptr(KoersChecklistTemplate) card = koers_store_get_template_by_key (store, "signalenkaart-jong-doet-mee", &error);
    g_autoptr(KoersChecklist) checklist = NULL;

    g_assert_no_error (error);
    checklist = koers_checklist_new_from_template (card);
    koers_checklist_set_student_id (checklist, koers_student_get_id (lotte));
    koers_checklist_set_answer (checklist, 26, KOERS_SIGNAL_SEEN_OFTEN);
    koers_checklist_set_note (checklist, 26, SECRET_SIGNAL);
    koers_checklist_set_trusted (checklist, SECRET_TRUST);
    koers_store_save_checklist (store, checklist, &error);
    g_assert_no_error (error);
  }

  /* While open, the write-ahead log holds the newest pages: it must be ciphertext too. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_no_plaintext (db);

  koers_store_close (store);
  assert_no_plaintext (db);
  assert_dir_empty (tmp);

  /* And the data really is in there: reopening finds the note. */
  g_clear_object (&store);
  g_clear_pointer (&students, g_ptr_array_unref);
  store = koers_store_open (db, PASS, &error);
  g_assert_no_error (error);
  students = koers_store_list_students (store, &lotte_query, &error);
  g_assert_cmpstr (koers_student_get_notes (g_ptr_array_index (students, 0)), ==, SECRET_NOTE);
  {
    g_autoptr(GPtrArray) hits = koers_store_search_entries (store, "deurwaarder", TRUE, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
  }
  {
    g_autoptr(GPtrArray) checklists = koers_store_list_checklists (store, koers_student_get_id (g_ptr_array_index (students, 0)), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (checklists->len, ==, 1);
    g_assert_cmpstr (koers_checklist_get_trusted (g_ptr_array_index (checklists, 0)), ==, SECRET_TRUST);
  }

  /* A leerlingbespreking's question is as private as the rest. */
  {
    g_autoptr(KoersCareMeeting) meeting = koers_care_meeting_new ();

    koers_care_meeting_set_date (meeting, "2026-12-09");
    koers_care_meeting_add_student (meeting, koers_student_get_id (g_ptr_array_index (students, 0)),
                                    SECRET_QUESTION);
    g_assert_true (koers_store_save_care_meeting (store, meeting, &error));
    g_assert_no_error (error);
  }

  /* What leaves the notebook's file encrypted: a backup, the day's automatic one,
   * and a package with the sensitive notes in it. */
  {
    g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
    g_autofree char *package = g_build_filename (dir, "klas.koers", NULL);
    g_autoptr(GPtrArray) backups = NULL;
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    KoersPackageOptions options = { 0 };
    KoersPackageReport report = { 0 };
    gint64 id = koers_student_get_id (g_ptr_array_index (students, 0));

    g_assert_true (koers_store_backup (store, PASS, backup, &error));
    g_assert_no_error (error);
    assert_no_plaintext (backup);
    g_assert_true (koers_store_auto_backup (store, PASS, NULL, KOERS_BACKUP_KEEP_DAILY,
                                            KOERS_BACKUP_KEEP_WEEKLY, NULL, &error));
    backups = koers_store_list_backups (db, &error);
    g_assert_cmpuint (backups->len, ==, 1);
    assert_no_plaintext (backups->pdata[0]);

    g_array_append_val (ids, id);
    options.student_ids = ids;
    options.include_sensitive = TRUE;
    g_assert_true (koers_store_export_package (store, &options, package, "pakket-wachtwoord", &report, &error));
    g_assert_no_error (error);
    koers_package_report_clear (&report);
    assert_no_plaintext (package);
  }
  koers_store_close (store);
  assert_no_plaintext (db);
  assert_dir_empty (tmp);

  koers_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plaintext/notebook-and-journal", test_no_plaintext);
  return g_test_run ();
}
