/* koers-meeting-agenda-section.c: the agenda, sensitive subjects, the invitation
 *
 * "Never spring a sensitive subject at the end: it is on the agenda or not
 * discussed" (DOMAIN.md). Sensitive timeline entries linked anywhere in the
 * preparation but not on the agenda are listed here, each with the two honest
 * choices: put it on the agenda, or leave it out of this meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-meeting-agenda-section-private.h"

struct _KoersMeetingAgendaSection
{
  KoersMeetingSection  parent_instance;

  AdwPreferencesGroup *sensitive_group;
  AdwPreferencesGroup *agenda_group;
  AdwPreferencesGroup *invitation_group;

  GtkTextView         *invitation_view;
  /* Rows currently in the groups, to remove them again */
  GPtrArray           *sensitive_rows;
  GPtrArray           *agenda_rows;
};

G_DEFINE_FINAL_TYPE (KoersMeetingAgendaSection, koers_meeting_agenda_section, KOERS_TYPE_MEETING_SECTION)

/* Helpers */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

/* A short, single-line version of an entry for a row's subtitle. */
static char *
entry_summary (KoersEntry *entry)
{
  g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
  g_autofree char *text = g_strdup (koers_entry_get_text (entry) != NULL ? koers_entry_get_text (entry) : "");

  g_strdelimit (text, "\r\n", ' ');
  if (g_utf8_strlen (text, -1) > 90)
    {
      char *end = g_utf8_offset_to_pointer (text, 90);

      *end = '\0';
      return g_strdup_printf ("%s · %s…", date, text);
    }
  return g_strdup_printf ("%s · %s", date, text);
}

/* A copy of the agenda, for edits that add, remove or move items. */
static GPtrArray *
copy_agenda (KoersMeetingAgendaSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);

  for (guint i = 0; i < agenda->len; i++)
    {
      KoersMeetingItem *item = agenda->pdata[i];

      g_ptr_array_add (copy, koers_meeting_item_new (item->text, item->entry_id, item->done));
    }
  return copy;
}

static void
replace_agenda (KoersMeetingAgendaSection *self,
                GPtrArray                 *agenda)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));

  koers_meeting_set_agenda (meeting, agenda);
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void put_on_agenda_clicked_cb (GtkButton *button, KoersMeetingAgendaSection *self);
static void leave_out_clicked_cb (GtkButton *button, KoersMeetingAgendaSection *self);

static void
fill_sensitive (KoersMeetingAgendaSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = koers_store_list_unannounced_sensitive (context->store, meeting, &error);

  clear_rows (self->sensitive_group, self->sensitive_rows);
  if (entries == NULL)
    {
      /* The notebook could not be read: say so rather than show no warning. */
      koers_meeting_section_show_text (KOERS_MEETING_SECTION (self), error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->sensitive_group), FALSE);
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = entries->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
      GtkWidget *put = gtk_button_new_with_mnemonic (_("_Put on Agenda"));
      GtkWidget *leave = gtk_button_new_with_mnemonic (_("_Leave Out"));
      g_autofree char *subtitle = entry_summary (entry);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     koers_entry_kind_get_label (koers_entry_get_kind (entry)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_widget_set_tooltip_text (icon, _("Sensitive"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

      gtk_widget_set_valign (put, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (leave, _("Unlink it from this meeting: it is not discussed"));
      gtk_widget_set_valign (leave, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (leave, "flat");
      g_object_set_data_full (G_OBJECT (put), "entry", g_object_ref (entry), g_object_unref);
      g_object_set_data_full (G_OBJECT (leave), "entry", g_object_ref (entry), g_object_unref);
      g_signal_connect_object (put, "clicked", G_CALLBACK (put_on_agenda_clicked_cb), self, 0);
      g_signal_connect_object (leave, "clicked", G_CALLBACK (leave_out_clicked_cb), self, 0);
      g_object_set_data (G_OBJECT (row), "put", put);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), leave);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), put);

      g_ptr_array_add (self->sensitive_rows, row);
      adw_preferences_group_add (self->sensitive_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sensitive_group), entries->len > 0);
}

static void agenda_row_changed_cb (GtkEditable *row, KoersMeetingAgendaSection *self);
static void move_clicked_cb (GtkButton *button, KoersMeetingAgendaSection *self);
static void remove_item_clicked_cb (GtkButton *button, KoersMeetingAgendaSection *self);

