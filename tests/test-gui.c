/* test-gui.c: the real window, driven through its widgets and actions
 *
 * Runs under Xvfb (see tests/meson.build). One notebook's life: first run,
 * create with a passphrase, import klas-2a.csv through the preview, find a
 * student by search, lock, fail to unlock with a wrong passphrase, unlock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem: a PDF holds NUL bytes */
#include <string.h>

#include <adwaita.h>

#include "koers-date.h"
#include "koers-synthetic.h"
#include "koers-fake-session.h"
#include "koers-gui-test-util.h"
#include "koers-test-util.h"
#include "koers-window-private.h"
#include "care/koers-care-meeting-view-private.h"
#include "care/koers-care-meetings-window-private.h"
#include "goals/koers-goal-cards-dialog.h"
#include "packages/koers-package-export-dialog-private.h"
#include "packages/koers-package-import.h"
#include "goals/koers-goal-editor-private.h"
#include "goals/koers-goal-evaluation-private.h"
#include "goals/koers-goals-view-private.h"
#include "meetings/koers-meeting-agenda-section-private.h"
#include "meetings/koers-meeting-editor-private.h"
#include "meetings/koers-meeting-mode-private.h"
#include "meetings/koers-meeting-plan-section-private.h"
#include "meetings/koers-meeting-sheet-dialog.h"
#include "meetings/koers-meetings-view-private.h"
#include "notebook/koers-create-page-private.h"
#include "notebook/koers-passphrase-dialog.h"
#include "notebook/koers-unlock-page-private.h"
#include "notebook/koers-welcome-page-private.h"
#include "students/koers-import-dialog-private.h"
#include "students/koers-attendance-group-private.h"
#include "students/koers-student-row.h"
#include "students/koers-student-sidebar-private.h"
#include "timeline/koers-entry-editor.h"
#include "referrals/koers-referrals-window.h"
#include "timeline/koers-entry-row-private.h"
#include "timeline/koers-timeline-view-private.h"

#define PASSPHRASE "Mijn klas heeft 28 leerlingen!"
/* Creating and opening run SQLCipher's slow KDF (and, with sanitizers, slower). */
#define TIMEOUT_SECONDS 60

typedef gboolean (*Condition) (gpointer data);

typedef struct
{
  char             *tmpdir;
  char             *db_path;
  KoersApplication *app;
  KoersWindow      *window;
  KoersFakeSession *session;   /* /gui/session-lock only */
} Fixture;

/* Helpers */

/* Runs the main loop until @condition holds; FALSE when the time is up. */
static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  if (!koers_test_wait_until (condition, data, TIMEOUT_SECONDS))
    return FALSE;

  /* Let the widgets settle (rows mapped, headers set). */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return TRUE;
}

static guint
count_rows (KoersWindow *window)
{
  return koers_student_sidebar_get_n_shown (koers_window_get_sidebar (window));
}

typedef struct
{
  KoersWindow *window;
  const char  *page;
  guint        n_rows;
} Expectation;

static gboolean
page_is (gpointer data)
{
  Expectation *expected = data;

  return g_strcmp0 (koers_window_get_visible_page_name (expected->window), expected->page) == 0;
}

static gboolean
rows_are (gpointer data)
{
  Expectation *expected = data;

  return count_rows (expected->window) == expected->n_rows;
}

static gboolean
unlock_done (gpointer data)
{
  KoersWindow *window = data;
  KoersUnlockPage *page = koers_window_get_unlock_page (window);

  return !koers_unlock_page_get_busy (page) &&
         gtk_widget_get_visible (GTK_WIDGET (koers_unlock_page_get_error_label (page)));
}

static gboolean
weak_pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
assert_page (KoersWindow *window,
             const char  *page)
{
  Expectation expected = { window, page, 0 };

  if (!wait_until (page_is, &expected))
    g_error ("Expected the %s page, the window shows %s", page,
             koers_window_get_visible_page_name (window));
}

static void
assert_rows (KoersWindow *window,
             guint        n_rows)
{
  Expectation expected = { window, NULL, n_rows };

  if (!wait_until (rows_are, &expected))
    g_error ("Expected %u students in the list, it shows %u", n_rows, count_rows (window));
}

typedef struct
{
  KoersTimelineView *timeline;
  guint              n_entries;
} TimelineExpectation;

static gboolean
timeline_shows (gpointer data)
{
  TimelineExpectation *expected = data;

  return g_list_model_get_n_items (koers_timeline_view_get_model (expected->timeline)) == expected->n_entries;
}

static void
assert_timeline (KoersTimelineView *timeline,
                 guint              n_entries)
{
  TimelineExpectation expected = { timeline, n_entries };

  if (!wait_until (timeline_shows, &expected))
    g_error ("Expected %u entries in the timeline, it shows %u", n_entries,
             g_list_model_get_n_items (koers_timeline_view_get_model (timeline)));
}

static gboolean
row_realised (gpointer data)
{
  return koers_timeline_view_get_row (data, 0) != NULL;
}

static KoersEntryRow *
get_first_row (KoersTimelineView *timeline)
{
  if (!wait_until (row_realised, timeline))
    g_error ("The timeline's first row is not shown");

  return koers_timeline_view_get_row (timeline, 0);
}

static gboolean
first_row_text_shown (gpointer data)
{
  KoersEntryRow *row = koers_timeline_view_get_row (data, 0);

  return row != NULL && gtk_widget_get_visible (GTK_WIDGET (koers_entry_row_get_text_label (row)));
}

static guint
count_store_entries (KoersWindow *window,
                     gint64       student_id)
{
  g_autoptr(GError) error = NULL;
  guint n = koers_store_count_entries (koers_window_get_store (window), student_id, &error);

  g_assert_no_error (error);
  return n;
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->tmpdir = koers_test_tmpdir_new ();
  fixture->db_path = g_build_filename (fixture->tmpdir, "notebooks", "klas.db", NULL);

  fixture->app = koers_application_new ();
  /* No clash with a Koers the developer has open. On a session bus each test's
   * application exports its own object path: the one before may still be alive. */
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  {
    static guint n_apps;
    g_autofree char *id = g_strdup_printf ("%s.Test%u", KOERS_APP_ID, ++n_apps);

    g_application_set_application_id (G_APPLICATION (fixture->app), id);
    g_application_set_resource_base_path (G_APPLICATION (fixture->app), "/io/github/koers/Koers");
  }
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);

  fixture->window = koers_window_new (fixture->app, fixture->db_path);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_true (wait_until (weak_pointer_cleared, &fixture->window));

  g_clear_object (&fixture->app);
  g_free (fixture->db_path);
  koers_test_tmpdir_free (fixture->tmpdir);
  g_clear_pointer (&fixture->session, koers_fake_session_stop);
}

/* The same, with a GNOME session on the bus before the application starts: GTK
 * looks for one only then. */
static void
fixture_set_up_session (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->session = koers_fake_session_start (&error);
  if (fixture->session == NULL)
    g_test_message ("No session bus: %s", error->message);
  fixture_set_up (fixture, user_data);
}

/* Tests */

static void
create_notebook (Fixture *fixture)
{
  KoersWindow *window = fixture->window;
  KoersCreatePage *create_page = koers_window_get_create_page (window);
  GtkEditable *passphrase = koers_create_page_get_passphrase_entry (create_page);
  GtkEditable *repeat = koers_create_page_get_repeat_entry (create_page);
  GtkWidget *create_button = koers_create_page_get_create_button (create_page);

  /* First run: no notebook yet, so the welcome page. */
  assert_page (window, "welcome");
  gtk_widget_activate (koers_welcome_page_get_create_button (koers_window_get_welcome_page (window)));
  assert_page (window, "create");

  /* A weak passphrase is allowed; two that differ are not. */
  gtk_editable_set_text (passphrase, "kort");
  gtk_editable_set_text (repeat, "korT");
  g_assert_false (gtk_widget_get_sensitive (create_button));
  gtk_editable_set_text (repeat, "kort");
  g_assert_true (gtk_widget_get_sensitive (create_button));

  gtk_editable_set_text (passphrase, PASSPHRASE);
  gtk_editable_set_text (repeat, PASSPHRASE);
  g_assert_true (gtk_widget_get_sensitive (create_button));
  gtk_widget_activate (create_button);

  assert_page (window, "main");
  g_assert_nonnull (koers_window_get_store (window));
  g_assert_true (g_file_test (fixture->db_path, G_FILE_TEST_IS_REGULAR));
  /* The passphrase does not stay in the entries. */
  g_assert_cmpstr (gtk_editable_get_text (passphrase), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (repeat), ==, "");

  g_assert_cmpstr (koers_student_sidebar_get_visible_state (koers_window_get_sidebar (window)), ==, "empty");
}

