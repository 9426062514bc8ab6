/* koers-meeting-strengths-section.c: strengths first, per area, and the parents
 *
 * "Strengths first" (DOMAIN.md): the preparation starts with what goes well, in
 * the seven areas of the method, each with the mentor's own words and, when the
 * timeline has them, "Positive" notes pulled in as dated examples. Then what the
 * school appreciates in the parents, because they are partners in the meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-meeting-entry-rows.h"
#include "koers-meeting-strengths-section-private.h"

typedef struct
{
  AdwPreferencesGroup *group;
  GtkTextView         *view;
  /* The positive notes linked under this area */
  GtkListBox          *linked_list;
  GtkMenuButton       *add_button;
  /* In the popover: every positive note, to tick */
  GtkListBox          *candidate_list;
  GtkWidget           *candidate_scroller;
  GtkWidget           *empty_label;
} Area;

struct _KoersMeetingStrengthsSection
{
  KoersMeetingSection  parent_instance;

  GtkBox              *areas_box;
  AdwPreferencesGroup *parents_group;

  GtkTextView         *parents_view;
  Area                 areas[KOERS_N_AREAS];
};

G_DEFINE_FINAL_TYPE (KoersMeetingStrengthsSection, koers_meeting_strengths_section, KOERS_TYPE_MEETING_SECTION)

static void candidate_toggled_cb (GtkCheckButton *check, KoersMeetingStrengthsSection *self);
static void remove_clicked_cb (GtkButton *button, KoersMeetingStrengthsSection *self);

/* Helpers */

/* The area @entry is linked under as a strength, or KOERS_N_AREAS. */
static KoersArea
linked_area (KoersMeetingStrengthsSection *self,
             gint64                        entry_id)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GArray *links = koers_meeting_get_links (meeting);

  for (guint i = 0; i < links->len; i++)
    {
      KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);

      if (link->entry_id == entry_id && link->role == KOERS_LINK_STRENGTH)
        return link->area;
    }
  return KOERS_N_AREAS;
}

static void
fill_linked (KoersMeetingStrengthsSection *self,
             KoersArea                     area)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  Area *a = &self->areas[area];
  GArray *links = koers_meeting_get_links (meeting);
  gboolean any = FALSE;

  koers_meeting_list_box_clear (a->linked_list);
  for (guint i = 0; i < links->len; i++)
    {
      KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);
      KoersEntry *entry;
      GtkWidget *row, *remove;
      g_autofree char *title = NULL;
      g_autofree char *details = NULL;

      if (link->role != KOERS_LINK_STRENGTH || link->area != area)
        continue;
      /* A link to a note that is no longer on the timeline shows nothing. */
      entry = koers_meeting_context_find_entry (context, link->entry_id);
      if (entry == NULL)
        continue;

      title = koers_meeting_entry_dup_excerpt (entry, 200);
      details = koers_meeting_entry_dup_details (entry, FALSE);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("starred-symbolic"));

      remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove from This Area"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data_full (G_OBJECT (remove), "entry", g_object_ref (entry), g_object_unref);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      g_object_set_data (G_OBJECT (row), "remove", remove);

      gtk_list_box_append (a->linked_list, row);
      any = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (a->linked_list), any);
}

