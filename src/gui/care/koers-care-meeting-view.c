/* koers-care-meeting-view.c: one leerlingbespreking: the plan, and per student the
 * brief with the conclusion and next steps
 *
 * Everything is saved as it is applied, so nothing is lost when the meeting
 * runs late and the laptop closes. The brief is read fresh each time a student
 * is opened: it is about what the timeline says now. Sensitive lines show only
 * that they exist until revealed, as on the timeline: the brief may be on a
 * shared screen at the table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-care-meeting-sheet.h"
#include "koers-care-meeting-view-private.h"
#include "koers-date.h"
#include "koers-list-box.h"
#include "koers-output.h"
#include "koers-string.h"
#include "students/koers-student-picker.h"

/* A next step is due two weeks after the meeting unless it says otherwise. */
#define DEFAULT_STEP_DAYS 14

struct _KoersCareMeetingView
{
  AdwBin             parent_instance;

  GtkWidget         *back_button;
  AdwWindowTitle    *window_title;
  GtkWidget         *open_student_button;
  GtkStack          *stack;
  GtkEditable       *date_row;
  GtkEditable       *time_row;
  GtkEditable       *place_row;
  GtkEditable       *attendees_row;
  GtkListBox        *students_list;
  GMenu             *overview_section;
  GtkScrolledWindow *student_scroller;
  GtkEditable       *question_row;
  GtkBox            *brief_box;
  GtkTextView       *conclusion_view;
  GtkLabel          *recorded_label;
  GtkButton         *record_button;
  GtkListBox        *steps_list;
  GtkEditable       *step_what_row;
  GtkEditable       *step_owner_row;
  GtkEditable       *step_due_row;
  GtkButton         *add_step_button;

  KoersStore        *store;
  KoersCareMeeting  *meeting;
  gint64             student_id;   /* the brief on show, 0 on the plan */
  gboolean           folded;
};

