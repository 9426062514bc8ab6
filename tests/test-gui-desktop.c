/* test-gui-desktop.c: Koers as a GNOME desktop citizen
 *
 * Runs under Xvfb with GTK_A11Y=test (see tests/meson.build), on a demo
 * notebook made through the core:
 * - /desktop/pages visits every main page and dialog and walks the widget tree:
 *   each control a person can reach must have an accessible name (a label or
 *   a labelled-by relation: GTK 4.8 reads a tooltip as a description only).
 *   Run with LANGUAGE=nl it also fails on any English source string left on
 *   screen that po/nl.po holds, translated or not yet (a text never marked
 *   for translation is not in it and escapes this check), and with
 *   KOERS_SCREENSHOT_DIR=DIR it saves DIR/PAGE.png of each.
 * - /desktop/preferences: the preferences window drives the settings, the
 *   open notebook keeps its copy, an older notebook's values are adopted, and
 *   a demo notebook keeps its invented mentor.
 * - /desktop/large-text: the text grows with the desktop's text scaling.
 * - /desktop/high-contrast: with the desktop's high contrast on (here
 *   ADW_DEBUG_HIGH_CONTRAST=1), style-hc.css makes dimmed marks solid.
 * - /desktop/keyboard: a mentor's round with the keyboard alone, typed into
 *   the X server with xdotool: unlock, find a student, write a note, open and
 *   close the preferences and the shortcuts, lock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <gdk/x11/gdkx.h>

#include "koers-application.h"
#include "koers-demo.h"
#include "koers-gui-test-util.h"
#include "koers-i18n.h"
#include "koers-preferences-window-private.h"
#include "koers-settings.h"
#include "koers-store.h"
#include "koers-test-util.h"
#include "koers-window-private.h"
#include "notebook/koers-unlock-page-private.h"
#include "students/koers-student-sidebar-private.h"
#include "timeline/koers-timeline-view-private.h"

#define PASSPHRASE "Mijn klas heeft 28 leerlingen!"
#define TIMEOUT_SECONDS 60

typedef struct
{
  char             *tmpdir;
  char             *db_path;
  KoersApplication *app;
  KoersWindow      *window;
} Fixture;

typedef gboolean (*Condition) (gpointer data);

/* Helpers */

static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  return koers_test_wait_until (condition, data, TIMEOUT_SECONDS);
}