static void
fill_candidates (KoersMeetingStrengthsSection *self,
                 KoersArea                     area)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  Area *a = &self->areas[area];
  GPtrArray *entries = context->entries;
  gboolean any = FALSE;

  koers_meeting_list_box_clear (a->candidate_list);
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = entries->pdata[i];
      KoersArea in;
      GtkWidget *row, *check;

      if (koers_entry_get_kind (entry) != KOERS_ENTRY_POSITIVE)
        continue;

      in = linked_area (self, koers_entry_get_id (entry));
      row = koers_meeting_entry_check_row_new (entry, FALSE, in == area);
      if (in != KOERS_N_AREAS && in != area)
        {
          /* Ticking it here moves it: a note counts under one area. */
          g_autofree char *details = koers_meeting_entry_dup_details (entry, FALSE);
          /* Translators: a positive note already under another area; %s: date and source, %s: the area */
          g_autofree char *subtitle = g_strdup_printf (_("%s · now under %s"), details,
                                                       koers_area_get_label (in));

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      check = GTK_WIDGET (koers_meeting_entry_check_row_get_check (row));
      g_object_set_data (G_OBJECT (check), "area", GUINT_TO_POINTER (area));
      g_signal_connect_object (check, "toggled", G_CALLBACK (candidate_toggled_cb), self, 0);
      gtk_list_box_append (a->candidate_list, row);
      any = TRUE;
    }
  gtk_widget_set_visible (a->candidate_scroller, any);
  gtk_widget_set_visible (a->empty_label, !any);
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingStrengthsSection *self = KOERS_MEETING_STRENGTHS_SECTION (section);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (section);

  for (KoersArea area = 0; area < KOERS_N_AREAS; area++)
    {
      koers_meeting_text_view_sync (self->areas[area].view, koers_meeting_get_strength (meeting, area));
      fill_linked (self, area);
      fill_candidates (self, area);
    }
  koers_meeting_text_view_sync (self->parents_view, koers_meeting_get_parents_appreciation (meeting));
}

/* Callbacks */

static void
candidate_toggled_cb (GtkCheckButton               *check,
                      KoersMeetingStrengthsSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersArea area = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "area"));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
  KoersEntry *entry = koers_meeting_entry_row_get_entry (row);
  gint64 id = koers_entry_get_id (entry);
  KoersArea was = linked_area (self, id);

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  if (gtk_check_button_get_active (check))
    koers_meeting_link_entry (meeting, id, KOERS_LINK_STRENGTH, area);
  else if (was == area)
    koers_meeting_unlink_entry (meeting, id, KOERS_LINK_STRENGTH);
  else
    return;

  /* The ticked list stays as it is under the pointer; the area it came from shows the move. */
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_linked (self, area);
  if (was != KOERS_N_AREAS && was != area)
    {
      fill_linked (self, was);
      fill_candidates (self, was);
    }
  for (KoersArea other = 0; other < KOERS_N_AREAS; other++)
    if (other != area && other != was)
      fill_candidates (self, other);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
remove_clicked_cb (GtkButton                    *button,
                   KoersMeetingStrengthsSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersEntry *entry = g_object_get_data (G_OBJECT (button), "entry");
  KoersArea area = linked_area (self, koers_entry_get_id (entry));

  if (area == KOERS_N_AREAS)
    return;

  koers_meeting_unlink_entry (meeting, koers_entry_get_id (entry), KOERS_LINK_STRENGTH);
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_linked (self, area);
  for (KoersArea other = 0; other < KOERS_N_AREAS; other++)
    fill_candidates (self, other);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
area_text_changed_cb (GtkTextBuffer                *buffer,
                      KoersMeetingStrengthsSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersArea area = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "area"));
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || meeting == NULL)
    return;

  text = koers_meeting_text_view_dup_text (self->areas[area].view);
  koers_meeting_set_strength (meeting, area, text);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
parents_text_changed_cb (KoersMeetingStrengthsSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || meeting == NULL)
    return;

  text = koers_meeting_text_view_dup_text (self->parents_view);
  koers_meeting_set_parents_appreciation (meeting, text);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

/* GObject */

static void
koers_meeting_strengths_section_class_init (KoersMeetingStrengthsSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  section_class->fill = fill;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-strengths-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingStrengthsSection, areas_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingStrengthsSection, parents_group);
}