G_DEFINE_FINAL_TYPE (KoersCareMeetingView, koers_care_meeting_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  TIMELINE_CHANGED,
  STUDENT_ACTIVATED,
  TOAST,
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_plan (KoersCareMeetingView *self);

/* Helpers */

static void
show_toast (KoersCareMeetingView *self,
            const char           *text)
{
  /* Toasts take markup; error messages may quote what the user typed. */
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (markup);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkWindow *
get_window (KoersCareMeetingView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static char *
dup_when (KoersCareMeeting *meeting)
{
  g_autofree char *date = koers_date_format_long (koers_care_meeting_get_date (meeting));

  if (koers_care_meeting_get_time (meeting) != NULL)
    return g_strdup_printf ("%s, %s", date, koers_care_meeting_get_time (meeting));
  return g_steal_pointer (&date);
}

static void
set_date_text (GtkEditable *row,
               const char  *iso)
{
  g_autofree char *text = iso != NULL ? koers_date_format_dutch (iso) : NULL;

  gtk_editable_set_text (row, text != NULL ? text : "");
}

/* Saves the meeting as it is in memory; on failure says why and reloads it. */
static gboolean
save (KoersCareMeetingView *self)
{
  g_autoptr(GError) error = NULL;

  if (koers_store_save_care_meeting (self->store, self->meeting, &error))
    {
      /* Read back: students just added come with their names and classes. */
      KoersCareMeeting *stored = koers_store_get_care_meeting (self->store, koers_care_meeting_get_id (self->meeting),
                                                               &error);

      if (stored != NULL)
        {
          g_clear_object (&self->meeting);
          self->meeting = stored;
          g_signal_emit (self, signals[CHANGED], 0);
          return TRUE;
        }
    }
  show_toast (self, error->message);
  koers_care_meeting_view_load (self, koers_care_meeting_get_id (self->meeting));
  return FALSE;
}

static void
update_header (KoersCareMeetingView *self)
{
  gboolean on_student = self->student_id != 0;
  KoersCareStudent *student = NULL;
  g_autofree char *when = NULL;

  if (self->meeting == NULL)
    return;
  if (on_student)
    student = koers_care_meeting_find_student (self->meeting, self->student_id);
  when = dup_when (self->meeting);
  adw_window_title_set_title (self->window_title,
                              student != NULL ? koers_student_get_display_name (student->student)
                                              : _("Student Care Meeting"));
  adw_window_title_set_subtitle (self->window_title, when);
  gtk_widget_set_visible (self->back_button, on_student || self->folded);
  gtk_widget_set_visible (self->open_student_button, on_student);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "care.open-student", on_student);
}

/* The plan */

/* Taking a student off the list can be undone: the question comes back too. */
typedef struct
{
  GWeakRef          view;
  gint64            meeting_id;
  KoersCareStudent *student;
  guint             position;
} UndoRemove;

static void
undo_remove_free (gpointer data)
{
  UndoRemove *undo = data;

  g_weak_ref_clear (&undo->view);
  koers_care_student_free (undo->student);
  g_free (undo);
}

static void
undo_remove_cb (AdwToast   *toast,
                UndoRemove *undo)
{
  g_autoptr(KoersCareMeetingView) self = g_weak_ref_get (&undo->view);
  GPtrArray *students;

  if (self == NULL || self->meeting == NULL ||
      koers_care_meeting_get_id (self->meeting) != undo->meeting_id ||
      koers_care_meeting_find_student (self->meeting, undo->student->student_id) != NULL)
    return;
  students = koers_care_meeting_get_students (self->meeting);
  g_ptr_array_insert (students, (int) MIN (undo->position, students->len),
                      koers_care_student_copy (undo->student));
  if (save (self))
    show_plan (self);
}

static void
remove_student_clicked_cb (GtkButton            *button,
                           KoersCareMeetingView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "student-id");
  GPtrArray *students = koers_care_meeting_get_students (self->meeting);
  g_autoptr(AdwToast) toast = NULL;
  UndoRemove *undo;
  guint position = 0;

  while (position < students->len &&
         ((KoersCareStudent *) g_ptr_array_index (students, position))->student_id != *id)
    position++;
  if (position == students->len)
    return;

  undo = g_new0 (UndoRemove, 1);
  g_weak_ref_init (&undo->view, self);
  undo->meeting_id = koers_care_meeting_get_id (self->meeting);
  undo->student = koers_care_student_copy (g_ptr_array_index (students, position));
  undo->position = position;

  koers_care_meeting_remove_student (self->meeting, *id);
  if (!save (self))
    {
      undo_remove_free (undo);
      return;
    }
  show_plan (self);

  toast = adw_toast_new (_("Taken off the list"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_remove_cb), undo);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_remove_free);
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkWidget *
create_student_row (KoersCareMeetingView *self,
                    KoersCareStudent     *student)
{
  GtkWidget *row = adw_action_row_new ();
  const char *group = koers_student_get_group (student->student);
  g_autofree char *title = group != NULL
    ? g_strdup_printf ("%s (%s)", koers_student_get_display_name (student->student), group)
    : g_strdup (koers_student_get_display_name (student->student));
  gint64 *id = g_new (gint64, 1);

  *id = student->student_id;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               student->question != NULL ? student->question : _("No question written down."));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "student-id", id, g_free);

  if (student->entry_id != 0)
    {
      GtkWidget *done = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_set_tooltip_text (done, _("Discussed: the conclusion is on the timeline"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Discussed"), -1);
      gtk_widget_add_css_class (done, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), done);
    }
  else
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gint64 *button_id = g_new (gint64, 1);

      *button_id = student->student_id;
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Take Off the List"));
      g_object_set_data_full (G_OBJECT (remove), "student-id", button_id, g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_student_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
show_plan (KoersCareMeetingView *self)
{
  GPtrArray *students;
  g_autofree char *attendees = NULL;

  self->student_id = 0;
  gtk_stack_set_visible_child_name (self->stack, "plan");
  update_header (self);
  if (self->meeting == NULL)
    return;

  set_date_text (self->date_row, koers_care_meeting_get_date (self->meeting));
  gtk_editable_set_text (self->time_row, koers_care_meeting_get_time (self->meeting) ?: "");
  gtk_editable_set_text (self->place_row, koers_care_meeting_get_place (self->meeting) ?: "");
  attendees = koers_care_meeting_dup_attendees_text (self->meeting);
  gtk_editable_set_text (self->attendees_row, attendees);

  koers_list_box_remove_rows (self->students_list);
  students = koers_care_meeting_get_students (self->meeting);
  for (guint i = 0; i < students->len; i++)
    gtk_list_box_append (self->students_list, create_student_row (self, g_ptr_array_index (students, i)));
}

static void
plan_applied_cb (KoersCareMeetingView *self)
{
  const char *date_text = gtk_editable_get_text (self->date_row);
  const char *time_text = gtk_editable_get_text (self->time_row);
  g_autofree char *date = koers_date_parse_to_iso (date_text);
  g_autofree char *time = NULL;

  if (self->meeting == NULL)
    return;
  if (date == NULL)
    {
      show_toast (self, _("The date is not a date. Write it as dd-mm-yyyy."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }
  if (*time_text != '\0' && (time = koers_time_parse (time_text)) == NULL)
    {
      show_toast (self, _("Write the time as hours and minutes, like 15:30."));
      gtk_widget_grab_focus (GTK_WIDGET (self->time_row));
      return;
    }

  koers_care_meeting_set_date (self->meeting, date);
  koers_care_meeting_set_time (self->meeting, time);
  koers_care_meeting_set_place (self->meeting, gtk_editable_get_text (self->place_row));
  koers_care_meeting_set_attendees_text (self->meeting, gtk_editable_get_text (self->attendees_row));
  if (save (self))
    show_plan (self);
}

void
koers_care_meeting_view_add_students (KoersCareMeetingView *self,
                                      GArray               *student_ids)
{
  guint added = 0;

  g_return_if_fail (KOERS_IS_CARE_MEETING_VIEW (self));

  if (self->meeting == NULL)
    return;
  for (guint i = 0; i < student_ids->len; i++)
    added += koers_care_meeting_add_student (self->meeting, g_array_index (student_ids, gint64, i), NULL);
  if (added == 0)
    {
      show_toast (self, _("These students are on the list already."));
      return;
    }
  if (save (self))
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u student added", "%u students added", added), added);

      show_plan (self);
      show_toast (self, text);
    }
}

static void
students_chosen_cb (GArray   *student_ids,
                    gpointer  user_data)
{
  koers_care_meeting_view_add_students (KOERS_CARE_MEETING_VIEW (user_data), student_ids);
}

static void
choose_students_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (widget);
  g_autoptr(GArray) listed = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *students;

  if (self->meeting == NULL)
    return;
  students = koers_care_meeting_get_students (self->meeting);
  for (guint i = 0; i < students->len; i++)
    g_array_append_val (listed, ((KoersCareStudent *) g_ptr_array_index (students, i))->student_id);
  koers_student_picker_run (get_window (self), self->store, _("Add Students"), _("_Add"), listed,
                            students_chosen_cb, g_object_ref (self), g_object_unref);
}

/* The students of one overview section, as it is today, across all classes. */
static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  KoersOverviewQuery query = { 0 };
  KoersOverviewSection section;

  if (self->meeting == NULL ||
      !koers_overview_section_from_id (g_variant_get_string (parameter, NULL), &section))
    return;
  items = koers_store_get_overview (self->store, &query, &error);
  if (items == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  rows = koers_overview_items_in_section (items, section);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = koers_student_get_id (koers_overview_item_get_student (g_ptr_array_index (rows, i)));

      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      show_toast (self, _("No students in that part of the overview today."));
      return;
    }
  koers_care_meeting_view_add_students (self, ids);
}

/* The student */

static void
reveal_clicked_cb (GtkButton *button,
                   AdwActionRow *row)
{
  const char *text = g_object_get_data (G_OBJECT (row), "text");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
}

static GtkWidget *
create_brief_row (KoersBriefLine *line)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (line->detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line->detail);

  if (line->sensitive)
    {
      GtkWidget *reveal = gtk_button_new_from_icon_name ("view-reveal-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sensitive note"));
      g_object_set_data_full (G_OBJECT (row), "text", g_strdup (line->text), g_free);
      gtk_widget_set_valign (reveal, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (reveal, "flat");
      gtk_widget_set_tooltip_text (reveal, _("Show Sensitive Text"));
      g_signal_connect (reveal, "clicked", G_CALLBACK (reveal_clicked_cb), row);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reveal);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->text);
  return row;
}

