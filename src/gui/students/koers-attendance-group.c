/* koers-attendance-group.c: a student's attendance over a chosen period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-attendance-group-private.h"
#include "koers-date.h"

struct _KoersAttendanceGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *period_row;
  AdwActionRow        *present_row;
  GtkLabel            *present_label;
  GtkLabel            *authorised_label;
  GtkLabel            *unauthorised_label;
  AdwActionRow        *hours_row;
  GtkSpinButton       *hours_spin;

  KoersStore          *store;
  KoersStudent        *student;
  /* Set while the spin button shows the stored value, so that is not saved back. */
  gboolean             loading_hours;
};

G_DEFINE_FINAL_TYPE (KoersAttendanceGroup, koers_attendance_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  HOURS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static char *
format_hours (double hours)
{
  /* Translators: an amount of hours, as in "4.5 hours" */
  return g_strdup_printf (ngettext ("%.1f hour", "%.1f hours", (gulong) (hours + 0.5)), hours);
}

static void
show_nothing (KoersAttendanceGroup *self)
{
  gtk_label_set_text (self->present_label, "");
  gtk_label_set_text (self->authorised_label, "");
  gtk_label_set_text (self->unauthorised_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->present_label), "warning");
}

static void
update (KoersAttendanceGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *present = NULL;
  g_autofree char *authorised = NULL;
  g_autofree char *unauthorised = NULL;
  g_autofree char *scheduled = NULL;
  KoersAttendance attendance;

  show_nothing (self);
  if (self->store == NULL || self->student == NULL || !koers_store_is_open (self->store))
    return;

  to = koers_date_iso_days_ago (0);
  switch ((KoersAttendancePeriod) adw_combo_row_get_selected (self->period_row))
    {
    case KOERS_ATTENDANCE_PERIOD_LAST_4_WEEKS:
      from = koers_date_iso_days_ago (4 * 7 - 1);
      break;
    case KOERS_ATTENDANCE_PERIOD_LAST_12_WEEKS:
      from = koers_date_iso_days_ago (12 * 7 - 1);
      break;
    case KOERS_ATTENDANCE_PERIOD_SCHOOL_YEAR:
    default:
      from = koers_school_year_start (NULL);
      break;
    }

  if (!koers_store_get_attendance (self->store, self->student, from, to, &attendance, &error))
    {
      gtk_label_set_text (self->present_label, error->message);
      return;
    }

  scheduled = format_hours (attendance.scheduled_hours);
  /* Translators: "96% of 312.0 hours": attendance, then the scheduled hours */
  present = g_strdup_printf (_("%d%% of %s"), (int) attendance.percentage, scheduled);
  authorised = format_hours (attendance.authorised_hours);
  unauthorised = format_hours (attendance.unauthorised_hours);

  gtk_label_set_text (self->present_label, present);
  gtk_label_set_text (self->authorised_label, authorised);
  gtk_label_set_text (self->unauthorised_label, unauthorised);
  if (attendance.scheduled_hours > 0 && attendance.percentage < KOERS_ATTENDANCE_PROBLEM_BELOW)
    gtk_widget_add_css_class (GTK_WIDGET (self->present_label), "warning");
}

static void
load_hours (KoersAttendanceGroup *self)
{
  const char *group = self->student != NULL ? koers_student_get_group (self->student) : NULL;
  g_autofree char *title = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), group != NULL && self->store != NULL);
  if (group == NULL || self->store == NULL)
    return;

  /* Translators: %s is a class, as in "Scheduled hours a week in 2A" */
  title = g_strdup_printf (_("Scheduled hours a week in %s"), group);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hours_row), title);

  self->loading_hours = TRUE;
  gtk_spin_button_set_value (self->hours_spin,
                             koers_store_get_group_hours (self->store, group, NULL));
  self->loading_hours = FALSE;
}

/* Callbacks */

static void
period_changed_cb (KoersAttendanceGroup *self)
{
  update (self);
}

static void
hours_changed_cb (KoersAttendanceGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading_hours || self->store == NULL || self->student == NULL)
    return;

  if (!koers_store_set_group_hours (self->store, koers_student_get_group (self->student),
                                    gtk_spin_button_get_value (self->hours_spin), &error))
    {
      g_warning ("Cannot save the scheduled hours: %s", error->message);
      load_hours (self);
      return;
    }

  update (self);
  g_signal_emit (self, signals[HOURS_CHANGED], 0);
}

/* GObject */

static void
koers_attendance_group_dispose (GObject *object)
{
  KoersAttendanceGroup *self = KOERS_ATTENDANCE_GROUP (object);

  g_clear_object (&self->store);
  g_clear_object (&self->student);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ATTENDANCE_GROUP);

  G_OBJECT_CLASS (koers_attendance_group_parent_class)->dispose (object);
}

static void
koers_attendance_group_class_init (KoersAttendanceGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_attendance_group_dispose;

  /* The class's scheduled hours changed: other views of this class's attendance are stale. */
  signals[HOURS_CHANGED] =
    g_signal_new ("hours-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/students/koers-attendance-group.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, period_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, present_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, present_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, authorised_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, unauthorised_label);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, hours_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAttendanceGroup, hours_spin);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, hours_changed_cb);
}

static void
koers_attendance_group_init (KoersAttendanceGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

void
koers_attendance_group_set_student (KoersAttendanceGroup *self,
                                    KoersStore           *store,
                                    KoersStudent         *student)
{
  g_return_if_fail (KOERS_IS_ATTENDANCE_GROUP (self));
  g_return_if_fail (store == NULL || KOERS_IS_STORE (store));
  g_return_if_fail (student == NULL || KOERS_IS_STUDENT (student));

  if (student == NULL)
    store = NULL;

  g_set_object (&self->store, store);
  g_set_object (&self->student, student);
  load_hours (self);
  update (self);
}

void
koers_attendance_group_refresh (KoersAttendanceGroup *self)
{
  g_return_if_fail (KOERS_IS_ATTENDANCE_GROUP (self));
  update (self);
}

void
koers_attendance_group_set_period (KoersAttendanceGroup  *self,
                                   KoersAttendancePeriod  period)
{
  g_return_if_fail (KOERS_IS_ATTENDANCE_GROUP (self));
  adw_combo_row_set_selected (self->period_row, period);
}

const char *
koers_attendance_group_get_present_text (KoersAttendanceGroup *self)
{
  g_return_val_if_fail (KOERS_IS_ATTENDANCE_GROUP (self), NULL);
  return gtk_label_get_text (self->present_label);
}

void
koers_attendance_group_set_hours (KoersAttendanceGroup *self,
                                  double                hours_per_week)
{
  g_return_if_fail (KOERS_IS_ATTENDANCE_GROUP (self));
  gtk_spin_button_set_value (self->hours_spin, hours_per_week);
}
