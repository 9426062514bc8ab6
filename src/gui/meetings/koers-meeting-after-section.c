/* koers-meeting-after-section.c: agreements, the next contact, a short evaluation
 *
 * "Nothing agreed is forgotten afterwards": an agreement is stored at once, with
 * its open follow-up on the timeline, not when the editor is saved. The meeting
 * is saved first when it is new.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-meeting-after-section-private.h"

struct _KoersMeetingAfterSection
{
  KoersMeetingSection  parent_instance;

  AdwPreferencesGroup *agreements_group;
  GtkWidget           *no_agreements_row;
  GtkEditable         *what_row;
  AdwComboRow         *owner_row;
  GtkEditable         *owner_name_row;
  GtkEditable         *due_row;
  GtkWidget           *add_button;
  GtkEditable         *next_contact_row;
  AdwPreferencesGroup *felt_heard_group;
  AdwPreferencesGroup *differently_group;
  AdwPreferencesGroup *summary_group;

  GtkTextView         *felt_heard_view;
  GtkTextView         *differently_view;
  GtkTextView         *summary_view;
  GPtrArray           *agreement_rows;
};

G_DEFINE_FINAL_TYPE (KoersMeetingAfterSection, koers_meeting_after_section, KOERS_TYPE_MEETING_SECTION)

static const KoersAgreementOwner owners[] = {
  KOERS_OWNER_SCHOOL,
  KOERS_OWNER_PARENT,
  KOERS_OWNER_STUDENT,
  KOERS_OWNER_OTHER,
};

static void fill_agreements (KoersMeetingAfterSection *self);

/* Helpers */

static gboolean
check_new_agreement (KoersMeetingAfterSection *self,
                     char                    **what,
                     char                    **due)
{
  g_autofree char *text = koers_meeting_editable_dup_text (self->what_row);
  g_autofree char *date = NULL;
  gboolean valid;

  date = koers_meeting_date_row_get (self->due_row, &valid);
  if (what != NULL)
    *what = g_strdup (text);
  if (due != NULL)
    *due = g_strdup (date);
  return text != NULL && date != NULL;
}

static void
set_owner_name_default (KoersMeetingAfterSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  guint selected = adw_combo_row_get_selected (self->owner_row);

  /* "School" is most often the mentor: one click less. */
  if (selected < G_N_ELEMENTS (owners) && owners[selected] == KOERS_OWNER_SCHOOL &&
      context != NULL && context->mentor_name != NULL)
    gtk_editable_set_text (self->owner_name_row, context->mentor_name);
  else
    gtk_editable_set_text (self->owner_name_row, "");
}

