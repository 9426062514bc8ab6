/* koers-overview-page.c: what needs attention across all students
 *
 * The zorgcoördinator's one screen: the six sections of the overview (core), each a
 * boxed list of students with the reason and the date, overdue rows marked in words.
 * A row opens the student at the right place; the window does that. Filters by
 * class and mentor only show when there is something to choose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-list-box.h"
#include "koers-output.h"
#include "koers-overview-export.h"
#include "koers-overview-page.h"
#include "koers-overview-sheet.h"

struct _KoersOverviewPage
{
  AdwBin          parent_instance;

  AdwHeaderBar   *header_bar;
  AdwWindowTitle *window_title;
  GtkWidget      *back_button;
  GtkDropDown    *group_dropdown;
  GtkStringList  *group_list;
  GtkDropDown    *mentor_dropdown;
  GtkStringList  *mentor_list;
  GtkWidget      *empty_status;
  GtkBox         *sections_box;

  KoersStore     *store;
  GPtrArray      *items;      /* KoersOverviewItem, as shown */
  GPtrArray      *rows;       /* activatable rows, in order */
  /* Rows shown per section; the rest are behind "Show More" (the most urgent
   * come first, and a school of 2,000 has thousands of items). */
  guint           shown[KOERS_N_OVERVIEW_SECTIONS];
  gboolean        folded;
  gboolean        updating_filters;
};

G_DEFINE_FINAL_TYPE (KoersOverviewPage, koers_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_COUNT,
  N_PROPS
};

enum {
  BACK,
  ITEM_ACTIVATED,
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

/* The chosen entry of a filter, NULL for the first ("All …"). */
static const char *
get_filter (GtkDropDown   *dropdown,
            GtkStringList *list)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (list, selected);
}