/* Lets windows map, lay out and draw. */
static void
settle (void)
{
  for (int i = 0; i < 30; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static gboolean
main_page_shown (gpointer data)
{
  return g_strcmp0 (koers_window_get_visible_page_name (data), "main") == 0;
}

static gboolean
check_done (gpointer data)
{
  return !koers_unlock_page_get_checking (koers_window_get_unlock_page (data));
}

static void
unlock (KoersWindow *window)
{
  KoersUnlockPage *page = koers_window_get_unlock_page (window);

  g_assert_cmpstr (koers_window_get_visible_page_name (window), ==, "unlock");
  gtk_editable_set_text (koers_unlock_page_get_passphrase_entry (page), PASSPHRASE);
  gtk_widget_activate (koers_unlock_page_get_unlock_button (page));
  g_assert_true (wait_until (main_page_shown, window));
  g_assert_true (wait_until (check_done, window));
  settle ();
}

static KoersApplication *
new_application (void)
{
  static guint n_apps;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%s.DesktopTest%u", KOERS_APP_ID, ++n_apps);
  KoersApplication *app = koers_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/koers/Koers");
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

/* Every English source string of po/nl.po whose Dutch differs (or is still
 * missing): seen on screen, it is English left behind. gettext alone would
 * miss a string without a translation yet. */
static GHashTable *
load_english_strings (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KOERS_TEST_DATA_DIR"), "..", "..", "po", "nl.po", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) msgid = g_string_new (NULL);
  g_autoptr(GString) msgstr = g_string_new (NULL);
  GString *current = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote = strchr (line, '"');
      g_autofree char *text = NULL;

      if (g_str_has_prefix (line, "msgid \""))
        {
          if (msgid->len > 0 && !g_str_equal (msgid->str, msgstr->str))
            g_hash_table_add (english, g_strdup (msgid->str));
          g_string_truncate (msgid, 0);
          g_string_truncate (msgstr, 0);
          current = msgid;
        }
      else if (g_str_has_prefix (line, "msgstr"))
        current = msgstr;
      else if (g_str_has_prefix (line, "msgid_plural") || g_str_has_prefix (line, "msgctxt"))
        {
          current = NULL;
          continue;
        }
      else if (line[0] != '"')
        {
          if (line[0] == '\0' || line[0] == '#')
            current = NULL;
          continue;
        }
      if (current == NULL || quote == NULL)
        continue;
      text = g_strndup (quote + 1, strlen (quote + 1) - 1);
      {
        g_autofree char *unescaped = g_strcompress (text);

        g_string_append (current, unescaped);
      }
    }
  if (msgid->len > 0 && !g_str_equal (msgid->str, msgstr->str))
    g_hash_table_add (english, g_strdup (msgid->str));
  g_assert_cmpuint (g_hash_table_size (english), >, 1000);
  return english;
}

/* The Dutch catalogue is in use: this run checks for English left on screen. */
static gboolean
running_in_dutch (void)
{
  return g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Overview"), "Overview") != 0;
}

/* Walking the widget tree */

typedef struct
{
  const char *page;
  GString    *problems;
  GHashTable *seen;         /* problems already told, on an earlier page */
  GHashTable *english;      /* load_english_strings() in a Dutch run */
  guint       n_controls;
  guint       n_texts;
} Walk;

static void
add_problem (Walk       *walk,
             const char *problem)
{
  if (!g_hash_table_add (walk->seen, g_strdup (problem)))
    return;
  g_string_append_printf (walk->problems, "%s: %s\n", walk->page, problem);
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_ENTRY (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SCALE (widget) || GTK_IS_TEXT_VIEW (widget);
}

/* Parts that GTK and libadwaita build inside their own widgets: the menu
 * button's inner button, an entry row's text and buttons, the window's
 * close button, the shortcuts window. Their names are the toolkit's to give. */
static gboolean
inside_toolkit_widget (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_MENU_BUTTON (w) || GTK_IS_WINDOW_CONTROLS (w) || GTK_IS_SHORTCUTS_WINDOW (w) ||
        ADW_IS_ENTRY_ROW (w) || ADW_IS_COMBO_ROW (w) || ADW_IS_SPLIT_BUTTON (w) ||
        GTK_IS_SPIN_BUTTON (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_POPOVER_MENU (w) ||
        ADW_IS_TAB_BAR (w) || ADW_IS_ABOUT_WINDOW (w))
      return TRUE;
  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  /* A menu button's label is its inner button's. */
  if (GTK_IS_MENU_BUTTON (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child) && has_accessible_name (child))
        return TRUE;
  return FALSE;
}

/* "KoersGoalsView > GtkBox > GtkButton (list-add-symbolic, “Add Goal”)" */
static char *
describe (GtkWidget *widget)
{
  g_autoptr(GString) text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget))
                   : GTK_IS_MENU_BUTTON (widget) ? gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget))
                   : NULL;

  g_string_append_printf (text, " (icon %s, tooltip “%s”, in", icon != NULL ? icon : "-",
                          tooltip != NULL ? tooltip : "");
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Koers") || GTK_IS_ROOT (w))
      {
        g_string_append_printf (text, " %s", G_OBJECT_TYPE_NAME (w));
        break;
      }
  g_string_append (text, ")");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
check_text (Walk       *walk,
            GtkWidget  *widget,
            const char *what,
            const char *text)
{
  const char *translated;

  if (text == NULL || *text == '\0')
    return;
  walk->n_texts++;
  translated = g_dgettext (GETTEXT_PACKAGE, text);
  if ((translated != text && strcmp (translated, text) != 0) || g_hash_table_contains (walk->english, text))
    {
      g_autofree char *problem = g_strdup_printf ("English %s “%s” in %s (Dutch: “%s”)", what, text,
                                                  G_OBJECT_TYPE_NAME (widget), translated);

      add_problem (walk, problem);
    }
}

