/* koers-meeting-conversation-section.c: both views, the student's, questions, goals
 *
 * DOMAIN.md: school's view beside home's view, so neither is the verdict; the
 * student's own view; questions for the parents (what do you see at home, what
 * works for you, what do you expect from the school), which start from the
 * defaults of koers_meeting_new and are the mentor's to edit; and the goals the
 * student is working on, to pick which ones to discuss.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-goal.h"
#include "koers-meeting-conversation-section-private.h"
#include "koers-meeting-entry-rows.h"

struct _KoersMeetingConversationSection
{
  KoersMeetingSection  parent_instance;

  GtkBox              *views_box;
  GtkBox              *school_box;
  GtkBox              *home_box;
  AdwPreferencesGroup *student_group;
  AdwPreferencesGroup *questions_group;
  AdwPreferencesGroup *goals_group;

  GtkTextView         *school_view;
  GtkTextView         *home_view;
  GtkTextView         *student_view;
  GtkListBox          *questions_list;
  GPtrArray           *question_rows;
  GtkWidget           *add_question_row;
  GtkListBox          *goals_list;
  GPtrArray           *goal_rows;
  GtkWidget           *goals_empty_label;
};

/* Which of the meeting's texts a text view edits */
typedef enum
{
  VIEW_SCHOOL,
  VIEW_HOME,
  VIEW_STUDENT,
} ViewField;

G_DEFINE_FINAL_TYPE (KoersMeetingConversationSection, koers_meeting_conversation_section, KOERS_TYPE_MEETING_SECTION)

static void question_changed_cb (GtkEditable *row, KoersMeetingConversationSection *self);
static void remove_question_clicked_cb (GtkButton *button, KoersMeetingConversationSection *self);
static void goal_toggled_cb (GtkCheckButton *check, KoersMeetingConversationSection *self);

/* Helpers */

static void
fill_questions (KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *questions = koers_meeting_get_questions (meeting);

  for (guint i = 0; i < self->question_rows->len; i++)
    gtk_list_box_remove (self->questions_list, self->question_rows->pdata[i]);
  g_ptr_array_set_size (self->question_rows, 0);

  for (guint i = 0; i < questions->len; i++)
    {
      KoersMeetingItem *item = questions->pdata[i];
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *title = g_strdup_printf (_("Question %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), item->text != NULL ? item->text : "");
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "changed", G_CALLBACK (question_changed_cb), self, 0);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Question"));
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_question_clicked_cb), self, 0);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      g_object_set_data (G_OBJECT (row), "remove", remove);

      /* Above the "Add Question" row, which stays last. */
      gtk_list_box_insert (self->questions_list, row, (int) i);
      g_ptr_array_add (self->question_rows, row);
    }
}

static void
fill_goals (KoersMeetingConversationSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *goals = context->goals;

  koers_meeting_list_box_clear (self->goals_list);
  g_ptr_array_set_size (self->goal_rows, 0);

  for (guint i = 0; i < goals->len; i++)
    {
      KoersGoal *goal = goals->pdata[i];
      KoersGoalStatus status = koers_goal_get_status (goal);
      GtkWidget *row, *check;
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;

      /* Evaluated and stopped goals are history; the meeting is about what runs now. */
      if (status != KOERS_GOAL_ACTIVE && status != KOERS_GOAL_CONCEPT)
        continue;

      date = koers_date_format_dutch (koers_goal_get_evaluation_date (goal));
      if (date != NULL && *date != '\0')
        /* Translators: below a goal; %s is a date, "12-3-2026" */
        subtitle = g_strdup_printf (_("Evaluation on %s"), date);
      if (status == KOERS_GOAL_CONCEPT)
        {
          char *with_status = subtitle != NULL
                              ? g_strdup_printf ("%s · %s", koers_goal_status_get_label (status), subtitle)
                              : g_strdup (koers_goal_status_get_label (status));

          g_free (subtitle);
          subtitle = with_status;
        }

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_goal_get_title (goal));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   koers_meeting_get_goal_selected (meeting, koers_goal_get_id (goal)));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "goal", g_object_ref (goal), g_object_unref);
      g_object_set_data (G_OBJECT (row), "check", check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (goal_toggled_cb), self, 0);

      gtk_list_box_append (self->goals_list, row);
      g_ptr_array_add (self->goal_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->goals_list), self->goal_rows->len > 0);
  gtk_widget_set_visible (self->goals_empty_label, self->goal_rows->len == 0);
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingConversationSection *self = KOERS_MEETING_CONVERSATION_SECTION (section);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (section);

  koers_meeting_text_view_sync (self->school_view, koers_meeting_get_school_view (meeting));
  koers_meeting_text_view_sync (self->home_view, koers_meeting_get_home_view (meeting));
  koers_meeting_text_view_sync (self->student_view, koers_meeting_get_student_view (meeting));
  fill_questions (self);
  fill_goals (self);
}