static void
import_class_list (Fixture *fixture)
{
  KoersWindow *window = fixture->window;
  g_autofree char *path = koers_test_sample_path ("klas-2a.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  dialog = koers_window_import_file (window, file);
  g_assert_true (KOERS_IS_IMPORT_DIALOG (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  gtk_widget_activate (koers_import_dialog_get_import_button (KOERS_IMPORT_DIALOG (dialog)));
  g_assert_true (wait_until (weak_pointer_cleared, &dialog));

  assert_rows (window, 6);
  g_assert_cmpstr (koers_student_sidebar_get_visible_state (koers_window_get_sidebar (window)), ==, "list");
}

static void
search_student (Fixture *fixture)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar = koers_window_get_sidebar (window);
  GtkEditable *search = koers_student_sidebar_get_search_entry (sidebar);
  KoersStudent *student;

  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  gtk_editable_set_text (search, "lotte");
  assert_rows (window, 1);

  student = koers_student_sidebar_get_shown (sidebar, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (koers_student_sidebar_get_list_view (sidebar))));
  g_assert_cmpstr (koers_student_get_display_name (student), ==, "Lotte van der Meer");

  /* Nothing found says so. */
  gtk_editable_set_text (search, "zzz");
  assert_rows (window, 0);
  g_assert_cmpstr (koers_student_sidebar_get_visible_state (sidebar), ==, "no-results");

  /* By student number too. */
  gtk_editable_set_text (search, "104213");
  assert_rows (window, 1);

  gtk_editable_set_text (search, "");
  assert_rows (window, 6);
}

static void
lock_and_unlock (Fixture *fixture)
{
  KoersWindow *window = fixture->window;
  KoersUnlockPage *unlock_page = koers_window_get_unlock_page (window);
  GtkEditable *passphrase = koers_unlock_page_get_passphrase_entry (unlock_page);
  GtkWidget *unlock_button = koers_unlock_page_get_unlock_button (unlock_page);
  GtkLabel *error_label = koers_unlock_page_get_error_label (unlock_page);
  g_autoptr(KoersStore) store = g_object_ref (koers_window_get_store (window));

  gtk_editable_set_text (koers_student_sidebar_get_search_entry (koers_window_get_sidebar (window)), "lotte");
  assert_rows (window, 1);

  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  g_assert_null (koers_window_get_store (window));
  g_assert_false (koers_store_is_open (store));
  /* No student stays behind in the list or the search. */
  g_assert_cmpuint (count_rows (window), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (koers_student_sidebar_get_search_entry (koers_window_get_sidebar (window))), ==, "");
  /* Locked, the notebook's actions are off. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "new-student"));

  /* A wrong passphrase: said so, the page stays, the entry is empty for a retry. */
  gtk_editable_set_text (passphrase, "not the passphrase");
  gtk_widget_activate (unlock_button);
  g_assert_true (wait_until (unlock_done, window));
  g_assert_cmpstr (koers_window_get_visible_page_name (window), ==, "unlock");
  g_assert_null (koers_window_get_store (window));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "Wrong passphrase"));
  g_assert_cmpstr (gtk_editable_get_text (passphrase), ==, "");

  /* The right one. */
  gtk_editable_set_text (passphrase, PASSPHRASE);
  gtk_widget_activate (unlock_button);
  assert_page (window, "main");
  g_assert_nonnull (koers_window_get_store (window));
  g_assert_cmpstr (gtk_editable_get_text (passphrase), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  assert_rows (window, 6);
}

static void
test_notebook_life (Fixture       *fixture,
                    gconstpointer  user_data)
{
  create_notebook (fixture);
  import_class_list (fixture);
  search_student (fixture);
  lock_and_unlock (fixture);
}

/* Archive leaves the list, Show Archived Students brings it back, Restore undoes it. */
static void
test_archive_restore (Fixture       *fixture,
                      gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  gint64 id;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);

  id = koers_student_get_id (koers_student_sidebar_get_shown (sidebar, 0));
  koers_student_sidebar_select_student (sidebar, id);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "archive-student"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "restore-student"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "archive-student", NULL);
  assert_rows (window, 5);
  g_assert_null (koers_student_sidebar_get_selected_student (sidebar));

  g_action_group_change_action_state (G_ACTION_GROUP (window), "show-archived",
                                      g_variant_new_boolean (TRUE));
  assert_rows (window, 6);
  koers_student_sidebar_select_student (sidebar, id);
  g_assert_true (koers_student_get_archived (koers_student_sidebar_get_selected_student (sidebar)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "restore-student"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "restore-student", NULL);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "show-archived",
                                      g_variant_new_boolean (FALSE));
  assert_rows (window, 6);
  g_assert_false (koers_student_get_archived (koers_student_sidebar_get_selected_student (sidebar)));
  g_assert_cmpint (koers_student_get_id (koers_student_sidebar_get_selected_student (sidebar)), ==, id);
}

/* A file that is no class list imports nothing and opens no preview. */
static void
test_import_unreadable (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "empty.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KoersWindow *window = fixture->window;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  create_notebook (fixture);
  g_assert_null (koers_window_import_file (window, file));
  assert_rows (window, 0);
}

/* The timeline: a note in seconds, filters, delete with undo, sensitive text hidden. */
/* Attendance over the last 4 weeks: 28 days always hold 20 school days, so at the
 * default 26 hours a week 104 hours are scheduled. */
static void
test_attendance (Fixture       *fixture,
                 gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersAttendanceGroup *group;
  KoersStore *store;
  KoersStudent *student;
  g_autoptr(KoersEntry) absence = NULL;
  g_autoptr(GDateTime) week_ago = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  store = koers_window_get_store (window);
  group = koers_student_page_get_attendance_group (koers_window_get_student_page (window));

  student = koers_student_sidebar_get_shown (sidebar, 0);
  koers_student_sidebar_select_student (sidebar, koers_student_get_id (student));
  koers_attendance_group_set_period (group, KOERS_ATTENDANCE_PERIOD_LAST_4_WEEKS);
  g_assert_cmpstr (koers_attendance_group_get_present_text (group), ==, "100% of 104.0 hours");

  /* A whole week of unauthorised absence: 26 of 104 hours. */
  week_ago = g_date_time_add_days (g_date_time_new_now_local (), -7);
  date = g_date_time_format (week_ago, "%Y-%m-%d");
  absence = koers_entry_new (KOERS_ENTRY_ABSENCE);
  koers_entry_set_student_id (absence, koers_student_get_id (student));
  koers_entry_set_date (absence, date);
  koers_entry_set_absence_amount (absence, 26);
  koers_store_save_entry (store, absence, &error);
  g_assert_no_error (error);
  koers_attendance_group_refresh (group);
  g_assert_cmpstr (koers_attendance_group_get_present_text (group), ==, "75% of 104.0 hours");

  /* The class's hours a week are the base, and are saved for the whole class. */
  koers_attendance_group_set_hours (group, 32);
  g_assert_cmpfloat_with_epsilon (koers_store_get_group_hours (store, "2A", &error), 32.0, 0.001);
  g_assert_cmpstr (koers_attendance_group_get_present_text (group), ==, "79% of 128.0 hours");

  /* Locking leaves no numbers behind. */
  koers_window_lock (window);
  g_assert_cmpstr (koers_attendance_group_get_present_text (group), ==, "");
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersTimelineView *timeline;
  GtkEditable *quick_entry;
  KoersEntryRow *entry_row;
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(KoersEntry) sensitive = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  KoersStudent *student;
  gint64 id;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  timeline = koers_student_page_get_timeline (koers_window_get_student_page (window));

  student = koers_student_sidebar_get_shown (sidebar, 0);
  id = koers_student_get_id (student);
  koers_student_sidebar_select_student (sidebar, id);
  assert_timeline (timeline, 0);
  g_assert_cmpstr (koers_timeline_view_get_visible_state (timeline), ==, "empty");

  /* Type, Enter: saved, the bar empty again for the next note. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "focus-note", NULL);
  quick_entry = koers_timeline_view_get_quick_entry (timeline);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (quick_entry)) ||
                 gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (quick_entry))));
  gtk_editable_set_text (quick_entry, "Kwam te laat, had zijn boeken niet bij zich");
  g_signal_emit_by_name (quick_entry, "activate");
  assert_timeline (timeline, 1);
  g_assert_cmpstr (gtk_editable_get_text (quick_entry), ==, "");
  g_assert_cmpstr (koers_timeline_view_get_visible_state (timeline), ==, "list");
  g_assert_cmpuint (count_store_entries (window, id), ==, 1);
  entry = g_list_model_get_item (koers_timeline_view_get_model (timeline), 0);
  g_assert_cmpstr (koers_entry_get_text (entry), ==, "Kwam te laat, had zijn boeken niet bij zich");
  g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_OBSERVATION);
  entry_row = get_first_row (timeline);
  g_assert_cmpstr (gtk_label_get_text (koers_entry_row_get_text_label (entry_row)), ==,
                   "Kwam te laat, had zijn boeken niet bij zich");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (koers_entry_row_get_month_label (entry_row))));
  uuid = g_strdup (koers_entry_get_uuid (entry));

  /* Filtered away: the empty state says so and offers to clear. */
  gtk_check_button_set_active (koers_timeline_view_get_kind_check (timeline, KOERS_ENTRY_OBSERVATION), FALSE);
  assert_timeline (timeline, 0);
  g_assert_cmpstr (koers_timeline_view_get_visible_state (timeline), ==, "no-match");
  g_assert_true (gtk_widget_get_sensitive (koers_timeline_view_get_clear_button (timeline)));
  gtk_widget_activate (koers_timeline_view_get_clear_button (timeline));
  assert_timeline (timeline, 1);
  g_assert_true (gtk_check_button_get_active (koers_timeline_view_get_kind_check (timeline, KOERS_ENTRY_OBSERVATION)));

  /* Delete through the row's action, then Undo on the toast. */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.delete-entry", "x", koers_entry_get_id (entry));
  assert_timeline (timeline, 0);
  g_assert_cmpuint (count_store_entries (window, id), ==, 0);
  g_assert_nonnull (koers_window_get_toast (window));
  g_signal_emit_by_name (koers_window_get_toast (window), "button-clicked");
  assert_timeline (timeline, 1);
  g_assert_cmpuint (count_store_entries (window, id), ==, 1);
  g_clear_object (&entry);
  entry = g_list_model_get_item (koers_timeline_view_get_model (timeline), 0);
  g_assert_cmpstr (koers_entry_get_uuid (entry), ==, uuid);
  g_assert_cmpstr (koers_entry_get_text (entry), ==, "Kwam te laat, had zijn boeken niet bij zich");

  /* A sensitive entry: marked, its text not in the row until asked for. */
  sensitive = koers_entry_new (KOERS_ENTRY_PARENT_CONTACT);
  koers_entry_set_student_id (sensitive, id);
  koers_entry_set_date (sensitive, koers_entry_get_date (entry));
  koers_entry_set_text (sensitive, "Moeder vertelt over de scheiding");
  koers_entry_set_sensitive (sensitive, TRUE);
  g_assert_true (koers_store_save_entry (koers_window_get_store (window), sensitive, &error));
  g_assert_no_error (error);
  koers_timeline_view_reload (timeline);
  assert_timeline (timeline, 2);
  g_clear_object (&entry);
  entry = g_list_model_get_item (koers_timeline_view_get_model (timeline), 0);
  g_assert_true (koers_entry_get_sensitive (entry));
  entry_row = get_first_row (timeline);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (koers_entry_row_get_text_label (entry_row))));
  g_assert_null (strstr (gtk_label_get_text (koers_entry_row_get_text_label (entry_row)), "scheiding"));
  g_assert_true (gtk_widget_get_visible (koers_entry_row_get_reveal_button (entry_row)));
  gtk_widget_activate (koers_entry_row_get_reveal_button (entry_row));
  g_assert_true (wait_until (first_row_text_shown, timeline));
  entry_row = get_first_row (timeline);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (koers_entry_row_get_text_label (entry_row))));
  g_assert_cmpstr (gtk_label_get_text (koers_entry_row_get_text_label (entry_row)), ==,
                   "Moeder vertelt over de scheiding");

  /* Every student's notes are searched from the sidebar, diacritics folded. */
  {
    KoersStudentSidebar *search_sidebar = koers_window_get_sidebar (window);
    GtkListBox *notes = koers_student_sidebar_get_notes_list_box (search_sidebar);
    g_autoptr(KoersEntry) noel = koers_entry_new (KOERS_ENTRY_POSITIVE);

    koers_entry_set_student_id (noel, id);
    koers_entry_set_date (noel, koers_entry_get_date (entry));
    koers_entry_set_text (noel, "Hielp Noël met de presentatie");
    g_assert_true (koers_store_save_entry (koers_window_get_store (window), noel, &error));
    g_assert_no_error (error);

    g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
    gtk_editable_set_text (koers_student_sidebar_get_search_entry (search_sidebar), "noel");
    g_signal_emit_by_name (koers_student_sidebar_get_search_entry (search_sidebar), "search-changed");
    g_assert_nonnull (gtk_list_box_get_row_at_index (notes, 0));
    g_assert_null (gtk_list_box_get_row_at_index (notes, 1));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (notes)));

    /* The sensitive note stays out of the search. */
    gtk_editable_set_text (koers_student_sidebar_get_search_entry (search_sidebar), "scheiding");
    g_signal_emit_by_name (koers_student_sidebar_get_search_entry (search_sidebar), "search-changed");
    g_assert_null (gtk_list_box_get_row_at_index (notes, 0));
    gtk_editable_set_text (koers_student_sidebar_get_search_entry (search_sidebar), "");
    g_signal_emit_by_name (koers_student_sidebar_get_search_entry (search_sidebar), "search-changed");
  }

  /* Locking forgets the timeline and what was revealed. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  g_assert_cmpuint (g_list_model_get_n_items (koers_timeline_view_get_model (timeline)), ==, 0);
}

static gboolean
toast_shown (gpointer data)
{
  return koers_window_get_toast (data) != NULL;
}

static gboolean
goals_shown (gpointer data)
{
  GPtrArray *goals = koers_goals_view_get_goals (data);

  return goals != NULL && goals->len == 1;
}

/* Goals: written through the editor, feedback with one click, a card as PDF, and an
 * evaluation that will not lower the goal before both questions are answered. */