static void
walk_widget (Walk      *walk,
             GtkWidget *widget,
             gboolean   dutch)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_control (widget) && !inside_toolkit_widget (widget))
    {
      walk->n_controls++;
      if (!has_accessible_name (widget))
        {
          g_autofree char *description = describe (widget);
          g_autofree char *problem = g_strconcat ("no accessible name: ", description, NULL);

          add_problem (walk, problem);
        }
    }

  /* The about window's headings are libadwaita's own, in its own catalogue. */
  if (dutch && !ADW_IS_ABOUT_WINDOW (gtk_widget_get_root (widget)))
    {
      if (GTK_IS_LABEL (widget))
        check_text (walk, widget, "label", gtk_label_get_text (GTK_LABEL (widget)));
      check_text (walk, widget, "tooltip", gtk_widget_get_tooltip_text (widget));
      if (GTK_IS_WINDOW (widget))
        check_text (walk, widget, "title", gtk_window_get_title (GTK_WINDOW (widget)));
      if (GTK_IS_TEXT (widget))
        check_text (walk, widget, "placeholder", gtk_text_get_placeholder_text (GTK_TEXT (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child, dutch);
}

static void
shoot (GtkWindow  *window,
       const char *page)
{
  const char *dir = g_getenv ("KOERS_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  name = g_strconcat (page, ".png", NULL);
  file = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

/* Walks every visible window; the last one opened is the one shot. */
static void
check_page (const char *page,
            GString    *problems,
            GtkWindow  *shown)
{
  static GHashTable *seen;
  static GHashTable *english;
  g_autoptr(GListModel) toplevels = NULL;
  Walk walk = { page, problems, NULL, NULL, 0, 0 };
  gboolean dutch = running_in_dutch ();

  if (seen == NULL)
    seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (english == NULL && dutch)
    english = load_english_strings ();
  walk.seen = seen;
  walk.english = english;

  settle ();
  toplevels = gtk_window_get_toplevels ();
  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_WINDOW (toplevel) && gtk_widget_get_visible (toplevel))
        walk_widget (&walk, toplevel, dutch);
    }
  g_test_message ("%s: %u controls, %u texts checked", page, walk.n_controls, walk.n_texts);
  g_assert_cmpuint (walk.n_controls, >, 0);
  if (dutch)
    g_assert_cmpuint (walk.n_texts, >, 0);
  shoot (shown, page);
}

static GtkWindow *
newest_window (GtkWindow *besides)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != besides && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Opens a dialog through a window action, checks it and closes it again. */
static void
check_dialog (KoersWindow *window,
              const char  *action,
              const char  *page,
              GString     *problems)
{
  GtkWindow *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  settle ();
  dialog = newest_window (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  check_page (page, problems, dialog);
  gtk_window_destroy (dialog);
  settle ();
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;

  fixture->tmpdir = koers_test_tmpdir_new ();
  fixture->db_path = g_build_filename (fixture->tmpdir, "klas.db", NULL);
  store = koers_store_create (fixture->db_path, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (koers_demo_fill (store, &error));
  g_assert_no_error (error);
  koers_store_close (store);

  fixture->app = new_application ();
  /* The memory backend lives as long as the process: each test starts from the defaults. */
  {
    GSettings *settings = koers_application_get_settings (fixture->app);
    g_autoptr(GSettingsSchema) schema = NULL;
    g_auto(GStrv) keys = NULL;

    g_object_get (settings, "settings-schema", &schema, NULL);
    keys = g_settings_schema_list_keys (schema);
    for (guint i = 0; keys[i] != NULL; i++)
      g_settings_reset (settings, keys[i]);
  }
  fixture->window = koers_window_new (fixture->app, fixture->db_path);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  settle ();
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_true (wait_until (window_gone, &fixture->window));
  g_clear_object (&fixture->app);
  g_free (fixture->db_path);
  koers_test_tmpdir_free (fixture->tmpdir);
}

/* Tests */

static void
test_pages (Fixture       *fixture,
            gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  KoersStudentSidebar *sidebar = koers_window_get_sidebar (window);
  KoersStudentPage *student_page = koers_window_get_student_page (window);
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *empty_dir = g_build_filename (fixture->tmpdir, "new", NULL);
  g_autofree char *empty_path = g_build_filename (empty_dir, "koers.db", NULL);
  KoersWindow *welcome;
  GtkWindow *preferences;

  /* A first start: no notebook yet. */
  welcome = koers_window_new (fixture->app, empty_path);
  gtk_window_present (GTK_WINDOW (welcome));
  check_page ("welcome", problems, GTK_WINDOW (welcome));
  gtk_window_destroy (GTK_WINDOW (welcome));

  check_page ("unlock", problems, GTK_WINDOW (window));
  unlock (window);
  g_assert_true (koers_student_sidebar_get_overview_selected (sidebar));
  check_page ("overview", problems, GTK_WINDOW (window));

  koers_student_sidebar_activate_shown (sidebar, 0);
  settle ();
  g_assert_nonnull (koers_student_page_get_student (student_page));
  koers_student_page_show_timeline (student_page);
  check_page ("timeline", problems, GTK_WINDOW (window));
  koers_student_page_show_goals (student_page);
  check_page ("goals", problems, GTK_WINDOW (window));
  koers_student_page_show_meetings (student_page);
  check_page ("meetings", problems, GTK_WINDOW (window));
  koers_student_page_show_checklists (student_page);
  check_page ("checklists", problems, GTK_WINDOW (window));
  koers_student_page_show_details (student_page);
  check_page ("details", problems, GTK_WINDOW (window));

  koers_student_page_show_timeline (student_page);
  check_dialog (window, "edit-student", "student-editor", problems);
  check_dialog (window, "new-goal", "goal-editor", problems);
  check_dialog (window, "new-meeting", "meeting-editor", problems);
  check_dialog (window, "new-checklist", "checklist-editor", problems);
  check_dialog (window, "referrals", "referrals", problems);
  check_dialog (window, "care-meetings", "care-meetings", problems);
  check_dialog (window, "export-package", "export-package", problems);
  check_dialog (window, "edit-templates", "templates", problems);
  check_dialog (window, "print-class-cards", "class-cards", problems);
  {
    g_autofree char *path = koers_test_sample_path ("klas-2a.csv");
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GtkWindow *dialog = koers_window_import_file (window, file);

    check_page ("import", problems, dialog);
    gtk_window_destroy (dialog);
  }
  {
    GtkWindow *editor;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (koers_student_page_get_timeline (student_page)),
                                               "timeline.new-entry", NULL));
    settle ();
    editor = newest_window (GTK_WINDOW (window));
    g_assert_nonnull (editor);
    check_page ("entry-editor", problems, editor);

    /* Locked while writing: the toast after the unlock, then the editor
     * again with its draft and the line that says so. */
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (koers_test_find_of_type (GTK_WIDGET (editor),
                                                                                                 GTK_TYPE_TEXT_VIEW))),
                              "Gesprek met Lotte over haar rooster", -1);
    g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
    settle ();
    unlock (window);
    g_assert_nonnull (koers_window_get_toast (window));
    check_page ("draft-toast", problems, GTK_WINDOW (window));
    g_signal_emit_by_name (koers_window_get_toast (window), "button-clicked");
    settle ();
    editor = newest_window (GTK_WINDOW (window));
    g_assert_nonnull (editor);
    check_page ("entry-editor-draft", problems, editor);
    gtk_window_destroy (editor);
  }
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  settle ();
  check_page ("about", problems, newest_window (GTK_WINDOW (window)));
  gtk_window_destroy (newest_window (GTK_WINDOW (window)));

  preferences = koers_window_show_preferences (window);
  check_page ("preferences", problems, preferences);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "notebook");
  check_page ("preferences-notebook", problems, preferences);
  gtk_window_destroy (preferences);

  /* Ctrl+? is GtkApplicationWindow's: the shortcuts window of gtk/help-overlay.ui. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  settle ();
  check_page ("shortcuts", problems, newest_window (GTK_WINDOW (window)));
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app),
                                                                  "win.show-help-overlay");

    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  }
  gtk_window_destroy (newest_window (GTK_WINDOW (window)));

  if (problems->len > 0)
    g_test_message ("%s", problems->str);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The notebook as it is on disk while the window has it locked. */
