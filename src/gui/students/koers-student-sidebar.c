/* koers-student-sidebar.c: the students of the notebook, grouped by class
 *
 * The list is a GListStore of KoersStudent read from the store, sorted by
 * class and then the Dutch sort name ("Meer, Lotte van der"), filtered in
 * memory by the search text and the class drop-down. A class of 30 or a
 * school year of a few hundred fits easily; no query per keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-student-row.h"
#include "koers-student-sidebar-private.h"

struct _KoersStudentSidebar
{
  AdwBin              parent_instance;

  AdwHeaderBar       *header_bar;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *group_dropdown;
  GtkStringList      *group_list;
  GtkStack           *stack;
  GtkListBox         *overview_list;
  GtkListBoxRow      *overview_row;
  GtkLabel           *overview_badge;
  GtkListView        *list_view;
  GtkWidget          *notes_header;
  GtkWidget          *notes_scroller;
  GtkListBox         *notes_list;

  KoersStore         *store;
  GListStore         *students;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkFilter          *filter;
  /* The classes behind the drop-down's items 1..n (item 0 is "All Classes"). */
  GStrv               groups;
  KoersStudent       *selected;
  gboolean            show_archived;
  gboolean            folded;
  gboolean            empty;
  gboolean            reselecting;
  gboolean            overview_selected;
  guint               n_notes;
};

G_DEFINE_FINAL_TYPE (KoersStudentSidebar, koers_student_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_SELECTED_STUDENT,
  PROP_EMPTY,
  PROP_OVERVIEW_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  STUDENT_ACTIVATED,
  NOTE_ACTIVATED,
  OVERVIEW_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void set_overview_selected (KoersStudentSidebar *self,
                                   gboolean             selected);

/* Helpers */

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static const char *
get_group_filter (KoersStudentSidebar *self)
{
  guint position = gtk_drop_down_get_selected (self->group_dropdown);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || self->groups == NULL)
    return NULL;
  if (position - 1 >= g_strv_length (self->groups))
    return NULL;

  return self->groups[position - 1];
}

/* Classes in natural order ("2A" before "10B"); students without a class last. */
static int
compare_groups (const char *a,
                const char *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  a = nonempty (a);
  b = nonempty (b);

  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);

  key_a = g_utf8_collate_key_for_filename (a, -1);
  key_b = g_utf8_collate_key_for_filename (b, -1);
  return strcmp (key_a, key_b);
}

static int
compare_students (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  KoersStudent *student_a = KOERS_STUDENT ((gpointer) a);
  KoersStudent *student_b = KOERS_STUDENT ((gpointer) b);
  gint64 id_a, id_b;
  int result;

  result = compare_groups (koers_student_get_group (student_a),
                           koers_student_get_group (student_b));
  if (result != 0)
    return result;

  result = g_utf8_collate (koers_student_get_sort_name (student_a),
                           koers_student_get_sort_name (student_b));
  if (result != 0)
    return result;

  id_a = koers_student_get_id (student_a);
  id_b = koers_student_get_id (student_b);
  return (id_a > id_b) - (id_a < id_b);
}

static gboolean
filter_student (gpointer item,
                gpointer user_data)
{
  KoersStudentSidebar *self = user_data;
  KoersStudent *student = item;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *group = get_group_filter (self);

  if (group != NULL && g_strcmp0 (group, koers_student_get_group (student)) != 0)
    return FALSE;

  if (nonempty (search) != NULL && !koers_student_matches (student, search))
    return FALSE;

  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              KoersStudentSidebar      *self)
{
  gtk_list_item_set_child (item, koers_student_row_new ());
}

