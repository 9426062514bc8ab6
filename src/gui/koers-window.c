/* koers-window.c: the main window; owns the open notebook
 *
 * The window is a stack of four pages: welcome (first run), create, unlock
 * and main (the students). It holds the one KoersStore while the notebook is
 * open and hands it to the pages; locking closes the store and empties every
 * widget that showed a student.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-class-list.h"
#include "koers-window-private.h"
#include "goals/koers-goal-cards-dialog.h"
#include "notebook/koers-create-page.h"
#include "notebook/koers-unlock-page.h"
#include "checklists/koers-template-editor.h"
#include "notebook/koers-welcome-page.h"
#include "overview/koers-overview-page.h"
#include "checklists/koers-checklists-view.h"
#include "goals/koers-goals-view.h"
#include "timeline/koers-entry-editor.h"
#include "timeline/koers-timeline-view.h"
#include "care/koers-care-meetings-window.h"
#include "packages/koers-package-export-dialog.h"
#include "students/koers-delete-student-dialog.h"
#include "students/koers-record-export.h"
#include "packages/koers-package-import.h"
#include "referrals/koers-referrals-window.h"
#include "students/koers-import-dialog.h"
#include "students/koers-student-editor.h"
#include "students/koers-student-page.h"
#include "students/koers-student-sidebar.h"
#include "koers-auto-lock.h"
#include "koers-date.h"
#include "koers-output.h"
#include "koers-preferences-window.h"
#include "koers-settings.h"
#include "koers-toasts.h"

struct _KoersWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  KoersWelcomePage     *welcome_page;
  KoersCreatePage      *create_page;
  KoersUnlockPage      *unlock_page;
  AdwLeaflet           *leaflet;
  KoersStudentSidebar  *sidebar;
  GtkStack             *content_stack;
  KoersStudentPage     *student_page;
  KoersOverviewPage    *overview_page;

  /* The notebook file of this window; the demo's while the demo is open. */
  char                 *path;
  KoersStore           *store;
  /* The application's; the open notebook keeps a copy of some (koers-settings.h). */
  GSettings            *settings;
  /* Closing saves the size once; destroying (Quit) saves it when closing did not. */
  gboolean              size_saved;

  /* Windows and the toast that show notebook data; closed when locking. */
  GtkWindow            *editor;
  GtkWindow            *import_dialog;
  GtkWindow            *preferences;
  GtkWindow            *referrals;
  GtkWindow            *care_meetings;
  KoersAutoLock        *auto_lock;
  GtkWindow            *templates;
  AdwToast             *toast;
  /* Keys of the drafts a toast offered already (koers_store_put_draft). */
  GHashTable           *offered_drafts;
  /* While the toast offers to undo archiving this student. */
  KoersStudent         *archived_student;
  /* While the toast offers to undo deleting this entry (the kept copy). */
  KoersEntry           *deleted_entry;
};

G_DEFINE_FINAL_TYPE (KoersWindow, koers_window, ADW_TYPE_APPLICATION_WINDOW)

/* Prototypes */

static void koers_window_update_actions (KoersWindow *self);

/* Helpers */

static void
set_action_enabled (KoersWindow *self,
                    const char  *name,
                    gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
toast_dismissed_cb (AdwToast    *toast,
                    KoersWindow *self)
{
  if (self->toast != toast)
    return;

  g_clear_object (&self->toast);
  g_clear_object (&self->archived_student);
  g_clear_object (&self->deleted_entry);
}

/* Shows @toast (transfer full) in place of the one on screen. */
static void
present_toast (KoersWindow *self,
               AdwToast    *toast)
{
  /* Replaced first, so the old toast's dismissal leaves the new toast's undo data alone. */
  g_clear_object (&self->toast);
  self->toast = g_object_ref (toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);
  koers_toasts_present (self->toast_overlay, toast);
}

static void
show_toast (KoersWindow *self,
            const char  *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  present_toast (self, adw_toast_new (markup));
}

static void
show_page (KoersWindow *self,
           const char  *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  koers_window_update_actions (self);
}

static void
show_first_page (KoersWindow *self)
{
  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      koers_unlock_page_set_path (self->unlock_page, self->path);
      koers_unlock_page_reset (self->unlock_page);
      show_page (self, "unlock");
    }
  else
    {
      koers_welcome_page_reset (self->welcome_page);
      show_page (self, "welcome");
    }
}

static void
dismiss_toast (KoersWindow *self)
{
  g_autoptr(AdwToast) old = g_steal_pointer (&self->toast);

  if (old != NULL)
    koers_toasts_dismiss (self->toast_overlay, old);
  g_clear_object (&self->archived_student);
  g_clear_object (&self->deleted_entry);
}

/* Closes a window held by a weak pointer; forgets it at once, as someone else
 * may still hold a reference and keep it from finalizing. */
