/* koers-meeting-mode.c: a calm full-window view for during the parent meeting
 *
 * Read across the table, not typed into: the agenda, strengths first, the worry
 * with its dated examples, where it goes well and the questions, in large text.
 * The mentor ticks what was discussed and adds agreements with a few clicks (a
 * suggestion, who, by when). Every tick and every agreement is stored at once: a
 * crash or a flat battery mid-meeting must not lose what was said.
 *
 * Sensitive timeline entries show only when the agenda is about them: a sensitive
 * subject is on the agenda or not discussed (DOMAIN.md, "Parent meeting").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-meeting-mode-private.h"
#include "koers-meeting-section.h"
#include "koers-toasts.h"

struct _KoersMeetingMode
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkToggleButton     *fullscreen_button;
  GtkScrolledWindow   *scrolled_window;
  GtkLabel            *title_label;
  GtkLabel            *when_label;
  GtkLabel            *reason_label;
  GtkWidget           *agenda_section;
  GtkListBox          *agenda_list;
  GtkWidget           *strengths_section;
  GtkBox              *strengths_box;
  GtkWidget           *worry_section;
  GtkBox              *worry_box;
  GtkWidget           *going_well_section;
  GtkBox              *going_well_box;
  GtkWidget           *questions_section;
  GtkListBox          *questions_list;
  GtkListBox          *agreements_list;
  GtkWidget           *no_agreements_label;

  GtkMenuButton       *add_agreement_button;
  GtkPopover          *agreement_popover;
  GtkEditable         *what_entry;
  GtkFlowBox          *suggestions;
  GtkToggleButton     *owner_school;
  GtkToggleButton     *owner_parent;
  GtkToggleButton     *owner_student;
  GtkToggleButton     *owner_other;
  GtkEditable         *owner_name_entry;
  GtkButton           *due_one_week;
  GtkButton           *due_two_weeks;
  GtkButton           *due_four_weeks;
  GtkButton           *due_next_contact;
  GtkEditable         *due_entry;
  GtkWidget           *save_agreement_button;

  /* GtkCheckButton, in the order of the meeting's items */
  GPtrArray           *agenda_checks;
  GPtrArray           *question_checks;
  AdwToast            *last_toast;
  guint                scroll_id;

  KoersMeetingContext *context;
  KoersMeeting        *meeting;
  /* Set while a check button is put back after a failed save. */
  gboolean             reverting;
};

G_DEFINE_FINAL_TYPE (KoersMeetingMode, koers_meeting_mode, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
present_toast (KoersMeetingMode *self,
               AdwToast         *toast)
{
  g_set_object (&self->last_toast, toast);
  koers_toasts_present (self->toast_overlay, g_object_ref (toast));
}

static void
show_error (KoersMeetingMode *self,
            const GError     *error)
{
  /* A toast's title is markup on libadwaita 1.2, and a message may quote what
   * the user typed. */
  g_autofree char *markup = g_markup_escape_text (error->message, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (markup);

  present_toast (self, toast);
}

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
large_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "large-text");
  return label;
}