static KoersStore *
open_locked_notebook (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  KoersStore *store = koers_store_open (fixture->db_path, PASSPHRASE, &error);

  g_assert_no_error (error);
  return store;
}

static char *
dup_meta (KoersStore *store,
          const char *key)
{
  g_autoptr(GError) error = NULL;
  char *value = koers_store_dup_meta (store, key, &error);

  g_assert_no_error (error);
  return value;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  GSettings *settings = koers_application_get_settings (fixture->app);
  g_autoptr(GError) error = NULL;
  g_autofree char *demo_mentor = NULL;
  g_autofree char *value = NULL;
  KoersStore *store;

  /* The schema's defaults are the core's own. */
  g_assert_cmpuint (g_settings_get_uint (settings, "goal-evaluation-weeks"), ==, KOERS_GOAL_DEFAULT_WEEKS);
  g_assert_cmpfloat (g_settings_get_double (settings, "hours-per-week"), ==, KOERS_DEFAULT_HOURS_PER_WEEK);

  /* A demo notebook: its invented mentor is not taken as the user's name, and
   * the user's name does not replace it; the other settings do hold in it. */
  unlock (window);
  store = koers_window_get_store (window);
  demo_mentor = dup_meta (store, KOERS_META_USER_NAME);
  g_assert_nonnull (demo_mentor);
  g_assert_null (g_settings_get_user_value (settings, "user-name"));
  g_settings_set_string (settings, "user-name", "mevrouw El Amrani");
  g_settings_set_uint (settings, "goal-evaluation-weeks", 5);
  value = dup_meta (store, KOERS_META_USER_NAME);
  g_assert_cmpstr (value, ==, demo_mentor);
  g_assert_cmpuint (koers_store_get_goal_weeks (store), ==, 5);
  g_clear_pointer (&value, g_free);
  /* The preferences say so, or the user would think the name setting is broken. */
  {
    KoersPreferencesWindow *preferences = KOERS_PREFERENCES_WINDOW (koers_window_show_preferences (window));
    const char *description =
      adw_preferences_group_get_description (koers_preferences_window_get_you_group (preferences));

    g_assert_nonnull (strstr (description, "demo notebook"));
    gtk_window_destroy (GTK_WINDOW (preferences));
  }

  /* The same notebook as a user's own from before the settings existed: the
   * settings never chosen take its values, the lock time among them. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "lock", NULL);
  settle ();
  {
    g_autoptr(KoersStore) locked = open_locked_notebook (fixture);

    g_assert_true (koers_store_set_meta (locked, KOERS_META_DEMO, NULL, &error));
    g_assert_true (koers_store_set_meta (locked, KOERS_META_SCHOOL_NAME, "De Vonk", &error));
    g_assert_true (koers_store_set_meta (locked, "auto-lock-minutes", "15", &error));
    /* Out of the schema's range: not taken. */
    g_assert_true (koers_store_set_meta (locked, KOERS_META_HOURS_PER_WEEK, "600", &error));
    g_assert_no_error (error);
    koers_store_close (locked);
  }
  g_settings_reset (settings, "user-name");
  unlock (window);
  store = koers_window_get_store (window);
  g_assert_cmpstr (g_settings_get_string (settings, "user-name"), ==, demo_mentor);
  g_assert_cmpstr (g_settings_get_string (settings, "school-name"), ==, "De Vonk");
  g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 15);
  g_assert_cmpfloat (g_settings_get_double (settings, "hours-per-week"), ==, KOERS_DEFAULT_HOURS_PER_WEEK);
  /* Chosen before, so written into the notebook rather than taken from it. */
  g_assert_cmpuint (koers_store_get_goal_weeks (store), ==, 5);
  value = dup_meta (store, KOERS_META_HOURS_PER_WEEK);
  g_assert_cmpstr (value, ==, "26");
  g_clear_pointer (&value, g_free);

  /* What the settings say, the notebook keeps, at once. */
  g_settings_set_string (settings, "school-name", "Het Baken");
  g_settings_set_double (settings, "hours-per-week", 28.5);
  g_settings_set_boolean (settings, "search-sensitive", TRUE);
  value = dup_meta (store, KOERS_META_SCHOOL_NAME);
  g_assert_cmpstr (value, ==, "Het Baken");
  g_clear_pointer (&value, g_free);
  value = dup_meta (store, KOERS_META_SEARCH_SENSITIVE);
  g_assert_cmpstr (value, ==, "true");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (koers_store_get_default_hours (store), ==, 28.5);
  /* A class without hours of its own counts with them; a new class starts with them. */
  g_assert_cmpfloat (koers_store_get_group_hours (store, NULL, NULL), ==, 28.5);

  /* The preferences window edits the settings and shows them. */
  {
    KoersPreferencesWindow *preferences = KOERS_PREFERENCES_WINDOW (koers_window_show_preferences (window));
    GtkEditable *name_row = koers_preferences_window_get_name_row (preferences);
    GtkSpinButton *lock_spin = koers_preferences_window_get_lock_spin (preferences);

    settle ();
    g_assert_null (strstr (adw_preferences_group_get_description (koers_preferences_window_get_you_group (preferences)),
                           "demo"));
    g_assert_cmpstr (gtk_editable_get_text (name_row), ==, demo_mentor);
    g_assert_cmpfloat (gtk_spin_button_get_value (lock_spin), ==, 15);

    gtk_editable_set_text (name_row, "meneer Visser ");
    g_assert_cmpstr (g_settings_get_string (settings, "user-name"), ==, "meneer Visser ");
    value = dup_meta (store, KOERS_META_USER_NAME);
    g_assert_cmpstr (value, ==, "meneer Visser");
    g_clear_pointer (&value, g_free);

    gtk_spin_button_set_value (lock_spin, 25);
    g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 25);
    g_assert_cmpuint (koers_auto_lock_get_minutes (koers_window_get_auto_lock (window)), ==, 25);
    g_settings_set_uint (settings, "auto-lock-minutes", 30);
    g_assert_cmpfloat (gtk_spin_button_get_value (lock_spin), ==, 30);

    /* No name: no author called "" in the notebook. */
    gtk_editable_set_text (name_row, "");
    value = dup_meta (store, KOERS_META_USER_NAME);
    g_assert_null (value);
    gtk_window_destroy (GTK_WINDOW (preferences));
  }

  /* The size the window had is the size it comes back with. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  settle ();
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (window_gone, &fixture->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  fixture->window = koers_window_new (fixture->app, fixture->db_path);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
  }
}

/* Keys and text typed into the X server, as a person would. */
static void
xdotool (KoersWindow *window,
         const char  *command,
         const char  *argument)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", xid, command, "--delay", "15", argument, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  /* "key" takes no --delay in older xdotool: keep the arguments it knows. */
  if (g_str_equal (command, "key"))
    {
      argv[4] = argument;
      argv[5] = NULL;
    }
  settle ();
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  settle ();
}