static void
clear_new_agreement (KoersMeetingAfterSection *self)
{
  gtk_editable_set_text (self->what_row, "");
  gtk_editable_set_text (self->due_row, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingAfterSection *self = KOERS_MEETING_AFTER_SECTION (section);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (section);

  fill_agreements (self);
  koers_meeting_date_row_set (self->next_contact_row, koers_meeting_get_next_contact (meeting));
  koers_meeting_text_view_set_text (self->felt_heard_view, koers_meeting_get_felt_heard (meeting));
  koers_meeting_text_view_set_text (self->differently_view, koers_meeting_get_do_differently (meeting));
  koers_meeting_text_view_set_text (self->summary_view, koers_meeting_get_summary (meeting));
}

static void
reset (KoersMeetingSection *section)
{
  set_owner_name_default (KOERS_MEETING_AFTER_SECTION (section));
}

static gboolean
add_agreement (KoersMeetingAfterSection *self,
               KoersAgreement           *agreement,
               GError                  **error)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));

  if (koers_meeting_get_id (meeting) == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.ensure-saved", NULL);
  if (koers_meeting_get_id (meeting) == 0)
    {
      /* The editor said why (a toast) and showed the plan. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Save the preparation first"));
      return FALSE;
    }

  return koers_store_add_agreement (context->store, meeting, agreement, error);
}

/* Callbacks */

static void
undo_remove_cb (AdwToast                 *toast,
                KoersMeetingAfterSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersAgreement *removed = g_object_get_data (G_OBJECT (toast), "agreement");
  g_autoptr(KoersAgreement) again = koers_agreement_new (removed->what, removed->owner,
                                                         removed->owner_name, removed->due);
  g_autoptr(GError) error = NULL;

  if (meeting == NULL || !add_agreement (self, again, &error))
    {
      if (error != NULL)
        koers_meeting_section_show_text (KOERS_MEETING_SECTION (self), error->message);
      return;
    }
  fill_agreements (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
remove_clicked_cb (GtkButton                *button,
                   KoersMeetingAfterSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersAgreement *agreement = g_object_get_data (G_OBJECT (button), "agreement");
  g_autoptr(KoersAgreement) copy = koers_agreement_copy (agreement);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (!koers_store_remove_agreement (context->store, meeting, copy->id, &error))
    {
      koers_meeting_section_show_text (KOERS_MEETING_SECTION (self), error->message);
      return;
    }

  fill_agreements (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));

  toast = adw_toast_new (_("Agreement removed, and its follow-up"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "agreement", g_steal_pointer (&copy),
                          (GDestroyNotify) koers_agreement_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  koers_meeting_section_present_toast (KOERS_MEETING_SECTION (self), g_steal_pointer (&toast));
}

static void
new_agreement_changed_cb (KoersMeetingAfterSection *self)
{
  gtk_widget_set_sensitive (self->add_button, check_new_agreement (self, NULL, NULL));
}

static void
owner_changed_cb (KoersMeetingAfterSection *self)
{
  set_owner_name_default (self);
}

static void
add_clicked_cb (KoersMeetingAfterSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *what = NULL;
  g_autofree char *due = NULL;
  g_autofree char *name = NULL;
  g_autoptr(KoersAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->owner_row);

  if (meeting == NULL || !check_new_agreement (self, &what, &due))
    return;

  name = koers_meeting_editable_dup_text (self->owner_name_row);
  agreement = koers_agreement_new (what, owners[MIN (selected, G_N_ELEMENTS (owners) - 1)], name, due);
  if (!add_agreement (self, agreement, &error))
    {
      koers_meeting_section_show_text (KOERS_MEETING_SECTION (self), error->message);
      return;
    }

  clear_new_agreement (self);
  fill_agreements (self);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->what_row));
}

static void
next_contact_changed_cb (KoersMeetingAfterSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *date = NULL;
  gboolean valid;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  date = koers_meeting_date_row_get (self->next_contact_row, &valid);
  if (valid)
    koers_meeting_set_next_contact (meeting, date);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
text_changed_cb (KoersMeetingAfterSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *felt_heard = NULL;
  g_autofree char *differently = NULL;
  g_autofree char *summary = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  felt_heard = koers_meeting_text_view_dup_text (self->felt_heard_view);
  differently = koers_meeting_text_view_dup_text (self->differently_view);
  summary = koers_meeting_text_view_dup_text (self->summary_view);
  koers_meeting_set_felt_heard (meeting, felt_heard);
  koers_meeting_set_do_differently (meeting, differently);
  koers_meeting_set_summary (meeting, summary);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
fill_agreements (KoersMeetingAfterSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *agreements = koers_meeting_get_agreements (meeting);

  for (guint i = 0; i < self->agreement_rows->len; i++)
    adw_preferences_group_remove (self->agreements_group, self->agreement_rows->pdata[i]);
  g_ptr_array_set_size (self->agreement_rows, 0);

  gtk_widget_set_visible (self->no_agreements_row, agreements->len == 0);
  for (guint i = 0; i < agreements->len; i++)
    {
      KoersAgreement *agreement = agreements->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *owner = koers_agreement_dup_owner_text (agreement);
      g_autofree char *due = koers_date_format_dutch (agreement->due);
      g_autofree char *subtitle = NULL;

      /* Translators: an agreement's owner and due date, e.g. "Parents (mevrouw Jansen) · by 1-12-2026" */
      subtitle = g_strdup_printf (_("%s · by %s"), owner, due);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), agreement->what);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Agreement"));
      g_object_set_data (G_OBJECT (remove), "agreement", agreement);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      g_ptr_array_add (self->agreement_rows, row);
      adw_preferences_group_add (self->agreements_group, row);
    }
}

/* Actions */

static void
due_in_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersMeetingAfterSection *self = KOERS_MEETING_AFTER_SECTION (widget);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *iso = NULL;
  GDate date;

  /* Counted from the meeting, or from today when it has no date yet. */
  if (meeting == NULL || koers_meeting_get_date (meeting) == NULL ||
      !koers_date_from_iso (koers_meeting_get_date (meeting), &date))
    koers_date_today (&date);
  g_date_add_days (&date, (guint) g_variant_get_int32 (parameter));
  iso = koers_date_to_iso (&date);
  koers_meeting_date_row_set (self->due_row, iso);
}

/* GObject */

static void
koers_meeting_after_section_dispose (GObject *object)
{
  KoersMeetingAfterSection *self = KOERS_MEETING_AFTER_SECTION (object);

  g_clear_pointer (&self->agreement_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_meeting_after_section_parent_class)->dispose (object);
}

static void
koers_meeting_after_section_class_init (KoersMeetingAfterSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  object_class->dispose = koers_meeting_after_section_dispose;
  section_class->fill = fill;
  section_class->reset = reset;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-after-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, agreements_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, no_agreements_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, what_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, owner_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, owner_name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, due_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, next_contact_row);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, felt_heard_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, differently_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAfterSection, summary_group);
  gtk_widget_class_bind_template_callback (widget_class, new_agreement_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, owner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_contact_changed_cb);

  gtk_widget_class_install_action (widget_class, "after.due-in", "i", due_in_action);
}

