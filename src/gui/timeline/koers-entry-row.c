/* koers-entry-row.c: one entry in a student's timeline
 *
 * Rows are recycled by the list view: everything set_entry() shows, it also
 * resets, so nothing of one entry stays behind on the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-entry-row-private.h"
#include "koers-string.h"

struct _KoersEntryRow
{
  AdwBin          parent_instance;

  GtkLabel       *month_label;
  GtkWidget      *card;
  GtkWidget      *icon_box;
  GtkImage       *kind_image;
  GtkLabel       *kind_label;
  GtkLabel       *date_label;
  GtkWidget      *interpretation_tag;
  GtkWidget      *sensitive_tag;
  GtkLabel       *meta_label;
  GtkLabel       *text_label;
  GtkWidget      *reveal_button;
  GtkWidget      *followup_box;
  GtkCheckButton *followup_check;
  GtkLabel       *followup_label;
  GtkLabel       *absence_label;
  GtkLabel       *referral_label;
  GtkMenuButton  *menu_button;

  KoersEntry     *entry;
  gint64          checklist_id;
  const char     *kind_class;
  gboolean        binding;
};

G_DEFINE_FINAL_TYPE (KoersEntryRow, koers_entry_row, ADW_TYPE_BIN)

static const struct {
  const char *icon_name;
  const char *css_class;
} kind_styles[KOERS_N_ENTRY_KINDS] = {
  [KOERS_ENTRY_OBSERVATION]    = { "view-reveal-symbolic",         "kind-observation" },
  [KOERS_ENTRY_STUDENT_TALK]   = { "avatar-default-symbolic",      "kind-student-talk" },
  [KOERS_ENTRY_PARENT_CONTACT] = { "call-start-symbolic",          "kind-parent-contact" },
  [KOERS_ENTRY_SIGNAL]         = { "dialog-warning-symbolic",      "kind-signal" },
  [KOERS_ENTRY_GOAL]           = { "find-location-symbolic",       "kind-goal" },
  /* Not appointment-missed: part of it is drawn in the error colour, lost on the red circle. */
  [KOERS_ENTRY_ABSENCE]        = { "user-away-symbolic",           "kind-absence" },
  [KOERS_ENTRY_AGREEMENT]      = { "emblem-documents-symbolic",    "kind-agreement" },
  [KOERS_ENTRY_REFERRAL]       = { "send-to-symbolic",             "kind-referral" },
  [KOERS_ENTRY_HANDOVER]       = { "emblem-shared-symbolic",       "kind-handover" },
  [KOERS_ENTRY_CARE_MEETING]   = { "system-users-symbolic",        "kind-care-meeting" },
  [KOERS_ENTRY_POSITIVE]       = { "starred-symbolic",             "kind-positive" },
};

/* Helpers */

static char *
format_date (const char *iso)
{
  return koers_str_is_set (iso) ? koers_date_format_dutch (iso) : NULL;
}

/* "14-11-2026 14:30" */
static char *
format_when (KoersEntry *entry)
{
  g_autofree char *date = format_date (koers_entry_get_date (entry));
  const char *time = koers_entry_get_time (entry);

  if (koers_str_is_set (time))
    return g_strdup_printf ("%s %s", date != NULL ? date : "", time);
  return g_strdup (date != NULL ? date : "");
}