static void
destroy_window (GtkWindow **window)
{
  GtkWindow *to_destroy = *window;

  g_clear_weak_pointer (window);
  if (to_destroy != NULL)
    gtk_window_destroy (to_destroy);
}

static void
auto_lock_cb (KoersWindow *self)
{
  koers_window_lock (self);
  /* A toast there already says that a draft could not be kept: that matters more. */
  if (self->toast == NULL)
    show_toast (self, _("Locked because Koers was not used for a while, or the screen locked."));
}

static void
watch_for_idle (KoersWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_clear_object (&self->auto_lock);
  if (application == NULL)
    return;
  self->auto_lock = koers_auto_lock_new (application, self->settings);
  g_signal_connect_object (self->auto_lock, "lock", G_CALLBACK (auto_lock_cb), self, G_CONNECT_SWAPPED);
}

static void
settings_changed_cb (KoersWindow *self,
                     const char  *key)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!koers_settings_write_to_store (self->settings, key, self->store, &error))
    show_toast (self, error->message);
}

static gboolean show_student (KoersWindow *self,
                              gint64       student_id);

/* Nobody is there to answer "Save changes?" when the notebook locks or Koers
 * quits: what entry editors hold unsaved goes into the notebook as a draft,
 * before the windows go. The timeline does the same for its quick field.
 * Returns what could not be kept, for the user, or NULL. */
static char *
keep_drafts (KoersWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autofree char *problem = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      g_autoptr(GError) error = NULL;

      if (KOERS_IS_ENTRY_EDITOR (toplevel) &&
          !koers_entry_editor_keep_draft (KOERS_ENTRY_EDITOR (toplevel), &error) &&
          !g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        {
          g_free (problem);
          /* Translators: %s says why */
          problem = g_strdup_printf (_("What you were writing could not be kept: %s"), error->message);
        }
    }
  return g_steal_pointer (&problem);
}

static void
resume_draft_cb (AdwToast    *toast,
                 KoersWindow *self)
{
  gint64 student_id = 0, entry_id = 0;

  if (self->store == NULL ||
      !koers_entry_editor_parse_draft_key (g_object_get_data (G_OBJECT (toast), "draft-key"),
                                           &student_id, &entry_id) ||
      !show_student (self, student_id))
    return;
  koers_timeline_view_resume_draft (koers_student_page_get_timeline (self->student_page), entry_id);
}

/* After an unlock: an entry editor that the lock closed kept a draft; offer
 * to go on writing, or the note would wait unseen until that editor opens. */
static void
offer_draft (KoersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) student = NULL;
  g_autofree char *key = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  gint64 student_id = 0, entry_id = 0;
  AdwToast *toast;

  key = koers_store_dup_newest_draft (self->store, &student_id, &error);
  if (key == NULL || !koers_entry_editor_parse_draft_key (key, &student_id, &entry_id) ||
      g_hash_table_contains (self->offered_drafts, key))
    {
      if (error != NULL)
        show_toast (self, error->message);
      return;
    }
  /* Offered once while Koers runs: a draft the user let be waits in its editor
   * instead of coming back at every unlock. */
  g_hash_table_add (self->offered_drafts, g_strdup (key));
  student = koers_store_get_student (self->store, student_id, NULL);
  if (student == NULL)
    return;

  /* Translators: %s is a student's name */
  text = g_strdup_printf (_("A note for %s was not saved. What you wrote was kept."),
                          koers_student_get_display_name (student));
  markup = g_markup_escape_text (text, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Continue Writing"));
  adw_toast_set_timeout (toast, 0);
  g_object_set_data_full (G_OBJECT (toast), "draft-key", g_steal_pointer (&key), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (resume_draft_cb), self, 0);
  present_toast (self, toast);
}

static void
open_store (KoersWindow *self,
            KoersStore  *store)
{
  g_autoptr(GError) error = NULL;

  g_set_object (&self->store, store);
  if (!koers_settings_sync_with_store (self->settings, store, &error))
    show_toast (self, error->message);

  /* After the demo, Lock returns to the demo's unlock page, not the real notebook's. */
  g_free (self->path);
  self->path = g_strdup (koers_store_get_path (store));

  koers_student_sidebar_set_store (self->sidebar, store);
  koers_student_page_set_store (self->student_page, store);
  koers_student_page_set_student (self->student_page, NULL);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  /* Side by side, the first thing to see is what needs attention. Chosen before the
   * page has the notebook, so the overview is read once, by set_store. */
  if (!adw_leaflet_get_folded (self->leaflet) &&
      !koers_student_sidebar_get_empty (self->sidebar))
    koers_student_sidebar_show_overview (self->sidebar);
  koers_overview_page_set_store (self->overview_page, store);

  show_page (self, "main");
  watch_for_idle (self);
  offer_draft (self);
  /* Move the focus out of the passphrase entry, which is about to be hidden. */
  gtk_widget_child_focus (GTK_WIDGET (self->sidebar), GTK_DIR_TAB_FORWARD);
}

