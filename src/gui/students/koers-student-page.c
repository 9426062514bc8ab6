/* koers-student-page.c: one student, shown beside the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-attendance-group.h"
#include "koers-date.h"
#include "koers-string.h"
#include "koers-student-page.h"
#include "goals/koers-goals-view.h"
#include "checklists/koers-checklists-view.h"
#include "meetings/koers-meetings-view.h"
#include "timeline/koers-timeline-view.h"

struct _KoersStudentPage
{
  AdwBin               parent_instance;

  AdwHeaderBar        *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack        *view_stack;
  KoersTimelineView   *timeline;
  KoersGoalsView      *goals;
  KoersMeetingsView   *meetings;
  KoersChecklistsView *checklists;
  GtkLabel            *attendance_label;
  GtkWidget           *back_button;
  GtkWidget           *edit_button;
  GtkWidget           *menu_button;
  GtkStack            *stack;
  GtkWidget           *empty_status;
  GtkRevealer         *archived_revealer;
  GtkScrolledWindow   *scrolled_window;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *meta_label;
  GtkWidget           *adult_badge;
  AdwPreferencesGroup *details_group;
  GtkWidget           *number_row;
  GtkLabel            *number_label;
  GtkWidget           *birth_row;
  GtkLabel            *birth_label;
  GtkWidget           *group_row;
  GtkLabel            *group_label;
  GtkWidget           *email_row;
  GtkLabel            *email_label;
  GtkWidget           *mentor_row;
  GtkLabel            *mentor_label;
  GtkWidget           *notes_group;
  GtkLabel            *notes_label;
  KoersAttendanceGroup *attendance_group;

  KoersStore          *store;
  KoersStudent        *student;
  gboolean             folded;
  gboolean             show_hint;
};

G_DEFINE_FINAL_TYPE (KoersStudentPage, koers_student_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_SHOW_HINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* Shows @value in a detail row, or hides the row when there is nothing to show. */
static gboolean
set_detail (GtkWidget  *row,
            GtkLabel   *label,
            const char *value)
{
  gtk_label_set_text (label, koers_str_is_set (value) ? value : "");
  gtk_widget_set_visible (row, koers_str_is_set (value));
  return koers_str_is_set (value);
}

/* "2A · 14 years" */
static char *
format_meta (KoersStudent *student)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *group = koers_student_get_group (student);
  int age = koers_student_get_age (student, NULL);

  if (koers_str_is_set (group))
    g_ptr_array_add (parts, g_strdup (group));

  if (age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d year", "%d years", age), age));

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the class and the age, as in "2A · 14 years" */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/* Attendance since the start of the school year: a warning badge below 90%
 * (DOMAIN.md: problematic absence should be visible early), otherwise a dim line. */
static void
update_attendance (KoersStudentPage *self)
{
  KoersAttendance attendance = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label = GTK_WIDGET (self->attendance_label);
  int percentage;

  gtk_widget_remove_css_class (label, "attendance-problem");
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_set_visible (label, FALSE);

  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    return;

  from = koers_school_year_start (NULL);
  to = koers_date_iso_days_ago (0);

  if (!koers_store_get_attendance (self->store, self->student, from, to, &attendance, &error))
    {
      g_warning ("Cannot work out the attendance: %s", error->message);
      return;
    }

  /* Nothing scheduled yet (the first day of the year): nothing to say. */
  if (attendance.scheduled_hours <= 0)
    return;

  percentage = (int) attendance.percentage;
  if (attendance.percentage < KOERS_ATTENDANCE_PROBLEM_BELOW)
    {
      /* Translators: a badge; %d%% is the attendance percentage, as in "86% present" */
      text = g_strdup_printf (_("Problematic absence · %d%% present"), percentage);
      gtk_widget_add_css_class (label, "attendance-problem");
      /* xgettext:no-c-format */
      gtk_widget_set_tooltip_text (label, _("Present less than 90% of the time since the start of the school year"));
    }
  else
    {
      /* Translators: %d%% is the attendance percentage, as in "97%" */
      text = g_strdup_printf (_("Attendance %d%%"), percentage);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, _("Attendance since the start of the school year"));
    }

  gtk_label_set_text (self->attendance_label, text);
  gtk_widget_set_visible (label, TRUE);
}

