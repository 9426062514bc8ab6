/* koers-checklists-view.c: a student's signal checklists
 *
 * Newest first, each with its date, who filled it in and whether it is final;
 * never with a number of signals: a checklist is not a score. The menu of the
 * New button holds every template, the blank cards to print, and the way to the
 * template editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-checklist-editor.h"
#include "koers-checklist-print.h"
#include "koers-checklists-view.h"
#include "koers-date.h"

#define SIGNALENKAART "signalenkaart-jong-doet-mee"

struct _KoersChecklistsView
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  GtkMenuButton       *new_button;
  GtkMenuButton       *empty_button;
  AdwPreferencesGroup *list_group;

  KoersStore          *store;
  KoersStudent        *student;
  GPtrArray           *checklists;   /* KoersChecklist, as shown */
  GPtrArray           *rows;
  GtkWindow           *editor;
};

G_DEFINE_FINAL_TYPE (KoersChecklistsView, koers_checklists_view, ADW_TYPE_BIN)

enum {
  CHANGED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
show_toast (KoersChecklistsView *self,
            const char          *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (markup);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkWindow *
get_parent_window (KoersChecklistsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
close_editor (KoersChecklistsView *self)
{
  GtkWindow *editor = self->editor;

  g_clear_weak_pointer (&self->editor);
  if (editor != NULL)
    gtk_window_destroy (editor);
}

static void
clear_rows (KoersChecklistsView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->checklists, g_ptr_array_unref);
}

static GtkWidget *
create_row (KoersChecklist *checklist)
{
  KoersChecklistStatus status = koers_checklist_get_status (checklist);
  g_autofree char *date = koers_date_format_long (koers_checklist_get_date (checklist));
  const char *observer = koers_checklist_get_observer (checklist);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tag;

  if (observer != NULL)
    subtitle = g_strdup_printf ("%s · %s", date, observer);
  else
    subtitle = g_strdup (date);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_checklist_get_template_name (checklist));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "checklists.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", koers_checklist_get_id (checklist));

  tag = gtk_label_new (koers_checklist_status_get_label (status));
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "meeting-tag");
  if (status == KOERS_CHECKLIST_DRAFT)
    gtk_widget_add_css_class (tag, "meeting-planned");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* Every template to fill in, then blank cards to print, then the editor. */
static void
update_menu (KoersChecklistsView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) fill = g_menu_new ();
  g_autoptr(GMenu) blank = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && koers_store_is_open (self->store))
    templates = koers_store_list_templates (self->store, &error);
  if (error != NULL)
    show_toast (self, error->message);

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      KoersChecklistTemplate *template = g_ptr_array_index (templates, i);
      gint64 id = koers_checklist_template_get_id (template);
      g_autoptr(GMenuItem) item = g_menu_item_new (koers_checklist_template_get_name (template), NULL);
      g_autoptr(GMenuItem) print = NULL;
      /* Translators: a menu item; %s is a checklist template's name */
      g_autofree char *print_label = g_strdup_printf (_("Print Blank “%s”…"), koers_checklist_template_get_name (template));

      g_menu_item_set_action_and_target (item, "checklists.new", "x", id);
      g_menu_append_item (fill, item);
      print = g_menu_item_new (print_label, NULL);
      g_menu_item_set_action_and_target (print, "checklists.print-blank", "x", id);
      g_menu_append_item (blank, print);
    }
  g_menu_append (edit, _("_Edit Templates…"), "win.edit-templates");

  g_menu_append_section (menu, _("Fill In"), G_MENU_MODEL (fill));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (blank));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  gtk_menu_button_set_menu_model (self->new_button, G_MENU_MODEL (menu));
  gtk_menu_button_set_menu_model (self->empty_button, G_MENU_MODEL (menu));
}

/* Callbacks */

