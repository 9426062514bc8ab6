/* koers-meeting-worry-section.c: the worry, concrete examples, where it goes well
 *
 * DOMAIN.md: the worry is a "wij"-message ("Wij maken ons zorgen omdat …") with
 * concrete, dated examples from the timeline, and beside it the situations where
 * it does go well. Facts come before interpretations because parents react to
 * what was seen or heard, not to what we made of it; interpretations stay
 * available but are marked. Sensitive notes carry a lock: linking one puts it on
 * the agenda section's list of subjects to announce or leave out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-meeting-entry-rows.h"
#include "koers-meeting-worry-section-private.h"

typedef struct _KoersMeetingWorrySection KoersMeetingWorrySection;

typedef gboolean (*EntryFilter) (KoersEntry *entry);

/* A list of timeline notes to tick for one link role. */
typedef struct
{
  KoersLinkRole  role;
  EntryFilter    offered;     /* which notes are offered at all */
  EntryFilter    first;       /* which of those come first */
  GtkListBox    *list;
  GtkWidget     *empty_label;
  GPtrArray     *rows;        /* the check rows, in the order shown */
  GtkWidget     *more_row;    /* "Show All", or NULL */
  gboolean       show_all;
} EntryList;

struct _KoersMeetingWorrySection
{
  KoersMeetingSection  parent_instance;

  AdwPreferencesGroup *worry_group;
  AdwPreferencesGroup *examples_group;
  AdwPreferencesGroup *going_well_group;

  GtkTextView         *worry_view;
  GtkWidget           *hint_list;
  GtkWidget           *start_button;
  GtkTextView         *going_well_view;
  EntryList            examples;
  EntryList            going_well;
};

G_DEFINE_FINAL_TYPE (KoersMeetingWorrySection, koers_meeting_worry_section, KOERS_TYPE_MEETING_SECTION)

static void entry_toggled_cb (GtkCheckButton *check, KoersMeetingWorrySection *self);
static void more_activated_cb (AdwActionRow *row, KoersMeetingWorrySection *self);

/* Helpers */

/* A goal's own notes are bookkeeping and positive notes are strengths, not examples of a worry. */
static gboolean
is_example_candidate (KoersEntry *entry)
{
  KoersEntryKind kind = koers_entry_get_kind (entry);

  return kind != KOERS_ENTRY_GOAL && kind != KOERS_ENTRY_POSITIVE;
}

static gboolean
is_fact (KoersEntry *entry)
{
  return !koers_entry_get_interpretation (entry);
}

static gboolean
is_going_well_candidate (KoersEntry *entry)
{
  return koers_entry_get_kind (entry) != KOERS_ENTRY_GOAL;
}

static gboolean
is_positive (KoersEntry *entry)
{
  return koers_entry_get_kind (entry) == KOERS_ENTRY_POSITIVE;
}

static void
update_hint (KoersMeetingWorrySection *self)
{
  g_autofree char *text = koers_meeting_text_view_dup_text (self->worry_view);

  gtk_widget_set_visible (self->hint_list, text == NULL);
}

static void
fill_list (KoersMeetingWorrySection *self,
           EntryList                *l)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *entries = context->entries;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  guint n_offered = 0;

  koers_meeting_list_box_clear (l->list);
  g_ptr_array_set_size (l->rows, 0);
  l->more_row = NULL;

  /* The timeline is newest first: the first ones offered are the most recent.
   * Older notes already linked stay in view, or they could not be unticked. */
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = entries->pdata[i];

      if (!l->offered (entry))
        continue;
      if (l->show_all || n_offered < KOERS_MEETING_ENTRY_ROWS_LIMIT ||
          koers_meeting_has_link (meeting, koers_entry_get_id (entry), l->role))
        g_ptr_array_add (shown, entry);
      n_offered++;
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < shown->len; i++)
      {
        KoersEntry *entry = shown->pdata[i];
        gboolean linked;
        GtkWidget *row, *check;

        if (l->first (entry) != (pass == 0))
          continue;

        linked = koers_meeting_has_link (meeting, koers_entry_get_id (entry), l->role);
        row = koers_meeting_entry_check_row_new (entry, TRUE, linked);
        check = GTK_WIDGET (koers_meeting_entry_check_row_get_check (row));
        g_object_set_data (G_OBJECT (check), "list", l);
        g_signal_connect_object (check, "toggled", G_CALLBACK (entry_toggled_cb), self, 0);
        gtk_list_box_append (l->list, row);
        g_ptr_array_add (l->rows, row);
      }

  if (shown->len < n_offered)
    {
      guint n_hidden = n_offered - shown->len;
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u older note", "%u older notes", n_hidden),
                                                   n_hidden);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Show All"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-down-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "list", l);
      g_signal_connect_object (row, "activated", G_CALLBACK (more_activated_cb), self, 0);
      gtk_list_box_append (l->list, row);
      l->more_row = row;
    }

  gtk_widget_set_visible (GTK_WIDGET (l->list), n_offered > 0);
  gtk_widget_set_visible (l->empty_label, n_offered == 0);
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingWorrySection *self = KOERS_MEETING_WORRY_SECTION (section);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (section);

  koers_meeting_text_view_sync (self->worry_view, koers_meeting_get_worry (meeting));
  update_hint (self);
  fill_list (self, &self->examples);
  koers_meeting_text_view_sync (self->going_well_view, koers_meeting_get_going_well (meeting));
  fill_list (self, &self->going_well);
}