static void
test_goals (Fixture       *fixture,
            gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersGoalsView *view;
  KoersGoalEditor *editor;
  KoersGoalEvaluation *evaluation;
  GtkWidget *seen;
  KoersGoal *shown;
  g_autoptr(KoersGoal) stored = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_length = 0;
  KoersGoalCardsDialog *cards_dialog;
  guint n_pages = 0;
  gint64 student_id, goal_id;
  KoersStore *store;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  store = koers_window_get_store (window);
  view = koers_student_page_get_goals (koers_window_get_student_page (window));

  student_id = koers_student_get_id (koers_student_sidebar_get_shown (sidebar, 0));
  koers_student_sidebar_select_student (sidebar, student_id);
  g_assert_cmpstr (koers_goals_view_get_visible_state (view), ==, "empty");

  /* Ctrl+G's action opens the editor; no title and no steps cannot be saved. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-goal", NULL);
  editor = KOERS_GOAL_EDITOR (koers_goals_view_get_dialog (view));
  g_assert_true (KOERS_IS_GOAL_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_false (gtk_widget_get_sensitive (koers_goal_editor_get_save_button (editor)));
  gtk_editable_set_text (koers_goal_editor_get_title_row (editor), "Ik begin rustig aan de les");
  g_assert_false (gtk_widget_get_sensitive (koers_goal_editor_get_save_button (editor)));
  gtk_editable_set_text (koers_goal_editor_get_step_row (editor, 0), "Ik hang mijn jas aan de kapstok");
  gtk_editable_set_text (koers_goal_editor_get_step_row (editor, 1), "Ik ga direct naar mijn plaats");
  gtk_editable_set_text (koers_goal_editor_get_step_row (editor, 2), "Ik ben stil als de les begint");
  g_assert_true (gtk_widget_get_sensitive (koers_goal_editor_get_save_button (editor)));
  gtk_widget_activate (koers_goal_editor_get_save_button (editor));
  g_assert_true (wait_until (weak_pointer_cleared, &editor));

  g_assert_true (wait_until (goals_shown, view));
  g_assert_cmpstr (koers_goals_view_get_visible_state (view), ==, "list");
  goals = koers_store_list_goals (store, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpuint (koers_goal_get_n_steps (goals->pdata[0]), ==, 3);
  g_assert_cmpint (koers_goal_get_status (goals->pdata[0]), ==, KOERS_GOAL_ACTIVE);
  goal_id = koers_goal_get_id (goals->pdata[0]);

  /* "Seen" on the first step: one feedback, dated today, and a toast. */
  seen = koers_goals_view_get_feedback_button (view, goal_id, 0, KOERS_FEEDBACK_SEEN);
  g_assert_nonnull (seen);
  g_signal_emit_by_name (seen, "clicked");
  feedback = koers_store_list_goal_feedback (store, goals->pdata[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feedback->len, ==, 1);
  g_assert_cmpuint (((KoersGoalFeedback *) feedback->pdata[0])->step, ==, 0);
  g_assert_cmpint (((KoersGoalFeedback *) feedback->pdata[0])->kind, ==, KOERS_FEEDBACK_SEEN);
  g_assert_true (wait_until (toast_shown, window));

  /* The card as PDF. */
  shown = koers_goals_view_get_goals (view)->pdata[0];
  pdf_path = g_build_filename (fixture->tmpdir, "kaart.pdf", NULL);
  cards_dialog = KOERS_GOAL_CARDS_DIALOG (koers_goals_view_open_card_dialog (view, koers_goal_get_id (shown)));
  g_assert_true (KOERS_IS_GOAL_CARDS_DIALOG (cards_dialog));
  g_assert_cmpint (koers_goal_cards_dialog_get_layout (cards_dialog), ==, KOERS_CARD_LAYOUT_A4);
  koers_goal_cards_dialog_set_layout (cards_dialog, KOERS_CARD_LAYOUT_A5_TWO_ON_A4);
  g_assert_true (koers_goal_cards_dialog_write_pdf (cards_dialog, pdf_path, &n_pages, &error));
  g_assert_no_error (error);
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, koers_goal_get_student_id (shown));

    koers_test_assert_audited (store, KOERS_AUDIT_EXPORT, "goal-cards-pdf", id);
  }
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
  g_assert_cmpuint (pdf_length, >, 4);
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  /* Two A5 cards on one A4 sheet: a landscape A4 page. */
  g_assert_nonnull (memmem (pdf, pdf_length, "/MediaBox [ 0 0 841.89 595.2", strlen ("/MediaBox [ 0 0 841.89 595.2")));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (cards_dialog), "cancel");
  /* The next card dialog starts from the layout chosen last. */
  cards_dialog = KOERS_GOAL_CARDS_DIALOG (koers_goals_view_open_card_dialog (view, koers_goal_get_id (shown)));
  g_assert_cmpint (koers_goal_cards_dialog_get_layout (cards_dialog), ==, KOERS_CARD_LAYOUT_A5_TWO_ON_A4);
  gtk_window_destroy (GTK_WINDOW (cards_dialog));

  /* Partly reached without answers: refused, and the window says why. */
  evaluation = KOERS_GOAL_EVALUATION (koers_goals_view_evaluate (view, goal_id, FALSE));
  g_assert_true (KOERS_IS_GOAL_EVALUATION (evaluation));
  g_object_add_weak_pointer (G_OBJECT (evaluation), (gpointer *) &evaluation);
  adw_combo_row_set_selected (koers_goal_evaluation_get_outcome_row (evaluation), 1);
  g_signal_emit_by_name (koers_goal_evaluation_get_done_button (evaluation), "clicked");
  g_assert_nonnull (evaluation);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (koers_goal_evaluation_get_error_label (evaluation))));
  g_assert_nonnull (strstr (gtk_label_get_text (koers_goal_evaluation_get_error_label (evaluation)), "what went well"));
  stored = koers_store_get_goal (store, goal_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_goal_get_status (stored), ==, KOERS_GOAL_ACTIVE);
  g_clear_object (&stored);

  /* With both answers: evaluated. */
  gtk_editable_set_text (koers_goal_evaluation_get_went_well_row (evaluation), "De jas hangt elke dag");
  gtk_editable_set_text (koers_goal_evaluation_get_adults_change_row (evaluation), "Mentor wacht bij de deur");
  gtk_widget_activate (koers_goal_evaluation_get_done_button (evaluation));
  g_assert_true (wait_until (weak_pointer_cleared, &evaluation));
  stored = koers_store_get_goal (store, goal_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_goal_get_status (stored), ==, KOERS_GOAL_EVALUATED);
  g_assert_cmpint (koers_goal_get_outcome (stored), ==, KOERS_GOAL_OUTCOME_PARTLY);

  /* Locking leaves no goal in the view. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  g_assert_null (koers_goals_view_get_goals (view));
  g_assert_cmpstr (koers_goals_view_get_visible_state (view), ==, "empty");
}

static gboolean
window_gone (gpointer data)
{
  return *(GtkWindow **) data == NULL;
}

static gboolean
meetings_listed (gpointer data)
{
  GPtrArray *meetings = koers_meetings_view_get_meetings (data);

  return meetings != NULL && meetings->len == 1;
}

/* A parent meeting prepared through the editor: the sensitive note asked onto the
 * agenda, meeting mode ticking an item and adding an agreement (an open follow-up
 * on the timeline), the preparation sheet saved, and the meeting marked held. */