static gboolean
has_text (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

/* A linked entry may be read aloud unless it is sensitive and not on the agenda. */
static KoersEntry *
find_showable_entry (KoersMeetingMode *self,
                     gint64            entry_id)
{
  KoersEntry *entry = koers_meeting_context_find_entry (self->context, entry_id);

  if (entry == NULL)
    return NULL;
  if (koers_entry_get_sensitive (entry) && !koers_meeting_is_on_agenda (self->meeting, entry_id))
    return NULL;
  return entry;
}

/* "12-11-2026   Helped Mees with fractions", the date apart so the eye finds it. */
static GtkWidget *
entry_row_new (KoersEntry *entry,
               gboolean    mark_interpretation)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *text = large_label (koers_entry_get_text (entry));

  gtk_widget_add_css_class (date_label, "large-text");
  gtk_widget_add_css_class (date_label, "dim-label");
  gtk_widget_add_css_class (date_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  gtk_widget_set_valign (date_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "meeting-mode-entry");
  gtk_box_append (GTK_BOX (box), date_label);

  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (text_box), text);
  /* Facts apart from interpretations: parents react to what was seen. */
  if (mark_interpretation && koers_entry_get_interpretation (entry))
    {
      GtkWidget *tag = gtk_label_new (_("Interpretation"));

      gtk_widget_set_halign (tag, GTK_ALIGN_START);
      gtk_widget_add_css_class (tag, "meeting-tag");
      gtk_box_append (GTK_BOX (text_box), tag);
    }
  /* Shown only because the agenda announces it; the mentor handles it with care. */
  if (koers_entry_get_sensitive (entry))
    {
      GtkWidget *tag = gtk_label_new (_("Sensitive"));

      gtk_widget_set_halign (tag, GTK_ALIGN_START);
      gtk_widget_add_css_class (tag, "meeting-tag");
      gtk_widget_add_css_class (tag, "meeting-sensitive");
      gtk_box_append (GTK_BOX (text_box), tag);
    }
  gtk_box_append (GTK_BOX (box), text_box);
  return box;
}

/* Appends the showable entries linked with @role (and @area for strengths);
 * returns how many. */
static guint
append_linked_entries (KoersMeetingMode *self,
                       GtkBox           *box,
                       KoersLinkRole     role,
                       KoersArea         area)
{
  GArray *links = koers_meeting_get_links (self->meeting);
  guint n = 0;

  for (guint i = 0; i < links->len; i++)
    {
      KoersMeetingLink *link = &g_array_index (links, KoersMeetingLink, i);
      KoersEntry *entry;

      if (link->role != role || (role == KOERS_LINK_STRENGTH && link->area != area))
        continue;
      entry = find_showable_entry (self, link->entry_id);
      if (entry == NULL)
        continue;
      gtk_box_append (box, entry_row_new (entry, role == KOERS_LINK_EXAMPLE));
      n++;
    }
  return n;
}

static void item_toggled_cb (GtkCheckButton   *check,
                             KoersMeetingMode *self);

/* Checks remember their item by list and position, not by pointer: the item
 * belongs to the meeting, which the editor may give new lists. */
static KoersMeetingItem *
get_item (KoersMeetingMode *self,
          GtkCheckButton   *check)
{
  gboolean question = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "koers-question"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "koers-index"));
  GPtrArray *items = question ? koers_meeting_get_questions (self->meeting)
                              : koers_meeting_get_agenda (self->meeting);

  return index < items->len ? items->pdata[index] : NULL;
}

static GtkWidget *
item_row_new (KoersMeetingMode *self,
              KoersMeetingItem *item,
              guint             index,
              gboolean          question,
              GPtrArray        *checks)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = large_label (item->text);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), item->done);
  gtk_widget_add_css_class (check, "large-check");
  if (item->done)
    gtk_widget_add_css_class (label, "dim-label");
  g_object_set_data (G_OBJECT (check), "koers-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (check), "koers-question", GINT_TO_POINTER (question));
  g_object_set_data (G_OBJECT (check), "koers-label", label);
  g_signal_connect_object (check, "toggled", G_CALLBACK (item_toggled_cb), self, 0);

  /* The whole row is the check button: one big target, no separate activation. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  g_ptr_array_add (checks, check);
  return row;
}

static void
fill_items (KoersMeetingMode *self,
            gboolean          questions)
{
  GtkListBox *list = questions ? self->questions_list : self->agenda_list;
  GPtrArray *checks = questions ? self->question_checks : self->agenda_checks;
  GPtrArray *items = questions ? koers_meeting_get_questions (self->meeting)
                               : koers_meeting_get_agenda (self->meeting);

  remove_children (GTK_WIDGET (list));
  g_ptr_array_set_size (checks, 0);
  for (guint i = 0; i < items->len; i++)
    gtk_list_box_append (list, item_row_new (self, items->pdata[i], i, questions, checks));
  gtk_widget_set_visible (questions ? self->questions_section : self->agenda_section,
                          items->len > 0);
}

static void
fill_header (KoersMeetingMode *self)
{
  const char *name = koers_student_get_display_name (self->context->student);
  g_autofree char *when = koers_meeting_dup_when_text (self->meeting);
  const char *place = koers_meeting_get_place (self->meeting);
  const char *reason = koers_meeting_get_reason (self->meeting);
  g_autofree char *when_place = NULL;

  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->title_label, name);

  if (when != NULL && has_text (place))
    /* Translators: the meeting's date and time, then its place: "Tuesday 1 December 2026, 19:30 · Room 2.14" */
    when_place = g_strdup_printf (_("%s · %s"), when, place);
  else if (when != NULL)
    when_place = g_strdup (when);
  else if (has_text (place))
    when_place = g_strdup (place);
  gtk_label_set_text (self->when_label, when_place != NULL ? when_place : "");
  gtk_widget_set_visible (GTK_WIDGET (self->when_label), when_place != NULL);

  gtk_label_set_text (self->reason_label, has_text (reason) ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), has_text (reason));
}