static void
show_student (KoersStudentPage *self)
{
  KoersStudent *student = self->student;
  g_autofree char *meta = NULL;
  g_autofree char *birth = NULL;
  const char *birth_iso;
  gboolean has_details = FALSE;

  meta = format_meta (student);
  birth_iso = koers_student_get_birth_date (student);
  if (koers_str_is_set (birth_iso))
    birth = koers_date_format_dutch (birth_iso);

  adw_avatar_set_text (self->avatar, koers_student_get_display_name (student));
  adw_view_switcher_title_set_title (self->switcher_title, koers_student_get_display_name (student));
  gtk_label_set_text (self->name_label, koers_student_get_display_name (student));
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), *meta != '\0');
  gtk_widget_set_visible (self->adult_badge, koers_student_is_adult (student, NULL));
  gtk_revealer_set_reveal_child (self->archived_revealer, koers_student_get_archived (student));

  has_details |= set_detail (self->number_row, self->number_label,
                             koers_student_get_student_number (student));
  has_details |= set_detail (self->birth_row, self->birth_label, birth);
  has_details |= set_detail (self->group_row, self->group_label,
                             koers_student_get_group (student));
  has_details |= set_detail (self->email_row, self->email_label,
                             koers_student_get_email (student));
  has_details |= set_detail (self->mentor_row, self->mentor_label,
                             koers_student_get_mentor (student));
  gtk_widget_set_visible (GTK_WIDGET (self->details_group), has_details);

  gtk_label_set_text (self->notes_label, koers_str_is_set (koers_student_get_notes (student))
                                         ? koers_student_get_notes (student) : "");
  gtk_widget_set_visible (self->notes_group, koers_str_is_set (koers_student_get_notes (student)));
  koers_attendance_group_set_student (self->attendance_group, self->store, student);
  update_attendance (self);
}

/* Nothing of a student stays behind in the labels once the page shows no one. */
static void
clear_student (KoersStudentPage *self)
{
  adw_avatar_set_text (self->avatar, NULL);
  adw_view_switcher_title_set_title (self->switcher_title, NULL);
  gtk_label_set_text (self->name_label, "");
  gtk_label_set_text (self->attendance_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->attendance_label), FALSE);
  gtk_label_set_text (self->meta_label, "");
  gtk_widget_set_visible (self->adult_badge, FALSE);
  gtk_revealer_set_reveal_child (self->archived_revealer, FALSE);
  set_detail (self->number_row, self->number_label, NULL);
  set_detail (self->birth_row, self->birth_label, NULL);
  set_detail (self->group_row, self->group_label, NULL);
  set_detail (self->email_row, self->email_label, NULL);
  set_detail (self->mentor_row, self->mentor_label, NULL);
  gtk_label_set_text (self->notes_label, "");
  koers_attendance_group_set_student (self->attendance_group, NULL, NULL);
}

/* Callbacks */

static void
back_button_clicked_cb (KoersStudentPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

/* An absence entry changes the attendance. */
static void
timeline_changed_cb (KoersStudentPage *self)
{
  koers_attendance_group_refresh (self->attendance_group);
  update_attendance (self);
}

/* Saving, evaluating or stopping a goal adds a timeline entry. */
static void
goals_changed_cb (KoersStudentPage *self)
{
  koers_timeline_view_reload (self->timeline);
}

/* Agreements and a held meeting's summary are timeline entries. */
static void
meetings_changed_cb (KoersStudentPage *self)
{
  koers_timeline_view_reload (self->timeline);
}

/* "Open Checklist" on a signal entry: the Signals page, with that checklist. */
static void
timeline_open_checklist_cb (KoersStudentPage *self,
                            gint64            checklist_id)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "checklists");
  koers_checklists_view_open_checklist (self->checklists, checklist_id);
}

/* A final checklist writes a signal entry with its next step. */
static void
checklists_changed_cb (KoersStudentPage *self)
{
  koers_timeline_view_reload (self->timeline);
}

/* GObject */

static void
koers_student_page_dispose (GObject *object)
{
  KoersStudentPage *self = KOERS_STUDENT_PAGE (object);

  g_clear_object (&self->student);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_STUDENT_PAGE);

  G_OBJECT_CLASS (koers_student_page_parent_class)->dispose (object);
}