static void
edit_student (KoersWindow  *self,
              KoersStudent *student);

/* Callbacks */

static void
welcome_create_notebook_cb (KoersWindow *self)
{
  koers_create_page_set_path (self->create_page, self->path);
  show_page (self, "create");
  koers_create_page_reset (self->create_page);
}

static void
create_back_cb (KoersWindow *self)
{
  show_page (self, "welcome");
  koers_welcome_page_reset (self->welcome_page);
}

static void
notebook_opened_cb (KoersWindow *self,
                    KoersStore  *store)
{
  open_store (self, store);
}

static void
backup_failed_cb (KoersWindow *self,
                  const char  *problem)
{
  /* Translators: %s says why */
  g_autofree char *text = g_strdup_printf (_("Today’s backup could not be made: %s"), problem);

  show_toast (self, text);
}

/* The check after unlocking found the file damaged: nothing more is read from
 * it, and the unlock page offers the latest backup. */
static void
notebook_damaged_cb (KoersWindow *self,
                     const char  *message)
{
  koers_window_lock (self);
  koers_unlock_page_show_damaged (self->unlock_page, message);
}

static void
selected_student_changed_cb (KoersWindow *self)
{
  KoersStudent *student = koers_student_sidebar_get_selected_student (self->sidebar);

  koers_student_page_set_student (self->student_page, student);
  koers_window_update_actions (self);
}

static void
student_activated_cb (KoersWindow  *self,
                      KoersStudent *student)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Selects the student with @student_id and shows their page; FALSE (and says why)
 * when the sidebar does not list them. */
static gboolean
show_student (KoersWindow *self,
              gint64       student_id)
{
  KoersStudent *shown;

  koers_student_sidebar_select_student (self->sidebar, student_id);
  shown = koers_student_page_get_student (self->student_page);
  if (shown == NULL || koers_student_get_id (shown) != student_id)
    {
      /* Archived, or filtered out of the sidebar: say so rather than do nothing. */
      show_toast (self, _("The student is not in the list. Show archived students to find them."));
      return FALSE;
    }

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

static void
overview_activated_cb (KoersWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
overview_selected_changed_cb (KoersWindow *self)
{
  gboolean overview = koers_student_sidebar_get_overview_selected (self->sidebar);

  gtk_stack_set_visible_child_name (self->content_stack, overview ? "overview" : "student");
  /* What a student page changed shows when the overview comes back. */
  if (overview)
    koers_overview_page_reload (self->overview_page);
}

static void
overview_count_changed_cb (KoersWindow *self)
{
  koers_student_sidebar_set_overview_count (self->sidebar,
                                            koers_overview_page_get_count (self->overview_page));
}

/* A row of the overview: the student, at the place the row is about. */
static void
overview_item_activated_cb (KoersWindow       *self,
                            KoersOverviewItem *item)
{
  gint64 target_id = koers_overview_item_get_target_id (item);

  if (!show_student (self, koers_student_get_id (koers_overview_item_get_student (item))))
    return;

  switch (koers_overview_item_get_target (item))
    {
    case KOERS_OVERVIEW_TARGET_ENTRY:
      koers_student_page_show_timeline (self->student_page);
      koers_timeline_view_show_entry (koers_student_page_get_timeline (self->student_page), target_id);
      break;
    case KOERS_OVERVIEW_TARGET_GOAL:
      koers_student_page_show_goals (self->student_page);
      break;
    case KOERS_OVERVIEW_TARGET_CHECKLIST:
      koers_student_page_show_checklists (self->student_page);
      koers_checklists_view_open_checklist (koers_student_page_get_checklists (self->student_page), target_id);
      break;
    case KOERS_OVERVIEW_TARGET_ATTENDANCE:
      koers_student_page_show_details (self->student_page);
      break;
    case KOERS_OVERVIEW_TARGET_STUDENT:
    default:
      koers_student_page_show_timeline (self->student_page);
      break;
    }
}

static void
student_page_back_cb (KoersWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
editor_saved_cb (KoersWindow  *self,
                 KoersStudent *student)
{
  koers_student_sidebar_reload (self->sidebar);
  koers_student_sidebar_select_student (self->sidebar, koers_student_get_id (student));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
import_dialog_imported_cb (KoersWindow *self,
                           guint        n_imported,
                           guint        n_updated)
{
  g_autofree char *imported = NULL;
  g_autofree char *text = NULL;

  koers_student_sidebar_reload (self->sidebar);

  /* Two counts, two plural forms: build the sentence from two ngettext parts. */
  imported = g_strdup_printf (ngettext ("Imported %u student", "Imported %u students", n_imported),
                              n_imported);
  /* Translators: %s is "Imported 6 students"; the number is how many known students were updated */
  text = g_strdup_printf (ngettext ("%s, updated %u", "%s, updated %u", n_updated),
                          imported, n_updated);
  show_toast (self, text);
}

static void
undo_archive_cb (AdwToast    *toast,
                 KoersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStudent) student = g_steal_pointer (&self->archived_student);

  if (student == NULL || self->store == NULL)
    return;

  if (!koers_store_set_student_archived (self->store, student, FALSE, &error))
    {
      show_toast (self, error->message);
      return;
    }

  koers_student_sidebar_reload (self->sidebar);
  koers_student_sidebar_select_student (self->sidebar, koers_student_get_id (student));
}

static void
undo_delete_entry_cb (AdwToast    *toast,
                      KoersWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) entry = g_steal_pointer (&self->deleted_entry);
  KoersTimelineView *timeline = koers_student_page_get_timeline (self->student_page);

  if (entry == NULL || self->store == NULL)
    return;

  /* A new row with the old UUID and creation time: the very same entry again. */
  koers_entry_set_id (entry, 0);
  if (!koers_store_save_entry (self->store, entry, &error))
    {
      show_toast (self, error->message);
      return;
    }

  koers_timeline_view_reload (timeline);
  koers_timeline_view_show_entry (timeline, koers_entry_get_id (entry));
}

static void
timeline_entry_deleted_cb (KoersWindow *self,
                           KoersEntry  *entry)
{
  AdwToast *toast;

  dismiss_toast (self);

  toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_entry_cb), self, 0);
  present_toast (self, toast);
  self->deleted_entry = g_object_ref (entry);
}