/* The "Add from Timeline" button and its popover with the positive notes. */
static GtkWidget *
new_add_button (Area *a)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Positive Notes"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty = gtk_label_new (_("No positive notes yet. Notes of the kind “Positive” on the student’s timeline appear here, to add as examples."));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add from Timeline"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  a->candidate_list = koers_meeting_boxed_list_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_set_size_request (scroller, 380, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (a->candidate_list));
  gtk_box_append (GTK_BOX (box), scroller);
  a->candidate_scroller = scroller;

  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 36);
  gtk_label_set_xalign (GTK_LABEL (empty), 0);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_box_append (GTK_BOX (box), empty);
  a->empty_label = empty;

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, _("Add positive notes from the timeline"));
  return button;
}

static void
koers_meeting_strengths_section_init (KoersMeetingStrengthsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (KoersArea area = 0; area < KOERS_N_AREAS; area++)
    {
      Area *a = &self->areas[area];
      const char *label = koers_area_get_label (area);

      a->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (a->group, label);
      a->add_button = GTK_MENU_BUTTON (new_add_button (a));
      adw_preferences_group_set_header_suffix (a->group, GTK_WIDGET (a->add_button));

      a->view = koers_meeting_text_view_new (label);
      g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (a->view)), "area", GUINT_TO_POINTER (area));
      g_signal_connect_object (gtk_text_view_get_buffer (a->view), "changed",
                               G_CALLBACK (area_text_changed_cb), self, 0);
      /* Not rows: the group puts these below its own (empty) list, text first. */
      adw_preferences_group_add (a->group, GTK_WIDGET (a->view));
      a->linked_list = koers_meeting_boxed_list_new ();
      gtk_widget_set_margin_top (GTK_WIDGET (a->linked_list), 12);
      gtk_widget_set_visible (GTK_WIDGET (a->linked_list), FALSE);
      adw_preferences_group_add (a->group, GTK_WIDGET (a->linked_list));

      gtk_box_append (self->areas_box, GTK_WIDGET (a->group));
    }

  self->parents_view = koers_meeting_text_view_new (_("What we appreciate in the parents"));
  adw_preferences_group_add (self->parents_group, GTK_WIDGET (self->parents_view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->parents_view), "changed",
                           G_CALLBACK (parents_text_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Private */

GtkTextView *
koers_meeting_strengths_section_get_area_view (KoersMeetingStrengthsSection *self,
                                               KoersArea                     area)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return self->areas[area].view;
}

GtkTextView *
koers_meeting_strengths_section_get_parents_view (KoersMeetingStrengthsSection *self)
{
  return self->parents_view;
}

GtkMenuButton *
koers_meeting_strengths_section_get_add_button (KoersMeetingStrengthsSection *self,
                                                KoersArea                     area)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return self->areas[area].add_button;
}

GtkWidget *
koers_meeting_strengths_section_get_candidate_row (KoersMeetingStrengthsSection *self,
                                                   KoersArea                     area,
                                                   guint                         index)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->areas[area].candidate_list, (int) index));
}

GtkWidget *
koers_meeting_strengths_section_get_empty_label (KoersMeetingStrengthsSection *self,
                                                 KoersArea                     area)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return self->areas[area].empty_label;
}

guint
koers_meeting_strengths_section_get_n_linked (KoersMeetingStrengthsSection *self,
                                              KoersArea                     area)
{
  guint n = 0;

  g_return_val_if_fail (area < KOERS_N_AREAS, 0);
  while (gtk_list_box_get_row_at_index (self->areas[area].linked_list, (int) n) != NULL)
    n++;
  return n;
}

GtkWidget *
koers_meeting_strengths_section_get_linked_row (KoersMeetingStrengthsSection *self,
                                                KoersArea                     area,
                                                guint                         index)
{
  g_return_val_if_fail (area < KOERS_N_AREAS, NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->areas[area].linked_list, (int) index));
}

GtkWidget *
koers_meeting_strengths_section_get_remove_button (GtkWidget *linked_row)
{
  return g_object_get_data (G_OBJECT (linked_row), "remove");
}