/* "Ilse de Vries · Parent (mother)" */
static char *
format_meta (KoersEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  KoersSource source = koers_entry_get_source (entry);
  const char *source_name = koers_entry_get_source_name (entry);

  if (koers_str_is_set (koers_entry_get_author (entry)))
    g_ptr_array_add (parts, g_strdup (koers_entry_get_author (entry)));

  if (source != KOERS_SOURCE_NONE && koers_str_is_set (source_name))
    /* Translators: the source of a note and who exactly, as in "Teacher: Mr de Wit" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s: %s"), koers_source_get_label (source), source_name));
  else if (source != KOERS_SOURCE_NONE)
    g_ptr_array_add (parts, g_strdup (koers_source_get_label (source)));
  else if (koers_str_is_set (source_name))
    g_ptr_array_add (parts, g_strdup (source_name));

  g_ptr_array_add (parts, NULL);
  /* Translators: separates the author and the source of a note */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/* "Call the parents · mentor · due 20-11-2026", or "… · done on 18-11-2026" */
static char *
format_followup (KoersEntry *entry,
                 gboolean   *overdue)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *owner = koers_entry_get_followup_owner (entry);
  const char *done_at = koers_entry_get_followup_done_at (entry);
  g_autofree char *due = format_date (koers_entry_get_followup_due (entry));

  *overdue = koers_entry_is_followup_overdue (entry, NULL);

  g_ptr_array_add (parts, g_strdup (koers_entry_get_followup_text (entry)));
  if (koers_str_is_set (owner))
    g_ptr_array_add (parts, g_strdup (owner));

  if (koers_str_is_set (done_at))
    {
      g_autofree char *day = g_strndup (done_at, 10);
      g_autofree char *done = format_date (day);

      /* Translators: %s is a date: when the follow-up was marked done */
      g_ptr_array_add (parts, g_strdup_printf (_("done on %s"), done != NULL ? done : done_at));
    }
  else if (due != NULL && *overdue)
    {
      /* Translators: %s is the due date a follow-up missed */
      g_ptr_array_add (parts, g_strdup_printf (_("overdue since %s"), due));
    }
  else if (due != NULL)
    {
      /* Translators: %s is the due date of a follow-up */
      g_ptr_array_add (parts, g_strdup_printf (_("due %s"), due));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/* "Unauthorised · 2 hours · doctor" */
static char *
format_absence (KoersEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  double amount = koers_entry_get_absence_amount (entry);
  const char *reason = koers_entry_get_absence_reason (entry);
  int rounded = (int) (amount + 0.5);

  g_ptr_array_add (parts, g_strdup (koers_entry_get_absence_authorised (entry)
                                    ? _("Authorised") : _("Unauthorised")));

  if (amount > 0)
    {
      g_autofree char *number = g_strdup_printf ("%g", amount);

      if (koers_entry_get_absence_unit (entry) == KOERS_ABSENCE_DAYPARTS)
        /* Translators: %s is a number of dayparts (morning or afternoon) */
        g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s daypart", "%s dayparts", rounded), number));
      else
        /* Translators: %s is a number of hours */
        g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s hour", "%s hours", rounded), number));
    }

  if (koers_str_is_set (reason))
    g_ptr_array_add (parts, g_strdup (reason));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

/* "Referred to Wijkteam (Sanne Bos) · feedback due 01-12-2026", and the feedback once it came. */
static char *
format_referral (KoersEntry *entry,
                 gboolean   *late)
{
  GString *text = g_string_new (NULL);
  KoersReferralTo to = koers_entry_get_referral_to (entry);
  const char *name = koers_entry_get_referral_name (entry);
  const char *feedback = koers_entry_get_referral_feedback (entry);
  const char *feedback_date_iso = koers_entry_get_referral_feedback_date (entry);
  const char *due_iso = koers_entry_get_referral_feedback_due (entry);
  g_autofree char *due = format_date (due_iso);
  gboolean received = koers_str_is_set (feedback_date_iso) || koers_str_is_set (feedback);

  *late = FALSE;

  if (to != KOERS_REFERRAL_NONE && koers_str_is_set (name))
    /* Translators: where a student was referred to, and whom exactly */
    g_string_append_printf (text, _("Referred to %s (%s)"), koers_referral_get_label (to), name);
  else if (to != KOERS_REFERRAL_NONE)
    /* Translators: %s is where a student was referred to, e.g. "Wijkteam" */
    g_string_append_printf (text, _("Referred to %s"), koers_referral_get_label (to));
  else if (koers_str_is_set (name))
    g_string_append_printf (text, _("Referred to %s"), name);

  if (received)
    {
      g_autofree char *date = format_date (feedback_date_iso);

      if (text->len > 0)
        g_string_append (text, C_("separator", " · "));
      if (date != NULL)
        /* Translators: %s is the date feedback on a referral came */
        g_string_append_printf (text, _("feedback received %s"), date);
      else
        g_string_append (text, _("feedback received"));
      if (koers_str_is_set (feedback))
        g_string_append_printf (text, ": %s", feedback);
    }
  else if (due != NULL)
    {
      GDate today, due_date;

      koers_date_today (&today);
      *late = koers_date_from_iso (due_iso, &due_date) && g_date_compare (&due_date, &today) < 0;
      if (text->len > 0)
        g_string_append (text, C_("separator", " · "));
      /* Translators: %s is the date to ask for feedback on a referral */
      g_string_append_printf (text, _("feedback due %s"), due);
    }

  return g_string_free (text, FALSE);
}

static GMenuModel *
build_menu (gint64 id,
            gint64 checklist_id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);

  /* A signal written by a final checklist leads back to it. */
  if (checklist_id != 0)
    {
      g_autoptr(GMenuItem) open = g_menu_item_new (_("Open _Checklist"), NULL);

      g_menu_item_set_action_and_target_value (open, "timeline.open-checklist", g_variant_new_int64 (checklist_id));
      g_menu_append_item (menu, open);
    }

  g_menu_item_set_action_and_target_value (edit, "timeline.edit-entry", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (delete, "timeline.delete-entry", g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, delete);

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), koers_str_is_set (text));
}

static void
set_tone (GtkWidget  *widget,
          const char *css_class,
          gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* Callbacks */

static void
followup_toggled_cb (KoersEntryRow *self)
{
  gboolean done;

  if (self->binding || self->entry == NULL)
    return;

  done = gtk_check_button_get_active (self->followup_check);
  gtk_widget_activate_action (GTK_WIDGET (self),
                              done ? "timeline.followup-done" : "timeline.followup-reopen",
                              "x", koers_entry_get_id (self->entry));
}

static void
reveal_clicked_cb (KoersEntryRow *self)
{
  if (self->entry != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "timeline.reveal-entry",
                                "x", koers_entry_get_id (self->entry));
}

/* GObject */

static void
koers_entry_row_dispose (GObject *object)
{
  KoersEntryRow *self = KOERS_ENTRY_ROW (object);

  g_clear_object (&self->entry);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ENTRY_ROW);

  G_OBJECT_CLASS (koers_entry_row_parent_class)->dispose (object);
}

static void
koers_entry_row_class_init (KoersEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_entry_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/timeline/koers-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, month_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, card);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, icon_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, interpretation_tag);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, sensitive_tag);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, followup_box);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, followup_check);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, followup_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, absence_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, referral_label);
  gtk_widget_class_bind_template_child (widget_class, KoersEntryRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, followup_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, reveal_clicked_cb);
}