static void
editor_saved_cb (KoersChecklistsView *self)
{
  koers_checklists_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
editor_toast_cb (KoersChecklistsView *self,
                 AdwToast            *toast)
{
  /* An undone delete comes back through the store: reload after it. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkWindow *
open_editor (KoersChecklistsView    *self,
             KoersChecklist         *checklist,
             KoersChecklistTemplate *template)
{
  g_autoptr(GError) error = NULL;
  KoersChecklistEditor *editor;

  if (self->store == NULL || self->student == NULL)
    return NULL;

  close_editor (self);
  editor = koers_checklist_editor_new (get_parent_window (self), self->store, self->student,
                                       checklist, template, &error);
  if (editor == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "toast", G_CALLBACK (editor_toast_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
  return self->editor;
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  koers_checklists_view_new_checklist (KOERS_CHECKLISTS_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  koers_checklists_view_open_checklist (KOERS_CHECKLISTS_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
print_blank_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoersChecklistsView *self = KOERS_CHECKLISTS_VIEW (widget);

  if (self->store == NULL)
    return;
  koers_checklist_print (get_parent_window (self), self->store, 0, g_variant_get_int64 (parameter),
                         self->student != NULL ? koers_student_get_id (self->student) : 0);
}

/* GObject */

static void
koers_checklists_view_dispose (GObject *object)
{
  KoersChecklistsView *self = KOERS_CHECKLISTS_VIEW (object);

  close_editor (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checklists, g_ptr_array_unref);
  g_clear_object (&self->student);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_checklists_view_parent_class)->dispose (object);
}

static void
koers_checklists_view_class_init (KoersChecklistsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_checklists_view_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/checklists/koers-checklists-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistsView, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistsView, new_button);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistsView, empty_button);
  gtk_widget_class_bind_template_child (widget_class, KoersChecklistsView, list_group);

  gtk_widget_class_install_action (widget_class, "checklists.new", "x", new_action);
  gtk_widget_class_install_action (widget_class, "checklists.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "checklists.print-blank", "x", print_blank_action);
}

static void
koers_checklists_view_init (KoersChecklistsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* Public */

void
koers_checklists_view_set_store (KoersChecklistsView *self,
                                 KoersStore          *store)
{
  g_return_if_fail (KOERS_IS_CHECKLISTS_VIEW (self));

  if (g_set_object (&self->store, store))
    koers_checklists_view_set_student (self, NULL);
}

void
koers_checklists_view_set_student (KoersChecklistsView *self,
                                   KoersStudent        *student)
{
  g_return_if_fail (KOERS_IS_CHECKLISTS_VIEW (self));

  if (student == NULL || self->student == NULL ||
      koers_student_get_id (student) != koers_student_get_id (self->student))
    close_editor (self);
  g_set_object (&self->student, student);
  koers_checklists_view_reload (self);
}

void
koers_checklists_view_reload (KoersChecklistsView *self)
{
  g_autoptr(GPtrArray) checklists = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KOERS_IS_CHECKLISTS_VIEW (self));

  clear_rows (self);
  update_menu (self);
  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  checklists = koers_store_list_checklists (self->store, koers_student_get_id (self->student), &error);
  if (checklists == NULL)
    {
      show_toast (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < checklists->len; i++)
    {
      GtkWidget *row = create_row (checklists->pdata[i]);

      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->list_group, row);
    }
  self->checklists = g_steal_pointer (&checklists);
  gtk_stack_set_visible_child_name (self->stack, self->checklists->len > 0 ? "list" : "empty");
}

GtkWindow *
koers_checklists_view_new_checklist (KoersChecklistsView *self,
                                     gint64               template_id)
{
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KOERS_IS_CHECKLISTS_VIEW (self), NULL);

  if (self->store == NULL || self->student == NULL)
    return NULL;

  if (template_id != 0)
    template = koers_store_get_template (self->store, template_id, &error);
  else
    {
      template = koers_store_get_template_by_key (self->store, SIGNALENKAART, NULL);
      if (template == NULL)
        {
          g_autoptr(GPtrArray) templates = koers_store_list_templates (self->store, &error);

          if (templates != NULL && templates->len > 0)
            template = g_object_ref (g_ptr_array_index (templates, 0));
          else if (templates != NULL)
            g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                                 _("There are no checklist templates. Make one with Edit Templates."));
        }
    }
  if (template == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }

  return open_editor (self, NULL, template);
}

GtkWindow *
koers_checklists_view_open_checklist (KoersChecklistsView *self,
                                      gint64               id)
{
  g_autoptr(KoersChecklist) checklist = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KOERS_IS_CHECKLISTS_VIEW (self), NULL);

  if (self->store == NULL)
    return NULL;
  checklist = koers_store_get_checklist (self->store, id, &error);
  if (checklist == NULL)
    {
      show_toast (self, error->message);
      koers_checklists_view_reload (self);
      return NULL;
    }
  return open_editor (self, checklist, NULL);
}

const char *
koers_checklists_view_get_visible_state (KoersChecklistsView *self)
{
  g_return_val_if_fail (KOERS_IS_CHECKLISTS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