static void
test_meetings (Fixture       *fixture,
               gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersMeetingsView *view;
  KoersMeetingEditor *editor;
  KoersMeetingPlanSection *plan;
  KoersMeetingAgendaSection *agenda;
  KoersMeetingMode *mode;
  KoersMeetingSheetDialog *sheet_dialog;
  KoersMeeting *meeting;
  g_autoptr(KoersEntry) secret = koers_entry_new (KOERS_ENTRY_OBSERVATION);
  g_autoptr(KoersMeeting) stored = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *dutch_date = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_length = 0;
  guint n_pages = 0;
  gint64 student_id, meeting_id;
  KoersEntryQuery query = { 0 };
  gboolean found_summary = FALSE;
  KoersStore *store;
  GDate today;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  store = koers_window_get_store (window);
  view = koers_student_page_get_meetings (koers_window_get_student_page (window));

  student_id = koers_student_get_id (koers_student_sidebar_get_shown (sidebar, 0));

  /* A sensitive note, linked below as an example of the worry. */
  koers_date_today (&today);
  date = koers_date_to_iso (&today);
  koers_entry_set_student_id (secret, student_id);
  koers_entry_set_date (secret, date);
  koers_entry_set_text (secret, "Thuis gaan de ouders uit elkaar");
  koers_entry_set_sensitive (secret, TRUE);
  g_assert_true (koers_store_save_entry (store, secret, &error));
  g_assert_no_error (error);

  koers_student_sidebar_select_student (sidebar, student_id);
  koers_student_page_show_meetings (koers_window_get_student_page (window));
  g_assert_cmpstr (koers_meetings_view_get_visible_state (view), ==, "empty");

  /* Prepare: a reason, today at 08:00 (finished the same day), planned. */
  editor = KOERS_MEETING_EDITOR (koers_meetings_view_open_meeting (view, 0));
  g_assert_true (KOERS_IS_MEETING_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  meeting = koers_meeting_editor_get_meeting (editor);
  plan = KOERS_MEETING_PLAN_SECTION (koers_meeting_editor_get_section (editor, "plan"));
  gtk_editable_set_text (koers_meeting_plan_section_get_reason_row (plan), "Zorgen over de werkhouding");
  dutch_date = koers_date_format_dutch (date);
  gtk_editable_set_text (koers_meeting_plan_section_get_date_row (plan), dutch_date);
  gtk_editable_set_text (koers_meeting_plan_section_get_time_row (plan), "8.00");
  adw_combo_row_set_selected (koers_meeting_plan_section_get_status_row (plan), 1);
  g_assert_cmpstr (koers_meeting_get_reason (meeting), ==, "Zorgen over de werkhouding");
  g_assert_cmpstr (koers_meeting_get_date (meeting), ==, date);
  g_assert_cmpstr (koers_meeting_get_time (meeting), ==, "08:00");
  g_assert_cmpint (koers_meeting_get_status (meeting), ==, KOERS_MEETING_PLANNED);
  /* Not an adult: no consent asked. */
  g_assert_false (gtk_widget_get_visible (koers_meeting_plan_section_get_consent_group (plan)));

  /* The sensitive example is not on the agenda: the agenda page says so, and one
   * click puts it there. */
  koers_meeting_link_entry (meeting, koers_entry_get_id (secret), KOERS_LINK_EXAMPLE, 0);
  koers_meeting_editor_show_section (editor, "agenda");
  agenda = KOERS_MEETING_AGENDA_SECTION (koers_meeting_editor_get_section (editor, "agenda"));
  g_assert_true (gtk_widget_get_visible (koers_meeting_agenda_section_get_sensitive_group (agenda)));
  g_assert_false (koers_meeting_is_on_agenda (meeting, koers_entry_get_id (secret)));
  g_signal_emit_by_name (koers_meeting_agenda_section_get_put_on_agenda_button (agenda, 0), "clicked");
  g_assert_true (koers_meeting_is_on_agenda (meeting, koers_entry_get_id (secret)));
  g_assert_false (gtk_widget_get_visible (koers_meeting_agenda_section_get_sensitive_group (agenda)));

  /* Meeting mode saves first; ticking the first item is stored at once. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.start-meeting", NULL);
  mode = KOERS_MEETING_MODE (koers_meeting_editor_get_meeting_mode (editor));
  g_assert_true (KOERS_IS_MEETING_MODE (mode));
  meeting_id = koers_meeting_get_id (meeting);
  g_assert_cmpint (meeting_id, >, 0);
  gtk_check_button_set_active (koers_meeting_mode_get_agenda_check (mode, 0), TRUE);
  stored = koers_store_get_meeting (store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_true (((KoersMeetingItem *) koers_meeting_get_agenda (stored)->pdata[0])->done);
  g_clear_object (&stored);

  /* One agreement with a few clicks: what, the parents, in two weeks. */
  gtk_editable_set_text (koers_meeting_mode_get_agreement_what (mode), "Elke avond de agenda samen bekijken");
  gtk_toggle_button_set_active (koers_meeting_mode_get_owner_button (mode, KOERS_OWNER_PARENT), TRUE);
  g_signal_emit_by_name (koers_meeting_mode_get_due_button (mode, KOERS_DUE_TWO_WEEKS), "clicked");
  g_assert_true (koers_meeting_mode_add_agreement (mode, &error));
  g_assert_no_error (error);
  followups = koers_store_list_open_followups (store, student_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followups->len, ==, 1);
  g_assert_cmpstr (koers_entry_get_followup_text (followups->pdata[0]), ==, "Elke avond de agenda samen bekijken");
  gtk_window_destroy (GTK_WINDOW (mode));

  /* The preparation sheet, with the agreement and without the sensitive note. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.print-preparation", NULL);
  sheet_dialog = KOERS_MEETING_SHEET_DIALOG (koers_meeting_editor_get_sheet_dialog (editor));
  g_assert_true (KOERS_IS_MEETING_SHEET_DIALOG (sheet_dialog));
  pdf_path = g_build_filename (fixture->tmpdir, "voorbereiding.pdf", NULL);
  g_assert_true (koers_meeting_sheet_dialog_write_pdf (sheet_dialog, pdf_path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  gtk_window_destroy (GTK_WINDOW (sheet_dialog));

  /* Held: the editor closes, the timeline gets the parent contact, the list moves it. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.mark-held", NULL);
  g_assert_true (wait_until (window_gone, &editor));
  stored = koers_store_get_meeting (store, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_meeting_get_status (stored), ==, KOERS_MEETING_HELD);
  query.kinds = KOERS_ENTRY_KIND_MASK (KOERS_ENTRY_PARENT_CONTACT);
  entries = koers_store_list_entries (store, student_id, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    found_summary |= koers_entry_get_id (entries->pdata[i]) == koers_meeting_get_summary_entry_id (stored);
  g_assert_true (found_summary);
  g_assert_true (wait_until (meetings_listed, view));
  g_assert_cmpstr (koers_meetings_view_get_visible_state (view), ==, "list");
  g_assert_true (wait_until (toast_shown, window));
}

static KoersReferralsWindow *
find_referrals_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (KOERS_IS_REFERRALS_WINDOW (window))
        return KOERS_REFERRALS_WINDOW (window);
    }
  return NULL;
}

static KoersEntry *
add_referral (KoersStore   *store,
              KoersStudent *student,
              int           referred_days_ago,
              int           feedback_in_days,
              gboolean      answered)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *due = NULL;
  KoersEntry *entry = koers_entry_new (KOERS_ENTRY_REFERRAL);
  GDate day;

  koers_date_today (&day);
  g_date_subtract_days (&day, referred_days_ago);
  date = koers_date_to_iso (&day);
  koers_date_today (&day);
  if (feedback_in_days >= 0)
    g_date_add_days (&day, feedback_in_days);
  else
    g_date_subtract_days (&day, -feedback_in_days);
  due = koers_date_to_iso (&day);

  koers_entry_set_student_id (entry, koers_student_get_id (student));
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, "Aangemeld bij het wijkteam voor steun thuis.");
  koers_entry_set_referral_to (entry, KOERS_REFERRAL_WIJKTEAM);
  koers_entry_set_referral_name (entry, "mevrouw De Vries");
  koers_entry_set_referral_feedback_due (entry, due);
  if (answered)
    {
      koers_entry_set_referral_feedback (entry, "Intake gehad.");
      koers_entry_set_referral_feedback_date (entry, date);
    }
  g_assert_true (koers_store_save_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

/* The open referrals across students, overdue first; a row leads to the timeline. */
static void
test_referrals (Fixture       *fixture,
                gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStore *store;
  KoersReferralsWindow *referrals;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(KoersEntry) overdue = NULL;
  g_autoptr(KoersEntry) later = NULL;
  g_autoptr(KoersEntry) answered = NULL;
  g_autoptr(GError) error = NULL;
  KoersStudent *first, *second, *shown;
  GPtrArray *rows;
  gint64 *ids;

  create_notebook (fixture);
  import_class_list (fixture);
  store = koers_window_get_store (window);
  students = koers_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (students, 0);
  second = g_ptr_array_index (students, 1);

  later = add_referral (store, first, 3, 11, FALSE);
  overdue = add_referral (store, second, 30, -6, FALSE);
  answered = add_referral (store, first, 40, -20, TRUE);

  g_action_group_activate_action (G_ACTION_GROUP (window), "referrals", NULL);
  referrals = find_referrals_window ();
  g_assert_nonnull (referrals);
  g_object_add_weak_pointer (G_OBJECT (referrals), (gpointer *) &referrals);

  rows = koers_referrals_window_get_rows (referrals, "overdue");
  g_assert_cmpuint (rows->len, ==, 1);
  ids = g_object_get_data (rows->pdata[0], "ids");
  g_assert_cmpint (ids[1], ==, koers_entry_get_id (overdue));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows->pdata[0]), "6 days past the date"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows->pdata[0]), "Wijkteam (mevrouw De Vries)"));
  rows = koers_referrals_window_get_rows (referrals, "waiting");
  g_assert_cmpuint (rows->len, ==, 1);
  ids = g_object_get_data (rows->pdata[0], "ids");
  g_assert_cmpint (ids[1], ==, koers_entry_get_id (later));
  g_assert_cmpuint (koers_referrals_window_get_rows (referrals, "undated")->len, ==, 0);

  /* Following the overdue one opens that student's timeline. */
  rows = koers_referrals_window_get_rows (referrals, "overdue");
  g_signal_emit_by_name (rows->pdata[0], "activated");
  shown = koers_student_page_get_student (koers_window_get_student_page (window));
  g_assert_nonnull (shown);
  g_assert_cmpint (koers_student_get_id (shown), ==, koers_student_get_id (second));

  /* Once the feedback is in, it is no longer open. */
  koers_entry_set_referral_feedback (overdue, "Wijkteam heeft contact gehad met moeder.");
  koers_entry_set_referral_feedback_date (overdue, koers_entry_get_date (overdue));
  g_assert_true (koers_store_save_entry (store, overdue, &error));
  g_assert_no_error (error);
  g_action_group_activate_action (G_ACTION_GROUP (window), "referrals", NULL);
  g_assert_cmpuint (koers_referrals_window_get_rows (referrals, "overdue")->len, ==, 0);
  g_assert_cmpuint (koers_referrals_window_get_rows (referrals, "waiting")->len, ==, 1);

  /* Locking closes it: nothing about students stays on screen. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  g_assert_true (wait_until (weak_pointer_cleared, &referrals));
}

/* The overview beside the students: its count on the sidebar, a row that leads to
 * the student's timeline at the entry, and nothing left after locking. */