static void
timeline_error_cb (KoersWindow *self,
                   const char  *message)
{
  show_toast (self, message);
}

static void
view_toast_cb (KoersWindow *self,
                AdwToast    *toast)
{
  dismiss_toast (self);
  /* The view keeps the reference it emitted. */
  present_toast (self, g_object_ref (toast));
}

static void
note_activated_cb (KoersWindow *self,
                   gint64       student_id,
                   gint64       entry_id)
{
  KoersStudent *student = koers_student_page_get_student (self->student_page);

  if (student == NULL || koers_student_get_id (student) != student_id)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  koers_student_page_show_timeline (self->student_page);
  koers_timeline_view_show_entry (koers_student_page_get_timeline (self->student_page), entry_id);
}

/* Actions */

static void
focus_note_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (koers_student_page_get_student (self->student_page) == NULL)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  koers_student_page_show_timeline (self->student_page);
  koers_timeline_view_focus_quick_entry (koers_student_page_get_timeline (self->student_page));
}

static void
new_meeting_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (koers_student_page_get_student (self->student_page) == NULL)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  koers_student_page_show_meetings (self->student_page);
  koers_meetings_view_new_meeting (koers_student_page_get_meetings (self->student_page));
}

/* From the referrals window: the student's timeline, at the referral. */
static void
referral_activated_cb (KoersWindow *self,
                       gint64       student_id,
                       gint64       entry_id)
{
  if (self->store == NULL || !show_student (self, student_id))
    return;
  koers_student_page_show_timeline (self->student_page);
  koers_timeline_view_show_entry (koers_student_page_get_timeline (self->student_page), entry_id);
  gtk_window_present (GTK_WINDOW (self));
}

static void
referrals_changed_cb (KoersWindow *self)
{
  koers_timeline_view_reload (koers_student_page_get_timeline (self->student_page));
}

static void
referrals_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->store == NULL)
    return;

  if (self->referrals == NULL)
    {
      KoersReferralsWindow *window = koers_referrals_window_new (GTK_WINDOW (self), self->store);

      g_signal_connect_object (window, "entry-activated", G_CALLBACK (referral_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (window, "changed", G_CALLBACK (referrals_changed_cb), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->referrals, GTK_WINDOW (window));
    }
  else
    koers_referrals_window_reload (KOERS_REFERRALS_WINDOW (self->referrals));
  gtk_window_present (self->referrals);
}

/* From a student care meeting: that student's timeline. */
static void
care_student_activated_cb (KoersWindow *self,
                           gint64       student_id)
{
  if (self->store == NULL || !show_student (self, student_id))
    return;
  koers_student_page_show_timeline (self->student_page);
  gtk_window_present (GTK_WINDOW (self));
}

/* A conclusion or a step was written: the timeline and the overview show it. */
static void
care_timeline_changed_cb (KoersWindow *self)
{
  koers_timeline_view_reload (koers_student_page_get_timeline (self->student_page));
  koers_overview_page_reload (self->overview_page);
}

static void
care_meetings_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->store == NULL)
    return;

  if (self->care_meetings == NULL)
    {
      KoersCareMeetingsWindow *window = koers_care_meetings_window_new (GTK_WINDOW (self), self->store);
      KoersCareMeetingView *view = koers_care_meetings_window_get_view (window);

      g_signal_connect_object (view, "student-activated", G_CALLBACK (care_student_activated_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (view, "timeline-changed", G_CALLBACK (care_timeline_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->care_meetings, GTK_WINDOW (window));
    }
  else
    koers_care_meetings_window_reload (KOERS_CARE_MEETINGS_WINDOW (self->care_meetings));
  gtk_window_present (self->care_meetings);
}

/* Students in or out: everything that lists them reads again. */
static void
students_moved_cb (gpointer user_data)
{
  KoersWindow *self = user_data;

  if (self->store == NULL)
    return;
  koers_student_sidebar_reload (self->sidebar);
  koers_timeline_view_reload (koers_student_page_get_timeline (self->student_page));
  koers_overview_page_reload (self->overview_page);
}

static void
export_package_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStudent *student;
  KoersPackageExportDialog *dialog;

  if (self->store == NULL)
    return;
  /* A mentor usually hands over the class of the student on show. */
  student = koers_student_page_get_student (self->student_page);
  dialog = koers_package_export_dialog_new (GTK_WINDOW (self), self->store,
                                            student != NULL ? koers_student_get_group (student) : NULL);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (students_moved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_package_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->store == NULL)
    return;
  koers_package_import_run (GTK_WINDOW (self), self->store, students_moved_cb,
                            g_object_ref (self), g_object_unref);
}

static void
templates_changed_cb (KoersWindow *self)
{
  koers_checklists_view_reload (koers_student_page_get_checklists (self->student_page));
}

static void
edit_templates_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->store == NULL)
    return;

  if (self->templates == NULL)
    {
      KoersTemplateEditor *editor = koers_template_editor_new (GTK_WINDOW (self), self->store);

      g_signal_connect_object (editor, "changed", G_CALLBACK (templates_changed_cb), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->templates, GTK_WINDOW (editor));
    }
  gtk_window_present (self->templates);
}