/* A heading with the class name over the first student of each class. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KoersStudentSidebar      *self)
{
  KoersStudent *student = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  const char *group = nonempty (koers_student_get_group (student));
  const char *heading = NULL;
  gboolean first = TRUE;

  if (position > 0)
    {
      g_autoptr(KoersStudent) previous = g_list_model_get_item (G_LIST_MODEL (self->filtered), position - 1);

      first = previous == NULL || g_strcmp0 (group, nonempty (koers_student_get_group (previous))) != 0;
    }
  if (first)
    /* Translators: heading over the students who are in no class */
    heading = group != NULL ? group : C_("class", "No Class");

  koers_student_row_set_student (KOERS_STUDENT_ROW (gtk_list_item_get_child (item)), student, heading);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               KoersStudentSidebar      *self)
{
  koers_student_row_set_student (KOERS_STUDENT_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

static void
set_selected (KoersStudentSidebar *self,
              KoersStudent        *student)
{
  if (g_set_object (&self->selected, student))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_STUDENT]);
}

static guint
find_student (GListModel *model,
              gint64      id)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KoersStudent) student = g_list_model_get_item (model, i);

      if (koers_student_get_id (student) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The filter moves the rows: show the selection where the student is now. Folded,
 * nothing looks chosen while its page is hidden. */
static void
highlight_selected (KoersStudentSidebar *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->overview_selected && !self->folded)
    return;

  if (self->selected != NULL && !self->folded)
    position = find_student (G_LIST_MODEL (self->filtered), koers_student_get_id (self->selected));

  if (position == gtk_single_selection_get_selected (self->selection))
    return;

  self->reselecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->reselecting = FALSE;
}

static void
update_stack (KoersStudentSidebar *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->students)) == 0;
  const char *name = "list";

  if (empty)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0 && self->n_notes == 0)
    name = "no-results";

  gtk_stack_set_visible_child_name (self->stack, name);

  if (self->empty != empty)
    {
      self->empty = empty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
    }
}

static void
update_groups (KoersStudentSidebar *self,
               GStrv                groups)
{
  g_autofree char *current = g_strdup (get_group_filter (self));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->group_list));
  guint selected = 0;
  guint n_groups = groups != NULL ? g_strv_length (groups) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_ptr_array_add (items, (gpointer) _("All Classes"));
  for (guint i = 0; i < n_groups; i++)
    {
      g_ptr_array_add (items, groups[i]);
      if (g_strcmp0 (groups[i], current) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (items, NULL);

  g_strfreev (self->groups);
  self->groups = groups;

  gtk_string_list_splice (self->group_list, 0, n_old, (const char * const *) items->pdata);
  gtk_drop_down_set_selected (self->group_dropdown, selected);

  /* A filter over one class would filter nothing. */
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), n_groups > 1);
}

static GtkWidget *
create_note_row (KoersSearchHit *hit)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (koers_search_hit_get_student_name (hit));
  GtkWidget *date;
  GtkWidget *kind = gtk_label_new (koers_entry_kind_get_label (koers_search_hit_get_kind (hit)));
  GtkWidget *snippet = gtk_label_new (NULL);
  g_autofree char *markup = koers_search_hit_dup_snippet_markup (hit);
  g_autofree char *when = koers_date_format_dutch (koers_search_hit_get_date (hit));

  date = gtk_label_new (when != NULL ? when : koers_search_hit_get_date (hit));

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (date, "caption");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), date);

  gtk_label_set_xalign (GTK_LABEL (kind), 0.0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");

  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0.0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "hit", g_object_ref (hit), g_object_unref);

  return row;
}

static void
clear_notes (KoersStudentSidebar *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_list))) != NULL)
    gtk_list_box_remove (self->notes_list, child);

  self->n_notes = 0;
  gtk_widget_set_visible (self->notes_header, FALSE);
  gtk_widget_set_visible (self->notes_scroller, FALSE);
}

/* The notes of every student that match the search, below the students:
 * from two characters on, so one letter does not list the whole notebook. */