static void
test_overview (Fixture       *fixture,
               gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar = koers_window_get_sidebar (window);
  KoersOverviewPage *page = koers_window_get_overview_page (window);
  KoersStore *store;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(KoersEntry) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  KoersStudent *second, *shown;
  GtkListBoxRow *row = NULL;
  GPtrArray *rows;

  create_notebook (fixture);
  import_class_list (fixture);
  store = koers_window_get_store (window);
  students = koers_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  second = g_ptr_array_index (students, 1);
  overdue = add_referral (store, second, 30, -6, FALSE);

  /* Choosing the Overview row shows the page, read afresh. */
  koers_student_sidebar_activate_shown (sidebar, 0);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (koers_student_sidebar_get_overview_row (sidebar))),
                         "row-activated", koers_student_sidebar_get_overview_row (sidebar));
  g_assert_true (koers_student_sidebar_get_overview_selected (sidebar));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (page)));

  /* Just imported: every student is new, so not quiet; the referral is past its date. */
  g_assert_cmpuint (koers_overview_page_get_count (page), ==, 1);
  count = g_strdup_printf ("%u", koers_overview_page_get_count (page));
  g_assert_cmpstr (gtk_label_get_text (koers_student_sidebar_get_overview_badge (sidebar)), ==, count);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (koers_student_sidebar_get_overview_badge (sidebar))));

  rows = koers_overview_page_get_rows (page);
  for (guint i = 0; i < rows->len; i++)
    {
      KoersOverviewItem *item = g_object_get_data (rows->pdata[i], "item");

      if (koers_overview_item_get_section (item) == KOERS_OVERVIEW_REFERRALS)
        {
          g_assert_cmpint (koers_overview_item_get_target_id (item), ==, koers_entry_get_id (overdue));
          row = rows->pdata[i];
        }
    }
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "No feedback yet from Wijkteam"));

  /* Following it opens the student's timeline at the referral. */
  g_signal_emit_by_name (row, "activated");
  g_assert_false (koers_student_sidebar_get_overview_selected (sidebar));
  g_assert_false (gtk_widget_get_child_visible (GTK_WIDGET (page)));
  shown = koers_student_page_get_student (koers_window_get_student_page (window));
  g_assert_nonnull (shown);
  g_assert_cmpint (koers_student_get_id (shown), ==, koers_student_get_id (second));
  g_assert_cmpstr (koers_student_page_get_view_name (koers_window_get_student_page (window)), ==, "timeline");

  /* Feedback recorded elsewhere: back on the overview, the row is gone. */
  koers_entry_set_referral_feedback (overdue, "Intake gehad.");
  koers_entry_set_referral_feedback_date (overdue, koers_entry_get_date (overdue));
  g_assert_true (koers_store_save_entry (store, overdue, &error));
  g_assert_no_error (error);
  koers_student_sidebar_show_overview (sidebar);
  g_assert_cmpuint (koers_overview_page_get_count (page), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (koers_student_sidebar_get_overview_badge (sidebar))));

  /* Locking empties it. */
  overdue = (g_object_unref (overdue), add_referral (store, second, 30, -6, FALSE));
  koers_overview_page_reload (page);
  g_assert_cmpuint (koers_overview_page_get_count (page), ==, 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  g_assert_cmpuint (koers_overview_page_get_count (page), ==, 0);
  g_assert_cmpuint (koers_overview_page_get_rows (page)->len, ==, 0);
}

static KoersCareMeetingsWindow *
find_care_meetings_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (KOERS_IS_CARE_MEETINGS_WINDOW (window))
        return KOERS_CARE_MEETINGS_WINDOW (window);
    }
  return NULL;
}

static guint
count_list_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static guint
count_kind (KoersStore     *store,
            KoersStudent   *student,
            KoersEntryKind  kind)
{
  g_autoptr(GError) error = NULL;
  KoersEntryQuery query = { .kinds = KOERS_ENTRY_KIND_MASK (kind) };
  g_autoptr(GPtrArray) entries = koers_store_list_entries (store, koers_student_get_id (student), &query, &error);

  g_assert_no_error (error);
  return entries->len;
}

static gboolean
is_button_with_data (GtkWidget     *widget,
                     gconstpointer  key)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), key) != NULL;
}

static void
keep_toast_cb (gpointer  view,
               AdwToast *toast,
               AdwToast **out)
{
  g_set_object (out, toast);
}

/* A leerlingbespreking run from the window: planned, students added by hand and
 * from the overview, the brief, the conclusion and a next step on the timeline,
 * deleted, and gone when the notebook locks. */
static void
test_care_meetings (Fixture       *fixture,
                    gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStore *store;
  KoersCareMeetingsWindow *care;
  KoersCareMeetingView *view;
  KoersCareMeeting *meeting;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KoersEntry) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  KoersStudent *first, *third;
  GtkTextBuffer *buffer;
  gint64 id;

  create_notebook (fixture);
  import_class_list (fixture);
  store = koers_window_get_store (window);
  students = koers_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (students, 0);
  third = g_ptr_array_index (students, 2);
  overdue = add_referral (store, third, 30, -6, FALSE);

  g_action_group_activate_action (G_ACTION_GROUP (window), "care-meetings", NULL);
  care = find_care_meetings_window ();
  g_assert_nonnull (care);
  g_object_add_weak_pointer (G_OBJECT (care), (gpointer *) &care);
  g_assert_cmpstr (koers_care_meetings_window_get_page_name (care), ==, "empty");

  koers_care_meetings_window_plan (care);
  g_assert_cmpstr (koers_care_meetings_window_get_page_name (care), ==, "meetings");
  g_assert_cmpuint (count_list_rows (koers_care_meetings_window_get_meetings_list (care)), ==, 1);
  view = koers_care_meetings_window_get_view (care);
  meeting = koers_care_meeting_view_get_meeting (view);
  g_assert_nonnull (meeting);
  id = koers_care_meeting_get_id (meeting);

  /* By hand, then the students of an overview section: the overdue referral. */
  id = koers_student_get_id (first);
  g_array_append_val (ids, id);
  koers_care_meeting_view_add_students (view, ids);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "care.add-section", "s", "referrals"));
  g_assert_cmpuint (count_list_rows (koers_care_meeting_view_get_students_list (view)), ==, 2);
  meeting = koers_care_meeting_view_get_meeting (view);
  g_assert_nonnull (koers_care_meeting_find_student (meeting, koers_student_get_id (third)));

  /* Taking the first one off the list can be undone, with its place. */
  g_signal_connect (view, "toast", G_CALLBACK (keep_toast_cb), &toast);
  g_signal_emit_by_name (koers_test_find_widget (GTK_WIDGET (gtk_list_box_get_row_at_index (
                                                    koers_care_meeting_view_get_students_list (view), 0)),
                                                  is_button_with_data, "student-id"), "clicked");
  g_assert_cmpuint (count_list_rows (koers_care_meeting_view_get_students_list (view)), ==, 1);
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (count_list_rows (koers_care_meeting_view_get_students_list (view)), ==, 2);
  meeting = koers_care_meeting_view_get_meeting (view);
  g_assert_cmpint (((KoersCareStudent *) g_ptr_array_index (koers_care_meeting_get_students (meeting), 0))->student_id,
                   ==, koers_student_get_id (first));

  /* The brief: every part under its heading, the referral among them. */
  koers_care_meeting_view_show_student (view, koers_student_get_id (third));
  g_assert_cmpstr (koers_care_meeting_view_get_page_name (view), ==, "student");
  {
    guint n_groups = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (koers_care_meeting_view_get_brief_box (view)));
         child != NULL; child = gtk_widget_get_next_sibling (child))
      n_groups++;
    g_assert_cmpuint (n_groups, ==, KOERS_N_BRIEF_PARTS);
  }

  /* Recording without a conclusion writes nothing; with one, it reaches the timeline. */
  g_signal_emit_by_name (koers_care_meeting_view_get_record_button (view), "clicked");
  g_assert_cmpuint (count_kind (store, third, KOERS_ENTRY_CARE_MEETING), ==, 0);
  buffer = gtk_text_view_get_buffer (koers_care_meeting_view_get_conclusion_view (view));
  gtk_text_buffer_set_text (buffer, "Wijkteam bellen voor terugkoppeling.", -1);
  g_signal_emit_by_name (koers_care_meeting_view_get_record_button (view), "clicked");
  g_assert_cmpuint (count_kind (store, third, KOERS_ENTRY_CARE_MEETING), ==, 1);

  gtk_editable_set_text (koers_care_meeting_view_get_step_row (view, 0), "Wijkteam bellen");
  gtk_editable_set_text (koers_care_meeting_view_get_step_row (view, 1), "zorgcoördinator");
  g_signal_emit_by_name (koers_care_meeting_view_get_add_step_button (view), "clicked");
  g_assert_cmpuint (count_list_rows (koers_care_meeting_view_get_steps_list (view)), ==, 1);
  followups = koers_store_list_open_followups (store, koers_student_get_id (third), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followups->len, ==, 1);
  g_assert_cmpstr (koers_entry_get_followup_owner (followups->pdata[0]), ==, "zorgcoördinator");

  /* To the student's timeline in the main window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "care.open-student", NULL));
  g_assert_cmpint (koers_student_get_id (koers_student_page_get_student (koers_window_get_student_page (window))),
                   ==, koers_student_get_id (third));

  /* Deleting the meeting keeps what it wrote on the timeline. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "care.delete", NULL));
  g_assert_cmpstr (koers_care_meetings_window_get_page_name (care), ==, "empty");
  g_assert_cmpuint (count_kind (store, third, KOERS_ENTRY_CARE_MEETING), ==, 1);

  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  g_assert_true (wait_until (weak_pointer_cleared, &care));
}

static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
imported_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* A class out through the export dialog (sensitive notes listed when ticked), and
 * the package back in through the passphrase dialog: a wrong passphrase asks
 * again, the right one reports what changed. */