static gboolean
student_shown (gpointer data)
{
  KoersWindow *window = data;
  KoersStudent *student = koers_student_page_get_student (koers_window_get_student_page (window));

  return student != NULL && g_str_has_prefix (koers_student_get_display_name (student), "Lotte");
}

#define NOTE "Hielp vandaag een klasgenoot met rekenen"

/* The quick note is saved and its field emptied for the next one. */
static gboolean
note_saved (gpointer data)
{
  KoersTimelineView *timeline = koers_student_page_get_timeline (koers_window_get_student_page (data));

  return g_str_equal (gtk_editable_get_text (koers_timeline_view_get_quick_entry (timeline)), "");
}

static gboolean
page_locked (gpointer data)
{
  return g_strcmp0 (koers_window_get_visible_page_name (data), "unlock") == 0;
}

static gboolean
only_main_window (gpointer data)
{
  return newest_window (data) == NULL;
}

static gboolean
dialog_open (gpointer data)
{
  return newest_window (data) != NULL;
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  user_data)
{
  KoersWindow *window = fixture->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  KoersEntryQuery query = { 0 };
  KoersStudent *lotte;
  gboolean written = FALSE;

  if (!g_find_program_in_path ("xdotool"))
    {
      g_test_skip ("needs xdotool (build-aux/debian-packages.txt)");
      return;
    }

  /* The passphrase entry has the focus on the unlock page. */
  xdotool (window, "type", PASSPHRASE);
  xdotool (window, "key", "Return");
  g_assert_true (wait_until (main_page_shown, window));
  g_assert_true (wait_until (check_done, window));

  /* Ctrl+F, a name, Enter: the student opens. */
  xdotool (window, "key", "ctrl+f");
  xdotool (window, "type", "Lotte");
  xdotool (window, "key", "Return");
  g_assert_true (wait_until (student_shown, window));
  lotte = koers_student_page_get_student (koers_window_get_student_page (window));

  /* Ctrl+Shift+N, Alt+2 (went well), the note, Enter: saved on the timeline. */
  xdotool (window, "key", "ctrl+shift+n");
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkWidget *note = GTK_WIDGET (koers_timeline_view_get_quick_entry (
                                    koers_student_page_get_timeline (koers_window_get_student_page (window))));

    g_assert_nonnull (focus);
    g_assert_true (focus == note || gtk_widget_is_ancestor (focus, note));
  }
  xdotool (window, "key", "alt+2");
  xdotool (window, "type", NOTE);
  xdotool (window, "key", "Return");
  g_assert_true (wait_until (note_saved, window));
  entries = koers_store_list_entries (koers_window_get_store (window), koers_student_get_id (lotte), &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (koers_entry_get_text (entry), NOTE) == 0)
        {
          g_assert_cmpint (koers_entry_get_kind (entry), ==, KOERS_ENTRY_POSITIVE);
          written = TRUE;
        }
    }
  g_assert_true (written);

  /* Ctrl+, opens the preferences, Escape closes them; the same for Ctrl+?. */
  xdotool (window, "key", "ctrl+comma");
  g_assert_true (wait_until (dialog_open, window));
  g_assert_true (KOERS_IS_PREFERENCES_WINDOW (newest_window (GTK_WINDOW (window))));
  xdotool (KOERS_WINDOW (window), "key", "Escape");
  g_assert_true (wait_until (only_main_window, window));
  xdotool (window, "key", "ctrl+question");
  g_assert_true (wait_until (dialog_open, window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (newest_window (GTK_WINDOW (window))));
  xdotool (window, "key", "Escape");
  g_assert_true (wait_until (only_main_window, window));

  /* Ctrl+L locks. */
  xdotool (window, "key", "ctrl+l");
  g_assert_true (wait_until (page_locked, window));
  g_assert_null (koers_window_get_store (window));
}

