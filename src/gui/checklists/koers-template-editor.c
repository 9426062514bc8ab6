/* koers-template-editor.c: the checklist templates, to rename, move and add signals
 *
 * The templates on the left, the selected one on the right, edited on a working
 * copy until Save. Every signal is an entry row: type to rename it, empty it to
 * go back to the card's own wording; its menu moves it up, down or to another
 * group. Saving never touches a checklist filled in before: each keeps its own
 * copy of the signals (the core's copy on write), and the editor says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-template-editor.h"
#include "koers-toasts.h"
#include "koers-unsaved.h"

typedef void (*Continuation) (KoersTemplateEditor *self);

struct _KoersTemplateEditor
{
  AdwWindow               parent_instance;

  AdwToastOverlay        *toast_overlay;
  GtkListBox             *template_list;
  GtkStack               *stack;
  GtkBox                 *edit_box;
  GtkWidget              *save_button;

  KoersStore             *store;
  KoersChecklistTemplate *working;
  GPtrArray              *item_rows;   /* AdwEntryRow per item of the working copy */
  gboolean                dirty;
  gboolean                building;
  gboolean                closing;
  /* What to do once unsaved changes were dealt with. */
  Continuation            pending;
  gint64                  pending_id;
};

G_DEFINE_FINAL_TYPE (KoersTemplateEditor, koers_template_editor, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild (KoersTemplateEditor *self);

/* Helpers */

static void
show_text (KoersTemplateEditor *self,
           const char          *text)
{
  koers_toasts_show_text (self->toast_overlay, text);
}

static void
set_dirty (KoersTemplateEditor *self)
{
  if (self->building)
    return;
  self->dirty = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.save", TRUE);
}

static void
set_working (KoersTemplateEditor    *self,
             KoersChecklistTemplate *working,
             gboolean                dirty)
{
  g_set_object (&self->working, working);
  self->dirty = dirty;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.save", dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.duplicate", working != NULL);
  rebuild (self);
}

static char *
dup_counts (KoersChecklistTemplate *template)
{
  guint n_items = koers_checklist_template_get_items (template)->len;
  guint n_groups = koers_checklist_template_get_groups (template)->len;
  g_autofree char *items = g_strdup_printf (ngettext ("%u signal", "%u signals", n_items), n_items);

  /* Translators: "29 signals in 4 groups" */
  return g_strdup_printf (ngettext ("%s in %u group", "%s in %u groups", n_groups), items, n_groups);
}

static void
reload_list (KoersTemplateEditor *self,
             gint64               select_id)
{
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  self->building = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->template_list))) != NULL)
    gtk_list_box_remove (self->template_list, child);

  templates = koers_store_list_templates (self->store, &error);
  if (templates == NULL)
    show_text (self, error->message);

  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      KoersChecklistTemplate *template = g_ptr_array_index (templates, i);
      g_autofree char *counts = dup_counts (template);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", koers_checklist_template_get_source (template), counts);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (koers_checklist_template_get_name (template));
      GtkWidget *detail = gtk_label_new (subtitle);
      GtkWidget *row = gtk_list_box_row_new ();
      gint64 id = koers_checklist_template_get_id (template);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_widget_add_css_class (detail, "caption");
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), detail);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "template-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->template_list, row);
      if (id == select_id)
        gtk_list_box_select_row (self->template_list, GTK_LIST_BOX_ROW (row));
    }
  self->building = FALSE;

  if (self->working == NULL && (templates == NULL || templates->len == 0))
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
load (KoersTemplateEditor *self,
      gint64               id)
{
  g_autoptr(KoersChecklistTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0)
    {
      set_working (self, NULL, FALSE);
      return;
    }
  template = koers_store_get_template (self->store, id, &error);
  if (template == NULL)
    {
      show_text (self, error->message);
      return;
    }
  set_working (self, template, FALSE);
}

/* Runs @then now, or after the user saved or discarded the unsaved changes. */
static void
discard_response_cb (AdwMessageDialog    *dialog,
                     const char          *response,
                     KoersTemplateEditor *self)
{
  Continuation then = self->pending;

  self->pending = NULL;
  if (g_strcmp0 (response, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "template.save", NULL);
      if (self->dirty)
        return;
    }
  else if (g_strcmp0 (response, "discard") != 0)
    {
      /* Cancelled: the selection goes back to what is being edited. */
      reload_list (self, self->working != NULL ? koers_checklist_template_get_id (self->working) : 0);
      return;
    }
  self->dirty = FALSE;
  if (then != NULL)
    then (self);
}