static void
new_checklist_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (koers_student_page_get_student (self->student_page) == NULL)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  koers_student_page_show_checklists (self->student_page);
  koers_checklists_view_new_checklist (koers_student_page_get_checklists (self->student_page), 0);
}

static void
new_goal_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (koers_student_page_get_student (self->student_page) == NULL)
    return;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  koers_student_page_show_goals (self->student_page);
  koers_goals_view_new_goal (koers_student_page_get_goals (self->student_page));
}

static void
class_cards_saved_cb (GFile        *file,
                      guint         n_pages,
                      const GError *error,
                      gpointer      user_data)
{
  KoersWindow *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      show_toast (self, error->message);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is the file name of the exported PDF */
  text = g_strdup_printf (_("Goal cards saved as %s"), name);
  show_toast (self, text);
}

/* The active goals of the shown student's class, one card each, in one print job or PDF. */
static void
print_class_cards_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStudent *shown = koers_student_page_get_student (self->student_page);
  const char *group = shown != NULL ? koers_student_get_group (shown) : NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  KoersGoalCardsDialog *dialog;

  if (self->store == NULL || group == NULL || *group == '\0')
    {
      show_toast (self, _("Choose a student of the class first"));
      return;
    }

  goals = koers_store_list_active_goals (self->store, group, &error);
  if (goals == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  if (goals->len == 0)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a class, as in "2A" */
      text = g_strdup_printf (_("No active goals in %s"), group);
      show_toast (self, text);
      return;
    }

  students = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < goals->len; i++)
    {
      KoersStudent *student = koers_store_get_student (self->store,
                                                       koers_goal_get_student_id (goals->pdata[i]),
                                                       &error);

      if (student == NULL)
        {
          show_toast (self, error->message);
          return;
        }
      g_ptr_array_add (students, student);
    }

  /* Translators: the heading; %s is a class, as in "2A" */
  heading = g_strdup_printf (_("Goal Cards for %s"), group);
  /* Translators: the suggested file name; %s is a class, as in "2A" */
  name = g_strdup_printf (_("Goal cards %s.pdf"), group);
  dialog = koers_goal_cards_dialog_new (GTK_WINDOW (self), self->store, students, goals,
                                        heading, name, class_cards_saved_cb, G_OBJECT (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  KoersWindow *self = user_data;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  koers_student_sidebar_start_search (self->sidebar);
}

static void
new_student_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  edit_student (user_data, NULL);
}

static void
edit_student_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStudent *student = koers_student_page_get_student (self->student_page);

  if (student != NULL)
    edit_student (self, student);
}

static void
set_archived (KoersWindow *self,
              gboolean     archived)
{
  KoersStudent *shown = koers_student_page_get_student (self->student_page);
  g_autoptr(KoersStudent) student = NULL;
  g_autoptr(GError) error = NULL;

  if (shown == NULL || self->store == NULL)
    return;
  /* The page lets go of it when the list reloads; keep it for the toast. */
  student = g_object_ref (shown);

  if (!koers_store_set_student_archived (self->store, student, archived, &error))
    {
      show_toast (self, error->message);
      return;
    }

  dismiss_toast (self);
  koers_student_sidebar_reload (self->sidebar);

  if (archived)
    {
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: %s is the student's name; the toast has an Undo button */
      title = g_markup_printf_escaped (_("%s archived"), koers_student_get_display_name (student));

      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_archive_cb), self, 0);
      present_toast (self, toast);
      self->archived_student = g_object_ref (student);

      if (koers_student_sidebar_get_selected_student (self->sidebar) == NULL)
        adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }
  else
    {
      koers_student_sidebar_select_student (self->sidebar, koers_student_get_id (student));
    }

  koers_window_update_actions (self);
}