/* A new meeting starts with the short lists. */
static void
reset (KoersMeetingSection *section)
{
  KoersMeetingWorrySection *self = KOERS_MEETING_WORRY_SECTION (section);

  self->examples.show_all = FALSE;
  self->going_well.show_all = FALSE;
}

/* Callbacks */

static void
entry_toggled_cb (GtkCheckButton           *check,
                  KoersMeetingWorrySection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  EntryList *l = g_object_get_data (G_OBJECT (check), "list");
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
  gint64 id = koers_entry_get_id (koers_meeting_entry_row_get_entry (row));

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  if (gtk_check_button_get_active (check))
    koers_meeting_link_entry (meeting, id, l->role, KOERS_AREA_LEARNING);
  else
    koers_meeting_unlink_entry (meeting, id, l->role);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
more_activated_cb (AdwActionRow             *row,
                   KoersMeetingWorrySection *self)
{
  EntryList *l = g_object_get_data (G_OBJECT (row), "list");

  /* The signal holds a reference on the row while the refill removes it. */
  l->show_all = TRUE;
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_list (self, l);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
}

static void
worry_changed_cb (KoersMeetingWorrySection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || meeting == NULL)
    return;

  text = koers_meeting_text_view_dup_text (self->worry_view);
  koers_meeting_set_worry (meeting, text);
  update_hint (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
going_well_changed_cb (KoersMeetingWorrySection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || meeting == NULL)
    return;

  text = koers_meeting_text_view_dup_text (self->going_well_view);
  koers_meeting_set_going_well (meeting, text);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
start_clicked_cb (KoersMeetingWorrySection *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->worry_view);
  GtkTextIter end;

  /* Only an empty worry: the opening never lands in the middle of the mentor's words. */
  if (gtk_text_buffer_get_char_count (buffer) > 0)
    {
      g_autofree char *text = koers_meeting_text_view_dup_text (self->worry_view);

      if (text != NULL)
        return;
      gtk_text_buffer_set_text (buffer, "", -1);
    }

  gtk_text_buffer_get_end_iter (buffer, &end);
  /* Translators: the opening of a wij-message; the mentor goes on typing after
   * the space. Dutch: "Wij maken ons zorgen omdat ". */
  gtk_text_buffer_insert (buffer, &end, _("We are worried because "), -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (self->worry_view));
}

/* GObject */

static void
koers_meeting_worry_section_dispose (GObject *object)
{
  KoersMeetingWorrySection *self = KOERS_MEETING_WORRY_SECTION (object);

  g_clear_pointer (&self->examples.rows, g_ptr_array_unref);
  g_clear_pointer (&self->going_well.rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_meeting_worry_section_parent_class)->dispose (object);
}

static void
koers_meeting_worry_section_class_init (KoersMeetingWorrySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  object_class->dispose = koers_meeting_worry_section_dispose;
  section_class->fill = fill;
  section_class->reset = reset;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-worry-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingWorrySection, worry_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingWorrySection, examples_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingWorrySection, going_well_group);
}