/* Callbacks */

static void
view_changed_cb (GtkTextBuffer                   *buffer,
                 KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  ViewField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "field"));
  GtkTextView *view = g_object_get_data (G_OBJECT (buffer), "view");
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || meeting == NULL)
    return;

  text = koers_meeting_text_view_dup_text (view);
  switch (field)
    {
    case VIEW_SCHOOL:
      koers_meeting_set_school_view (meeting, text);
      break;
    case VIEW_HOME:
      koers_meeting_set_home_view (meeting, text);
      break;
    case VIEW_STUDENT:
      koers_meeting_set_student_view (meeting, text);
      break;
    default:
      g_assert_not_reached ();
    }
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
question_changed_cb (GtkEditable                     *row,
                     KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *questions = koers_meeting_get_questions (meeting);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  KoersMeetingItem *item;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || index >= questions->len)
    return;

  /* In place: rebuilding the rows would take the focus away while typing. */
  item = questions->pdata[index];
  g_free (item->text);
  item->text = g_strdup (gtk_editable_get_text (row));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
remove_question_clicked_cb (GtkButton                       *button,
                            KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  GPtrArray *questions = koers_meeting_get_questions (meeting);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  if (index >= questions->len)
    return;

  /* set_questions copies the items, so the kept ones can be borrowed. */
  for (guint i = 0; i < questions->len; i++)
    if (i != index)
      g_ptr_array_add (kept, questions->pdata[i]);
  koers_meeting_set_questions (meeting, kept);

  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_questions (self);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
add_question_activated_cb (KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));

  if (meeting == NULL)
    return;

  koers_meeting_add_question (meeting, "");
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_questions (self);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
  if (self->question_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->question_rows, self->question_rows->len - 1));
}

static void
goal_toggled_cb (GtkCheckButton                  *check,
                 KoersMeetingConversationSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersGoal *goal = g_object_get_data (G_OBJECT (check), "goal");

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  koers_meeting_set_goal_selected (meeting, koers_goal_get_id (goal),
                                   gtk_check_button_get_active (check));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

/* Below this width the two views stack: each keeps room for a sentence a line. */
#define VIEWS_SIDE_BY_SIDE_MIN_WIDTH 560

/* GtkWidget: AdwBin's layout manager would skip size_allocate, so the section
 * lays out its one child itself. */

static void
koers_meeting_conversation_section_measure (GtkWidget      *widget,
                                            GtkOrientation  orientation,
                                            int             for_size,
                                            int            *minimum,
                                            int            *natural,
                                            int            *minimum_baseline,
                                            int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
koers_meeting_conversation_section_size_allocate (GtkWidget *widget,
                                                  int        width,
                                                  int        height,
                                                  int        baseline)
{
  KoersMeetingConversationSection *self = KOERS_MEETING_CONVERSATION_SECTION (widget);
  GtkOrientation orientation = width < VIEWS_SIDE_BY_SIDE_MIN_WIDTH
                               ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  /* No AdwBreakpoint in libadwaita 1.2. The section's width does not depend on
   * the orientation (the page scrolls vertically only), so this settles at once. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->views_box)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->views_box), orientation);

  if (adw_bin_get_child (ADW_BIN (widget)) != NULL)
    gtk_widget_allocate (adw_bin_get_child (ADW_BIN (widget)), width, height, baseline, NULL);
}

/* GObject */

static void
koers_meeting_conversation_section_dispose (GObject *object)
{
  KoersMeetingConversationSection *self = KOERS_MEETING_CONVERSATION_SECTION (object);

  g_clear_pointer (&self->question_rows, g_ptr_array_unref);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_meeting_conversation_section_parent_class)->dispose (object);
}

static void
koers_meeting_conversation_section_class_init (KoersMeetingConversationSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  object_class->dispose = koers_meeting_conversation_section_dispose;
  section_class->fill = fill;
  widget_class->measure = koers_meeting_conversation_section_measure;
  widget_class->size_allocate = koers_meeting_conversation_section_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-conversation-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, views_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, school_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, home_box);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, student_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, questions_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingConversationSection, goals_group);
}

