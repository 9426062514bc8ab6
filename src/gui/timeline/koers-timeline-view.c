/* koers-timeline-view.c: a student's timeline: quick entry, open follow-ups, the entries
 *
 * The entries are a GListStore of KoersEntry read from the store with the
 * filters as query, shown by a GtkListView so a student with thousands of
 * entries opens at once. Every change reloads the whole model: the month
 * headings are worked out while binding, from the item before, so a reload
 * is what keeps them right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-entry-editor.h"
#include "koers-list-box.h"
#include "koers-string.h"
#include "koers-timeline-view-private.h"

typedef enum
{
  PERIOD_ALL,
  PERIOD_FOUR_WEEKS,
  PERIOD_SCHOOL_YEAR,
} Period;

/* Entries read at first: what a screen shows, so a student's page comes at once;
 * the next ones follow after that frame, a page at a time. */
#define FIRST_PAGE_SIZE 6
#define PAGE_SIZE 12
/* Open follow-ups listed above the timeline before "Show All". */
#define FOLLOWUPS_SHOWN 5

struct _KoersTimelineView
{
  AdwBin              parent_instance;

  GtkMenuButton      *kind_button;
  GtkEntry           *quick_entry;
  GtkMenuButton      *filter_button;
  GtkBox             *kinds_box;
  GtkDropDown        *period_dropdown;
  GtkCheckButton     *open_check;
  GtkCheckButton     *facts_check;
  GtkWidget          *clear_button;
  GtkWidget          *no_match_clear_button;
  GtkWidget          *followups_box;
  GtkListBox         *followups_list;
  GtkStack           *stack;
  GtkScrolledWindow  *list_scroller;
  GtkListView        *list_view;

  GtkCheckButton     *kind_checks[KOERS_N_ENTRY_KINDS];

  KoersStore         *store;
  KoersStudent       *student;
  GListStore         *entries;
  GtkSingleSelection *selection;
  /* Ids of the sensitive entries whose text the user asked to see. */
  GHashTable         *revealed;
  KoersEntryKind      quick_kind;
  guint               n_followups;
  /* All of them shown, not only the most urgent few. */
  gboolean            all_followups;
  /* Every entry the filters let through is in the model: no older page to load. */
  gboolean            complete;
  guint               load_more_id;
  gboolean            updating_filters;
  GtkWindow          *editor;
};