static void
update_notes (KoersStudentSidebar *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autofree char *sensitive = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  clear_notes (self);

  if (self->store == NULL || !koers_store_is_open (self->store) || g_utf8_strlen (text, -1) < 2)
    return;

  /* Sensitive notes only when the user chose so in the preferences. */
  sensitive = koers_store_dup_meta (self->store, KOERS_META_SEARCH_SENSITIVE, NULL);

  hits = koers_store_search_entries (self->store, text, g_strcmp0 (sensitive, "true") == 0, 50, &error);
  if (hits == NULL)
    {
      /* Half a query ("noel AND") may not parse; that is no error to show while typing. */
      g_debug ("Cannot search the notes: %s", error->message);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    gtk_list_box_append (self->notes_list, create_note_row (hits->pdata[i]));

  self->n_notes = hits->len;
  gtk_widget_set_visible (self->notes_header, hits->len > 0);
  gtk_widget_set_visible (self->notes_scroller, hits->len > 0);
}

/* Callbacks */

static void
note_activated_cb (KoersStudentSidebar *self,
                   GtkListBoxRow       *row)
{
  KoersSearchHit *hit = g_object_get_data (G_OBJECT (row), "hit");
  guint position;

  if (hit == NULL)
    return;

  /* Select the student without clearing the search: the other notes found stay. */
  position = find_student (G_LIST_MODEL (self->students), koers_search_hit_get_student_id (hit));
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(KoersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->students), position);

      set_selected (self, student);
      highlight_selected (self);
    }

  g_signal_emit (self, signals[NOTE_ACTIVATED], 0,
                 koers_search_hit_get_student_id (hit),
                 koers_search_hit_get_entry_id (hit));
}

static void
filtered_items_changed_cb (KoersStudentSidebar *self)
{
  update_stack (self);
  highlight_selected (self);
}

static void
search_changed_cb (KoersStudentSidebar *self)
{
  update_notes (self);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
stop_search_cb (KoersStudentSidebar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* A closed search bar filters nothing: its text and class go with it. */
static void
search_mode_changed_cb (KoersStudentSidebar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->group_dropdown, 0);
}

static void
activate_student (KoersStudentSidebar *self,
                  KoersStudent        *student)
{
  set_selected (self, student);
  set_overview_selected (self, FALSE);
  g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, student);
}

/* Enter in the search entry opens the first student found. */
static void
search_activate_cb (KoersStudentSidebar *self)
{
  g_autoptr(KoersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);

  if (student == NULL)
    return;

  set_selected (self, student);
  highlight_selected (self);
  /* On into the list, where the arrow keys go on; typing returns to the search. */
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  activate_student (self, student);
}

static void
group_selected_cb (KoersStudentSidebar *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The overview and the students share one selection: choosing one unselects the other. */
static void
set_overview_selected (KoersStudentSidebar *self,
                       gboolean             selected)
{
  if (self->overview_selected == selected)
    return;

  self->overview_selected = selected;
  self->reselecting = TRUE;
  if (selected)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  else
    gtk_list_box_unselect_all (self->overview_list);
  self->reselecting = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERVIEW_SELECTED]);
}

/* Shows the Overview row as chosen while it is (not while folded: see "folded"). */
static void
highlight_overview (KoersStudentSidebar *self)
{
  if (!self->overview_selected)
    return;

  self->reselecting = TRUE;
  gtk_list_box_select_row (self->overview_list, self->overview_row);
  self->reselecting = FALSE;
}

static void
selection_changed_cb (KoersStudentSidebar *self)
{
  KoersStudent *student = gtk_single_selection_get_selected_item (self->selection);

  /* A row that goes away (search, reload) takes the selection with it, but
   * the student stays shown: only the user or the window choose another. */
  if (student == NULL || self->reselecting)
    return;

  set_selected (self, student);
  set_overview_selected (self, FALSE);
}

static void
overview_row_selected_cb (KoersStudentSidebar *self,
                          GtkListBoxRow       *row)
{
  if (row != NULL && !self->reselecting)
    set_overview_selected (self, TRUE);
}

static void
overview_row_activated_cb (KoersStudentSidebar *self,
                           GtkListBoxRow       *row)
{
  set_overview_selected (self, TRUE);
  g_signal_emit (self, signals[OVERVIEW_ACTIVATED], 0);
}

/* Enter or a double click, or any click while folded (single-click-activate). */
static void
list_activate_cb (KoersStudentSidebar *self,
                  guint                position)
{
  g_autoptr(KoersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (student != NULL)
    activate_student (self, student);
}

/* GObject */

static void
koers_student_sidebar_dispose (GObject *object)
{
  KoersStudentSidebar *self = KOERS_STUDENT_SIDEBAR (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STUDENT_SIDEBAR);

  g_clear_object (&self->store);
  g_clear_object (&self->selected);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->students);
  g_clear_pointer (&self->groups, g_strfreev);

  G_OBJECT_CLASS (koers_student_sidebar_parent_class)->dispose (object);
}