/* The menu is made when it is opened: a popover menu for every row bound would
 * cost each timeline page its layout time (docs/performance.md). */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  KoersEntryRow *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (self->entry == NULL)
    return;
  menu = build_menu (koers_entry_get_id (self->entry), self->checklist_id);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
koers_entry_row_init (KoersEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
}

/* Public API */

GtkWidget *
koers_entry_row_new (void)
{
  return g_object_new (KOERS_TYPE_ENTRY_ROW, NULL);
}

void
koers_entry_row_set_entry (KoersEntryRow *self,
                           KoersEntry    *entry,
                           gboolean       month_header,
                           gboolean       revealed)
{
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *month = NULL;
  KoersEntryKind kind;
  gboolean hidden;

  g_return_if_fail (KOERS_IS_ENTRY_ROW (self));
  g_return_if_fail (entry == NULL || KOERS_IS_ENTRY (entry));

  g_set_object (&self->entry, entry);
  self->binding = TRUE;

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (self->icon_box, self->kind_class);
  self->kind_class = NULL;

  if (entry == NULL)
    {
      set_label (self->month_label, NULL);
      set_label (self->text_label, NULL);
      set_label (self->meta_label, NULL);
      set_label (self->followup_label, NULL);
      set_label (self->absence_label, NULL);
      set_label (self->referral_label, NULL);
      gtk_widget_set_visible (self->followup_box, FALSE);
      gtk_widget_set_visible (self->reveal_button, FALSE);
      gtk_menu_button_set_menu_model (self->menu_button, NULL);
      self->binding = FALSE;
      return;
    }

  kind = koers_entry_get_kind (entry);
  self->kind_class = koers_entry_kind_get_css_class (kind);
  gtk_widget_add_css_class (self->icon_box, self->kind_class);
  gtk_image_set_from_icon_name (self->kind_image, koers_entry_kind_get_icon_name (kind));

  if (month_header)
    month = koers_date_format_month_year (koers_entry_get_date (entry));
  set_label (self->month_label, month);

  when = format_when (entry);
  gtk_label_set_text (self->kind_label, koers_entry_kind_get_label (kind));
  gtk_label_set_text (self->date_label, when);
  gtk_widget_set_visible (self->interpretation_tag, koers_entry_get_interpretation (entry));
  gtk_widget_set_visible (self->sensitive_tag, koers_entry_get_sensitive (entry));

  meta = format_meta (entry);
  set_label (self->meta_label, meta);

  /* Sensitive text never reaches the label until asked for: a glance over the
   * shoulder, a screen share or a screenshot shows only that it exists. */
  hidden = koers_entry_get_sensitive (entry) && !revealed;
  gtk_widget_set_visible (self->reveal_button, hidden);
  set_label (self->text_label, hidden ? NULL : koers_entry_get_text (entry));

  if (koers_str_is_set (koers_entry_get_followup_text (entry)) && !hidden)
    {
      gboolean overdue;
      g_autofree char *followup = format_followup (entry, &overdue);

      gtk_label_set_text (self->followup_label, followup);
      gtk_widget_set_visible (GTK_WIDGET (self->followup_label), TRUE);
      gtk_check_button_set_active (self->followup_check, !koers_entry_has_open_followup (entry));
      set_tone (GTK_WIDGET (self->followup_label), "error", overdue);
      set_tone (GTK_WIDGET (self->followup_label), "dim-label",
                !koers_entry_has_open_followup (entry));
      gtk_widget_set_visible (self->followup_box, TRUE);
    }
  else
    {
      gtk_widget_set_visible (self->followup_box, FALSE);
    }

  if (kind == KOERS_ENTRY_ABSENCE && !hidden)
    {
      g_autofree char *absence = format_absence (entry);

      set_label (self->absence_label, absence);
    }
  else
    {
      set_label (self->absence_label, NULL);
    }

  if (kind == KOERS_ENTRY_REFERRAL && !hidden)
    {
      gboolean late;
      g_autofree char *referral = format_referral (entry, &late);

      set_label (self->referral_label, referral);
      set_tone (GTK_WIDGET (self->referral_label), "warning", late);
    }
  else
    {
      set_label (self->referral_label, NULL);
    }

  self->checklist_id = 0;
  gtk_menu_button_set_menu_model (self->menu_button, NULL);

  self->binding = FALSE;
}