/* Refills a filter's choices, keeping what was chosen when it is still there. */
static void
fill_filter (GtkDropDown   *dropdown,
             GtkStringList *list,
             const char    *all,
             char         **values)
{
  g_autofree char *chosen = g_strdup (get_filter (dropdown, list));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint selected = 0;
  guint n_values = values != NULL ? g_strv_length (values) : 0;

  gtk_string_list_splice (list, 0, n, NULL);
  gtk_string_list_append (list, all);
  for (guint i = 0; i < n_values; i++)
    {
      gtk_string_list_append (list, values[i]);
      if (g_strcmp0 (values[i], chosen) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_selected (dropdown, selected);
  /* One class or one mentor: nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (dropdown), n_values > 1);
}

static void
update_filters (KoersOverviewPage *self)
{
  g_auto(GStrv) groups = NULL;
  g_auto(GStrv) mentors = NULL;

  if (self->store == NULL)
    return;

  groups = koers_store_list_groups (self->store, NULL);
  mentors = koers_store_list_mentors (self->store, NULL);

  self->updating_filters = TRUE;
  fill_filter (self->group_dropdown, self->group_list, _("All Classes"), groups);
  fill_filter (self->mentor_dropdown, self->mentor_list, _("All Mentors"), mentors);
  self->updating_filters = FALSE;
}

/* "due Friday 27 November 2026", said the way the section means its date. */
static char *
dup_when (KoersOverviewItem *item)
{
  const char *date = koers_overview_item_get_date (item);
  gboolean overdue = koers_overview_item_get_overdue (item);
  g_autofree char *day = NULL;

  if (date == NULL)
    return koers_overview_item_get_section (item) == KOERS_OVERVIEW_FOLLOWUPS
           ? g_strdup (_("no due date")) : NULL;

  day = koers_date_format_long (date);
  switch (koers_overview_item_get_section (item))
    {
    case KOERS_OVERVIEW_GOALS:
    case KOERS_OVERVIEW_FOLLOWUPS:
      /* Translators: %s is a date */
      return g_strdup_printf (overdue ? _("was due %s") : _("due %s"), day);
    case KOERS_OVERVIEW_REFERRALS:
      /* Translators: %s is a date */
      return g_strdup_printf (_("feedback expected %s"), day);
    case KOERS_OVERVIEW_SIGNALS:
      /* Translators: %s is a date */
      return g_strdup_printf (_("filled in %s"), day);
    case KOERS_OVERVIEW_QUIET:
      /* Translators: %s is a date */
      return g_strdup_printf (_("last entry or added %s"), day);
    case KOERS_OVERVIEW_ATTENDANCE:
      /* Translators: %s is a date */
      return g_strdup_printf (_("last absence %s"), day);
    case KOERS_N_OVERVIEW_SECTIONS:
    default:
      return g_strdup (day);
    }
}

static char *
dup_subtitle (KoersOverviewPage *self,
              KoersOverviewItem *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *when = dup_when (item);
  g_autofree char *details = NULL;
  const char *owner = koers_overview_item_get_owner (item);
  const char *mentor = koers_student_get_mentor (koers_overview_item_get_student (item));

  if (when != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&when));
  if (owner != NULL)
    /* Translators: %s is who is to act: "mentor", "zorgcoördinator", a name */
    g_ptr_array_add (parts, g_strdup_printf (_("by %s"), owner));
  if (mentor != NULL && get_filter (self->mentor_dropdown, self->mentor_list) == NULL &&
      gtk_widget_get_visible (GTK_WIDGET (self->mentor_dropdown)))
    /* Translators: %s is the student's mentor */
    g_ptr_array_add (parts, g_strdup_printf (_("mentor %s"), mentor));
  g_ptr_array_add (parts, NULL);
  details = g_strjoinv (" · ", (char **) parts->pdata);

  /* Plain text: the rows do not use markup. */
  if (*details == '\0')
    return g_strdup (koers_overview_item_get_reason (item));
  return g_strdup_printf ("%s\n%s", koers_overview_item_get_reason (item), details);
}

static void
row_activated_cb (AdwActionRow      *row,
                  KoersOverviewPage *self)
{
  KoersOverviewItem *item = g_object_get_data (G_OBJECT (row), "item");

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static GtkWidget *
create_row (KoersOverviewPage *self,
            KoersOverviewItem *item)
{
  KoersStudent *student = koers_overview_item_get_student (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = dup_subtitle (self, item);

  if (koers_student_get_group (student) != NULL)
    title = g_strdup_printf ("%s · %s", koers_student_get_display_name (student),
                             koers_student_get_group (student));
  else
    title = g_strdup (koers_student_get_display_name (student));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  if (koers_overview_item_get_overdue (item))
    {
      GtkWidget *label = gtk_label_new (koers_overview_item_get_section (item) == KOERS_OVERVIEW_ATTENDANCE
                                        ? _("Below 90%") : _("Overdue"));

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
  koers_list_box_row_cheap_labels (row);
  g_ptr_array_add (self->rows, row);
  return row;
}

#define SHOWN_AT_FIRST 10
#define SHOWN_MORE 100

static void show_items (KoersOverviewPage *self);

static void
reset_shown (KoersOverviewPage *self)
{
  for (guint i = 0; i < KOERS_N_OVERVIEW_SECTIONS; i++)
    self->shown[i] = SHOWN_AT_FIRST;
}

static void
show_more_activated_cb (AdwActionRow      *row,
                        KoersOverviewPage *self)
{
  KoersOverviewSection section = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "section"));

  self->shown[section] += SHOWN_MORE;
  show_items (self);
}

static GtkWidget *
create_more_row (KoersOverviewPage    *self,
                 KoersOverviewSection  section,
                 guint                 hidden)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: %u is how many more items the overview has in this section */
  g_autofree char *title = g_strdup_printf (ngettext ("Show %u More", "Show %u More", MIN (hidden, SHOWN_MORE)),
                                            MIN (hidden, SHOWN_MORE));
  g_autofree char *subtitle = g_strdup_printf (ngettext ("%u not shown", "%u not shown", hidden), hidden);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* "Show 100 More" alone would hide how many are left behind it. */
  if (hidden > SHOWN_MORE)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-down-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "section", GUINT_TO_POINTER (section));
  g_signal_connect (row, "activated", G_CALLBACK (show_more_activated_cb), self);
  return row;
}

static GtkWidget *
create_section (KoersOverviewPage    *self,
                KoersOverviewSection  section)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) rows = koers_overview_items_in_section (self->items, section);
  g_autofree char *count_text = g_strdup_printf ("%u", rows->len);
  GtkWidget *count;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), koers_overview_section_get_title (section));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         koers_overview_section_get_description (section));

  for (guint i = 0; i < rows->len && i < self->shown[section]; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_row (self, rows->pdata[i]));
  if (rows->len > self->shown[section])
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               create_more_row (self, section, rows->len - self->shown[section]));

  if (rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing here"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  count = gtk_label_new (count_text);
  gtk_widget_set_valign (count, GTK_ALIGN_START);
  gtk_widget_add_css_class (count, "overview-count");
  gtk_widget_add_css_class (count, "numeric");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), count);
  return group;
}