G_DEFINE_FINAL_TYPE (KoersTimelineView, koers_timeline_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_QUICK_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTRY_DELETED,
  CHANGED,
  ERROR,
  OPEN_CHECKLIST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds of the quick-entry menu, in the order of their Alt+digit shortcuts:
 * the everyday ones first, and what went well right after observations. */
static const struct {
  KoersEntryKind kind;
  guint          key;
  const char    *accel;
} quick_kinds[] = {
  { KOERS_ENTRY_OBSERVATION,    GDK_KEY_1, "<Alt>1" },
  { KOERS_ENTRY_POSITIVE,       GDK_KEY_2, "<Alt>2" },
  { KOERS_ENTRY_STUDENT_TALK,   GDK_KEY_3, "<Alt>3" },
  { KOERS_ENTRY_PARENT_CONTACT, GDK_KEY_4, "<Alt>4" },
  { KOERS_ENTRY_SIGNAL,         GDK_KEY_5, "<Alt>5" },
  { KOERS_ENTRY_AGREEMENT,      GDK_KEY_6, "<Alt>6" },
  { KOERS_ENTRY_ABSENCE,        GDK_KEY_7, "<Alt>7" },
  { KOERS_ENTRY_GOAL,           GDK_KEY_8, "<Alt>8" },
  { KOERS_ENTRY_REFERRAL,       GDK_KEY_9, "<Alt>9" },
  { KOERS_ENTRY_CARE_MEETING,   GDK_KEY_0, "<Alt>0" },
  { KOERS_ENTRY_HANDOVER,       0,         NULL },
};

static void scrolled_cb (KoersTimelineView *self);

/* Helpers */

static void
report_error (KoersTimelineView *self,
              const GError      *error)
{
  g_debug ("Timeline: %s", error->message);
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

static guint
find_entry (GListModel *model,
            gint64      id)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KoersEntry) entry = g_list_model_get_item (model, i);

      if (koers_entry_get_id (entry) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
get_kinds_mask (KoersTimelineView *self)
{
  guint mask = 0;

  for (guint kind = 0; kind < KOERS_N_ENTRY_KINDS; kind++)
    if (gtk_check_button_get_active (self->kind_checks[kind]))
      mask |= KOERS_ENTRY_KIND_MASK (kind);

  return mask;
}

static gboolean
filters_active (KoersTimelineView *self)
{
  return get_kinds_mask (self) != KOERS_ENTRY_ALL_KINDS ||
         gtk_drop_down_get_selected (self->period_dropdown) != PERIOD_ALL ||
         gtk_check_button_get_active (self->open_check) ||
         gtk_check_button_get_active (self->facts_check);
}

static void
update_kind_button (KoersTimelineView *self)
{
  gtk_menu_button_set_label (self->kind_button, koers_entry_kind_get_label (self->quick_kind));
}

static void
update_filter_button (KoersTimelineView *self)
{
  gboolean active = filters_active (self);

  /* A filter left on must not look like notes that went missing. */
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filter-active");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button),
                               active ? _("Filters (some entries are hidden)") : _("Filters"));
  gtk_widget_set_sensitive (self->clear_button, active);
}

static GtkWidget *
create_followup_row (KoersTimelineView *self,
                     KoersEntry        *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  g_autofree char *due = NULL;
  const char *owner = koers_entry_get_followup_owner (entry);
  gboolean overdue = koers_entry_is_followup_overdue (entry, NULL);
  gboolean hidden = koers_entry_get_sensitive (entry) &&
                    !g_hash_table_contains (self->revealed, &(gint64) { koers_entry_get_id (entry) });
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  if (koers_str_is_set (koers_entry_get_followup_due (entry)))
    due = koers_date_format_dutch (koers_entry_get_followup_due (entry));

  g_ptr_array_add (parts, g_strdup (koers_entry_kind_get_label (koers_entry_get_kind (entry))));
  if (koers_str_is_set (owner) && !hidden)
    g_ptr_array_add (parts, g_strdup (owner));
  if (due != NULL && overdue)
    g_ptr_array_add (parts, g_strdup_printf (_("overdue since %s"), due));
  else if (due != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("due %s"), due));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (C_("separator", " · "), (char **) parts->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hidden ? _("Follow-up of a sensitive entry")
                                        : koers_entry_get_followup_text (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Mark done"));
  /* A tooltip is only a description: the name says which follow-up, since a
   * screen reader lists the boxes of all of them. */
  {
    /* Translators: the accessible name of a follow-up's check box; %s is the follow-up */
    g_autofree char *name = g_strdup_printf (_("Mark done: %s"),
                                             adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

    gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "timeline.followup-done");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (check),
                                          g_variant_new_int64 (koers_entry_get_id (entry)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (overdue)
    {
      GtkWidget *label = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_widget_add_css_class (row, "followup-overdue");
    }

  koers_list_box_row_cheap_labels (row);
  return row;
}

static GtkWidget *
create_all_followups_row (guint n)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: %u is the number of open follow-ups, more than five */
  g_autofree char *title = g_strdup_printf (ngettext ("Show All %u Follow-ups", "Show All %u Follow-ups", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-down-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "show-all", GINT_TO_POINTER (TRUE));
  return row;
}

static void
clear_followups (KoersTimelineView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->followups_list))) != NULL)
    gtk_list_box_remove (self->followups_list, child);
  self->n_followups = 0;
  gtk_widget_set_visible (self->followups_box, FALSE);
}

static void
load_followups (KoersTimelineView *self)
{
  g_autoptr(GPtrArray) followups = NULL;
  g_autoptr(GError) error = NULL;

  clear_followups (self);

  followups = koers_store_list_open_followups (self->store, koers_student_get_id (self->student), &error);
  if (followups == NULL)
    {
      report_error (self, error);
      return;
    }

  /* The most urgent few (the list comes earliest due first); a student with years
   * of notes can have dozens open, and each row costs a layout. */
  for (guint i = 0; i < followups->len && (self->all_followups || i < FOLLOWUPS_SHOWN); i++)
    gtk_list_box_append (self->followups_list, create_followup_row (self, followups->pdata[i]));
  if (!self->all_followups && followups->len > FOLLOWUPS_SHOWN)
    gtk_list_box_append (self->followups_list, create_all_followups_row (followups->len));

  self->n_followups = followups->len;
  gtk_widget_set_visible (self->followups_box, followups->len > 0);
}