static void
fill_brief (KoersCareMeetingView *self,
            KoersCareBrief       *brief)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->brief_box))) != NULL)
    gtk_box_remove (self->brief_box, child);

  for (KoersBriefPart part = 0; part < KOERS_N_BRIEF_PARTS; part++)
    {
      g_autoptr(GPtrArray) lines = koers_care_brief_get_part (brief, part);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), koers_brief_part_get_title (part));
      if (part == KOERS_BRIEF_SIGNALS)
        {
          g_autofree char *since = koers_date_format_dutch (brief->since);
          /* Translators: %s is a date */
          g_autofree char *description = g_strdup_printf (_("Since %s, the previous student care meeting or about a term ago."),
                                                          since);

          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
        }
      for (guint i = 0; i < lines->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_brief_row (g_ptr_array_index (lines, i)));
      if (lines->len == 0)
        {
          GtkWidget *none = gtk_label_new (_("Nothing here."));

          gtk_widget_add_css_class (none, "dim-label");
          gtk_label_set_xalign (GTK_LABEL (none), 0);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), none);
        }
      gtk_box_append (self->brief_box, group);
    }
}

static void
remove_step_clicked_cb (GtkButton            *button,
                        KoersCareMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 *step_id = g_object_get_data (G_OBJECT (button), "step-id");

  if (!koers_store_remove_care_step (self->store, self->meeting, self->student_id, *step_id, &error))
    {
      show_toast (self, error->message);
      return;
    }
  g_signal_emit (self, signals[TIMELINE_CHANGED], 0);
  koers_care_meeting_view_show_student (self, self->student_id);
  show_toast (self, _("Next step taken back, with its follow-up"));
}