static GtkWidget *
new_empty_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
init_list (EntryList           *l,
           AdwPreferencesGroup *group,
           KoersLinkRole        role,
           EntryFilter          offered,
           EntryFilter          first,
           const char          *empty_text)
{
  l->role = role;
  l->offered = offered;
  l->first = first;
  l->rows = g_ptr_array_new ();
  l->list = koers_meeting_boxed_list_new ();
  l->empty_label = new_empty_label (empty_text);
  adw_preferences_group_add (group, GTK_WIDGET (l->list));
  adw_preferences_group_add (group, l->empty_label);
}

static void
koers_meeting_worry_section_init (KoersMeetingWorrySection *self)
{
  GtkListBox *hint_list;
  GtkWidget *hint;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* GtkTextView has no placeholder: the way to start sits above the empty field. */
  hint_list = koers_meeting_boxed_list_new ();
  hint = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hint), _("Start with “We are worried because …”"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (hint), _("A wij-message speaks for the school, about what we see, not about who the student is."));
  adw_action_row_add_prefix (ADW_ACTION_ROW (hint), gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  self->start_button = gtk_button_new_with_mnemonic (_("_Start Sentence"));
  gtk_widget_set_valign (self->start_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->start_button, "clicked", G_CALLBACK (start_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (hint), self->start_button);
  gtk_list_box_append (hint_list, hint);
  gtk_widget_set_margin_bottom (GTK_WIDGET (hint_list), 12);
  self->hint_list = GTK_WIDGET (hint_list);
  adw_preferences_group_add (self->worry_group, self->hint_list);

  self->worry_view = koers_meeting_text_view_new (_("The worry"));
  gtk_widget_set_size_request (GTK_WIDGET (self->worry_view), -1, 120);
  adw_preferences_group_add (self->worry_group, GTK_WIDGET (self->worry_view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->worry_view), "changed",
                           G_CALLBACK (worry_changed_cb), self, G_CONNECT_SWAPPED);

  init_list (&self->examples, self->examples_group, KOERS_LINK_EXAMPLE,
             is_example_candidate, is_fact,
             _("No notes on the timeline yet. Observations, conversations and other notes appear here, to pick as dated examples."));

  self->going_well_view = koers_meeting_text_view_new (_("Where it does go well"));
  adw_preferences_group_add (self->going_well_group, GTK_WIDGET (self->going_well_view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->going_well_view), "changed",
                           G_CALLBACK (going_well_changed_cb), self, G_CONNECT_SWAPPED);
  init_list (&self->going_well, self->going_well_group, KOERS_LINK_GOING_WELL,
             is_going_well_candidate, is_positive,
             _("No notes on the timeline yet. Positive notes appear here first."));
  gtk_widget_set_margin_top (GTK_WIDGET (self->going_well.list), 12);
  gtk_widget_set_margin_top (self->going_well.empty_label, 12);
}

/* Private */

GtkTextView *
koers_meeting_worry_section_get_worry_view (KoersMeetingWorrySection *self)
{
  return self->worry_view;
}

GtkWidget *
koers_meeting_worry_section_get_hint (KoersMeetingWorrySection *self)
{
  return self->hint_list;
}

GtkWidget *
koers_meeting_worry_section_get_start_button (KoersMeetingWorrySection *self)
{
  return self->start_button;
}

guint
koers_meeting_worry_section_get_n_examples (KoersMeetingWorrySection *self)
{
  return self->examples.rows->len;
}

GtkWidget *
koers_meeting_worry_section_get_example_row (KoersMeetingWorrySection *self,
                                             guint                     index)
{
  return index < self->examples.rows->len ? self->examples.rows->pdata[index] : NULL;
}

GtkWidget *
koers_meeting_worry_section_get_examples_more_row (KoersMeetingWorrySection *self)
{
  return self->examples.more_row;
}

GtkTextView *
koers_meeting_worry_section_get_going_well_view (KoersMeetingWorrySection *self)
{
  return self->going_well_view;
}

guint
koers_meeting_worry_section_get_n_going_well (KoersMeetingWorrySection *self)
{
  return self->going_well.rows->len;
}

GtkWidget *
koers_meeting_worry_section_get_going_well_row (KoersMeetingWorrySection *self,
                                                guint                     index)
{
  return index < self->going_well.rows->len ? self->going_well.rows->pdata[index] : NULL;
}

GtkWidget *
koers_meeting_worry_section_get_going_well_more_row (KoersMeetingWorrySection *self)
{
  return self->going_well.more_row;
}