static void
update_stack (KoersTimelineView *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == 0)
    {
      guint total = self->store != NULL && self->student != NULL
                    ? koers_store_count_entries (self->store, koers_student_get_id (self->student), &error)
                    : 0;

      name = total == 0 ? "empty" : "no-match";
    }

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
clear_filters (KoersTimelineView *self)
{
  self->updating_filters = TRUE;
  for (guint kind = 0; kind < KOERS_N_ENTRY_KINDS; kind++)
    gtk_check_button_set_active (self->kind_checks[kind], TRUE);
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_ALL);
  gtk_check_button_set_active (self->open_check, FALSE);
  gtk_check_button_set_active (self->facts_check, FALSE);
  self->updating_filters = FALSE;
}

static void
set_quick_kind (KoersTimelineView *self,
                KoersEntryKind     kind)
{
  if (self->quick_kind == kind)
    return;

  self->quick_kind = kind;
  update_kind_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUICK_KIND]);
}

static KoersEntry *
lookup_entry (KoersTimelineView *self,
              gint64             id)
{
  g_autoptr(GError) error = NULL;
  KoersEntry *entry;

  if (self->store == NULL)
    return NULL;

  entry = koers_store_get_entry (self->store, id, &error);
  if (entry == NULL)
    report_error (self, error);

  return entry;
}

static void
changed (KoersTimelineView *self)
{
  koers_timeline_view_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
open_editor (KoersTimelineView *self,
             KoersEntry        *entry,
             const char        *text);

/* Callbacks */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KoersTimelineView        *self)
{
  gtk_list_item_set_child (item, koers_entry_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KoersTimelineView        *self)
{
  KoersEntry *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean month_header = TRUE;
  gint64 id = koers_entry_get_id (entry);

  if (position > 0)
    {
      g_autoptr(KoersEntry) previous = g_list_model_get_item (G_LIST_MODEL (self->entries), position - 1);
      const char *date = koers_entry_get_date (entry);
      const char *previous_date = previous != NULL ? koers_entry_get_date (previous) : NULL;

      /* "2026-11": the same year and month. */
      month_header = date == NULL || previous_date == NULL || strncmp (date, previous_date, 7) != 0;
    }

  koers_entry_row_set_entry (KOERS_ENTRY_ROW (gtk_list_item_get_child (item)), entry, month_header,
                             g_hash_table_contains (self->revealed, &id));
  /* Only rows on screen ask, and through an index: cheap enough per bind. */
  if (koers_entry_get_kind (entry) == KOERS_ENTRY_SIGNAL && self->store != NULL)
    koers_entry_row_set_checklist (KOERS_ENTRY_ROW (gtk_list_item_get_child (item)),
                                   koers_store_find_checklist_for_entry (self->store, id, NULL));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               KoersTimelineView        *self)
{
  koers_entry_row_set_entry (KOERS_ENTRY_ROW (gtk_list_item_get_child (item)), NULL, FALSE, FALSE);
}

static void
list_activate_cb (KoersTimelineView *self,
                  guint              position)
{
  g_autoptr(KoersEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

  if (entry != NULL)
    open_editor (self, entry, NULL);
}

static void
quick_entry_activate_cb (KoersTimelineView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_entry))));
  g_autofree char *today = koers_date_iso_days_ago (0);
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || self->store == NULL || self->student == NULL)
    return;

  entry = koers_entry_new (self->quick_kind);
  koers_entry_set_student_id (entry, koers_student_get_id (self->student));
  koers_entry_set_date (entry, today);
  koers_entry_set_text (entry, text);
  koers_entry_set_source (entry, KOERS_SOURCE_MENTOR);

  if (!koers_store_save_entry (self->store, entry, &error))
    {
      report_error (self, error);
      return;
    }

  /* Ready for the next note: the text goes, the focus and the kind stay. */
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
  changed (self);
  koers_timeline_view_show_entry (self, koers_entry_get_id (entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->quick_entry));
}