static void
fill_strengths (KoersMeetingMode *self)
{
  const char *appreciation = koers_meeting_get_parents_appreciation (self->meeting);
  gboolean any = FALSE;

  remove_children (GTK_WIDGET (self->strengths_box));
  for (guint area = 0; area < KOERS_N_AREAS; area++)
    {
      const char *text = koers_meeting_get_strength (self->meeting, area);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *heading = gtk_label_new (koers_area_get_label (area));
      guint n_entries;

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "title-4");
      gtk_box_append (GTK_BOX (box), heading);
      if (has_text (text))
        gtk_box_append (GTK_BOX (box), large_label (text));
      n_entries = append_linked_entries (self, GTK_BOX (box), KOERS_LINK_STRENGTH, area);

      /* An area with nothing to say is left out: the parents hear what is there. */
      if (!has_text (text) && n_entries == 0)
        {
          g_object_ref_sink (box);
          g_object_unref (box);
          continue;
        }
      gtk_box_append (self->strengths_box, box);
      any = TRUE;
    }

  if (has_text (appreciation))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *heading = gtk_label_new (_("What We Appreciate in You"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "title-4");
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), large_label (appreciation));
      gtk_box_append (self->strengths_box, box);
      any = TRUE;
    }

  gtk_widget_set_visible (self->strengths_section, any);
}

static void
fill_worry (KoersMeetingMode *self)
{
  const char *worry = koers_meeting_get_worry (self->meeting);
  const char *going_well = koers_meeting_get_going_well (self->meeting);
  guint n;

  remove_children (GTK_WIDGET (self->worry_box));
  if (has_text (worry))
    gtk_box_append (self->worry_box, large_label (worry));
  n = append_linked_entries (self, self->worry_box, KOERS_LINK_EXAMPLE, 0);
  gtk_widget_set_visible (self->worry_section, has_text (worry) || n > 0);

  remove_children (GTK_WIDGET (self->going_well_box));
  if (has_text (going_well))
    gtk_box_append (self->going_well_box, large_label (going_well));
  n = append_linked_entries (self, self->going_well_box, KOERS_LINK_GOING_WELL, 0);
  gtk_widget_set_visible (self->going_well_section, has_text (going_well) || n > 0);
}

