/* koers-meeting-editor.c: prepare, hold and follow up one parent meeting
 *
 * Six sections in the order of the practice (DOMAIN.md, "Parent meeting"): plan,
 * strengths first, then the worry, the conversation, the agenda with the
 * invitation, and what happens after. Every section edits one working copy of
 * the meeting; this window saves it. Printing, the calendar event and meeting
 * mode need a stored meeting, so they save quietly first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-meeting-after-section.h"
#include "koers-meeting-agenda-section.h"
#include "koers-meeting-conversation-section.h"
#include "koers-meeting-editor-private.h"
#include "koers-meeting-ics-export.h"
#include "koers-meeting-mode.h"
#include "koers-meeting-plan-section.h"
#include "koers-meeting-sheet-dialog.h"
#include "koers-meeting-strengths-section.h"
#include "koers-meeting-worry-section.h"
#include "koers-toasts.h"
#include "koers-unsaved.h"

struct _KoersMeetingEditor
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwViewStack        *view_stack;

  KoersMeetingContext *context;
  KoersMeeting        *meeting;
  /* name → KoersMeetingSection */
  GHashTable          *sections;
  GtkWindow           *meeting_mode;
  GtkWindow           *sheet_dialog;
  gboolean             dirty;
  gboolean             closing;
};

G_DEFINE_FINAL_TYPE (KoersMeetingEditor, koers_meeting_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_actions (KoersMeetingEditor *self);

/* Helpers */

static void
show_toast (KoersMeetingEditor *self,
            const char         *text)
{
  koers_toasts_show_text (self->toast_overlay, text);
}

/* A toast for the main window: this one is about to close. */
static void
toast_to_window (KoersMeetingEditor *self,
                 AdwToast           *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
set_dirty (KoersMeetingEditor *self,
           gboolean            dirty)
{
  self->dirty = dirty;
}

static void
refresh_visible_section (KoersMeetingEditor *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  if (child != NULL && KOERS_IS_MEETING_SECTION (child))
    koers_meeting_section_refresh (KOERS_MEETING_SECTION (child));
}

static gboolean
save (KoersMeetingEditor *self,
      GError            **error)
{
  if (!koers_store_save_meeting (self->context->store, self->meeting, error))
    return FALSE;

  set_dirty (self, FALSE);
  update_actions (self);
  g_signal_emit (self, signals[SAVED], 0, self->meeting);
  return TRUE;
}

/* Saves before an action that needs the stored meeting; shows why when it cannot. */
static gboolean
save_quietly (KoersMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (save (self, &error))
    return TRUE;

  show_toast (self, error->message);
  /* The plan holds what is missing most often: reason, date, consent. */
  koers_meeting_editor_show_section (self, "plan");
  return FALSE;
}

static void
add_section (KoersMeetingEditor *self,
             GType               type,
             const char         *name,
             const char         *title,
             const char         *icon_name)
{
  GtkWidget *section = g_object_new (type, NULL);
  AdwViewStackPage *page;

  g_return_if_fail (KOERS_IS_MEETING_SECTION (section));

  page = adw_view_stack_add_titled (self->view_stack, section, name, title);
  adw_view_stack_page_set_icon_name (page, icon_name);
  g_hash_table_insert (self->sections, g_strdup (name), section);
}

static void
load_sections (KoersMeetingEditor *self)
{
  GHashTableIter iter;
  gpointer section;

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, NULL, &section))
    koers_meeting_section_load (section, self->context, self->meeting);
}

/* Callbacks */

static void
section_changed_cb (KoersMeetingEditor *self)
{
  set_dirty (self, TRUE);
}

static void
visible_child_changed_cb (KoersMeetingEditor *self)
{
  refresh_visible_section (self);
}

static void
meeting_mode_changed_cb (KoersMeetingEditor *self)
{
  g_signal_emit (self, signals[SAVED], 0, self->meeting);
  refresh_visible_section (self);
}

static void
meeting_mode_ended_cb (KoersMeetingEditor *self)
{
  /* After the meeting comes the follow-up: agreements, next contact, evaluation. */
  koers_meeting_editor_show_section (self, "after");
  gtk_window_present (GTK_WINDOW (self));
}