static void
filters_changed_cb (KoersTimelineView *self)
{
  if (self->updating_filters)
    return;

  koers_timeline_view_reload (self);
}

static void
followup_row_activated_cb (KoersTimelineView *self,
                           GtkListBoxRow     *row)
{
  KoersEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  if (g_object_get_data (G_OBJECT (row), "show-all") != NULL)
    {
      self->all_followups = TRUE;
      load_followups (self);
      return;
    }
  if (entry != NULL)
    koers_timeline_view_show_entry (self, koers_entry_get_id (entry));
}

static void
editor_saved_cb (KoersTimelineView *self,
                 KoersEntry        *entry)
{
  changed (self);
  koers_timeline_view_show_entry (self, koers_entry_get_id (entry));
}

static gboolean
delete_selected_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  KoersTimelineView *self = user_data;
  KoersEntry *entry = gtk_single_selection_get_selected_item (self->selection);

  if (entry == NULL)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.delete-entry", "x", koers_entry_get_id (entry));
  return TRUE;
}

/* Actions */

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (widget);
  g_autoptr(KoersEntry) entry = lookup_entry (self, g_variant_get_int64 (parameter));

  if (entry != NULL)
    open_editor (self, entry, NULL);
}

static void
open_checklist_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_CHECKLIST], 0, g_variant_get_int64 (parameter));
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (widget);
  g_autoptr(KoersEntry) entry = lookup_entry (self, g_variant_get_int64 (parameter));
  g_autoptr(KoersEntry) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_key = NULL;

  if (entry == NULL)
    return;

  /* What undo saves again: the same UUID and creation time, a new row id. */
  kept = koers_entry_copy (entry);
  draft_key = koers_entry_editor_draft_key (koers_entry_get_student_id (entry), koers_entry_get_id (entry));
  if (!koers_store_delete_entry (self->store, entry, &error))
    {
      report_error (self, error);
      return;
    }

  /* Unsaved changes to the entry go with it, or its text would outlive the
   * deletion in the notebook. Undo brings back the entry as it was saved. */
  {
    g_autofree char *draft = koers_store_take_draft (self->store, draft_key, NULL, &error);

    if (error != NULL)
      report_error (self, error);
  }

  changed (self);
  g_signal_emit (self, signals[ENTRY_DELETED], 0, kept);
}

static void
reveal_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint position;

  g_hash_table_add (self->revealed, g_memdup2 (&id, sizeof id));

  /* Put the same item back: the list view binds its row again, now revealed. */
  position = find_entry (G_LIST_MODEL (self->entries), id);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(KoersEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

      g_list_store_splice (self->entries, position, 1, (gpointer *) &entry, 1);
    }
  if (self->store != NULL && self->student != NULL)
    load_followups (self);
}

static void
set_followup_done (KoersTimelineView *self,
                   gint64             id,
                   gboolean           done)
{
  g_autoptr(KoersEntry) entry = lookup_entry (self, id);
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    return;

  if (!koers_store_set_followup_done (self->store, entry, done, &error))
    report_error (self, error);

  changed (self);
}

static void
followup_done_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  set_followup_done (KOERS_TIMELINE_VIEW (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
followup_reopen_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_followup_done (KOERS_TIMELINE_VIEW (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (widget);

  clear_filters (self);
  koers_timeline_view_reload (self);
}

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  koers_timeline_view_new_entry (KOERS_TIMELINE_VIEW (widget));
}

/* GObject */

static void
open_editor (KoersTimelineView *self,
             KoersEntry        *entry,
             const char        *text)
{
  KoersEntryEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->store == NULL || self->student == NULL)
    return;

  if (self->editor != NULL)
    gtk_window_destroy (self->editor);

  editor = koers_entry_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   self->store, koers_student_get_id (self->student),
                                   entry, self->quick_kind, text);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
koers_timeline_view_dispose (GObject *object)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->load_more_id, g_source_remove);
  if (self->editor != NULL)
    {
      GtkWindow *editor = self->editor;

      g_clear_weak_pointer (&self->editor);
      gtk_window_destroy (editor);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TIMELINE_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->entries);
  g_clear_object (&self->store);
  g_clear_object (&self->student);
  g_clear_pointer (&self->revealed, g_hash_table_unref);

  G_OBJECT_CLASS (koers_timeline_view_parent_class)->dispose (object);
}