static void
after_unsaved (KoersTemplateEditor *self,
               Continuation         then)
{
  GtkWidget *dialog;

  if (!self->dirty)
    {
      then (self);
      return;
    }

  self->pending = then;
  dialog = koers_unsaved_dialog_new (GTK_WINDOW (self), _("Save the Template?"),
                                     _("The changes to this template are not saved yet."));
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Building the right side from the working copy */

static void
name_changed_cb (AdwEntryRow         *row,
                 KoersTemplateEditor *self)
{
  if (self->building)
    return;
  koers_checklist_template_set_custom_name (self->working, gtk_editable_get_text (GTK_EDITABLE (row)));
  set_dirty (self);
}

static void
group_name_changed_cb (AdwEntryRow         *row,
                       KoersTemplateEditor *self)
{
  guint group = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  AdwPreferencesGroup *widget = g_object_get_data (G_OBJECT (row), "group-widget");

  if (self->building)
    return;
  koers_checklist_template_rename_group (self->working, group, gtk_editable_get_text (GTK_EDITABLE (row)));
  adw_preferences_group_set_title (widget, koers_checklist_group_get_name (
    g_ptr_array_index (koers_checklist_template_get_groups (self->working), group)));
  set_dirty (self);
}

static void
item_changed_cb (AdwEntryRow         *row,
                 KoersTemplateEditor *self)
{
  if (self->building)
    return;
  koers_checklist_template_rename_item (self->working, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index")),
                                        gtk_editable_get_text (GTK_EDITABLE (row)));
  set_dirty (self);
}

static GMenuModel *
item_menu (KoersChecklistTemplate *template,
           guint                   index)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  GPtrArray *groups = koers_checklist_template_get_groups (template);
  KoersChecklistItem *item = g_ptr_array_index (koers_checklist_template_get_items (template), index);
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  g_autoptr(GMenuItem) gone = g_menu_item_new (_("_Remove"), NULL);

  g_menu_item_set_action_and_target (up, "template.move-up", "u", index);
  g_menu_item_set_action_and_target (down, "template.move-down", "u", index);
  g_menu_append_item (order, up);
  g_menu_append_item (order, down);
  for (guint g = 0; g < groups->len; g++)
    {
      /* Translators: a menu item; %s is the name of a group of signals */
      g_autofree char *label = g_strdup_printf (_("Move to “%s”"), koers_checklist_group_get_name (g_ptr_array_index (groups, g)));
      g_autoptr(GMenuItem) to = NULL;

      if (g == item->group)
        continue;
      to = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (to, "template.move-to", "(uu)", index, g);
      g_menu_append_item (move, to);
    }
  g_menu_item_set_action_and_target (gone, "template.remove", "u", index);
  g_menu_append_item (remove, gone);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
new_button_row (const char *label,
                const char *action,
                GVariant   *target)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
add_header (KoersTemplateEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *delete_button;
  g_autofree char *counts = dup_counts (self->working);
  g_autofree char *description = NULL;
  g_autofree char *used = NULL;
  g_autoptr(GError) error = NULL;
  guint uses = 0;

  if (koers_checklist_template_get_id (self->working) != 0)
    uses = koers_store_count_template_uses (self->store, self->working, &error);
  if (uses > 0)
    used = g_strdup_printf (ngettext ("Used in %u checklist.", "Used in %u checklists.", uses), uses);
  else
    used = g_strdup (_("Not used yet."));
  /* Translators: %1$s is where a template comes from, %2$s "29 signals in 4 groups", %3$s "Used in 2 checklists." */
  description = g_strdup_printf (_("%1$s · %2$s. %3$s Checklists already filled in keep their own copy and do not change."),
                                 koers_checklist_template_get_source (self->working), counts, used);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Template"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), koers_checklist_template_get_name (self->working));
  g_signal_connect (name, "changed", G_CALLBACK (name_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), name);

  delete_button = gtk_button_new_with_mnemonic (_("_Delete Template…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "template.delete");
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_widget_set_halign (delete_button, GTK_ALIGN_END);
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (delete_button, koers_checklist_template_get_id (self->working) != 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), delete_button);

  gtk_box_append (self->edit_box, group);
}

static void
add_group_widget (KoersTemplateEditor *self,
                  guint                g)
{
  KoersChecklistGroup *group = g_ptr_array_index (koers_checklist_template_get_groups (self->working), g);
  GPtrArray *items = koers_checklist_template_get_items (self->working);
  GtkWidget *widget = adw_preferences_group_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean empty = TRUE;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), koers_checklist_group_get_name (group));
  if (group->quiet)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget),
                                           _("Quiet signals: easily missed, and among the most telling."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Group Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), koers_checklist_group_get_name (group));
  g_object_set_data (G_OBJECT (name), "index", GUINT_TO_POINTER (g));
  g_object_set_data (G_OBJECT (name), "group-widget", widget);
  g_signal_connect (name, "changed", G_CALLBACK (group_name_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), name);

  for (guint i = 0; i < items->len; i++)
    {
      KoersChecklistItem *item = g_ptr_array_index (items, i);
      GtkWidget *row;
      GtkWidget *menu_button;
      g_autoptr(GMenuModel) menu = NULL;

      if (item->group != g)
        continue;
      empty = FALSE;
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     item->builtin != NULL ? _("Signal (empty: the card's wording)") : _("Signal"));
      gtk_editable_set_text (GTK_EDITABLE (row), koers_checklist_item_get_label (item));
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect (row, "changed", G_CALLBACK (item_changed_cb), self);

      menu = item_menu (self->working, i);
      menu_button = gtk_menu_button_new ();
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (menu_button, _("Move or Remove"));
      gtk_widget_add_css_class (menu_button, "flat");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);

      g_ptr_array_index (self->item_rows, i) = row;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), row);
    }

  gtk_box_append (GTK_BOX (box), new_button_row (_("Add _Signal"), "template.add-item", g_variant_new_uint32 (g)));
  if (empty)
    {
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Empty Group"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "template.remove-group");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", g);
      gtk_widget_add_css_class (remove, "flat");
      gtk_box_append (GTK_BOX (box), remove);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), box);
  gtk_box_append (self->edit_box, widget);
}