static void
sheet_done_cb (GFile        *file,
               guint         n_pages,
               const GError *error,
               gpointer      user_data)
{
  KoersMeetingEditor *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (error != NULL)
    {
      show_toast (self, error->message);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Saved as %s"), name);
  show_toast (self, text);
}

static void
close_response_cb (KoersMeetingEditor *self,
                   const char         *response)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      if (!save_quietly (self))
        return;
    }
  else if (g_strcmp0 (response, "discard") != 0)
    return;

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (GtkWindow *window)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty || self->closing)
    return FALSE;

  dialog = koers_unsaved_dialog_new (window, _("Save Changes?"),
                                     _("The preparation has changes that are not saved yet."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
undo_delete_cb (AdwToast     *toast,
                KoersMeeting *copy)
{
  KoersStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  koers_meeting_set_id (copy, 0);
  if (!koers_store_save_meeting (store, copy, &error))
    g_warning ("Cannot restore the meeting: %s", error->message);
}

static void
delete_response_cb (KoersMeetingEditor *self,
                    const char         *response,
                    GtkWindow          *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  /* The editor closes below, while the dialog still lives: see koers-unsaved.c. */
  gtk_window_set_transient_for (dialog, NULL);

  if (!koers_store_delete_meeting (self->context->store, self->meeting, &error))
    {
      show_toast (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Meeting deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->context->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         koers_meeting_copy (self->meeting), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_emit (self, signals[SAVED], 0, self->meeting);
  toast_to_window (self, toast);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (widget);
  g_autoptr(AdwToast) toast = NULL;

  if (!save_quietly (self))
    return;

  toast = adw_toast_new (koers_meeting_get_status (self->meeting) == KOERS_MEETING_PLANNED
                           ? _("Meeting planned")
                           : _("Preparation saved"));
  toast_to_window (self, toast);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
ensure_saved_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  save_quietly (KOERS_MEETING_EDITOR (widget));
}

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (widget);
  KoersMeetingMode *mode;

  if (self->meeting_mode != NULL)
    {
      gtk_window_present (self->meeting_mode);
      return;
    }

  if (!save_quietly (self))
    return;

  mode = koers_meeting_mode_new (GTK_WINDOW (self), self->context, self->meeting);
  g_signal_connect_object (mode, "changed", G_CALLBACK (meeting_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (mode, "ended", G_CALLBACK (meeting_mode_ended_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->meeting_mode, GTK_WINDOW (mode));
  gtk_window_present (GTK_WINDOW (mode));
}

static void
present_sheet_dialog (KoersMeetingEditor *self,
                      KoersSheetKind      kind)
{
  KoersMeetingSheetDialog *dialog;

  if (!save_quietly (self))
    return;

  dialog = koers_meeting_sheet_dialog_new (GTK_WINDOW (self), self->context->store, self->meeting,
                                           kind, sheet_done_cb, G_OBJECT (self));
  g_set_weak_pointer (&self->sheet_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_preparation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  present_sheet_dialog (KOERS_MEETING_EDITOR (widget), KOERS_SHEET_PREPARATION);
}

static void
print_parents_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  present_sheet_dialog (KOERS_MEETING_EDITOR (widget), KOERS_SHEET_FOR_PARENTS);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (widget);
  g_autofree char *generated = NULL;
  const char *invitation;

  if (!save_quietly (self))
    return;

  invitation = koers_meeting_get_invitation (self->meeting);
  if (invitation == NULL)
    invitation = generated = koers_meeting_build_invitation (self->meeting, self->context->student,
                                                             self->context->mentor_name,
                                                             self->context->school_name);
  koers_meeting_export_ics (GTK_WINDOW (self), self->context->store, self->meeting, self->context->student, invitation,
                            sheet_done_cb, G_OBJECT (self));
}

static void
mark_held_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (!koers_store_finish_meeting (self->context->store, self->meeting, &error))
    {
      show_toast (self, error->message);
      return;
    }

  set_dirty (self, FALSE);
  g_signal_emit (self, signals[SAVED], 0, self->meeting);
  toast = adw_toast_new (_("Meeting held: the summary and agreements are on the timeline"));
  toast_to_window (self, toast);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (widget);
  GtkWidget *dialog;

  if (koers_meeting_get_id (self->meeting) == 0)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete Meeting?"),
                                   _("The preparation is removed from the notebook."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (KoersMeetingEditor *self)
{
  KoersMeetingStatus status = koers_meeting_get_status (self->meeting);

  /* A held meeting's agreements live on the timeline: it stays. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", status != KOERS_MEETING_HELD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.mark-held", status != KOERS_MEETING_HELD &&
                                                                       status != KOERS_MEETING_CANCELLED);
}

/* GObject */

static void
koers_meeting_editor_dispose (GObject *object)
{
  KoersMeetingEditor *self = KOERS_MEETING_EDITOR (object);

  if (self->meeting_mode != NULL)
    gtk_window_destroy (self->meeting_mode);
  g_clear_weak_pointer (&self->meeting_mode);
  g_clear_weak_pointer (&self->sheet_dialog);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->context, koers_meeting_context_unref);

  G_OBJECT_CLASS (koers_meeting_editor_parent_class)->dispose (object);
}

static void
koers_meeting_editor_class_init (KoersMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = koers_meeting_editor_dispose;
  window_class->close_request = close_request_cb;

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_MEETING);
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingEditor, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.ensure-saved", NULL, ensure_saved_action);
  gtk_widget_class_install_action (widget_class, "editor.start-meeting", NULL, start_meeting_action);
  gtk_widget_class_install_action (widget_class, "editor.print-preparation", NULL, print_preparation_action);
  gtk_widget_class_install_action (widget_class, "editor.print-parents", NULL, print_parents_action);
  gtk_widget_class_install_action (widget_class, "editor.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "editor.mark-held", NULL, mark_held_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
}

static void
koers_meeting_editor_init (KoersMeetingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public */

KoersMeetingEditor *
koers_meeting_editor_new (GtkWindow     *parent,
                          KoersStore    *store,
                          KoersStudent  *student,
                          KoersMeeting  *meeting,
                          GError       **error)
{
  g_autoptr(KoersMeetingContext) context = NULL;
  KoersMeetingEditor *self;
  GHashTableIter iter;
  gpointer section;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (KOERS_IS_STUDENT (student), NULL);
  g_return_val_if_fail (meeting == NULL || KOERS_IS_MEETING (meeting), NULL);

  context = koers_meeting_context_load (store, student, error);
  if (context == NULL)
    return NULL;

  self = g_object_new (KOERS_TYPE_MEETING_EDITOR,
                       "transient-for", parent,
                       "title", meeting != NULL ? _("Parent Meeting") : _("New Parent Meeting"),
                       NULL);
  self->context = g_steal_pointer (&context);

  if (meeting != NULL)
    self->meeting = koers_meeting_copy (meeting);
  else
    {
      self->meeting = koers_meeting_new ();
      koers_meeting_set_student_id (self->meeting, koers_student_get_id (student));
      koers_meeting_add_attendee (self->meeting, KOERS_ATTENDEE_PARENT, NULL, FALSE);
      koers_meeting_add_attendee (self->meeting, KOERS_ATTENDEE_STUDENT,
                                  koers_student_get_first_name (student), FALSE);
      koers_meeting_add_attendee (self->meeting, KOERS_ATTENDEE_MENTOR,
                                  self->context->mentor_name, TRUE);
    }

  add_section (self, KOERS_TYPE_MEETING_PLAN_SECTION, "plan", _("Plan"), "x-office-calendar-symbolic");
  add_section (self, KOERS_TYPE_MEETING_STRENGTHS_SECTION, "strengths", _("Strengths"), "starred-symbolic");
  add_section (self, KOERS_TYPE_MEETING_WORRY_SECTION, "worry", _("Worry"), "dialog-information-symbolic");
  add_section (self, KOERS_TYPE_MEETING_CONVERSATION_SECTION, "conversation", _("Conversation"),
               "system-users-symbolic");
  add_section (self, KOERS_TYPE_MEETING_AGENDA_SECTION, "agenda", _("Agenda"), "view-list-symbolic");
  add_section (self, KOERS_TYPE_MEETING_AFTER_SECTION, "after", _("After"), "object-select-symbolic");
  load_sections (self);

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, NULL, &section))
    g_signal_connect_object (section, "changed", G_CALLBACK (section_changed_cb), self, G_CONNECT_SWAPPED);

  /* A held meeting opens where its follow-up is. */
  koers_meeting_editor_show_section (self, koers_meeting_get_status (self->meeting) == KOERS_MEETING_HELD
                                             ? "after" : "plan");
  update_actions (self);
  set_dirty (self, meeting == NULL);
  return self;
}

KoersMeeting *
koers_meeting_editor_get_meeting (KoersMeetingEditor *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_EDITOR (self), NULL);

  return self->meeting;
}

KoersMeetingSection *
koers_meeting_editor_get_section (KoersMeetingEditor *self,
                                  const char         *name)
{
  g_return_val_if_fail (KOERS_IS_MEETING_EDITOR (self), NULL);

  return g_hash_table_lookup (self->sections, name);
}

void
koers_meeting_editor_show_section (KoersMeetingEditor *self,
                                   const char         *name)
{
  g_return_if_fail (KOERS_IS_MEETING_EDITOR (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

gboolean
koers_meeting_editor_save (KoersMeetingEditor  *self,
                           GError             **error)
{
  g_return_val_if_fail (KOERS_IS_MEETING_EDITOR (self), FALSE);

  return save (self, error);
}

GtkWindow *
koers_meeting_editor_get_meeting_mode (KoersMeetingEditor *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_EDITOR (self), NULL);

  return self->meeting_mode;
}

GtkWindow *
koers_meeting_editor_get_sheet_dialog (KoersMeetingEditor *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_EDITOR (self), NULL);

  return self->sheet_dialog;
}