static void
test_packages (Fixture       *fixture,
               gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStore *store;
  KoersPackageExportDialog *dialog;
  AdwMessageDialog *ask, *report;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(KoersEntry) secret = koers_entry_new (KOERS_ENTRY_STUDENT_TALK);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *today = koers_date_iso_days_ago (0);
  KoersStudent *first;
  guint imported = 0;

  create_notebook (fixture);
  import_class_list (fixture);
  store = koers_window_get_store (window);
  students = koers_store_list_students (store, NULL, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (students, 0);
  koers_entry_set_student_id (secret, koers_student_get_id (first));
  koers_entry_set_date (secret, today);
  koers_entry_set_text (secret, "Vertelt over de scheiding thuis.");
  koers_entry_set_sensitive (secret, TRUE);
  g_assert_true (koers_store_save_entry (store, secret, &error));
  g_assert_no_error (error);

  dialog = koers_package_export_dialog_new (GTK_WINDOW (window), store, koers_student_get_group (first));
  gtk_window_present (GTK_WINDOW (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpuint (koers_package_export_dialog_get_student_ids (dialog)->len, ==, students->len);

  /* A short or mistyped passphrase writes nothing. */
  path = g_build_filename (fixture->tmpdir, "klas.koers", NULL);
  koers_package_export_dialog_fill (dialog, "kort", "kort", FALSE, NULL);
  g_assert_false (koers_package_export_dialog_export_to (dialog, path));
  koers_package_export_dialog_fill (dialog, "pakket-geheim", "pakket-geheem", FALSE, NULL);
  g_assert_false (koers_package_export_dialog_export_to (dialog, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Ticking sensitive notes lists exactly those that go along. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (koers_package_export_dialog_get_sensitive_list (dialog))));
  koers_package_export_dialog_fill (dialog, "pakket-geheim", "pakket-geheim", TRUE, "J. Nieuw");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (koers_package_export_dialog_get_sensitive_list (dialog))));
  g_assert_cmpuint (count_list_rows (koers_package_export_dialog_get_sensitive_list (dialog)), ==, 1);

  g_assert_true (koers_package_export_dialog_export_to (dialog, path));
  g_assert_cmpstr (koers_package_export_dialog_get_page_name (dialog), ==, "done");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The handover is on this timeline too. */
  g_assert_cmpuint (count_kind (store, first, KOERS_ENTRY_HANDOVER), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (weak_pointer_cleared, &dialog));

  /* Back in: a wrong passphrase asks again and imports nothing. */
  ask = koers_package_import_path (GTK_WINDOW (window), store, path, imported_cb, &imported, NULL);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (ask), "passphrase"), "verkeerd-wachtwoord");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (ask), "passphrase"), "entry-activated");
  g_assert_cmpuint (imported, ==, 0);
  ask = find_message_dialog ("Import Package");
  g_assert_nonnull (ask);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ask), "passphrase"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (ask), "passphrase"), "pakket-geheim");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (ask), "passphrase"), "entry-activated");
  g_assert_cmpuint (imported, ==, 1);

  /* The same records again: nothing new, nothing changed. */
  report = find_message_dialog ("Package Imported");
  g_assert_nonnull (report);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (report), "Added 0, updated 0"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (report), "handover"));
  adw_message_dialog_response (report, "close");
  gtk_window_close (GTK_WINDOW (report));
}

static gboolean
check_done (gpointer data)
{
  return !koers_unlock_page_get_checking (koers_window_get_unlock_page (data));
}

static void
unlock_with (KoersWindow *window,
             const char  *passphrase_text)
{
  KoersUnlockPage *unlock_page = koers_window_get_unlock_page (window);

  gtk_editable_set_text (koers_unlock_page_get_passphrase_entry (unlock_page), passphrase_text);
  gtk_widget_activate (koers_unlock_page_get_unlock_button (unlock_page));
  assert_page (window, "main");
}

/* The day's backup on unlock, a new passphrase from the preferences (the current
 * one asked first), and a backup restored from there. */
static void
test_backups (Fixture       *fixture,
              gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) check = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *preferences;
  const char *new_passphrase = "een nieuwe wachtwoordzin";

  create_notebook (fixture);
  import_class_list (fixture);
  backups = koers_store_list_backups (fixture->db_path, &error);
  g_assert_cmpuint (backups->len, ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  unlock_with (window, PASSPHRASE);
  /* The main window comes first; the check of every page and the backup follow. */
  g_assert_true (koers_unlock_page_get_checking (koers_window_get_unlock_page (window)));
  g_assert_true (wait_until (check_done, window));
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = koers_store_list_backups (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_false (koers_test_file_contains (backups->pdata[0], "Lotte"));

  /* A student added after the backup, to see the restore take it away. */
  {
    g_autoptr(KoersStudent) student = koers_student_new ();

    koers_student_set_first_name (student, "Na");
    koers_student_set_last_name (student, "Backup");
    g_assert_true (koers_store_save_student (koers_window_get_store (window), student, &error));
  }

  /* A new passphrase: a wrong current one asks again, the right one rekeys. */
  preferences = koers_window_show_preferences (window);
  dialog = koers_passphrase_dialog_change (preferences, koers_window_get_store (window));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "current"), "verkeerd");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "new"), new_passphrase);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "repeat"), new_passphrase);
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (dialog), "repeat"), "entry-activated");
  dialog = find_message_dialog ("Change Passphrase");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not right"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "current"), PASSPHRASE);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "new"), new_passphrase);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "repeat"), new_passphrase);
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (dialog), "repeat"), "entry-activated");
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  check = koers_store_open (fixture->db_path, PASSPHRASE, &error);
  g_assert_null (check);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  unlock_with (window, new_passphrase);
  g_assert_cmpuint (koers_store_count_students (koers_window_get_store (window), NULL), ==, 7);

  /* A damaged notebook offers the latest backup on the unlock page. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  {
    g_autofree char *contents = NULL;
    gsize length = 0;
    KoersUnlockPage *unlock_page = koers_window_get_unlock_page (window);

    g_assert_true (g_file_get_contents (fixture->db_path, &contents, &length, &error));
    for (gsize i = 3 * 4096; i < 3 * 4096 + 64; i++)
      contents[i] ^= 0x5a;
    g_assert_true (g_file_set_contents (fixture->db_path, contents, (gssize) length, &error));
    gtk_editable_set_text (koers_unlock_page_get_passphrase_entry (unlock_page), new_passphrase);
    gtk_widget_activate (koers_unlock_page_get_unlock_button (unlock_page));
    g_assert_true (wait_until (unlock_done, window));
    g_assert_nonnull (strstr (gtk_label_get_text (koers_unlock_page_get_error_label (unlock_page)), "damaged"));
    g_assert_true (gtk_widget_get_visible (koers_unlock_page_get_restore_button (unlock_page)));
    g_signal_emit_by_name (koers_unlock_page_get_restore_button (unlock_page), "clicked");
    dialog = find_message_dialog ("Restore the Latest Backup?");
    g_assert_nonnull (dialog);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "passphrase"), PASSPHRASE);
    g_signal_emit_by_name (g_object_get_data (G_OBJECT (dialog), "passphrase"), "entry-activated");
    g_assert_false (gtk_widget_get_visible (koers_unlock_page_get_restore_button (unlock_page)));
    unlock_with (window, PASSPHRASE);
    g_assert_cmpuint (koers_store_count_students (koers_window_get_store (window), NULL), ==, 6);
  }

  /* Restore the morning's backup: it has the old passphrase and six students. */
  g_assert_true (koers_window_restore_backup (window, backups->pdata[0], PASSPHRASE, &error));
  g_assert_no_error (error);
  assert_page (window, "unlock");
  unlock_with (window, PASSPHRASE);
  g_assert_cmpuint (koers_store_count_students (koers_window_get_store (window), NULL), ==, 6);
}