static void
koers_timeline_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUICK_KIND:
      g_value_set_string (value, koers_entry_kind_to_id (self->quick_kind));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_timeline_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersTimelineView *self = KOERS_TIMELINE_VIEW (object);
  KoersEntryKind kind;

  switch (prop_id)
    {
    case PROP_QUICK_KIND:
      if (koers_entry_kind_from_string (g_value_get_string (value), &kind))
        set_quick_kind (self, kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_timeline_view_class_init (KoersTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_timeline_view_dispose;
  object_class->get_property = koers_timeline_view_get_property;
  object_class->set_property = koers_timeline_view_set_property;

  /* The kind id ("observation") the quick-entry bar gives a new note. */
  properties[PROP_QUICK_KIND] =
    g_param_spec_string ("quick-kind", NULL, NULL,
                         "observation",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OPEN_CHECKLIST] =
    g_signal_new ("open-checklist",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  signals[ENTRY_DELETED] =
    g_signal_new ("entry-deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_ENTRY);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/timeline/koers-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, kind_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, kinds_box);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, open_check);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, facts_check);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, clear_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, no_match_clear_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, followups_box);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, followups_list);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, KoersTimelineView, list_scroller);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, quick_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, followup_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "timeline.edit-entry", "x", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.open-checklist", "x", open_checklist_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete-entry", "x", delete_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.reveal-entry", "x", reveal_entry_action);
  gtk_widget_class_install_action (widget_class, "timeline.followup-done", "x", followup_done_action);
  gtk_widget_class_install_action (widget_class, "timeline.followup-reopen", "x", followup_reopen_action);
  gtk_widget_class_install_action (widget_class, "timeline.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "timeline.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.quick-kind", "quick-kind");

  for (guint i = 0; i < G_N_ELEMENTS (quick_kinds); i++)
    if (quick_kinds[i].key != 0)
      gtk_widget_class_add_binding_action (widget_class, quick_kinds[i].key, GDK_ALT_MASK,
                                           "timeline.quick-kind", "s",
                                           koers_entry_kind_to_id (quick_kinds[i].kind));
}

static void
koers_timeline_view_init (KoersTimelineView *self)
{
  g_autoptr(GMenu) kind_menu = g_menu_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) periods = NULL;
  GtkEventController *shortcuts;
  const char *period_names[] = {
    _("All Time"),
    _("Last 4 Weeks"),
    _("This School Year"),
    NULL
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->revealed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->entries = g_list_store_new (KOERS_TYPE_ENTRY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);

    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
    /* Also when the list grows or the window does: a short page fills no screen. */
    g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  }

  /* Delete on the selected entry, with undo like the menu's Delete. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (delete_selected_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  for (guint i = 0; i < G_N_ELEMENTS (quick_kinds); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (koers_entry_kind_get_label (quick_kinds[i].kind), NULL);

      g_menu_item_set_action_and_target_value (item, "timeline.quick-kind",
                                               g_variant_new_string (koers_entry_kind_to_id (quick_kinds[i].kind)));
      if (quick_kinds[i].accel != NULL)
        g_menu_item_set_attribute (item, "accel", "s", quick_kinds[i].accel);
      g_menu_append_item (kind_menu, item);
    }
  gtk_menu_button_set_menu_model (self->kind_button, G_MENU_MODEL (kind_menu));

  for (guint kind = 0; kind < KOERS_N_ENTRY_KINDS; kind++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (koers_entry_kind_get_label (kind));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (filters_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->kinds_box, check);
      self->kind_checks[kind] = GTK_CHECK_BUTTON (check);
    }

  periods = gtk_string_list_new (period_names);
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_ALL);

  self->quick_kind = KOERS_ENTRY_OBSERVATION;
  update_kind_button (self);
  update_filter_button (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.new-entry", FALSE);
}

/* Public API */

GtkWidget *
koers_timeline_view_new (void)
{
  return g_object_new (KOERS_TYPE_TIMELINE_VIEW, NULL);
}

void
koers_timeline_view_set_store (KoersTimelineView *self,
                               KoersStore        *store)
{
  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));

  if (store == NULL)
    koers_timeline_view_set_student (self, NULL);

  g_set_object (&self->store, store);
}

void
koers_timeline_view_set_student (KoersTimelineView *self,
                                 KoersStudent      *student)
{
  gboolean other_student;

  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));

  other_student = self->student == NULL || student == NULL ||
                  koers_student_get_id (self->student) != koers_student_get_id (student);

  /* A note typed but not added yet waits as a draft, like an open editor's. */
  if (other_student && self->student != NULL && self->store != NULL)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_entry))));
      g_autoptr(GError) error = NULL;

      if (*text != '\0' &&
          !koers_entry_editor_keep_quick_draft (self->store, koers_student_get_id (self->student),
                                                self->quick_kind, text, &error) &&
          !g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        /* Invalid: the student was deleted, and the note with them. */
        report_error (self, error);
    }

  g_set_object (&self->student, student);

  if (other_student)
    {
      /* What was revealed for one student stays hidden for the next. */
      g_hash_table_remove_all (self->revealed);
      self->all_followups = FALSE;
      gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
      if (self->editor != NULL)
        {
          GtkWindow *editor = self->editor;

          /* The editor goes with the student it was for; what it held waits
           * as a draft until that student's editor opens again. */
          g_autoptr(GError) error = NULL;

          if (!koers_entry_editor_keep_draft (KOERS_ENTRY_EDITOR (editor), &error) &&
              !g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
            report_error (self, error);
          g_clear_weak_pointer (&self->editor);
          gtk_window_destroy (editor);
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.new-entry", student != NULL);
  koers_timeline_view_reload (self);

  if (other_student && student != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* The filters as a query; @from holds the period's start for as long as the query. */
static void
fill_query (KoersTimelineView *self,
            KoersEntryQuery   *query,
            char             **from)
{
  query->kinds = get_kinds_mask (self);
  switch (gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_FOUR_WEEKS:
      *from = koers_date_iso_days_ago (28);
      break;
    case PERIOD_SCHOOL_YEAR:
      *from = koers_school_year_start (NULL);
      break;
    default:
      break;
    }
  query->from = *from;
  query->only_open_followups = gtk_check_button_get_active (self->open_check);
  query->only_facts = gtk_check_button_get_active (self->facts_check);
}

/* The next page of older entries, when the list is scrolled near its end. */
static void
load_more (KoersTimelineView *self)
{
  KoersEntryQuery query = { 0, };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersEntry) last = NULL;
  g_autofree char *from = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  if (self->complete || n == 0 || self->store == NULL || self->student == NULL ||
      !koers_store_is_open (self->store))
    return;

  fill_query (self, &query, &from);
  last = g_list_model_get_item (G_LIST_MODEL (self->entries), n - 1);
  query.before_id = koers_entry_get_id (last);
  query.limit = PAGE_SIZE;
  entries = koers_store_list_entries (self->store, koers_student_get_id (self->student), &query, &error);
  if (entries == NULL)
    {
      report_error (self, error);
      return;
    }
  self->complete = entries->len < PAGE_SIZE;
  g_list_store_splice (self->entries, n, 0, entries->pdata, entries->len);
}

static gboolean
load_more_idle_cb (gpointer data)
{
  KoersTimelineView *self = data;

  self->load_more_id = 0;
  load_more (self);
  return G_SOURCE_REMOVE;
}

/* Less than a screen left below: the next page comes before the user gets there.
 * After the frame being drawn, not in it: the list is laid out at this point. */
static void
scrolled_cb (KoersTimelineView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  double left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) -
                gtk_adjustment_get_page_size (adjustment);

  if (!self->complete && left < gtk_adjustment_get_page_size (adjustment) && self->load_more_id == 0)
    self->load_more_id = g_idle_add_full (G_PRIORITY_LOW, load_more_idle_cb, self, NULL);
}

void
koers_timeline_view_reload (KoersTimelineView *self)
{
  KoersEntryQuery query = { 0, };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  guint n_old;

  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));

  update_filter_button (self);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    {
      g_list_store_remove_all (self->entries);
      clear_followups (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  fill_query (self, &query, &from);
  /* A screenful, or as many as were shown: a change far down keeps its place. A
   * list view makes a row for up to 200 entries at once, and every row costs its
   * layout (docs/performance.md). */
  query.limit = MAX (FIRST_PAGE_SIZE, n_old);

  /* No kind ticked shows nothing; the store reads 0 as every kind. */
  if (query.kinds == 0)
    entries = g_ptr_array_new_with_free_func (g_object_unref);
  else
    entries = koers_store_list_entries (self->store, koers_student_get_id (self->student), &query, &error);

  if (entries == NULL)
    {
      report_error (self, error);
      return;
    }

  self->complete = entries->len < query.limit;
  g_list_store_splice (self->entries, 0, n_old, entries->pdata, entries->len);
  load_followups (self);
  update_stack (self);
}

void
koers_timeline_view_focus_quick_entry (KoersTimelineView *self)
{
  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->quick_entry));
}