static GtkWidget *
agreement_row_new (KoersAgreement *agreement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *owner_label;
  g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
  g_autofree char *due = koers_date_format_dutch (agreement->due);
  g_autofree char *subtitle = NULL;

  /* Translators: an agreement's owner and due date, e.g. "Parents (mevrouw Jansen) · by 1-12-2026" */
  subtitle = g_strdup_printf (_("%s · by %s"), owner, due);
  owner_label = large_label (subtitle);
  gtk_widget_add_css_class (owner_label, "dim-label");

  gtk_widget_set_margin_top (box, 14);
  gtk_widget_set_margin_bottom (box, 14);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), large_label (agreement->what));
  gtk_box_append (GTK_BOX (box), owner_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
fill_agreements (KoersMeetingMode *self)
{
  GPtrArray *agreements = koers_meeting_get_agreements (self->meeting);

  remove_children (GTK_WIDGET (self->agreements_list));
  for (guint i = 0; i < agreements->len; i++)
    gtk_list_box_append (self->agreements_list, agreement_row_new (agreements->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->agreements_list), agreements->len > 0);
  gtk_widget_set_visible (self->no_agreements_label, agreements->len == 0);
}

static void suggestion_clicked_cb (GtkButton        *button,
                                   KoersMeetingMode *self);

static void
add_suggestion (KoersMeetingMode *self,
                const char       *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_button_set_child (GTK_BUTTON (button), label);
  /* Chips as wide as their words, not bars as wide as the popover. */
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, text);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "small-pill");
  g_object_set_data_full (G_OBJECT (button), "koers-text", g_strdup (text), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self, 0);
  gtk_flow_box_append (self->suggestions, button);
}

/* What is most often agreed in a parent meeting, and working on the goals the
 * meeting is about: one click fills the field, which stays editable. */
static void
fill_suggestions (KoersMeetingMode *self)
{
  GArray *goal_ids = koers_meeting_get_goal_ids (self->meeting);

  remove_children (GTK_WIDGET (self->suggestions));
  for (guint i = 0; i < goal_ids->len; i++)
    {
      KoersGoal *goal = koers_meeting_context_find_goal (self->context,
                                                        g_array_index (goal_ids, gint64, i));
      g_autofree char *text = NULL;

      if (goal == NULL || !has_text (koers_goal_get_title (goal)))
        continue;
      /* Translators: a suggested agreement; %s is the title of one of the student's goals */
      text = g_strdup_printf (_("Work on “%s”"), koers_goal_get_title (goal));
      add_suggestion (self, text);
    }
  add_suggestion (self, _("Call to hear how it goes"));
  add_suggestion (self, _("Share what works at home"));
  add_suggestion (self, _("Plan a follow-up meeting"));
}

static KoersAgreementOwner
get_owner (KoersMeetingMode *self)
{
  if (gtk_toggle_button_get_active (self->owner_parent))
    return KOERS_OWNER_PARENT;
  if (gtk_toggle_button_get_active (self->owner_student))
    return KOERS_OWNER_STUDENT;
  if (gtk_toggle_button_get_active (self->owner_other))
    return KOERS_OWNER_OTHER;
  return KOERS_OWNER_SCHOOL;
}

/* The one parent who attends, by name; NULL when none or more than one. A
 * trailing "(moeder)" is left off: the owner already says "Parents". */
static char *
dup_only_parent_name (KoersMeetingMode *self)
{
  GPtrArray *attendees = koers_meeting_get_attendees (self->meeting);
  const char *name = NULL;
  guint n = 0;

  for (guint i = 0; i < attendees->len; i++)
    {
      KoersAttendee *attendee = attendees->pdata[i];

      if (attendee->role == KOERS_ATTENDEE_PARENT)
        {
          name = attendee->name;
          n++;
        }
    }
  if (n != 1 || name == NULL)
    return NULL;
  if (g_str_has_suffix (name, ")") && strrchr (name, '(') > name)
    return g_strstrip (g_strndup (name, (gsize) (strrchr (name, '(') - name)));
  return g_strdup (name);
}

/* The name most agreements of that owner carry: one typing less. */
static void
set_owner_name_default (KoersMeetingMode *self)
{
  g_autofree char *name = NULL;

  switch (get_owner (self))
    {
    case KOERS_OWNER_SCHOOL:
      name = g_strdup (self->context->mentor_name);
      break;
    case KOERS_OWNER_PARENT:
      name = dup_only_parent_name (self);
      break;
    case KOERS_OWNER_STUDENT:
    case KOERS_OWNER_OTHER:
    case KOERS_N_OWNERS:
    default:
      break;
    }
  gtk_editable_set_text (self->owner_name_entry, name != NULL ? name : "");
}