/* A SMARTI letter not ticked is dimmed; in high contrast it is solid. */
static void
test_high_contrast (Fixture       *fixture,
                    gconstpointer  user_data)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GtkWidget *label = gtk_label_new ("S");
  GtkWidget *plain = gtk_label_new ("S");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GdkRGBA color, plain_color;

  gtk_widget_add_css_class (label, "smarti-open");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), plain);
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  settle ();

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  gtk_style_context_get_color (gtk_widget_get_style_context (plain), &plain_color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_test_message ("high contrast %d: alpha %.2f", high_contrast, color.alpha);
  /* Asked for (gui-desktop-high-contrast): it must be on, or this checks nothing. */
  if (g_strcmp0 (g_getenv ("ADW_DEBUG_HIGH_CONTRAST"), "1") == 0)
    g_assert_true (high_contrast);
  if (high_contrast)
    g_assert_true (gdk_rgba_equal (&color, &plain_color));
  else
    g_assert_cmpfloat (color.alpha, <, 0.5);

  if (high_contrast)
    {
      unlock (fixture->window);
      koers_student_sidebar_activate_shown (koers_window_get_sidebar (fixture->window), 0);
      koers_student_page_show_goals (koers_window_get_student_page (fixture->window));
      settle ();
      shoot (GTK_WINDOW (fixture->window), "high-contrast-goals");
    }
  gtk_window_destroy (window);
}