void
koers_timeline_view_show_entry (KoersTimelineView *self,
                                gint64             entry_id)
{
  guint position;

  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));

  position = find_entry (G_LIST_MODEL (self->entries), entry_id);
  /* Further down than loaded: page on until it comes (or the list ends). */
  while (position == GTK_INVALID_LIST_POSITION && !self->complete)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

      load_more (self);
      if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == n)
        break;
      position = find_entry (G_LIST_MODEL (self->entries), entry_id);
    }
  if (position == GTK_INVALID_LIST_POSITION && filters_active (self))
    {
      clear_filters (self);
      koers_timeline_view_reload (self);
      position = find_entry (G_LIST_MODEL (self->entries), entry_id);
    }

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
koers_timeline_view_new_entry (KoersTimelineView *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));

  /* What was typed in the bar goes along into the editor. */
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_entry))));
  open_editor (self, NULL, *text != '\0' ? text : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
}

void
koers_timeline_view_resume_draft (KoersTimelineView *self,
                                  gint64             entry_id)
{
  g_autoptr(KoersEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gint64 student_id;

  g_return_if_fail (KOERS_IS_TIMELINE_VIEW (self));

  if (self->store == NULL || self->student == NULL)
    return;
  student_id = koers_student_get_id (self->student);

  if (entry_id != 0)
    {
      entry = koers_store_get_entry (self->store, entry_id, NULL);
      if (entry == NULL || koers_entry_get_student_id (entry) != student_id)
        {
          /* The entry was deleted since: what was written becomes a new entry. */
          g_clear_object (&entry);
          if (!koers_entry_editor_move_draft (self->store, student_id, entry_id, &error))
            report_error (self, error);
        }
    }
  open_editor (self, entry, NULL);
}

/* Private API, for tests */

GtkEditable *
koers_timeline_view_get_quick_entry (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return GTK_EDITABLE (self->quick_entry);
}

GListModel *
koers_timeline_view_get_model (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return G_LIST_MODEL (self->entries);
}

GtkCheckButton *
koers_timeline_view_get_kind_check (KoersTimelineView *self,
                                    KoersEntryKind     kind)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);

  return self->kind_checks[kind];
}