static GtkTextView *
add_text_view (KoersMeetingAfterSection *self,
               AdwPreferencesGroup      *group,
               const char               *accessible_name)
{
  GtkTextView *view = koers_meeting_text_view_new (accessible_name);

  adw_preferences_group_add (group, GTK_WIDGET (view));
  g_signal_connect_object (gtk_text_view_get_buffer (view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  return view;
}

static void
koers_meeting_after_section_init (KoersMeetingAfterSection *self)
{
  g_autoptr(GtkStringList) owner_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->agreement_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    gtk_string_list_append (owner_labels, koers_agreement_owner_get_label (owners[i]));
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owner_labels));

  self->felt_heard_view = add_text_view (self, self->felt_heard_group, _("Did the parents feel heard?"));
  self->differently_view = add_text_view (self, self->differently_group, _("What would we do differently?"));
  self->summary_view = add_text_view (self, self->summary_group, _("Summary"));
}

/* Private */

GtkEditable *
koers_meeting_after_section_get_what_row (KoersMeetingAfterSection *self)
{
  return self->what_row;
}

AdwComboRow *
koers_meeting_after_section_get_owner_row (KoersMeetingAfterSection *self)
{
  return self->owner_row;
}

GtkEditable *
koers_meeting_after_section_get_due_row (KoersMeetingAfterSection *self)
{
  return self->due_row;
}

GtkWidget *
koers_meeting_after_section_get_add_button (KoersMeetingAfterSection *self)
{
  return self->add_button;
}

GtkTextView *
koers_meeting_after_section_get_summary_view (KoersMeetingAfterSection *self)
{
  return self->summary_view;
}

GtkEditable *
koers_meeting_after_section_get_next_contact_row (KoersMeetingAfterSection *self)
{
  return self->next_contact_row;
}

guint
koers_meeting_after_section_get_n_agreement_rows (KoersMeetingAfterSection *self)
{
  return self->agreement_rows->len;
}