static void
archive_student_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  set_archived (user_data, TRUE);
}

static void
restore_student_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  set_archived (user_data, FALSE);
}

static void
student_deleted_cb (KoersStudent *student,
                    gpointer      user_data)
{
  KoersWindow *self = user_data;
  /* Translators: %s is the student's name */
  g_autofree char *text = g_strdup_printf (_("%s was deleted for good"), koers_student_get_display_name (student));

  koers_student_page_set_student (self->student_page, NULL);
  koers_student_sidebar_reload (self->sidebar);
  koers_overview_page_reload (self->overview_page);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  show_toast (self, text);
}

static void
delete_student_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStudent *student = koers_student_page_get_student (self->student_page);

  if (student == NULL || self->store == NULL)
    return;
  koers_delete_student_dialog_new (GTK_WINDOW (self), self->store, student, student_deleted_cb,
                                   g_object_ref (self), g_object_unref);
}

static void
record_saved_cb (const char *message,
                 gpointer    user_data)
{
  show_toast (KOERS_WINDOW (user_data), message);
}

/* For the right of access: everything about the student on show. */
static void
export_record_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStudent *student = koers_student_page_get_student (self->student_page);

  if (student == NULL || self->store == NULL)
    return;
  koers_record_export_run (GTK_WINDOW (self), self->store, student,
                           g_str_equal (g_variant_get_string (parameter, NULL), "pdf"),
                           record_saved_cb, g_object_ref (self), g_object_unref);
}

static void
show_archived_action (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  KoersWindow *self = user_data;

  g_simple_action_set_state (action, state);
  koers_student_sidebar_set_show_archived (self->sidebar, g_variant_get_boolean (state));
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
file_dialog_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(KoersWindow) self = user_data;
  g_autoptr(GFile) file = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);
  if (file != NULL && self->store != NULL)
    koers_window_import_file (self, file);
}
#else
static void
file_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          KoersWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        koers_window_import_file (self, file);
    }

  g_object_unref (chooser);
}
#endif