static GtkWidget *
create_step_row (KoersCareMeetingView *self,
                 KoersCareStep        *step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *due = koers_date_format_dutch (step->due);
  g_autofree char *detail = g_strdup_printf ("%s · %s", step->owner, due);
  gint64 *id = g_new (gint64, 1);

  *id = step->id;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Take Back This Step"));
  g_object_set_data_full (G_OBJECT (remove), "step-id", id, g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_step_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
update_recorded (KoersCareMeetingView *self,
                 KoersCareStudent     *student)
{
  gboolean recorded = student->entry_id != 0;

  gtk_label_set_text (self->recorded_label,
                      recorded ? _("On the timeline. Changes here correct that entry.")
                               : _("Not on the timeline yet."));
  gtk_button_set_label (self->record_button, recorded ? _("_Update on Timeline") : _("_Record on Timeline"));
}

void
koers_care_meeting_view_show_student (KoersCareMeetingView *self,
                                      gint64                student_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersCareBrief) brief = NULL;
  g_autofree char *due = NULL;
  KoersCareStudent *student;
  gboolean same;
  GDate date;

  g_return_if_fail (KOERS_IS_CARE_MEETING_VIEW (self));

  if (self->meeting == NULL)
    return;
  student = koers_care_meeting_find_student (self->meeting, student_id);
  if (student == NULL)
    return;
  brief = koers_store_get_care_brief (self->store, self->meeting, student_id, &error);
  if (brief == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* Coming back after a step keeps what is being typed in the conclusion. */
  same = self->student_id == student_id;
  self->student_id = student_id;
  gtk_editable_set_text (self->question_row, student->question ?: "");
  fill_brief (self, brief);
  if (!same)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->conclusion_view),
                                student->conclusion ?: "", -1);
      gtk_editable_set_text (self->step_what_row, "");
      gtk_editable_set_text (self->step_owner_row, "");
      if (!koers_date_from_iso (koers_care_meeting_get_date (self->meeting), &date))
        koers_date_today (&date);
      g_date_add_days (&date, DEFAULT_STEP_DAYS);
      due = koers_date_to_iso (&date);
      set_date_text (self->step_due_row, due);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->student_scroller), 0);
    }
  update_recorded (self, student);

  koers_list_box_remove_rows (self->steps_list);
  for (guint i = 0; i < student->steps->len; i++)
    gtk_list_box_append (self->steps_list, create_step_row (self, g_ptr_array_index (student->steps, i)));

  gtk_stack_set_visible_child_name (self->stack, "student");
  update_header (self);
  /* Not the question: its text selected under the cursor is one keystroke from gone. */
  if (!same && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_root_set_focus (gtk_widget_get_root (GTK_WIDGET (self)), NULL);
}