static void
koers_student_sidebar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KoersStudentSidebar *self = KOERS_STUDENT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    case PROP_SELECTED_STUDENT:
      g_value_set_object (value, self->selected);
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;

    case PROP_OVERVIEW_SELECTED:
      g_value_set_boolean (value, self->overview_selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_student_sidebar_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KoersStudentSidebar *self = KOERS_STUDENT_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      self->folded = g_value_get_boolean (value);
      /* Side by side the content shows the window buttons; folded, each side does. */
      adw_header_bar_set_show_end_title_buttons (self->header_bar, self->folded);
      /* Folded, a selected row would look chosen while its page is hidden, and
       * a click on a row opens that student's page. */
      gtk_list_box_set_selection_mode (self->overview_list,
                                       self->folded ? GTK_SELECTION_NONE : GTK_SELECTION_SINGLE);
      gtk_list_view_set_single_click_activate (self->list_view, self->folded);
      highlight_selected (self);
      if (!self->folded)
        highlight_overview (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_student_sidebar_class_init (KoersStudentSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_student_sidebar_dispose;
  object_class->get_property = koers_student_sidebar_get_property;
  object_class->set_property = koers_student_sidebar_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SELECTED_STUDENT] =
    g_param_spec_object ("selected-student", NULL, NULL,
                         KOERS_TYPE_STUDENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* TRUE when there is not one student to list (the list says what to do). */
  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* TRUE while the overview is chosen instead of a student. */
  properties[PROP_OVERVIEW_SELECTED] =
    g_param_spec_boolean ("overview-selected", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[OVERVIEW_ACTIVATED] =
    g_signal_new ("overview-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[STUDENT_ACTIVATED] =
    g_signal_new ("student-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KOERS_TYPE_STUDENT);

  /* A note found by the search was activated: student id, entry id. */
  signals[NOTE_ACTIVATED] =
    g_signal_new ("note-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-student-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, group_list);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, overview_list);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, overview_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, overview_badge);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, notes_header);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, notes_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentSidebar, notes_list);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, overview_row_activated_cb);
}

static void
koers_student_sidebar_init (KoersStudentSidebar *self)
{
  GtkSortListModel *sorted;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->empty = TRUE;
  self->students = g_list_store_new (KOERS_TYPE_STUDENT);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_students, NULL, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->students)), sorter);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_student, self, NULL));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (self->filter));

  /* A list view, not a list box: it makes rows for what is on screen, not for
   * each of a school's 2,000 students (docs/performance.md). */
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
    gtk_list_view_set_factory (self->list_view, factory);
    g_object_unref (factory);
  }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  /* After the selection's own handler, so it knows the new positions. */
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (filtered_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  update_groups (self, NULL);
  update_stack (self);
}

/* Public API */

GtkWidget *
koers_student_sidebar_new (void)
{
  return g_object_new (KOERS_TYPE_STUDENT_SIDEBAR, NULL);
}

void
koers_student_sidebar_set_store (KoersStudentSidebar *self,
                                 KoersStore          *store)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));

  g_set_object (&self->store, store);

  if (store == NULL)
    {
      /* Locked: forget everything that came from the notebook. */
      set_selected (self, NULL);
      clear_notes (self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      g_list_store_remove_all (self->students);
      update_groups (self, NULL);
      update_stack (self);
      return;
    }

  koers_student_sidebar_reload (self);
}