static GListModel *
class_list_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) class_lists = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_files = gtk_file_filter_new ();

  gtk_file_filter_set_name (class_lists, _("Class Lists (CSV)"));
  gtk_file_filter_add_mime_type (class_lists, "text/csv");
  gtk_file_filter_add_suffix (class_lists, "csv");
  gtk_file_filter_add_suffix (class_lists, "txt");
  g_list_store_append (filters, class_lists);

  gtk_file_filter_set_name (all_files, _("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");
  g_list_store_append (filters, all_files);

  return G_LIST_MODEL (filters);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  KoersWindow *self = user_data;
  g_autoptr(GListModel) filters = class_list_filters ();
  g_autoptr(GtkFileFilter) default_filter = g_list_model_get_item (filters, 0);

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, _("Import Class List"));
  gtk_file_dialog_set_accept_label (dialog, _("_Open"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_default_filter (dialog, default_filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, file_dialog_done_cb, g_object_ref (self));
#else
  GtkFileChooserNative *chooser;
  guint n_filters = g_list_model_get_n_items (filters);

  chooser = gtk_file_chooser_native_new (_("Import Class List"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  for (guint i = 0; i < n_filters; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), default_filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
#endif
}

static void
lock_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  koers_window_lock (user_data);
}

static const GActionEntry win_actions[] = {
  { "search", search_action },
  { "new-student", new_student_action },
  { "edit-student", edit_student_action },
  { "archive-student", archive_student_action },
  { "restore-student", restore_student_action },
  { "delete-student", delete_student_action },
  { "export-record", export_record_action, "s" },
  { "show-archived", NULL, NULL, "false", show_archived_action },
  { "import", import_action },
  { "lock", lock_action },
  { "focus-note", focus_note_action },
  { "new-goal", new_goal_action },
  { "new-meeting", new_meeting_action },
  { "new-checklist", new_checklist_action },
  { "referrals", referrals_action },
  { "care-meetings", care_meetings_action },
  { "export-package", export_package_action },
  { "import-package", import_package_action },
  { "edit-templates", edit_templates_action },
  { "print-class-cards", print_class_cards_action },
};

static void
koers_window_update_actions (KoersWindow *self)
{
  gboolean open = self->store != NULL &&
                  g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "main") == 0;
  KoersStudent *student = open ? koers_student_page_get_student (self->student_page) : NULL;
  gboolean archived = student != NULL && koers_student_get_archived (student);

  set_action_enabled (self, "search", open);
  set_action_enabled (self, "new-student", open);
  set_action_enabled (self, "import", open);
  set_action_enabled (self, "lock", open);
  set_action_enabled (self, "show-archived", open);
  set_action_enabled (self, "edit-student", student != NULL);
  set_action_enabled (self, "focus-note", student != NULL);
  set_action_enabled (self, "new-goal", student != NULL);
  set_action_enabled (self, "new-meeting", student != NULL);
  set_action_enabled (self, "new-checklist", student != NULL);
  set_action_enabled (self, "referrals", open);
  set_action_enabled (self, "care-meetings", open);
  set_action_enabled (self, "export-package", open);
  set_action_enabled (self, "import-package", open);
  set_action_enabled (self, "edit-templates", open);
  set_action_enabled (self, "print-class-cards", student != NULL);

  /* Preferences live in the notebook: only while one is open. */
  {
    GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
    GAction *preferences = application != NULL
                           ? g_action_map_lookup_action (G_ACTION_MAP (application), "preferences")
                           : NULL;

    if (G_IS_SIMPLE_ACTION (preferences))
      g_simple_action_set_enabled (G_SIMPLE_ACTION (preferences), open);
  }
  set_action_enabled (self, "archive-student", student != NULL && !archived);
  set_action_enabled (self, "restore-student", student != NULL && archived);
  set_action_enabled (self, "delete-student", student != NULL);
  set_action_enabled (self, "export-record", student != NULL);
}

static void
edit_student (KoersWindow  *self,
              KoersStudent *student)
{
  KoersStudentEditor *editor;

  if (self->store == NULL)
    return;

  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = koers_student_editor_new (GTK_WINDOW (self), self->store, student);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* GObject */

static void
save_size (KoersWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int width, height;

  if (self->settings == NULL || self->size_saved)
    return;
  self->size_saved = TRUE;
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  /* A maximized window keeps the size to return to. */
  if (maximized)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
koers_window_close_request (GtkWindow *window)
{
  save_size (KOERS_WINDOW (window));

  return GTK_WINDOW_CLASS (koers_window_parent_class)->close_request (window);
}

static void
koers_window_dispose (GObject *object)
{
  KoersWindow *self = KOERS_WINDOW (object);

  /* Quit destroys the window without asking it to close. */
  save_size (self);
  if (self->store != NULL)
    {
      g_autofree char *problem = keep_drafts (self);

      if (problem != NULL)
        g_warning ("%s", problem);
    }
  g_clear_object (&self->auto_lock);
  destroy_window (&self->editor);
  destroy_window (&self->import_dialog);
  destroy_window (&self->preferences);
  destroy_window (&self->referrals);
  destroy_window (&self->care_meetings);
  destroy_window (&self->templates);
  dismiss_toast (self);

  if (self->store != NULL)
    koers_store_close (self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->offered_drafts, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_WINDOW);

  G_OBJECT_CLASS (koers_window_parent_class)->dispose (object);
}

static void
koers_window_finalize (GObject *object)
{
  KoersWindow *self = KOERS_WINDOW (object);

  g_free (self->path);

  G_OBJECT_CLASS (koers_window_parent_class)->finalize (object);
}

static void
koers_window_class_init (KoersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_window_dispose;
  object_class->finalize = koers_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = koers_window_close_request;

  g_type_ensure (KOERS_TYPE_WELCOME_PAGE);
  g_type_ensure (KOERS_TYPE_CREATE_PAGE);
  g_type_ensure (KOERS_TYPE_UNLOCK_PAGE);
  g_type_ensure (KOERS_TYPE_STUDENT_SIDEBAR);
  g_type_ensure (KOERS_TYPE_STUDENT_PAGE);
  g_type_ensure (KOERS_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/koers/Koers/koers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, create_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, unlock_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, student_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, overview_page);
  gtk_widget_class_bind_template_callback (widget_class, welcome_create_notebook_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, notebook_opened_cb);
  gtk_widget_class_bind_template_callback (widget_class, backup_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, notebook_damaged_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_student_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, student_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, student_page_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_count_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toast_cb);
}

static void
koers_window_init (KoersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->offered_drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_actions, G_N_ELEMENTS (win_actions),
                                   self);

  /* Typing a name anywhere in the main page starts a search. */
  koers_student_sidebar_set_key_capture_widget (self->sidebar, GTK_WIDGET (self->leaflet));

  g_signal_connect_object (self->sidebar, "note-activated",
                           G_CALLBACK (note_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_student_page_get_timeline (self->student_page), "entry-deleted",
                           G_CALLBACK (timeline_entry_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_student_page_get_timeline (self->student_page), "error",
                           G_CALLBACK (timeline_error_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_student_page_get_goals (self->student_page), "toast",
                           G_CALLBACK (view_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_student_page_get_meetings (self->student_page), "toast",
                           G_CALLBACK (view_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (koers_student_page_get_checklists (self->student_page), "toast",
                           G_CALLBACK (view_toast_cb), self, G_CONNECT_SWAPPED);

  koers_window_update_actions (self);
}

/* Public API */

KoersWindow *
koers_window_new (KoersApplication *application,
                  const char       *path)
{
  KoersWindow *self;

  g_return_val_if_fail (KOERS_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (KOERS_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->path = g_strdup (path);
  self->settings = g_object_ref (koers_application_get_settings (application));
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  show_first_page (self);

  return self;
}

GtkWindow *
koers_window_import_file (KoersWindow *self,
                          GFile       *file)
{
  g_autoptr(KoersClassList) list = NULL;
  g_autoptr(GError) error = NULL;
  KoersImportDialog *dialog;

  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (self->store == NULL)
    return NULL;

  list = koers_class_list_parse_file (file, NULL, &error);
  if (list == NULL)
    {
      GtkWidget *message;

      /* The parser's message names the line and what is wrong with it. */
      message = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Read Class List"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return NULL;
    }

  destroy_window (&self->import_dialog);

  dialog = koers_import_dialog_new (GTK_WINDOW (self), self->store, list, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (import_dialog_imported_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->import_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

void
koers_window_lock (KoersWindow *self)
{
  g_autofree char *problem = NULL;

  g_return_if_fail (KOERS_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  problem = keep_drafts (self);

  /* First everything that shows or holds a student, then the notebook itself. */
  g_clear_object (&self->auto_lock);
  destroy_window (&self->editor);
  destroy_window (&self->import_dialog);
  destroy_window (&self->preferences);
  destroy_window (&self->referrals);
  destroy_window (&self->care_meetings);
  destroy_window (&self->templates);
  dismiss_toast (self);
  koers_student_page_set_student (self->student_page, NULL);
  koers_student_page_set_store (self->student_page, NULL);
  koers_overview_page_set_store (self->overview_page, NULL);
  koers_student_sidebar_set_store (self->sidebar, NULL);

  koers_store_close (self->store);
  g_clear_object (&self->store);

  koers_unlock_page_set_path (self->unlock_page, self->path);
  show_page (self, "unlock");
  koers_unlock_page_reset (self->unlock_page);
  if (problem != NULL)
    show_toast (self, problem);
}

/* Private API, for tests */

KoersAutoLock *
koers_window_get_auto_lock (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);
  return self->auto_lock;
}

const char *
koers_window_get_visible_page_name (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

KoersStore *
koers_window_get_store (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->store;
}

KoersWelcomePage *
koers_window_get_welcome_page (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->welcome_page;
}

KoersCreatePage *
koers_window_get_create_page (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->create_page;
}

KoersUnlockPage *
koers_window_get_unlock_page (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->unlock_page;
}

KoersStudentSidebar *
koers_window_get_sidebar (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->sidebar;
}

KoersStudentPage *
koers_window_get_student_page (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->student_page;
}

AdwToast *
koers_window_get_toast (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  return self->toast;
}

gboolean
koers_window_restore_backup (KoersWindow  *self,
                             const char   *backup,
                             const char   *passphrase,
                             GError      **error)
{
  g_autofree char *kept = NULL;
  g_autofree char *when = NULL;
  g_autofree char *base = g_path_get_basename (backup);
  g_autofree char *date = g_strndup (base, 10);
  g_autofree char *text = NULL;

  g_return_val_if_fail (KOERS_IS_WINDOW (self), FALSE);

  /* The notebook must be closed before its file is replaced. */
  koers_window_lock (self);
  if (!koers_store_restore (backup, passphrase, self->path, &kept, error))
    return FALSE;

  when = koers_date_format_long (date);
  /* Translators: %s is a date; the user unlocks the restored notebook next */
  text = g_strdup_printf (_("The backup of %s is back. The notebook as it was is kept beside it. "
                            "Unlock to go on."), when);
  show_toast (self, text);
  return TRUE;
}

static void
restore_backup_cb (KoersWindow *self,
                   const char  *backup,
                   const char  *passphrase)
{
  g_autoptr(GError) error = NULL;

  if (!koers_window_restore_backup (self, backup, passphrase, &error))
    koers_output_show_error (GTK_WINDOW (self), _("Could Not Restore the Backup"), error);
}

GtkWindow *
koers_window_show_preferences (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return NULL;

  if (self->preferences == NULL)
    {
      KoersPreferencesWindow *preferences = koers_preferences_window_new (GTK_WINDOW (self), self->store,
                                                                          self->settings);

      g_signal_connect_object (preferences, "restore-backup", G_CALLBACK (restore_backup_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (preferences, "student-deleted", G_CALLBACK (koers_student_sidebar_reload),
                               self->sidebar, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->preferences, GTK_WINDOW (preferences));
    }

  gtk_window_present (self->preferences);
  return self->preferences;
}

KoersOverviewPage *
koers_window_get_overview_page (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);
  return self->overview_page;
}