static void
student_row_activated_cb (KoersCareMeetingView *self,
                          GtkListBoxRow        *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "student-id");

  if (id != NULL)
    koers_care_meeting_view_show_student (self, *id);
}

static void
question_applied_cb (KoersCareMeetingView *self)
{
  KoersCareStudent *student = koers_care_meeting_find_student (self->meeting, self->student_id);

  if (student == NULL)
    return;
  koers_str_replace (&student->question, gtk_editable_get_text (self->question_row));
  if (save (self))
    show_toast (self, _("Question saved"));
}

static void
record_clicked_cb (KoersCareMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->conclusion_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  KoersCareStudent *student = koers_care_meeting_find_student (self->meeting, self->student_id);
  gboolean was_recorded;

  if (student == NULL)
    return;
  was_recorded = student->entry_id != 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!koers_store_record_care_conclusion (self->store, self->meeting, self->student_id, text, &error))
    {
      show_toast (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->conclusion_view));
      return;
    }
  update_recorded (self, student);
  g_signal_emit (self, signals[TIMELINE_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
  show_toast (self, was_recorded ? _("Conclusion updated on the timeline")
                                 : _("Conclusion recorded on the timeline"));
}

static void
add_step_cb (KoersCareMeetingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = koers_date_parse_to_iso (gtk_editable_get_text (self->step_due_row));
  g_autoptr(KoersCareStep) step = NULL;

  if (self->student_id == 0)
    return;
  if (due == NULL)
    {
      show_toast (self, _("The date is not a date. Write it as dd-mm-yyyy."));
      gtk_widget_grab_focus (GTK_WIDGET (self->step_due_row));
      return;
    }
  step = koers_care_step_new (gtk_editable_get_text (self->step_what_row),
                              gtk_editable_get_text (self->step_owner_row), due);
  if (!koers_store_add_care_step (self->store, self->meeting, self->student_id, step, &error))
    {
      show_toast (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (*gtk_editable_get_text (self->step_what_row) == '\0'
                                         ? self->step_what_row : self->step_owner_row));
      return;
    }
  gtk_editable_set_text (self->step_what_row, "");
  gtk_list_box_append (self->steps_list, create_step_row (self, step));
  gtk_widget_grab_focus (GTK_WIDGET (self->step_what_row));
  g_signal_emit (self, signals[TIMELINE_CHANGED], 0);
  show_toast (self, _("Next step added as a follow-up on the timeline"));
}

static void
back_button_clicked_cb (KoersCareMeetingView *self)
{
  if (self->student_id != 0)
    show_plan (self);
  else
    g_signal_emit (self, signals[BACK], 0);
}

static void
open_student_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (widget);

  if (self->student_id != 0)
    g_signal_emit (self, signals[STUDENT_ACTIVATED], 0, self->student_id);
}

/* Paper */

typedef enum
{
  SHEET_AGENDA,
  SHEET_AGENDA_SENSITIVE,
  SHEET_MINUTES,
} SheetKind;

typedef struct
{
  KoersCareMeetingView *self;
  SheetKind             kind;
} SaveSheet;

static void
save_sheet_free (gpointer data)
{
  SaveSheet *save_sheet = data;

  g_object_unref (save_sheet->self);
  g_free (save_sheet);
}