static void
reset_form (KoersMeetingMode *self)
{
  gtk_editable_set_text (self->what_entry, "");
  gtk_editable_set_text (self->due_entry, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_entry), "error");
  if (gtk_toggle_button_get_active (self->owner_school))
    set_owner_name_default (self);
  else
    gtk_toggle_button_set_active (self->owner_school, TRUE);
}

static gboolean
form_is_complete (KoersMeetingMode *self)
{
  g_autofree char *what = koers_meeting_editable_dup_text (self->what_entry);
  g_autofree char *due = NULL;
  gboolean valid;

  due = koers_meeting_date_row_get (self->due_entry, &valid);
  return what != NULL && due != NULL;
}

static void
update_due_presets (KoersMeetingMode *self)
{
  gboolean has_next = koers_meeting_get_next_contact (self->meeting) != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->due_next_contact), has_next);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->due_next_contact),
                               has_next ? NULL : _("No next contact is planned yet"));
}

static gboolean
scroll_to_end_cb (gpointer user_data)
{
  KoersMeetingMode *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

  self->scroll_id = 0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_REMOVE;
}

/* The new agreement is the last thing in the view: show it there, once the list
 * has its new height. */
static void
scroll_to_agreements (KoersMeetingMode *self)
{
  if (self->scroll_id == 0)
    self->scroll_id = g_idle_add_full (G_PRIORITY_LOW, scroll_to_end_cb, self, NULL);
}