static GtkTextView *
add_view (KoersMeetingConversationSection *self,
          GtkWidget                       *parent,
          const char                      *accessible_name,
          ViewField                        field)
{
  GtkTextView *view = koers_meeting_text_view_new (accessible_name);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_widget_set_size_request (GTK_WIDGET (view), -1, 140);
  g_object_set_data (G_OBJECT (buffer), "field", GUINT_TO_POINTER (field));
  g_object_set_data (G_OBJECT (buffer), "view", view);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (view_changed_cb), self, 0);
  if (ADW_IS_PREFERENCES_GROUP (parent))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), GTK_WIDGET (view));
  else
    gtk_box_append (GTK_BOX (parent), GTK_WIDGET (view));
  return view;
}

static void
koers_meeting_conversation_section_init (KoersMeetingConversationSection *self)
{
  GtkWidget *add_row;

  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->question_rows = g_ptr_array_new ();
  self->goal_rows = g_ptr_array_new ();

  self->school_view = add_view (self, GTK_WIDGET (self->school_box), _("School’s view"), VIEW_SCHOOL);
  self->home_view = add_view (self, GTK_WIDGET (self->home_box), _("Home’s view"), VIEW_HOME);
  self->student_view = add_view (self, GTK_WIDGET (self->student_group), _("The student’s view"),
                                 VIEW_STUDENT);

  self->questions_list = koers_meeting_boxed_list_new ();
  add_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("_Add Question"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (add_row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (add_row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (add_row), TRUE);
  g_signal_connect_object (add_row, "activated", G_CALLBACK (add_question_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->questions_list, add_row);
  self->add_question_row = add_row;
  adw_preferences_group_add (self->questions_group, GTK_WIDGET (self->questions_list));

  self->goals_list = koers_meeting_boxed_list_new ();
  adw_preferences_group_add (self->goals_group, GTK_WIDGET (self->goals_list));
  self->goals_empty_label = gtk_label_new (_("No active or draft goals. Goals made on the student’s Goals page can be picked here to discuss."));
  gtk_label_set_wrap (GTK_LABEL (self->goals_empty_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->goals_empty_label), 0);
  gtk_widget_add_css_class (self->goals_empty_label, "dim-label");
  adw_preferences_group_add (self->goals_group, self->goals_empty_label);
}

/* Private */

GtkTextView *
koers_meeting_conversation_section_get_school_view (KoersMeetingConversationSection *self)
{
  return self->school_view;
}

GtkTextView *
koers_meeting_conversation_section_get_home_view (KoersMeetingConversationSection *self)
{
  return self->home_view;
}

GtkTextView *
koers_meeting_conversation_section_get_student_view (KoersMeetingConversationSection *self)
{
  return self->student_view;
}

guint
koers_meeting_conversation_section_get_n_questions (KoersMeetingConversationSection *self)
{
  return self->question_rows->len;
}

GtkWidget *
koers_meeting_conversation_section_get_question_row (KoersMeetingConversationSection *self,
                                                     guint                            index)
{
  return index < self->question_rows->len ? self->question_rows->pdata[index] : NULL;
}

GtkWidget *
koers_meeting_conversation_section_get_remove_question_button (KoersMeetingConversationSection *self,
                                                               guint                            index)
{
  if (index >= self->question_rows->len)
    return NULL;
  return g_object_get_data (self->question_rows->pdata[index], "remove");
}

GtkWidget *
koers_meeting_conversation_section_get_add_question_row (KoersMeetingConversationSection *self)
{
  return self->add_question_row;
}

guint
koers_meeting_conversation_section_get_n_goals (KoersMeetingConversationSection *self)
{
  return self->goal_rows->len;
}

GtkWidget *
koers_meeting_conversation_section_get_goal_row (KoersMeetingConversationSection *self,
                                                 guint                            index)
{
  return index < self->goal_rows->len ? self->goal_rows->pdata[index] : NULL;
}

GtkWidget *
koers_meeting_conversation_section_get_goals_empty_label (KoersMeetingConversationSection *self)
{
  return self->goals_empty_label;
}