static void
sheet_chosen_cb (GFile    *file,
                 gpointer  user_data)
{
  SaveSheet *save_sheet = user_data;
  KoersCareMeetingView *self = save_sheet->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersDocument) doc = NULL;
  g_autofree char *path = koers_output_dup_path (file, &error);

  if (path != NULL && save_sheet->kind == SHEET_MINUTES)
    doc = koers_care_minutes_new (self->meeting);
  else if (path != NULL)
    {
      g_autoptr(GPtrArray) briefs = koers_store_get_care_briefs (self->store, self->meeting, &error);

      if (briefs != NULL)
        doc = koers_care_agenda_new (self->meeting, briefs, save_sheet->kind == SHEET_AGENDA_SENSITIVE);
    }
  if (doc != NULL && koers_document_write_pdf (doc, path, NULL, &error))
    {
      g_autoptr(GArray) ids = koers_care_meeting_dup_student_ids (self->meeting);

      koers_store_audit (self->store, KOERS_AUDIT_EXPORT,
                         save_sheet->kind == SHEET_MINUTES ? "care-minutes" : "care-agenda", ids, &error);
    }
  if (error != NULL || doc == NULL)
    {
      koers_output_show_error (get_window (self), _("Could Not Save the PDF"), error);
      return;
    }
  show_toast (self, save_sheet->kind == SHEET_MINUTES ? _("Minutes saved as PDF") : _("Agenda saved as PDF"));
}

static void
save_sheet (KoersCareMeetingView *self,
            SheetKind             kind)
{
  SaveSheet *data;
  g_autofree char *suggested = NULL;

  if (self->meeting == NULL)
    return;
  data = g_new0 (SaveSheet, 1);
  data->self = g_object_ref (self);
  data->kind = kind;
  suggested = g_strdup_printf (kind == SHEET_MINUTES
                               /* Translators: a file name; %s is the date, 2026-12-09 */
                               ? _("care-meeting-minutes-%s.pdf")
                               /* Translators: a file name; %s is the date, 2026-12-09 */
                               : _("care-meeting-agenda-%s.pdf"),
                               koers_care_meeting_get_date (self->meeting));
  koers_output_ask_file (get_window (self),
                         kind == SHEET_MINUTES ? _("Save Minutes") : _("Save Agenda"), _("_Save"),
                         _("PDF documents"), "application/pdf", "pdf", suggested,
                         sheet_chosen_cb, data, save_sheet_free);
}

static void
save_sheet_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *kind = g_variant_get_string (parameter, NULL);

  save_sheet (KOERS_CARE_MEETING_VIEW (widget),
              g_str_equal (kind, "minutes") ? SHEET_MINUTES
              : g_str_equal (kind, "agenda-sensitive") ? SHEET_AGENDA_SENSITIVE
              : SHEET_AGENDA);
}

/* Deleting, with undo */

typedef struct
{
  GWeakRef          view;
  KoersStore       *store;
  KoersCareMeeting *meeting;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->view);
  g_object_unref (undo->store);
  g_object_unref (undo->meeting);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast *toast,
                Undo     *undo)
{
  g_autoptr(KoersCareMeetingView) self = g_weak_ref_get (&undo->view);
  g_autoptr(GError) error = NULL;

  /* Saved anew with its links: the timeline entries it made never went away. */
  koers_care_meeting_set_id (undo->meeting, 0);
  if (!koers_store_save_care_meeting (undo->store, undo->meeting, &error))
    {
      if (self != NULL)
        show_toast (self, error->message);
      return;
    }
  if (self != NULL)
    {
      koers_care_meeting_view_load (self, koers_care_meeting_get_id (undo->meeting));
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  Undo *undo;

  if (self->meeting == NULL)
    return;
  if (!koers_store_delete_care_meeting (self->store, koers_care_meeting_get_id (self->meeting), &error))
    {
      show_toast (self, error->message);
      return;
    }

  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->view, self);
  undo->store = g_object_ref (self->store);
  undo->meeting = koers_care_meeting_copy (self->meeting);
  toast = adw_toast_new (_("Student care meeting deleted; its entries stay on the timelines"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_free);

  koers_care_meeting_view_load (self, 0);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[TOAST], 0, toast);
}

/* Public */

KoersCareMeetingView *
koers_care_meeting_view_new (void)
{
  return g_object_new (KOERS_TYPE_CARE_MEETING_VIEW, NULL);
}

void
koers_care_meeting_view_set_store (KoersCareMeetingView *self,
                                   KoersStore           *store)
{
  g_return_if_fail (KOERS_IS_CARE_MEETING_VIEW (self));

  g_set_object (&self->store, store);
}