static gboolean
save_meeting (KoersMeetingMode  *self,
              GError           **error)
{
  if (!koers_store_save_meeting (self->context->store, self->meeting, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Callbacks */

static void
item_toggled_cb (GtkCheckButton   *check,
                 KoersMeetingMode *self)
{
  KoersMeetingItem *item = get_item (self, check);
  GtkWidget *label = g_object_get_data (G_OBJECT (check), "koers-label");
  gboolean active = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;

  if (self->reverting || item == NULL || item->done == active)
    return;

  item->done = active;
  if (!save_meeting (self, &error))
    {
      /* The tick was not kept: do not show it as if it were. */
      item->done = !active;
      self->reverting = TRUE;
      gtk_check_button_set_active (check, !active);
      self->reverting = FALSE;
      show_error (self, error);
      return;
    }

  if (active)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
suggestion_clicked_cb (GtkButton        *button,
                       KoersMeetingMode *self)
{
  gtk_editable_set_text (self->what_entry, g_object_get_data (G_OBJECT (button), "koers-text"));
  gtk_editable_set_position (self->what_entry, -1);
}

static void
form_changed_cb (KoersMeetingMode *self)
{
  gtk_widget_set_sensitive (self->save_agreement_button, form_is_complete (self));
}

static void
owner_toggled_cb (KoersMeetingMode *self,
                  GtkToggleButton  *button)
{
  /* Each click toggles two buttons of the group: act on the one switched on. */
  if (gtk_toggle_button_get_active (button))
    set_owner_name_default (self);
}

static void
due_clicked_cb (GtkButton        *button,
                KoersMeetingMode *self)
{
  const char *meeting_date = koers_meeting_get_date (self->meeting);
  g_autofree char *iso = NULL;
  GDate date;
  int days;

  if (button == self->due_next_contact)
    {
      koers_meeting_date_row_set (self->due_entry, koers_meeting_get_next_contact (self->meeting));
      return;
    }

  days = button == self->due_one_week ? 7 : button == self->due_two_weeks ? 14 : 28;
  /* Counted from the meeting, as in the editor; today when it has no date. */
  if (meeting_date == NULL || !koers_date_from_iso (meeting_date, &date))
    koers_date_today (&date);
  g_date_add_days (&date, (guint) days);
  iso = koers_date_to_iso (&date);
  koers_meeting_date_row_set (self->due_entry, iso);
}

static void
agreement_popover_show_cb (KoersMeetingMode *self)
{
  update_due_presets (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->what_entry));
}

static void
undo_agreement_cb (AdwToast         *toast,
                   KoersMeetingMode *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "koers-agreement-id");
  g_autoptr(GError) error = NULL;

  if (id == NULL)
    return;
  if (!koers_store_remove_agreement (self->context->store, self->meeting, *id, &error))
    {
      show_error (self, error);
      return;
    }
  fill_agreements (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
save_agreement_clicked_cb (KoersMeetingMode *self)
{
  g_autoptr(GError) error = NULL;

  if (!koers_meeting_mode_add_agreement (self, &error))
    show_error (self, error);
}

static void
fullscreen_toggled_cb (KoersMeetingMode *self)
{
  gboolean active = gtk_toggle_button_get_active (self->fullscreen_button);

  if (active == gtk_window_is_fullscreen (GTK_WINDOW (self)))
    return;
  if (active)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
fullscreened_cb (KoersMeetingMode *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  gtk_toggle_button_set_active (self->fullscreen_button, fullscreen);
  gtk_button_set_icon_name (GTK_BUTTON (self->fullscreen_button),
                            fullscreen ? "view-restore-symbolic" : "view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->fullscreen_button),
                               fullscreen ? _("Leave Full Screen (F11)") : _("Full Screen (F11)"));
}

/* Actions */

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  /* Everything is stored already, so there is nothing to ask. Escape first
   * leaves full screen, as everywhere else. */
  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_close (window);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersMeetingMode *self = KOERS_MEETING_MODE (widget);

  g_signal_emit (self, signals[ENDED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static void
koers_meeting_mode_dispose (GObject *object)
{
  KoersMeetingMode *self = KOERS_MEETING_MODE (object);

  g_clear_handle_id (&self->scroll_id, g_source_remove);
  g_clear_pointer (&self->agenda_checks, g_ptr_array_unref);
  g_clear_pointer (&self->question_checks, g_ptr_array_unref);
  g_clear_object (&self->last_toast);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->context, koers_meeting_context_unref);

  G_OBJECT_CLASS (koers_meeting_mode_parent_class)->dispose (object);
}

static void
koers_meeting_mode_class_init (KoersMeetingModeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_meeting_mode_dispose;

  /* After every save of a tick or an agreement. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The mentor ended the meeting: the follow-up comes next. */
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "mode.toggle-fullscreen", NULL, toggle_fullscreen_action);
  gtk_widget_class_install_action (widget_class, "mode.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "mode.end", NULL, end_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-mode.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, title_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, when_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, reason_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, agenda_section);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, strengths_section);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, strengths_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, worry_section);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, worry_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, going_well_section);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, going_well_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, questions_section);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, questions_list);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, agreements_list);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, no_agreements_label);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, add_agreement_button);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, agreement_popover);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, what_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, suggestions);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, owner_school);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, owner_parent);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, owner_student);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, owner_other);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, owner_name_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, due_one_week);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, due_two_weeks);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, due_four_weeks);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, due_next_contact);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, due_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingMode, save_agreement_button);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, due_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_agreement_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fullscreen_toggled_cb);
}

static void
koers_meeting_mode_init (KoersMeetingMode *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->agenda_checks = g_ptr_array_new ();
  self->question_checks = g_ptr_array_new ();
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  /* Enter in any field adds the agreement once the form is complete. */
  gtk_popover_set_default_widget (self->agreement_popover, self->save_agreement_button);
}

/* Public */

KoersMeetingMode *
koers_meeting_mode_new (GtkWindow           *parent,
                        KoersMeetingContext *context,
                        KoersMeeting        *meeting)
{
  KoersMeetingMode *self;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (KOERS_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (koers_meeting_get_id (meeting) != 0, NULL);

  self = g_object_new (KOERS_TYPE_MEETING_MODE,
                       "transient-for", parent,
                       NULL);
  self->context = koers_meeting_context_ref (context);
  self->meeting = g_object_ref (meeting);

  fill_header (self);
  fill_items (self, FALSE);
  fill_strengths (self);
  fill_worry (self);
  fill_items (self, TRUE);
  fill_agreements (self);
  fill_suggestions (self);
  set_owner_name_default (self);
  update_due_presets (self);

  return self;
}

GtkCheckButton *
koers_meeting_mode_get_agenda_check (KoersMeetingMode *self,
                                     guint             index)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return index < self->agenda_checks->len ? self->agenda_checks->pdata[index] : NULL;
}

GtkCheckButton *
koers_meeting_mode_get_question_check (KoersMeetingMode *self,
                                       guint             index)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return index < self->question_checks->len ? self->question_checks->pdata[index] : NULL;
}

GtkMenuButton *
koers_meeting_mode_get_add_agreement_button (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->add_agreement_button;
}

GtkEditable *
koers_meeting_mode_get_agreement_what (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->what_entry;
}

GtkFlowBox *
koers_meeting_mode_get_suggestions (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->suggestions;
}

GtkToggleButton *
koers_meeting_mode_get_owner_button (KoersMeetingMode    *self,
                                     KoersAgreementOwner  owner)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  switch (owner)
    {
    case KOERS_OWNER_PARENT:
      return self->owner_parent;
    case KOERS_OWNER_STUDENT:
      return self->owner_student;
    case KOERS_OWNER_OTHER:
      return self->owner_other;
    case KOERS_OWNER_SCHOOL:
    case KOERS_N_OWNERS:
    default:
      return self->owner_school;
    }
}

GtkEditable *
koers_meeting_mode_get_owner_name (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->owner_name_entry;
}

GtkButton *
koers_meeting_mode_get_due_button (KoersMeetingMode *self,
                                   KoersDuePreset    preset)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  switch (preset)
    {
    case KOERS_DUE_ONE_WEEK:
      return self->due_one_week;
    case KOERS_DUE_TWO_WEEKS:
      return self->due_two_weeks;
    case KOERS_DUE_FOUR_WEEKS:
      return self->due_four_weeks;
    case KOERS_DUE_NEXT_CONTACT:
      return self->due_next_contact;
    case KOERS_N_DUE_PRESETS:
    default:
      return NULL;
    }
}

GtkEditable *
koers_meeting_mode_get_due_entry (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->due_entry;
}

GtkWidget *
koers_meeting_mode_get_save_agreement_button (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->save_agreement_button;
}

gboolean
koers_meeting_mode_add_agreement (KoersMeetingMode  *self,
                                  GError           **error)
{
  g_autofree char *what = NULL;
  g_autofree char *due = NULL;
  g_autofree char *name = NULL;
  g_autoptr(KoersAgreement) agreement = NULL;
  g_autoptr(AdwToast) toast = NULL;
  gboolean valid;

  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), FALSE);

  what = koers_meeting_editable_dup_text (self->what_entry);
  due = koers_meeting_date_row_get (self->due_entry, &valid);
  if (what == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Say what was agreed: pick a suggestion or type it"));
      return FALSE;
    }
  if (due == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           valid ? _("Choose by when: click one of the dates")
                                 : _("Cannot read that date: type it as d-m-yyyy, like 1-12-2026"));
      return FALSE;
    }

  name = koers_meeting_editable_dup_text (self->owner_name_entry);
  agreement = koers_agreement_new (what, get_owner (self), name, due);
  if (!koers_store_add_agreement (self->context->store, self->meeting, agreement, error))
    return FALSE;

  fill_agreements (self);
  scroll_to_agreements (self);
  reset_form (self);
  gtk_popover_popdown (self->agreement_popover);
  g_signal_emit (self, signals[CHANGED], 0);

  toast = adw_toast_new (_("Agreement added, with a follow-up on the timeline"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "koers-agreement-id",
                          g_memdup2 (&agreement->id, sizeof agreement->id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_agreement_cb), self, 0);
  present_toast (self, toast);
  return TRUE;
}

guint
koers_meeting_mode_get_n_agreement_rows (KoersMeetingMode *self)
{
  guint n = 0;

  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), 0);

  while (gtk_list_box_get_row_at_index (self->agreements_list, (int) n) != NULL)
    n++;
  return n;
}

AdwToast *
koers_meeting_mode_get_last_toast (KoersMeetingMode *self)
{
  g_return_val_if_fail (KOERS_IS_MEETING_MODE (self), NULL);

  return self->last_toast;
}