/* Locked when nobody used the app for the set minutes; never with 0. */
/* Nothing of a student reaches the places the desktop shares with every program:
 * window titles and the list of recent files. */
static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
settle_recent_manager (void)
{
  gboolean done = FALSE;

  /* GtkRecentManager writes its file from a timeout. */
  g_timeout_add (1500, set_flag_cb, &done);
  g_assert_true (wait_until (flag_set, &done));
}

static void
test_no_traces (Fixture       *fixture,
                gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  g_autofree char *xbel = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
  g_autofree char *control = g_filename_to_uri ("/tmp/koers-control-file.txt", NULL, NULL);
  g_autofree char *saved = g_filename_to_uri ("/tmp/Voorbereiding Lotte van der Meer.pdf", NULL, NULL);
  gboolean enabled = TRUE;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  for (guint i = 0; i < koers_student_sidebar_get_n_shown (sidebar); i++)
    {
      koers_student_sidebar_activate_shown (sidebar, i);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Koers");
    }

  /* Koers turns recent files off for itself ... */
  g_object_get (gtk_settings_get_default (), "gtk-recent-files-enabled", &enabled, NULL);
  g_assert_false (enabled);
  /* ... which is what keeps a file the file chooser saved out of the list, where
   * it would otherwise go (the control, with the setting on for a moment). */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", TRUE, NULL);
  g_assert_true (gtk_recent_manager_add_item (gtk_recent_manager_get_default (), control));
  settle_recent_manager ();
  g_assert_true (koers_test_file_contains (xbel, "koers-control-file"));
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), saved);
  settle_recent_manager ();
  g_assert_false (koers_test_file_contains (xbel, "Lotte"));
}

/* Locking the screen locks the notebook: GNOME Shell says so on the bus. */
static void
test_session_lock (Fixture       *fixture,
                   gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;

  if (fixture->session == NULL)
    {
      g_test_skip ("needs a session bus: meson runs this under dbus-run-session");
      return;
    }
  /* GTK found the session and registered with it. */
  g_assert_true (koers_fake_session_has_client (fixture->session));

  create_notebook (fixture);
  import_class_list (fixture);
  g_assert_nonnull (koers_window_get_store (window));

  koers_fake_session_set_screen_locked (fixture->session, TRUE);
  assert_page (window, "unlock");
  g_assert_null (koers_window_get_store (window));
  g_assert_cmpuint (count_rows (window), ==, 0);

  /* Unlocking the screen opens nothing: the passphrase is asked again. */
  koers_fake_session_set_screen_locked (fixture->session, FALSE);
  assert_page (window, "unlock");
  g_assert_null (koers_window_get_store (window));
}

static void
test_auto_lock (Fixture       *fixture,
                gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersAutoLock *auto_lock;
  GSettings *settings;
  gint64 now = g_get_monotonic_time ();

  create_notebook (fixture);
  import_class_list (fixture);
  auto_lock = koers_window_get_auto_lock (window);
  g_assert_nonnull (auto_lock);
  settings = koers_application_get_settings (KOERS_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  g_assert_cmpuint (koers_auto_lock_get_minutes (auto_lock), ==, 10);

  /* Nine minutes: still open. */
  g_assert_false (koers_auto_lock_check (auto_lock, now + (gint64) 9 * 60 * G_USEC_PER_SEC));
  g_assert_nonnull (koers_window_get_store (window));

  /* Never, when set so in the preferences. */
  g_settings_set_uint (settings, "auto-lock-minutes", 0);
  g_assert_false (koers_auto_lock_check (auto_lock, now + (gint64) 600 * 60 * G_USEC_PER_SEC));
  g_settings_set_uint (settings, "auto-lock-minutes", 2);

  /* Past the time: locked, nothing of the students left on screen. */
  g_assert_true (koers_auto_lock_check (auto_lock, now + (gint64) 3 * 60 * G_USEC_PER_SEC));
  assert_page (window, "unlock");
  g_assert_null (koers_window_get_store (window));
  g_assert_null (koers_window_get_auto_lock (window));
  g_assert_cmpuint (count_rows (window), ==, 0);
}

static void
settle (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The one entry editor on screen, or NULL. */
static GtkWindow *
find_entry_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KOERS_IS_ENTRY_EDITOR (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_assert_null (found);
          found = window;
        }
    }
  return found;
}

static char *
dup_editor_text (GtkWindow *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (koers_test_find_named (GTK_WIDGET (editor), "text_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

#define DRAFT_TEXT "Gesprek over thuis: vader is weer aan het werk, het gaat beter"

/* An entry editor open when the notebook locks: nobody answers "Save changes?",
 * so what it holds is kept as a draft in the notebook, offered after the unlock
 * and back in the editor, kind and all. Showing another student does the same. */
static void
test_draft_on_lock (Fixture       *fixture,
                    gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersTimelineView *timeline;
  GtkWindow *editor;
  AdwToast *toast;
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  gint64 lotte, other;

  create_notebook (fixture);
  import_class_list (fixture);
  sidebar = koers_window_get_sidebar (window);
  timeline = koers_student_page_get_timeline (koers_window_get_student_page (window));
  lotte = koers_student_get_id (koers_student_sidebar_get_shown (sidebar, 0));
  other = koers_student_get_id (koers_student_sidebar_get_shown (sidebar, 1));
  koers_student_sidebar_select_student (sidebar, lotte);

  koers_timeline_view_new_entry (timeline);
  settle ();
  editor = find_entry_editor ();
  g_assert_nonnull (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (koers_test_find_named (GTK_WIDGET (editor), "kind_row")),
                              KOERS_ENTRY_PARENT_CONTACT);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (koers_test_find_named (GTK_WIDGET (editor), "text_view"))),
                            DRAFT_TEXT, -1);

  /* Locked with nobody there: no question, the editor gone, the draft kept. */
  g_assert_true (koers_auto_lock_check (koers_window_get_auto_lock (window),
                                        g_get_monotonic_time () + (gint64) 60 * 60 * G_USEC_PER_SEC));
  assert_page (window, "unlock");
  settle ();
  g_assert_null (find_entry_editor ());

  /* Unlocked: a toast offers to go on; it opens the editor with the draft. */
  unlock_with (window, PASSPHRASE);
  /* The check after an unlock runs on; a lock during it races with it (as in test_backups). */
  g_assert_true (wait_until (check_done, window));
  toast = koers_window_get_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "was not saved. What you wrote was kept."));
  g_signal_emit_by_name (toast, "button-clicked");
  settle ();
  g_assert_cmpint (koers_student_get_id (koers_student_page_get_student (koers_window_get_student_page (window))), ==,
                   lotte);
  editor = find_entry_editor ();
  g_assert_nonnull (editor);
  text = dup_editor_text (editor);
  g_assert_cmpstr (text, ==, DRAFT_TEXT);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (koers_test_find_named (GTK_WIDGET (editor), "kind_row"))), ==,
                    KOERS_ENTRY_PARENT_CONTACT);
  g_assert_true (gtk_widget_get_visible (koers_test_find_named (GTK_WIDGET (editor), "draft_label")));
  /* Taken back: the notebook holds it no more, so it is not restored twice. */
  key = koers_store_dup_newest_draft (koers_window_get_store (window), NULL, NULL);
  g_assert_null (key);

  /* Another student shown: the editor goes, the draft waits for Lotte's next new entry. */
  koers_student_sidebar_select_student (sidebar, other);
  settle ();
  g_assert_null (find_entry_editor ());
  koers_student_sidebar_select_student (sidebar, lotte);
  koers_timeline_view_new_entry (timeline);
  settle ();
  editor = find_entry_editor ();
  g_assert_nonnull (editor);
  text = dup_editor_text (editor);
  g_assert_cmpstr (text, ==, DRAFT_TEXT);

  /* Saved: on the timeline, no draft left, nothing offered at the next unlock. */
  g_signal_emit_by_name (koers_test_find_named (GTK_WIDGET (editor), "save_button"), "clicked");
  settle ();
  g_assert_null (find_entry_editor ());
  assert_timeline (timeline, 1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  unlock_with (window, PASSPHRASE);
  /* The check after an unlock runs on; a lock during it races with it (as in test_backups). */
  g_assert_true (wait_until (check_done, window));
  g_assert_null (koers_window_get_toast (window));

  /* A note typed into the quick field and not added yet is kept the same way. */
  koers_student_sidebar_select_student (sidebar, other);
  gtk_editable_set_text (koers_timeline_view_get_quick_entry (timeline), "Vergat zijn gymspullen");
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  unlock_with (window, PASSPHRASE);
  /* The check after an unlock runs on; a lock during it races with it (as in test_backups). */
  g_assert_true (wait_until (check_done, window));
  g_assert_nonnull (koers_window_get_toast (window));

  /* Let be, it is not offered again at every unlock: it waits in its editor. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  assert_page (window, "unlock");
  unlock_with (window, PASSPHRASE);
  /* The check after an unlock runs on; a lock during it races with it (as in test_backups). */
  g_assert_true (wait_until (check_done, window));
  g_assert_null (koers_window_get_toast (window));
  koers_student_sidebar_select_student (sidebar, other);
  koers_timeline_view_new_entry (timeline);
  settle ();
  editor = find_entry_editor ();
  g_assert_nonnull (editor);
  g_clear_pointer (&text, g_free);
  text = dup_editor_text (editor);
  g_assert_cmpstr (text, ==, "Vergat zijn gymspullen");
  gtk_window_destroy (editor);
  settle ();

  /* An entry deleted with unsaved changes kept: the changes go with it. */
  koers_student_sidebar_select_student (sidebar, lotte);
  assert_timeline (timeline, 1);
  {
    g_autoptr(KoersEntry) saved = g_list_model_get_item (koers_timeline_view_get_model (timeline), 0);
    g_autofree char *kept_key = NULL;

    gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.edit-entry", "x", koers_entry_get_id (saved));
    settle ();
    editor = find_entry_editor ();
    g_assert_nonnull (editor);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (koers_test_find_named (GTK_WIDGET (editor), "text_view"))),
                              "Gesprek over thuis, aangevuld", -1);
    koers_student_sidebar_select_student (sidebar, other);
    settle ();
    kept_key = koers_store_dup_newest_draft (koers_window_get_store (window), NULL, NULL);
    g_assert_nonnull (kept_key);
    koers_student_sidebar_select_student (sidebar, lotte);
    gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.delete-entry", "x", koers_entry_get_id (saved));
    assert_timeline (timeline, 0);
    g_clear_pointer (&kept_key, g_free);
    kept_key = koers_store_dup_newest_draft (koers_window_get_store (window), NULL, NULL);
    g_assert_null (kept_key);
  }
}