void
koers_care_meeting_view_load (KoersCareMeetingView *self,
                              gint64                id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KOERS_IS_CARE_MEETING_VIEW (self));

  g_clear_object (&self->meeting);
  if (id != 0 && self->store != NULL)
    {
      self->meeting = koers_store_get_care_meeting (self->store, id, &error);
      if (self->meeting == NULL)
        show_toast (self, error->message);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "care.delete", self->meeting != NULL);
  show_plan (self);
}

KoersCareMeeting *
koers_care_meeting_view_get_meeting (KoersCareMeetingView *self)
{
  g_return_val_if_fail (KOERS_IS_CARE_MEETING_VIEW (self), NULL);
  return self->meeting;
}

/* For the GUI test */

const char *
koers_care_meeting_view_get_page_name (KoersCareMeetingView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkListBox *
koers_care_meeting_view_get_students_list (KoersCareMeetingView *self)
{
  return self->students_list;
}

GtkBox *
koers_care_meeting_view_get_brief_box (KoersCareMeetingView *self)
{
  return self->brief_box;
}

GtkTextView *
koers_care_meeting_view_get_conclusion_view (KoersCareMeetingView *self)
{
  return self->conclusion_view;
}

GtkButton *
koers_care_meeting_view_get_record_button (KoersCareMeetingView *self)
{
  return self->record_button;
}

GtkListBox *
koers_care_meeting_view_get_steps_list (KoersCareMeetingView *self)
{
  return self->steps_list;
}

GtkEditable *
koers_care_meeting_view_get_step_row (KoersCareMeetingView *self,
                                      guint                 index)
{
  GtkEditable *rows[] = { self->step_what_row, self->step_owner_row, self->step_due_row };

  g_return_val_if_fail (index < G_N_ELEMENTS (rows), NULL);
  return rows[index];
}

GtkButton *
koers_care_meeting_view_get_add_step_button (KoersCareMeetingView *self)
{
  return self->add_step_button;
}

/* GObject */

static void
fill_overview_menu (KoersCareMeetingView *self)
{
  for (KoersOverviewSection section = 0; section < KOERS_N_OVERVIEW_SECTIONS; section++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (koers_overview_section_get_title (section), NULL);

      g_menu_item_set_action_and_target (item, "care.add-section", "s",
                                         koers_overview_section_to_id (section));
      g_menu_append_item (self->overview_section, item);
    }
}

static void
koers_care_meeting_view_dispose (GObject *object)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (object);

  g_clear_object (&self->meeting);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CARE_MEETING_VIEW);

  G_OBJECT_CLASS (koers_care_meeting_view_parent_class)->dispose (object);
}

static void
koers_care_meeting_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_care_meeting_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  KoersCareMeetingView *self = KOERS_CARE_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      self->folded = g_value_get_boolean (value);
      update_header (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_care_meeting_view_class_init (KoersCareMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_care_meeting_view_dispose;
  object_class->get_property = koers_care_meeting_view_get_property;
  object_class->set_property = koers_care_meeting_view_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[TIMELINE_CHANGED] = g_signal_new ("timeline-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[STUDENT_ACTIVATED] = g_signal_new ("student-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/care/koers-care-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, back_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, open_student_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, time_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, place_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, attendees_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, students_list);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, overview_section);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, student_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, question_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, brief_box);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, conclusion_view);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, recorded_label);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, record_button);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, steps_list);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, step_what_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, step_owner_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, step_due_row);
  gtk_widget_class_bind_template_child (widget_class, KoersCareMeetingView, add_step_button);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, student_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, question_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_step_cb);

  gtk_widget_class_install_action (widget_class, "care.choose-students", NULL, choose_students_action);
  gtk_widget_class_install_action (widget_class, "care.add-section", "s", add_section_action);
  gtk_widget_class_install_action (widget_class, "care.open-student", NULL, open_student_action);
  gtk_widget_class_install_action (widget_class, "care.save-sheet", "s", save_sheet_action);
  gtk_widget_class_install_action (widget_class, "care.delete", NULL, delete_action);
}

static void
koers_care_meeting_view_init (KoersCareMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_overview_menu (self);
  koers_care_meeting_view_load (self, 0);
}
