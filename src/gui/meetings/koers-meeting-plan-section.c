/* koers-meeting-plan-section.c: reason, aims, when and where, who attends, consent
 *
 * An adult student decides whether the parents are involved (DOMAIN.md): when
 * the student is 18 or older on the meeting's date and parents attend, the
 * consent group appears and says, in words, why the meeting cannot be planned
 * until the consent is recorded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-meeting-plan-section-private.h"

struct _KoersMeetingPlanSection
{
  KoersMeetingSection  parent_instance;

  GtkEditable         *reason_row;
  AdwPreferencesGroup *aims_group;
  GtkEditable         *date_row;
  GtkEditable         *time_row;
  GtkEditable         *place_row;
  GtkSpinButton       *duration_spin;
  AdwComboRow         *status_row;
  AdwPreferencesGroup *attendees_group;
  GtkWidget           *consent_group;
  GtkLabel            *consent_warning;
  AdwComboRow         *consent_row;
  GtkEditable         *consent_date_row;
  GtkEditable         *consent_how_row;

  GtkTextView         *aims_view;
  /* AdwEntryRow per attendee, in the meeting's order; each has "role" and "leads" data */
  GPtrArray           *attendee_rows;
  GtkCheckButton      *leader_group;
};

G_DEFINE_FINAL_TYPE (KoersMeetingPlanSection, koers_meeting_plan_section, KOERS_TYPE_MEETING_SECTION)

/* The statuses the combo offers, in order; held is set by "Mark as Held". */
static const KoersMeetingStatus choosable[] = {
  KOERS_MEETING_DRAFT,
  KOERS_MEETING_PLANNED,
  KOERS_MEETING_CANCELLED,
  KOERS_MEETING_HELD,
};

static const KoersConsent consents[] = {
  KOERS_CONSENT_UNKNOWN,
  KOERS_CONSENT_GIVEN,
  KOERS_CONSENT_REFUSED,
};

/* Helpers */

static void
update_consent (KoersMeetingPlanSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersStudent *student = context->student;
  GDate when;
  const char *date = koers_meeting_get_date (meeting);
  gboolean adult;
  gboolean needs;

  if (date == NULL || !koers_date_from_iso (date, &when))
    koers_date_today (&when);
  adult = koers_student_is_adult (student, &when);
  needs = koers_meeting_needs_consent (meeting, student);

  gtk_widget_set_visible (self->consent_group, adult);
  if (!adult)
    return;

  if (needs)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the student's first name */
      text = g_strdup_printf (_("%s is 18 or older and decides whether the parents are involved. "
                                "Record the consent before planning this meeting with the parents, "
                                "or plan it without them."),
                              koers_student_get_first_name (student));
      gtk_label_set_text (self->consent_warning, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->consent_warning), "warning");
    }
  else
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the student's first name */
      text = g_strdup_printf (_("%s is 18 or older and decides whether the parents are involved."),
                              koers_student_get_first_name (student));
      gtk_label_set_text (self->consent_warning, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->consent_warning), "warning");
    }
}