static GtkWidget *
new_row_button (const char *icon_name,
                const char *tooltip,
                guint       index,
                int         direction)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "direction", GINT_TO_POINTER (direction));
  return button;
}

static void
fill_agenda (KoersMeetingAgendaSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);

  clear_rows (self->agenda_group, self->agenda_rows);
  for (guint i = 0; i < agenda->len; i++)
    {
      KoersMeetingItem *item = agenda->pdata[i];
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *up = new_row_button ("go-up-symbolic", _("Move Up"), i, -1);
      GtkWidget *down = new_row_button ("go-down-symbolic", _("Move Down"), i, 1);
      GtkWidget *remove = new_row_button ("user-trash-symbolic", _("Remove Item"), i, 0);
      g_autofree char *title = g_strdup_printf ("%u", i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), item->text != NULL ? item->text : "");
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      if (item->entry_id != 0)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

          gtk_widget_set_tooltip_text (icon, _("About a sensitive note"));
          adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), icon);
        }
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < agenda->len);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      g_signal_connect_object (row, "changed", G_CALLBACK (agenda_row_changed_cb), self, 0);
      g_signal_connect_object (up, "clicked", G_CALLBACK (move_clicked_cb), self, 0);
      g_signal_connect_object (down, "clicked", G_CALLBACK (move_clicked_cb), self, 0);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_item_clicked_cb), self, 0);

      g_ptr_array_add (self->agenda_rows, row);
      adw_preferences_group_add (self->agenda_group, row);
    }
}

static void
fill_invitation (KoersMeetingAgendaSection *self)
{
  KoersMeetingContext *context = koers_meeting_section_get_context (KOERS_MEETING_SECTION (self));
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  const char *edited = koers_meeting_get_invitation (meeting);
  g_autofree char *generated = NULL;

  if (edited == NULL)
    generated = koers_meeting_build_invitation (meeting, context->student,
                                                context->mentor_name, context->school_name);
  koers_meeting_text_view_set_text (self->invitation_view, edited != NULL ? edited : generated);
}

static void
fill (KoersMeetingSection *section)
{
  KoersMeetingAgendaSection *self = KOERS_MEETING_AGENDA_SECTION (section);

  fill_sensitive (self);
  fill_agenda (self);
  fill_invitation (self);
}

/* Callbacks */

static void
put_on_agenda_clicked_cb (GtkButton                 *button,
                          KoersMeetingAgendaSection *self)
{
  KoersEntry *entry = g_object_get_data (G_OBJECT (button), "entry");
  g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) agenda = copy_agenda (self);
  guint position = agenda->len;

  /* Translators: an agenda item about a sensitive note; %s is its kind, %s its date.
   * The mentor rewrites it in words fit for the parents. */
  text = g_strdup_printf (_("%s of %s"), koers_entry_kind_get_label (koers_entry_get_kind (entry)), date);

  /* Before the closing items (agreements, next contact), not after them. */
  if (position >= 2)
    position -= 2;
  g_ptr_array_insert (agenda, (int) position,
                      koers_meeting_item_new (text, koers_entry_get_id (entry), FALSE));
  replace_agenda (self, agenda);
}

static void
leave_out_clicked_cb (GtkButton                 *button,
                      KoersMeetingAgendaSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  KoersEntry *entry = g_object_get_data (G_OBJECT (button), "entry");
  gint64 id = koers_entry_get_id (entry);

  koers_meeting_unlink_entry (meeting, id, KOERS_LINK_EXAMPLE);
  koers_meeting_unlink_entry (meeting, id, KOERS_LINK_GOING_WELL);
  koers_meeting_unlink_entry (meeting, id, KOERS_LINK_STRENGTH);
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
agenda_row_changed_cb (GtkEditable               *row,
                       KoersMeetingAgendaSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));
  KoersMeetingItem *item;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)) || index >= agenda->len)
    return;

  /* In place: rebuilding the rows would take the focus away while typing. */
  item = agenda->pdata[index];
  g_free (item->text);
  item->text = g_strdup (gtk_editable_get_text (row));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
move_clicked_cb (GtkButton                 *button,
                 KoersMeetingAgendaSection *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  int direction = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "direction"));
  g_autoptr(GPtrArray) agenda = copy_agenda (self);
  guint other = (guint) ((int) index + direction);
  gpointer swap;

  if (index >= agenda->len || other >= agenda->len)
    return;

  swap = agenda->pdata[index];
  agenda->pdata[index] = agenda->pdata[other];
  agenda->pdata[other] = swap;
  replace_agenda (self, agenda);
}