void
koers_entry_row_set_checklist (KoersEntryRow *self,
                               gint64         checklist_id)
{
  g_return_if_fail (KOERS_IS_ENTRY_ROW (self));

  if (self->entry == NULL)
    return;
  self->checklist_id = checklist_id;
  gtk_menu_button_set_menu_model (self->menu_button, NULL);
}

KoersEntry *
koers_entry_row_get_entry (KoersEntryRow *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_ROW (self), NULL);

  return self->entry;
}

const char *
koers_entry_kind_get_icon_name (KoersEntryKind kind)
{
  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);

  return kind_styles[kind].icon_name;
}

const char *
koers_entry_kind_get_css_class (KoersEntryKind kind)
{
  g_return_val_if_fail (kind < KOERS_N_ENTRY_KINDS, NULL);

  return kind_styles[kind].css_class;
}

/* Private API, for tests */

GtkLabel *
koers_entry_row_get_text_label (KoersEntryRow *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_ROW (self), NULL);

  return self->text_label;
}

GtkWidget *
koers_entry_row_get_reveal_button (KoersEntryRow *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_ROW (self), NULL);

  return self->reveal_button;
}

GtkLabel *
koers_entry_row_get_month_label (KoersEntryRow *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_ROW (self), NULL);

  return self->month_label;
}

GMenuModel *
koers_entry_row_get_menu (KoersEntryRow *self)
{
  g_return_val_if_fail (KOERS_IS_ENTRY_ROW (self), NULL);

  if (gtk_menu_button_get_menu_model (self->menu_button) == NULL)
    create_menu_cb (self->menu_button, self);
  return gtk_menu_button_get_menu_model (self->menu_button);
}