static void
add_tips (KoersTemplateEditor *self)
{
  GPtrArray *tips = koers_checklist_template_get_tips (self->working);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *group, *label;

  if (tips->len == 0)
    return;
  for (guint i = 0; i < tips->len; i++)
    {
      KoersChecklistGroup *tip = g_ptr_array_index (tips, i);

      g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", koers_checklist_text (tip->builtin, tip->custom));
    }
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Tips from the Card"));
  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
  gtk_box_append (self->edit_box, group);
}

static void
rebuild (KoersTemplateEditor *self)
{
  GtkWidget *child;

  self->building = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->edit_box))) != NULL)
    gtk_box_remove (self->edit_box, child);
  g_ptr_array_set_size (self->item_rows, 0);

  if (self->working == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->building = FALSE;
      return;
    }

  g_ptr_array_set_size (self->item_rows, koers_checklist_template_get_items (self->working)->len);
  add_header (self);
  for (guint g = 0; g < koers_checklist_template_get_groups (self->working)->len; g++)
    add_group_widget (self, g);
  gtk_box_append (self->edit_box, new_button_row (_("Add _Group"), "template.add-group", NULL));
  add_tips (self);
  gtk_stack_set_visible_child_name (self->stack, "edit");
  self->building = FALSE;
}

/* Callbacks */

static void
select_pending (KoersTemplateEditor *self)
{
  load (self, self->pending_id);
}

static void
template_selected_cb (KoersTemplateEditor *self,
                      GtkListBoxRow       *row)
{
  gint64 *id;

  if (self->building || row == NULL)
    return;
  id = g_object_get_data (G_OBJECT (row), "template-id");
  if (self->working != NULL && koers_checklist_template_get_id (self->working) == *id)
    return;
  self->pending_id = *id;
  after_unsaved (self, select_pending);
}