static void
koers_student_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KoersStudentPage *self = KOERS_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    case PROP_SHOW_HINT:
      g_value_set_boolean (value, self->show_hint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_student_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KoersStudentPage *self = KOERS_STUDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      self->folded = g_value_get_boolean (value);
      gtk_widget_set_visible (self->back_button, self->folded);
      adw_header_bar_set_show_start_title_buttons (self->header_bar, self->folded);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SHOW_HINT:
      self->show_hint = g_value_get_boolean (value);
      gtk_widget_set_visible (self->empty_status, self->show_hint);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_student_page_class_init (KoersStudentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_student_page_dispose;
  object_class->get_property = koers_student_page_get_property;
  object_class->set_property = koers_student_page_set_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether the empty page says how to choose a student; pointless while
   * there are none (the list then says how to add them). */
  properties[PROP_SHOW_HINT] =
    g_param_spec_boolean ("show-hint", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[BACK] =
    g_signal_new ("back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-student-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, goals);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, meetings);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, checklists);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, archived_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, adult_badge);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, number_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, number_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, birth_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, birth_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, group_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, email_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, mentor_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, KoersStudentPage, attendance_group);
  gtk_widget_class_bind_template_callback (widget_class, back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, goals_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, meetings_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, checklists_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_open_checklist_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_attendance);
}

static void
koers_student_page_init (KoersStudentPage *self)
{
  self->show_hint = TRUE;
  g_type_ensure (KOERS_TYPE_TIMELINE_VIEW);
  g_type_ensure (KOERS_TYPE_GOALS_VIEW);
  g_type_ensure (KOERS_TYPE_MEETINGS_VIEW);
  g_type_ensure (KOERS_TYPE_CHECKLISTS_VIEW);
  g_type_ensure (KOERS_TYPE_ATTENDANCE_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
koers_student_page_new (void)
{
  return g_object_new (KOERS_TYPE_STUDENT_PAGE, NULL);
}

void
koers_student_page_set_student (KoersStudentPage *self,
                                KoersStudent     *student)
{
  GtkAdjustment *vadjustment;
  gboolean other_student;

  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));

  other_student = self->student == NULL || student == NULL ||
                  koers_student_get_id (self->student) != koers_student_get_id (student);

  g_set_object (&self->student, student);

  gtk_widget_set_visible (self->edit_button, student != NULL);
  gtk_widget_set_visible (self->menu_button, student != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), student != NULL);

  if (student == NULL)
    {
      clear_student (self);
      koers_timeline_view_set_student (self->timeline, NULL);
      koers_goals_view_set_student (self->goals, NULL);
      koers_meetings_view_set_student (self->meetings, NULL);
      koers_checklists_view_set_student (self->checklists, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_student (self);
  koers_timeline_view_set_student (self->timeline, student);
  koers_goals_view_set_student (self->goals, student);
  koers_meetings_view_set_student (self->meetings, student);
  koers_checklists_view_set_student (self->checklists, student);
  gtk_stack_set_visible_child_name (self->stack, "student");

  /* Another student starts at the top; the same one, saved, stays where it was. */
  if (other_student)
    {
      vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
      adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
    }
}

void
koers_student_page_set_store (KoersStudentPage *self,
                              KoersStore       *store)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));

  if (store == NULL)
    koers_student_page_set_student (self, NULL);

  g_set_object (&self->store, store);
  koers_timeline_view_set_store (self->timeline, store);
  koers_goals_view_set_store (self->goals, store);
  koers_meetings_view_set_store (self->meetings, store);
  koers_checklists_view_set_store (self->checklists, store);
}

KoersAttendanceGroup *
koers_student_page_get_attendance_group (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->attendance_group;
}

KoersTimelineView *
koers_student_page_get_timeline (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->timeline;
}

KoersGoalsView *
koers_student_page_get_goals (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->goals;
}

KoersChecklistsView *
koers_student_page_get_checklists (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->checklists;
}

void
koers_student_page_show_checklists (KoersStudentPage *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "checklists");
}

KoersMeetingsView *
koers_student_page_get_meetings (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->meetings;
}

void
koers_student_page_show_meetings (KoersStudentPage *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
}

void
koers_student_page_show_goals (KoersStudentPage *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "goals");
}

void
koers_student_page_show_timeline (KoersStudentPage *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
}

void
koers_student_page_show_details (KoersStudentPage *self)
{
  g_return_if_fail (KOERS_IS_STUDENT_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "details");
}

const char *
koers_student_page_get_view_name (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

KoersStudent *
koers_student_page_get_student (KoersStudentPage *self)
{
  g_return_val_if_fail (KOERS_IS_STUDENT_PAGE (self), NULL);

  return self->student;
}