/* Deleting for good asks for the name typed; then the student is gone. */
static void
test_delete_student (Fixture       *fixture,
                     gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStore *store;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) first = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *name;

  create_notebook (fixture);
  import_class_list (fixture);
  store = koers_window_get_store (window);
  students = koers_store_list_students (store, NULL, &error);
  first = g_object_ref (g_ptr_array_index (students, 0));
  koers_student_sidebar_select_student (koers_window_get_sidebar (window), koers_student_get_id (first));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "delete-student"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "delete-student", NULL);
  heading = g_strdup_printf ("Delete %s for Good?", koers_student_get_display_name (first));
  dialog = find_message_dialog (heading);
  g_assert_nonnull (dialog);
  name = g_object_get_data (G_OBJECT (dialog), "name");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "delete"));
  gtk_editable_set_text (name, "iemand anders");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "delete"));
  gtk_editable_set_text (name, koers_student_get_display_name (first));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "delete"));
  adw_message_dialog_response (dialog, "delete");
  gtk_window_close (GTK_WINDOW (dialog));

  assert_rows (window, students->len - 1);
  g_assert_null (koers_student_page_get_student (koers_window_get_student_page (window)));
  g_assert_null (koers_store_get_student (store, koers_student_get_id (first), NULL));
}

static guint
count_listbox_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static gboolean
timeline_has_entries (gpointer data)
{
  return g_list_model_get_n_items (koers_timeline_view_get_model (data)) > 0;
}

static gboolean
timeline_grew (gpointer data)
{
  TimelineExpectation *expected = data;

  return g_list_model_get_n_items (koers_timeline_view_get_model (expected->timeline)) > expected->n_entries;
}

/* A long timeline comes a page at a time, the next when scrolled near its end; the
 * open follow-ups show the five most urgent, the rest behind Show All. */
static void
test_timeline_pages (Fixture       *fixture,
                     gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar;
  KoersTimelineView *timeline;
  KoersStore *store;
  GtkAdjustment *adjustment;
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GError) error = NULL;
  KoersSyntheticSpec spec = { .students = 2, .entries_per_student = 3, .seed = 1, .first_student_entries = 60 };
  guint total, shown;

  create_notebook (fixture);
  store = koers_window_get_store (window);
  g_assert_true (koers_synthetic_fill (store, &spec, NULL, NULL, &error));
  g_assert_no_error (error);
  student = koers_store_find_student (store, "300000", &error);
  g_assert_no_error (error);
  total = koers_store_count_entries (store, koers_student_get_id (student), NULL);

  /* Seven open follow-ups, due in the coming weeks. */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_OBSERVATION);
      g_autofree char *due = NULL;
      GDate date;

      koers_date_today (&date);
      g_date_add_days (&date, 10 + i);
      due = koers_date_to_iso (&date);

      koers_entry_set_student_id (entry, koers_student_get_id (student));
      koers_entry_set_date (entry, "2020-01-06");
      koers_entry_set_text (entry, "Een oude aantekening met een vervolg");
      koers_entry_set_followup_text (entry, "Navragen");
      koers_entry_set_followup_due (entry, due);
      g_assert_true (koers_store_save_entry (store, entry, &error));
    }
  total += 7;

  sidebar = koers_window_get_sidebar (window);
  koers_student_sidebar_reload (sidebar);
  koers_student_sidebar_select_student (sidebar, koers_student_get_id (student));
  timeline = koers_student_page_get_timeline (koers_window_get_student_page (window));
  g_assert_true (wait_until (timeline_has_entries, timeline));

  /* A screenful first, far fewer than the student has. */
  shown = g_list_model_get_n_items (koers_timeline_view_get_model (timeline));
  g_assert_cmpuint (shown, >=, 6);
  g_assert_cmpuint (shown, <, total);

  /* Scrolled to the end, the next page follows. */
  adjustment = gtk_scrolled_window_get_vadjustment (koers_timeline_view_get_scroller (timeline));
  {
    TimelineExpectation expected = { timeline, shown };

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    g_assert_true (wait_until (timeline_grew, &expected));
  }

  /* Going to the oldest entry pages on to it. */
  {
    KoersEntryQuery query = { 0 };
    g_autoptr(GPtrArray) all = koers_store_list_entries (store, koers_student_get_id (student), &query, &error);

    g_assert_cmpuint (all->len, ==, total);
    koers_timeline_view_show_entry (timeline, koers_entry_get_id (all->pdata[all->len - 1]));
    assert_timeline (timeline, total);
  }

  /* Five follow-ups and Show All; all seven after it. */
  g_assert_cmpuint (koers_timeline_view_get_n_followups (timeline), >=, 7);
  g_assert_cmpuint (count_listbox_rows (koers_timeline_view_get_followups_list (timeline)), ==, 6);
  g_signal_emit_by_name (koers_timeline_view_get_followups_list (timeline), "row-activated",
                         gtk_list_box_get_row_at_index (koers_timeline_view_get_followups_list (timeline), 5));
  g_assert_cmpuint (count_listbox_rows (koers_timeline_view_get_followups_list (timeline)), ==,
                    koers_timeline_view_get_n_followups (timeline));

  /* Thirty more due soon: the overview lists the ten most urgent of them, with Show More. */
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_OBSERVATION);
      g_autofree char *due = NULL;
      GDate date;

      koers_date_today (&date);
      g_date_add_days (&date, 3);
      due = koers_date_to_iso (&date);
      koers_entry_set_student_id (entry, koers_student_get_id (student));
      koers_entry_set_date (entry, "2020-01-06");
      koers_entry_set_text (entry, "Nog een aantekening met een vervolg");
      koers_entry_set_followup_text (entry, "Bellen");
      koers_entry_set_followup_due (entry, due);
      g_assert_true (koers_store_save_entry (store, entry, &error));
    }
  {
    KoersOverviewPage *page = koers_window_get_overview_page (window);
    GPtrArray *rows;
    guint followup_rows = 0;

    koers_overview_page_reload (page);
    rows = koers_overview_page_get_rows (page);
    for (guint i = 0; i < rows->len; i++)
      {
        KoersOverviewItem *item = g_object_get_data (G_OBJECT (rows->pdata[i]), "item");

        followup_rows += koers_overview_item_get_section (item) == KOERS_OVERVIEW_FOLLOWUPS;
      }
    g_assert_cmpuint (koers_overview_page_get_count (page), >=, 37);
    g_assert_cmpuint (followup_rows, ==, 10);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  g_autofree char *data_home = NULL;
  int result;

  /* Keep the tests away from the developer's notebooks, settings and session. */
  home = koers_test_tmpdir_new ();
  data_home = g_build_filename (home, "data", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);

  g_test_init (&argc, &argv, NULL);
  adw_init ();


  g_test_add ("/gui/notebook-life", Fixture, NULL,
              fixture_set_up, test_notebook_life, fixture_tear_down);
  g_test_add ("/gui/archive-restore", Fixture, NULL,
              fixture_set_up, test_archive_restore, fixture_tear_down);
  g_test_add ("/gui/import-unreadable", Fixture, NULL,
              fixture_set_up, test_import_unreadable, fixture_tear_down);
  g_test_add ("/gui/attendance", Fixture, NULL,
              fixture_set_up, test_attendance, fixture_tear_down);
  g_test_add ("/gui/timeline", Fixture, NULL,
              fixture_set_up, test_timeline, fixture_tear_down);
  g_test_add ("/gui/referrals", Fixture, NULL,
              fixture_set_up, test_referrals, fixture_tear_down);
  g_test_add ("/gui/care-meetings", Fixture, NULL,
              fixture_set_up, test_care_meetings, fixture_tear_down);
  g_test_add ("/gui/delete-student", Fixture, NULL,
              fixture_set_up, test_delete_student, fixture_tear_down);
  g_test_add ("/gui/no-traces", Fixture, NULL,
              fixture_set_up, test_no_traces, fixture_tear_down);
  g_test_add ("/gui/session-lock", Fixture, NULL,
              fixture_set_up_session, test_session_lock, fixture_tear_down);
  g_test_add ("/gui/draft-on-lock", Fixture, NULL,
              fixture_set_up, test_draft_on_lock, fixture_tear_down);
  g_test_add ("/gui/auto-lock", Fixture, NULL,
              fixture_set_up, test_auto_lock, fixture_tear_down);
  g_test_add ("/gui/backups", Fixture, NULL,
              fixture_set_up, test_backups, fixture_tear_down);
  g_test_add ("/gui/packages", Fixture, NULL,
              fixture_set_up, test_packages, fixture_tear_down);
  g_test_add ("/gui/timeline-pages", Fixture, NULL,
              fixture_set_up, test_timeline_pages, fixture_tear_down);
  g_test_add ("/gui/overview", Fixture, NULL,
              fixture_set_up, test_overview, fixture_tear_down);
  g_test_add ("/gui/meetings", Fixture, NULL,
              fixture_set_up, test_meetings, fixture_tear_down);
  g_test_add ("/gui/goals", Fixture, NULL,
              fixture_set_up, test_goals, fixture_tear_down);

  result = g_test_run ();

  koers_test_tmpdir_free (g_steal_pointer (&home));
  return result;
}