static void
remove_item_clicked_cb (GtkButton                 *button,
                        KoersMeetingAgendaSection *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) agenda = copy_agenda (self);

  if (index >= agenda->len)
    return;

  g_ptr_array_remove_index (agenda, index);
  replace_agenda (self, agenda);
}

static void
invitation_changed_cb (KoersMeetingAgendaSection *self)
{
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));
  g_autofree char *text = NULL;

  if (koers_meeting_section_is_filling (KOERS_MEETING_SECTION (self)))
    return;

  text = koers_meeting_text_view_dup_text (self->invitation_view);
  koers_meeting_set_invitation (meeting, text);
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

/* Actions */

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KoersMeetingAgendaSection *self = KOERS_MEETING_AGENDA_SECTION (widget);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));

  if (meeting == NULL)
    return;

  koers_meeting_add_agenda_item (meeting, "", 0);
  koers_meeting_section_refresh (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
  if (self->agenda_rows->len > 0)
    gtk_widget_grab_focus (self->agenda_rows->pdata[self->agenda_rows->len - 1]);
}

static void
rewrite_invitation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KoersMeetingAgendaSection *self = KOERS_MEETING_AGENDA_SECTION (widget);
  KoersMeeting *meeting = koers_meeting_section_get_meeting (KOERS_MEETING_SECTION (self));

  if (meeting == NULL)
    return;

  koers_meeting_set_invitation (meeting, NULL);
  koers_meeting_section_begin_fill (KOERS_MEETING_SECTION (self));
  fill_invitation (self);
  koers_meeting_section_end_fill (KOERS_MEETING_SECTION (self));
  koers_meeting_section_changed (KOERS_MEETING_SECTION (self));
}

static void
copy_invitation_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KoersMeetingAgendaSection *self = KOERS_MEETING_AGENDA_SECTION (widget);
  g_autofree char *text = koers_meeting_text_view_dup_text (self->invitation_view);

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  koers_meeting_section_show_text (KOERS_MEETING_SECTION (self), _("Invitation copied"));
}

/* GObject */

static void
koers_meeting_agenda_section_dispose (GObject *object)
{
  KoersMeetingAgendaSection *self = KOERS_MEETING_AGENDA_SECTION (object);

  g_clear_pointer (&self->sensitive_rows, g_ptr_array_unref);
  g_clear_pointer (&self->agenda_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_meeting_agenda_section_parent_class)->dispose (object);
}

static void
koers_meeting_agenda_section_class_init (KoersMeetingAgendaSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KoersMeetingSectionClass *section_class = KOERS_MEETING_SECTION_CLASS (klass);

  object_class->dispose = koers_meeting_agenda_section_dispose;
  section_class->fill = fill;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/meetings/koers-meeting-agenda-section.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAgendaSection, sensitive_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAgendaSection, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, KoersMeetingAgendaSection, invitation_group);

  gtk_widget_class_install_action (widget_class, "agenda.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.rewrite-invitation", NULL, rewrite_invitation_action);
  gtk_widget_class_install_action (widget_class, "agenda.copy-invitation", NULL, copy_invitation_action);
}

static void
koers_meeting_agenda_section_init (KoersMeetingAgendaSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sensitive_rows = g_ptr_array_new ();
  self->agenda_rows = g_ptr_array_new ();

  self->invitation_view = koers_meeting_text_view_new (_("Invitation"));
  gtk_widget_set_size_request (GTK_WIDGET (self->invitation_view), -1, 240);
  adw_preferences_group_add (self->invitation_group, GTK_WIDGET (self->invitation_view));
  g_signal_connect_object (gtk_text_view_get_buffer (self->invitation_view), "changed",
                           G_CALLBACK (invitation_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Private */

GtkWidget *
koers_meeting_agenda_section_get_sensitive_group (KoersMeetingAgendaSection *self)
{
  return GTK_WIDGET (self->sensitive_group);
}

GtkWidget *
koers_meeting_agenda_section_get_put_on_agenda_button (KoersMeetingAgendaSection *self,
                                                       guint                      index)
{
  if (index >= self->sensitive_rows->len)
    return NULL;

  return g_object_get_data (self->sensitive_rows->pdata[index], "put");
}

GtkTextView *
koers_meeting_agenda_section_get_invitation_view (KoersMeetingAgendaSection *self)
{
  return self->invitation_view;
}