static void
close_now (KoersTemplateEditor *self)
{
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (KoersTemplateEditor *self)
{
  if (self->closing || !self->dirty)
    return FALSE;
  after_unsaved (self, close_now);
  return TRUE;
}

/* Actions */

static KoersTemplateEditor *
editable (GtkWidget *widget)
{
  KoersTemplateEditor *self = KOERS_TEMPLATE_EDITOR (widget);

  return self->working != NULL ? self : NULL;
}

static void
structure_changed (KoersTemplateEditor *self)
{
  set_dirty (self);
  rebuild (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);
  guint index, group;

  if (self == NULL)
    return;
  if (g_str_equal (action_name, "template.move-to"))
    {
      g_variant_get (parameter, "(uu)", &index, &group);
      koers_checklist_template_move_item_to_group (self->working, index, group);
    }
  else
    {
      index = g_variant_get_uint32 (parameter);
      koers_checklist_template_move_item (self->working, index,
                                          g_str_equal (action_name, "template.move-up") ? -1 : 1);
    }
  structure_changed (self);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);

  if (self == NULL)
    return;
  if (g_str_equal (action_name, "template.remove-group"))
    koers_checklist_template_remove_group (self->working, g_variant_get_uint32 (parameter));
  else
    koers_checklist_template_remove_item (self->working, g_variant_get_uint32 (parameter));
  structure_changed (self);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);
  guint index;

  if (self == NULL)
    return;
  index = koers_checklist_template_add_item (self->working, g_variant_get_uint32 (parameter), _("New signal"));
  structure_changed (self);
  gtk_widget_grab_focus (g_ptr_array_index (self->item_rows, index));
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);
  guint group;

  if (self == NULL)
    return;
  group = koers_checklist_template_add_group (self->working, _("New group"));
  koers_checklist_template_add_item (self->working, group, _("New signal"));
  structure_changed (self);
}

static void
new_now (KoersTemplateEditor *self)
{
  g_autoptr(KoersChecklistTemplate) template = koers_checklist_template_new ();
  guint group;

  koers_checklist_template_set_custom_name (template, _("New checklist"));
  koers_checklist_template_set_position (template, 1000);
  group = koers_checklist_template_add_group (template, _("Signals"));
  koers_checklist_template_add_item (template, group, _("New signal"));
  gtk_list_box_unselect_all (self->template_list);
  set_working (self, template, TRUE);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  after_unsaved (KOERS_TEMPLATE_EDITOR (widget), new_now);
}

static void
duplicate_now (KoersTemplateEditor *self)
{
  g_autoptr(KoersChecklistTemplate) copy = NULL;

  if (self->working == NULL)
    return;
  copy = koers_checklist_template_duplicate (self->working);
  gtk_list_box_unselect_all (self->template_list);
  set_working (self, copy, TRUE);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  after_unsaved (KOERS_TEMPLATE_EDITOR (widget), duplicate_now);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (!koers_store_save_template (self->store, self->working, &error))
    {
      show_text (self, error->message);
      return;
    }

  self->dirty = FALSE;
  gtk_widget_action_set_enabled (widget, "template.save", FALSE);
  reload_list (self, koers_checklist_template_get_id (self->working));
  load (self, koers_checklist_template_get_id (self->working));
  show_text (self, _("Template saved. Checklists filled in before keep their own copy."));
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  KoersTemplateEditor    *self;   /* weak */
  KoersStore             *store;
  KoersChecklistTemplate *template;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->self);
  g_clear_object (&undo->store);
  g_clear_object (&undo->template);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast *toast,
                Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  /* The same template again: same UUID and key, a new row. */
  koers_checklist_template_set_id (undo->template, 0);
  if (!koers_store_save_template (undo->store, undo->template, &error))
    g_warning ("Could not restore the template: %s", error->message);
  if (undo->self != NULL)
    {
      reload_list (undo->self, koers_checklist_template_get_id (undo->template));
      load (undo->self, koers_checklist_template_get_id (undo->template));
      g_signal_emit (undo->self, signals[CHANGED], 0);
    }
}