void
koers_student_sidebar_reload (KoersStudentSidebar *self)
{
  KoersStudentQuery query = { 0, };
  g_autoptr(GPtrArray) students = NULL;
  g_autoptr(GError) error = NULL;
  GStrv groups;
  gint64 selected_id;
  guint position;

  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  if (self->store == NULL)
    return;

  query.include_archived = self->show_archived;
  students = koers_store_list_students (self->store, &query, &error);
  if (students == NULL)
    {
      g_warning ("Cannot list the students: %s", error->message);
      return;
    }

  groups = koers_store_list_groups (self->store, &error);
  if (groups == NULL && error != NULL)
    {
      g_warning ("Cannot list the classes: %s", error->message);
      g_clear_error (&error);
    }
  update_groups (self, groups);

  selected_id = self->selected != NULL ? koers_student_get_id (self->selected) : 0;

  g_list_store_splice (self->students, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->students)),
                       students->pdata, students->len);

  /* Follow the selected student to its fresh copy, or let go when it has left. */
  position = selected_id != 0 ? find_student (G_LIST_MODEL (self->students), selected_id)
                              : GTK_INVALID_LIST_POSITION;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(KoersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->students), position);

      set_selected (self, student);
    }
  else
    {
      set_selected (self, NULL);
    }

  highlight_selected (self);
  update_stack (self);
}

void
koers_student_sidebar_set_show_archived (KoersStudentSidebar *self,
                                         gboolean             show_archived)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;
  koers_student_sidebar_reload (self);
}

KoersStudent *
koers_student_sidebar_get_selected_student (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  return self->selected;
}

void
koers_student_sidebar_select_student (KoersStudentSidebar *self,
                                      gint64               id)
{
  guint position;

  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  position = id != 0 ? find_student (G_LIST_MODEL (self->students), id) : GTK_INVALID_LIST_POSITION;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      set_selected (self, NULL);
      highlight_selected (self);
      return;
    }

  /* A student the search or the class filter hides would be selected unseen. */
  if (find_student (G_LIST_MODEL (self->filtered), id) == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->group_dropdown, 0);
      gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_LESS_STRICT);
    }

  {
    g_autoptr(KoersStudent) student = g_list_model_get_item (G_LIST_MODEL (self->students), position);

    set_selected (self, student);
  }
  set_overview_selected (self, FALSE);
  highlight_selected (self);
}

void
koers_student_sidebar_start_search (KoersStudentSidebar *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
koers_student_sidebar_set_key_capture_widget (KoersStudentSidebar *self,
                                              GtkWidget           *widget)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

guint
koers_student_sidebar_get_n_shown (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

KoersStudent *
koers_student_sidebar_get_shown (KoersStudentSidebar *self,
                                 guint                position)
{
  KoersStudent *student;

  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  student = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  /* The list keeps its own reference: valid for as long as it lists the student. */
  if (student != NULL)
    g_object_unref (student);
  return student;
}

void
koers_student_sidebar_activate_shown (KoersStudentSidebar *self,
                                      guint                position)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  g_signal_emit_by_name (self->list_view, "activate", position);
}

GtkListView *
koers_student_sidebar_get_list_view (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  return self->list_view;
}

GtkEditable *
koers_student_sidebar_get_search_entry (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

const char *
koers_student_sidebar_get_visible_state (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkListBox *
koers_student_sidebar_get_notes_list_box (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);

  return self->notes_list;
}

void
koers_student_sidebar_show_overview (KoersStudentSidebar *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  set_overview_selected (self, TRUE);
  if (!self->folded)
    highlight_overview (self);
}

gboolean
koers_student_sidebar_get_overview_selected (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), FALSE);
  return self->overview_selected;
}

void
koers_student_sidebar_set_overview_count (KoersStudentSidebar *self,
                                          guint                count)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (KOERS_IS_STUDENT_SIDEBAR (self));

  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (self->overview_badge, text);
  gtk_widget_set_visible (GTK_WIDGET (self->overview_badge), count > 0);
  tooltip = g_strdup_printf (ngettext ("%u thing needs attention", "%u things need attention", count), count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->overview_badge), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->overview_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
}

gboolean
koers_student_sidebar_get_empty (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), TRUE);
  return self->empty;
}

GtkListBoxRow *
koers_student_sidebar_get_overview_row (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);
  return self->overview_row;
}

GtkLabel *
koers_student_sidebar_get_overview_badge (KoersStudentSidebar *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_SIDEBAR (self), NULL);
  return self->overview_badge;
}