GtkWidget *
koers_timeline_view_get_clear_button (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return self->no_match_clear_button;
}

const char *
koers_timeline_view_get_visible_state (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static KoersEntryRow *
find_row (GtkWidget  *widget,
          KoersEntry *entry)
{
  if (KOERS_IS_ENTRY_ROW (widget))
    return koers_entry_row_get_entry (KOERS_ENTRY_ROW (widget)) == entry ? KOERS_ENTRY_ROW (widget) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KoersEntryRow *row = find_row (child, entry);

      if (row != NULL)
        return row;
    }

  return NULL;
}

KoersEntryRow *
koers_timeline_view_get_row (KoersTimelineView *self,
                             guint              position)
{
  g_autoptr(KoersEntry) entry = NULL;

  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  if (entry == NULL)
    return NULL;

  return find_row (GTK_WIDGET (self->list_view), entry);
}

guint
koers_timeline_view_get_n_followups (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), 0);

  return self->n_followups;
}

GtkListBox *
koers_timeline_view_get_followups_list (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return self->followups_list;
}

GtkScrolledWindow *
koers_timeline_view_get_scroller (KoersTimelineView *self)
{
  g_return_val_if_fail (KOERS_IS_TIMELINE_VIEW (self), NULL);

  return self->list_scroller;
}