static void
clear_sections (KoersOverviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_items (KoersOverviewPage *self)
{
  g_autofree char *subtitle = NULL;
  guint n = self->items->len;

  clear_sections (self);
  for (KoersOverviewSection section = 0; section < KOERS_N_OVERVIEW_SECTIONS; section++)
    gtk_box_append (self->sections_box, create_section (self, section));

  gtk_widget_set_visible (self->empty_status, n == 0 && self->store != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), n > 0);

  if (n > 0)
    subtitle = g_strdup_printf (ngettext ("%u needs attention", "%u need attention", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static KoersOverviewQuery
current_query (KoersOverviewPage *self,
               const char        *today)
{
  KoersOverviewQuery query = {
    today,
    get_filter (self->group_dropdown, self->group_list),
    get_filter (self->mentor_dropdown, self->mentor_list),
    0,
  };
  return query;
}

static void
query_overview (KoersOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = koers_date_iso_days_ago (0);
  KoersOverviewQuery query = current_query (self, today);
  g_autoptr(GPtrArray) items = NULL;

  if (self->store == NULL || !koers_store_is_open (self->store))
    {
      g_ptr_array_set_size (self->items, 0);
      show_items (self);
      return;
    }

  items = koers_store_get_overview (self->store, &query, &error);
  if (items == NULL)
    {
      g_warning ("Could not read the overview: %s", error->message);
      g_ptr_array_set_size (self->items, 0);
      show_items (self);
      return;
    }

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  show_items (self);
}

static void
filter_changed_cb (KoersOverviewPage *self)
{
  if (!self->updating_filters)
    {
      reset_shown (self);
      query_overview (self);
    }
}

static void
back_button_clicked_cb (KoersOverviewPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

/* Export */

static void
show_toast (KoersOverviewPage *self,
            const char        *text)
{
  g_autoptr(AdwToast) toast = adw_toast_new (text);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
export_chosen_cb (GFile    *file,
                  gpointer  user_data)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);
  g_autofree char *today = koers_date_iso_days_ago (0);
  KoersOverviewQuery query = current_query (self, today);
  gboolean pdf = path != NULL && g_str_has_suffix (path, ".pdf");
  gboolean ok;

  if (path == NULL)
    ok = FALSE;
  else if (pdf)
    {
      g_autoptr(KoersDocument) doc = koers_overview_sheet_new (self->items, &query, today);

      ok = koers_document_write_pdf (doc, path, NULL, &error);
    }
  else
    {
      g_autofree char *csv = koers_overview_to_csv (self->items);

      ok = g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
    }

  if (ok)
    {
      g_autoptr(GArray) ids = koers_overview_items_dup_student_ids (self->items);

      ok = koers_store_audit (self->store, KOERS_AUDIT_EXPORT, pdf ? "overview-pdf" : "overview-csv", ids, &error);
    }
  if (!ok)
    {
      koers_output_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Could Not Save the Overview"), error);
      return;
    }

  show_toast (self, pdf ? _("Overview saved as PDF") : _("Overview saved as spreadsheet"));
}

static void
export (KoersOverviewPage *self,
        gboolean           pdf)
{
  g_autofree char *today = koers_date_iso_days_ago (0);
  /* Translators: a file name; %s is the date, 2026-11-24 */
  g_autofree char *name = g_strdup_printf (_("overview-%s"), today);
  g_autofree char *suggested = g_strconcat (name, pdf ? ".pdf" : ".csv", NULL);

  koers_output_ask_file (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                         _("Save Overview"), _("_Save"),
                         pdf ? _("PDF documents") : _("Spreadsheets (CSV)"),
                         pdf ? "application/pdf" : "text/csv",
                         pdf ? "pdf" : "csv",
                         suggested, export_chosen_cb, g_object_ref (self), g_object_unref);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (KOERS_OVERVIEW_PAGE (widget), TRUE);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (KOERS_OVERVIEW_PAGE (widget), FALSE);
}

/* GObject */

static void
koers_overview_page_dispose (GObject *object)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OVERVIEW_PAGE);

  G_OBJECT_CLASS (koers_overview_page_parent_class)->dispose (object);
}

static void
koers_overview_page_finalize (GObject *object)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  g_ptr_array_unref (self->items);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (koers_overview_page_parent_class)->finalize (object);
}

static void
koers_overview_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_overview_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KoersOverviewPage *self = KOERS_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      self->folded = g_value_get_boolean (value);
      gtk_widget_set_visible (self->back_button, self->folded);
      adw_header_bar_set_show_start_title_buttons (self->header_bar, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_overview_page_class_init (KoersOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_overview_page_dispose;
  object_class->finalize = koers_overview_page_finalize;
  object_class->get_property = koers_overview_page_get_property;
  object_class->set_property = koers_overview_page_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, KOERS_TYPE_OVERVIEW_ITEM);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/overview/koers-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, group_list);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, mentor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, mentor_list);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, KoersOverviewPage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "overview.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "overview.export-csv", NULL, export_csv_action);
}

static void
koers_overview_page_init (KoersOverviewPage *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();
  reset_shown (self);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->mentor_dropdown), FALSE);
}

GtkWidget *
koers_overview_page_new (void)
{
  return g_object_new (KOERS_TYPE_OVERVIEW_PAGE, NULL);
}

void
koers_overview_page_set_store (KoersOverviewPage *self,
                               KoersStore        *store)
{
  g_return_if_fail (KOERS_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));

  g_set_object (&self->store, store);
  reset_shown (self);
  koers_overview_page_reload (self);
}

void
koers_overview_page_reload (KoersOverviewPage *self)
{
  g_return_if_fail (KOERS_IS_OVERVIEW_PAGE (self));

  update_filters (self);
  query_overview (self);
}

guint
koers_overview_page_get_count (KoersOverviewPage *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_PAGE (self), 0);
  return self->items->len;
}

GPtrArray *
koers_overview_page_get_rows (KoersOverviewPage *self)
{
  g_return_val_if_fail (KOERS_IS_OVERVIEW_PAGE (self), NULL);
  return self->rows;
}