static void
write_attendees (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_attendee_free);

  for (guint i = 0; i < self->attendee_rows->len; i++)
    {
      GtkWidget *row = self->attendee_rows->pdata[i];
      GtkCheckButton *leads = g_object_get_data (G_OBJECT (row), "leads");
      KoersAttendeeRole role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "role"));
      g_autofree char *name = koers_meeting_editable_dup_text (GTK_EDITABLE (row));

      g_ptr_array_add (attendees, koers_attendee_new (role, name, gtk_check_button_get_active (leads)));
    }
  koers_meeting_set_attendees (meeting, attendees);
  update_consent (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void attendee_changed_cb (KoersMeetingPlanSection *self);
static void remove_attendee_clicked_cb (GtkButton *button, KoersMeetingPlanSection *self);

static void
add_attendee_row (KoersMeetingPlanSection *self,
                  KoersAttendeeRole        role,
                  const char              *name,
                  gboolean                 leads)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *leads_check = gtk_check_button_new_with_label (_("Leads"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *remove_label = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_attendee_role_get_label (role));
  gtk_editable_set_text (GTK_EDITABLE (row), name != NULL ? name : "");
  g_object_set_data (G_OBJECT (row), "role", GINT_TO_POINTER (role));
  g_object_set_data (G_OBJECT (row), "leads", leads_check);

  gtk_widget_set_valign (leads_check, GTK_ALIGN_CENTER);
  if (self->leader_group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (leads_check), self->leader_group);
  else
    self->leader_group = GTK_CHECK_BUTTON (leads_check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (leads_check), leads);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), leads_check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: %s is a role, as in "Parent or carer" */
  remove_label = g_strdup_printf (_("Remove %s"), koers_attendee_role_get_label (role));
  gtk_widget_set_tooltip_text (remove, remove_label);
  g_object_set_data (G_OBJECT (remove), "row", row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  g_signal_connect_object (row, "changed", G_CALLBACK (attendee_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (leads_check, "toggled", G_CALLBACK (attendee_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_attendee_clicked_cb), self, 0);

  g_ptr_array_add (self->attendee_rows, row);
  adw_preferences_group_add (self->attendees_group, row);
}

static void
clear_attendee_rows (KoersMeetingPlanSection *self)
{
  for (guint i = 0; i < self->attendee_rows->len; i++)
    adw_preferences_group_remove (self->attendees_group, self->attendee_rows->pdata[i]);
  g_ptr_array_set_size (self->attendee_rows, 0);
  self->leader_group = NULL;
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingPlanSection *self = KOERS_MEETING_PLAN_SECTION (section);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (section);
  GPtrArray *attendees = koers_meeting_get_attendees (meeting);
  const char *time = koers_meeting_get_time (meeting);
  const char *place = koers_meeting_get_place (meeting);
  const char *reason = koers_meeting_get_reason (meeting);
  const char *how = koers_meeting_get_consent_how (meeting);

  gtk_editable_set_text (self->reason_row, reason != NULL ? reason : "");
  koers_meeting_text_view_set_text (self->aims_view, koers_meeting_get_aims (meeting));
  koers_meeting_date_row_set (self->date_row, koers_meeting_get_date (meeting));
  gtk_editable_set_text (self->time_row, time != NULL ? time : "");
  gtk_editable_set_text (self->place_row, place != NULL ? place : "");
  gtk_spin_button_set_value (self->duration_spin, koers_meeting_get_duration (meeting));

  for (guint i = 0; i < G_N_ELEMENTS (choosable); i++)
    if (choosable[i] == koers_meeting_get_status (meeting))
      adw_combo_row_set_selected (self->status_row, i);
  /* Held is the end of the road; only "Mark as Held" gets there. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_row),
                            koers_meeting_get_status (meeting) != KOERS_MEETING_HELD);

  clear_attendee_rows (self);
  for (guint i = 0; i < attendees->len; i++)
    {
      KoersAttendee *attendee = attendees->pdata[i];

      add_attendee_row (self, attendee->role, attendee->name, attendee->leads);
    }

  for (guint i = 0; i < G_N_ELEMENTS (consents); i++)
    if (consents[i] == koers_meeting_get_consent (meeting))
      adw_combo_row_set_selected (self->consent_row, i);
  koers_meeting_date_row_set (self->consent_date_row, koers_meeting_get_consent_date (meeting));
  gtk_editable_set_text (self->consent_how_row, how != NULL ? how : "");
  update_consent (self);
}

/* Callbacks */

static void
attendee_changed_cb (KoersMeetingPlanSection *self)
{
  if (!koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    write_attendees (self);
}

static void
remove_attendee_clicked_cb (GtkButton               *button,
                            KoersMeetingPlanSection *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  GtkCheckButton *leads = g_object_get_data (G_OBJECT (row), "leads");

  if (self->leader_group == leads)
    {
      /* The group's anchor goes; the others keep each other. */
      self->leader_group = NULL;
      for (guint i = 0; i < self->attendee_rows->len; i++)
        if (self->attendee_rows->pdata[i] != row)
          {
            self->leader_group = g_object_get_data (self->attendee_rows->pdata[i], "leads");
            break;
          }
    }
  gtk_check_button_set_group (leads, NULL);
  g_ptr_array_remove (self->attendee_rows, row);
  adw_preferences_group_remove (self->attendees_group, row);
  write_attendees (self);
}

static void
reason_changed_cb (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *reason = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  reason = koers_meeting_editable_dup_text (self->reason_row);
  koers_meeting_set_reason (meeting, reason);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
aims_changed_cb (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *aims = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  aims = koers_meeting_text_view_dup_text (self->aims_view);
  koers_meeting_set_aims (meeting, aims);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
when_changed_cb (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *date = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *time = NULL;
  g_autofree char *place = NULL;
  gboolean valid;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  date = koers_meeting_date_row_get (self->date_row, &valid);
  /* A half-typed date keeps the last good one. */
  if (valid)
    koers_meeting_set_date (meeting, date);

  time_text = koers_meeting_editable_dup_text (self->time_row);
  time = time_text != NULL ? koers_time_parse (time_text) : NULL;
  if (time_text != NULL && time == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_row), "error");
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
      koers_meeting_set_time (meeting, time);
    }

  place = koers_meeting_editable_dup_text (self->place_row);
  koers_meeting_set_place (meeting, place);
  koers_meeting_set_duration (meeting, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));

  update_consent (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
status_changed_cb (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || selected >= G_N_ELEMENTS (choosable))
    return;

  /* Held comes with the summary on the timeline: the After page marks it. */
  if (choosable[selected] == KOERS_MEETING_HELD &&
      koers_meeting_get_status (meeting) != KOERS_MEETING_HELD)
    {
      koers_meeting_section_refresh (KOERS_MEETING_SECTION (self));
      return;
    }

  koers_meeting_set_status (meeting, choosable[selected]);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
consent_changed_cb (KoersMeetingPlanSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  guint selected = adw_combo_row_get_selected (self->consent_row);
  g_autofree char *date = NULL;
  g_autofree char *how = NULL;
  gboolean valid;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  if (selected < G_N_ELEMENTS (consents))
    koers_meeting_set_consent (meeting, consents[selected]);
  date = koers_meeting_date_row_get (self->consent_date_row, &valid);
  if (valid)
    koers_meeting_set_consent_date (meeting, date);
  how = koers_meeting_editable_dup_text (self->consent_how_row);
  koers_meeting_set_consent_how (meeting, how);

  /* Recording consent today is the usual case: fill in the date. */
  if (koers_meeting_get_consent (meeting) != KOERS_CONSENT_UNKNOWN &&
      koers_meeting_get_consent_date (meeting) == NULL &&
      *gtk_editable_get_text (self->consent_date_row) == '\0')
    {
      GDate today;
      g_autofree char *iso = NULL;

      koers_date_today (&today);
      iso = koers_date_to_iso (&today);
      koers_meeting_set_consent_date (meeting, iso);
      koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
      koers_meeting_date_row_set (self->consent_date_row, iso);
      koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
    }

  update_consent (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

/* Actions */

static void
add_attendee_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersMeetingPlanSection *self = KOERS_MEETING_PLAN_SECTION (widget);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersAttendeeRole role;

  if (meeting == NULL ||
      !koers_attendee_role_from_string (g_variant_get_string (parameter, NULL), &role))
    return;

  add_attendee_row (self, role, NULL, FALSE);
  write_attendees (self);
  gtk_widget_grab_focus (self->attendee_rows->pdata[self->attendee_rows->len - 1]);
}

/* GObject */

static void
koers_meeting_plan_section_dispose (GObject *object)
{
  KoersMeetingPlanSection *self = KOERS_MEETING_PLAN_SECTION (object);

  g_clear_pointer (&self->attendee_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_meeting_plan_section_parent_class)->dispose (object);
}

static void
koers_meeting_plan_section_class_init (KoersMeetingPlanSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  object_class->dispose = koers_meeting_plan_section_dispose;
  section_class->fill = fill;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-plan-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, aims_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, time_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, place_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, attendees_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, consent_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, consent_warning);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, consent_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, consent_date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingPlanSection, consent_how_row);
  gtk_widget_class_bind_template_callback (widget_class, reason_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, consent_changed_cb);

  gtk_widget_class_install_action (widget_class, "plan.add-attendee", "s", add_attendee_action);
}

static void
koers_meeting_plan_section_init (KoersMeetingPlanSection *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) consent_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->attendee_rows = g_ptr_array_new ();
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));

  for (guint i = 0; i < G_N_ELEMENTS (choosable); i++)
    gtk_string_list_append (statuses, koers_meeting_status_get_label (choosable[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  gtk_string_list_append (consent_labels, _("Not recorded"));
  gtk_string_list_append (consent_labels, _("Given"));
  gtk_string_list_append (consent_labels, _("Refused"));
  adw_combo_row_set_model (self->consent_row, G_LIST_MODEL (consent_labels));

  self->aims_view = koers_meeting_text_view_new (_("What we want to reach"));
  adw_preferences_group_add (self->aims_group, GTK_WIDGET (self->aims_view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->aims_view), "changed",
                           G_CALLBACK (aims_changed_cb), self, G_CONNECT_SWAPPED);

  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
}

/* Private */

GtkEditable *
koers_meeting_plan_section_get_reason_row (KoersMeetingPlanSection *self)
{
  return self->reason_row;
}

GtkEditable *
koers_meeting_plan_section_get_date_row (KoersMeetingPlanSection *self)
{
  return self->date_row;
}

GtkEditable *
koers_meeting_plan_section_get_time_row (KoersMeetingPlanSection *self)
{
  return self->time_row;
}

AdwComboRow *
koers_meeting_plan_section_get_status_row (KoersMeetingPlanSection *self)
{
  return self->status_row;
}

AdwComboRow *
koers_meeting_plan_section_get_consent_row (KoersMeetingPlanSection *self)
{
  return self->consent_row;
}

GtkWidget *
koers_meeting_plan_section_get_consent_group (KoersMeetingPlanSection *self)
{
  return self->consent_group;
}

GtkLabel *
koers_meeting_plan_section_get_consent_warning (KoersMeetingPlanSection *self)
{
  return self->consent_warning;
}