static void
delete_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    KoersTemplateEditor *self)
{
  g_autoptr(KoersChecklistTemplate) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  Undo *undo;

  if (g_strcmp0 (response, "delete") != 0 || self->working == NULL)
    return;

  stored = koers_store_get_template (self->store, koers_checklist_template_get_id (self->working), &error);
  if (stored == NULL || !koers_store_delete_template (self->store, stored, &error))
    {
      show_text (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Template deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (Undo, 1);
  g_set_weak_pointer (&undo->self, self);
  undo->store = g_object_ref (self->store);
  undo->template = g_steal_pointer (&stored);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  koers_toasts_present (self->toast_overlay, g_steal_pointer (&toast));

  self->dirty = FALSE;
  set_working (self, NULL, FALSE);
  reload_list (self, 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersTemplateEditor *self = editable (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint uses;

  if (self == NULL || koers_checklist_template_get_id (self->working) == 0)
    return;

  uses = koers_store_count_template_uses (self->store, self->working, &error);
  if (uses > 0)
    body = g_strdup_printf (ngettext ("It was used for %u checklist. That one keeps its own copy of the signals.",
                                      "It was used for %u checklists. Those keep their own copy of the signals.",
                                      uses), uses);
  else
    body = g_strdup (_("No checklist was filled in with it yet."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete the Template?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
koers_template_editor_dispose (GObject *object)
{
  KoersTemplateEditor *self = KOERS_TEMPLATE_EDITOR (object);

  g_clear_object (&self->working);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (koers_template_editor_parent_class)->dispose (object);
}

static void
koers_template_editor_class_init (KoersTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_template_editor_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/checklists/koers-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTemplateEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersTemplateEditor, template_list);
  gtk_widget_class_bind_template_child (widget_class, KoersTemplateEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersTemplateEditor, edit_box);
  gtk_widget_class_bind_template_child (widget_class, KoersTemplateEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, template_selected_cb);

  gtk_widget_class_install_action (widget_class, "template.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "template.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "template.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "template.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "template.add-group", NULL, add_group_action);
  gtk_widget_class_install_action (widget_class, "template.add-item", "u", add_item_action);
  gtk_widget_class_install_action (widget_class, "template.move-up", "u", move_action);
  gtk_widget_class_install_action (widget_class, "template.move-down", "u", move_action);
  gtk_widget_class_install_action (widget_class, "template.move-to", "(uu)", move_action);
  gtk_widget_class_install_action (widget_class, "template.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "template.remove-group", "u", remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "template.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
koers_template_editor_init (KoersTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_rows = g_ptr_array_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

/* Public */

KoersTemplateEditor *
koers_template_editor_new (GtkWindow  *parent,
                           KoersStore *store)
{
  KoersTemplateEditor *self;
  GtkListBoxRow *first;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  self = g_object_new (KOERS_TYPE_TEMPLATE_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  set_working (self, NULL, FALSE);
  reload_list (self, 0);
  first = gtk_list_box_get_row_at_index (self->template_list, 0);
  if (first != NULL)
    gtk_list_box_select_row (self->template_list, first);
  return self;
}

KoersChecklistTemplate *
koers_template_editor_get_template (KoersTemplateEditor *self)
{
  g_return_val_if_fail (KOERS_IS_TEMPLATE_EDITOR (self), NULL);
  return self->working;
}

gboolean
koers_template_editor_select (KoersTemplateEditor *self,
                              gint64               id)
{
  g_return_val_if_fail (KOERS_IS_TEMPLATE_EDITOR (self), FALSE);

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->template_list, 0); row != NULL;
       row = gtk_list_box_get_row_at_index (self->template_list, gtk_list_box_row_get_index (row) + 1))
    {
      gint64 *row_id = g_object_get_data (G_OBJECT (row), "template-id");

      if (*row_id == id)
        {
          gtk_list_box_select_row (self->template_list, row);
          return TRUE;
        }
    }
  return FALSE;
}

GtkEditable *
koers_template_editor_get_item_row (KoersTemplateEditor *self,
                                    guint                index)
{
  g_return_val_if_fail (KOERS_IS_TEMPLATE_EDITOR (self), NULL);
  g_return_val_if_fail (index < self->item_rows->len, NULL);

  return GTK_EDITABLE (g_ptr_array_index (self->item_rows, index));
}

gboolean
koers_template_editor_get_dirty (KoersTemplateEditor *self)
{
  g_return_val_if_fail (KOERS_IS_TEMPLATE_EDITOR (self), FALSE);
  return self->dirty;
}