/* The desktop's "Large Text" scales the font DPI: Koers's text follows it,
 * which a font size fixed in pixels would not. */
static void
test_large_text (Fixture       *fixture,
                 gconstpointer  user_data)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  KoersWindow *window = fixture->window;
  KoersUnlockPage *page = koers_window_get_unlock_page (window);
  GtkWidget *button = koers_unlock_page_get_unlock_button (page);
  int dpi = 0;
  int normal, large;

  g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  g_object_set (gtk_settings, "gtk-xft-dpi", dpi, NULL);
  settle ();
  gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &normal, NULL, NULL);

  g_object_set (gtk_settings, "gtk-xft-dpi", (int) (dpi * 1.5), NULL);
  settle ();
  gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &large, NULL, NULL);
  g_test_message ("unlock button: %d px wide, %d px with large text", normal, large);
  g_assert_cmpint (large, >, normal);

  g_object_set (gtk_settings, "gtk-xft-dpi", dpi, NULL);
}

/* GTK 4.8's shortcuts window measures one of its own labels at -3 px under
 * Xvfb's fonts and warns; that warning is GTK's, any other stays fatal. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "reported min width") != NULL && (log_level & G_LOG_LEVEL_WARNING))
      return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = koers_test_tmpdir_new ();
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  int result;

  /* Keep the tests away from the developer's notebooks, settings and session. */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);

  g_log_set_writer_func (log_writer, NULL, NULL);
  koers_i18n_init ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/desktop/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/desktop/preferences", Fixture, NULL, fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/desktop/large-text", Fixture, NULL, fixture_set_up, test_large_text, fixture_tear_down);
  g_test_add ("/desktop/high-contrast", Fixture, NULL, fixture_set_up, test_high_contrast, fixture_tear_down);
  g_test_add ("/desktop/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);

  result = g_test_run ();
  koers_test_tmpdir_free (g_steal_pointer (&home));
  return result;
}
