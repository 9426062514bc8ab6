/* koers-signal-row.c: one signal of a checklist being filled in
 *
 * The signal, what the previous checklist said about it, and three linked
 * buttons. The whole card can be done from the keyboard: 0, 1 or 2 answers and
 * moves on; Up and Down walk the card. A note and timeline examples sit behind
 * the pencil, so the card stays one calm list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-date.h"
#include "koers-signal-row.h"
#include "koers-string.h"

/* How many of the newest timeline entries are offered as examples. */
#define MAX_EXAMPLES 30

struct _KoersSignalRow
{
  AdwActionRow          parent_instance;

  GtkToggleButton      *not_seen_button;
  GtkToggleButton      *seen_button;
  GtkToggleButton      *often_button;
  GtkMenuButton        *note_button;
  GtkEntry             *note_entry;
  GtkWidget            *examples_label;
  GtkWidget            *examples_scroller;
  GtkBox               *examples_box;
  GtkEventController   *key_controller;

  KoersSignalAnswerRow *row;
  char                 *previous_text;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (KoersSignalRow, koers_signal_row, ADW_TYPE_ACTION_ROW)

enum {
  ANSWERED,
  MOVE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static GtkToggleButton *
button_for (KoersSignalRow    *self,
            KoersSignalAnswer  answer)
{
  switch (answer)
    {
    case KOERS_SIGNAL_SEEN:
      return self->seen_button;
    case KOERS_SIGNAL_SEEN_OFTEN:
      return self->often_button;
    case KOERS_SIGNAL_NOT_SEEN:
    case KOERS_N_SIGNAL_ANSWERS:
    default:
      return self->not_seen_button;
    }
}

/* The subtitle: last time's answer, then the note and how many examples. */
static void
update_subtitle (KoersSignalRow *self)
{
  g_autoptr(GString) text = g_string_new (self->previous_text);

  if (koers_str_is_set (self->row->note))
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->row->note);
  if (self->row->entry_ids->len > 0)
    {
      g_autofree char *examples = g_strdup_printf (ngettext ("%u example from the timeline",
                                                             "%u examples from the timeline",
                                                             self->row->entry_ids->len),
                                                   self->row->entry_ids->len);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", examples);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text->str);
}

static gboolean
is_linked (KoersSignalRow *self,
           gint64          entry_id)
{
  for (guint i = 0; i < self->row->entry_ids->len; i++)
    if (g_array_index (self->row->entry_ids, gint64, i) == entry_id)
      return TRUE;
  return FALSE;
}

/* Callbacks */

static void
answer_toggled_cb (KoersSignalRow  *self,
                   GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button) || self->filling)
    return;

  self->row->answer = koers_signal_row_get_answer (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
note_changed_cb (KoersSignalRow *self)
{
  if (self->filling)
    return;

  koers_str_replace (&self->row->note, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
  update_subtitle (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
example_toggled_cb (GtkCheckButton *check,
                    KoersSignalRow *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "entry-id");

  if (gtk_check_button_get_active (check))
    {
      if (!is_linked (self, id))
        g_array_append_val (self->row->entry_ids, id);
    }
  else
    {
      for (guint i = 0; i < self->row->entry_ids->len; i++)
        if (g_array_index (self->row->entry_ids, gint64, i) == id)
          {
            g_array_remove_index (self->row->entry_ids, i);
            break;
          }
    }
  update_subtitle (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
key_pressed_cb (KoersSignalRow  *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
    case GDK_KEY_1:
    case GDK_KEY_KP_1:
    case GDK_KEY_2:
    case GDK_KEY_KP_2:
      if (!gtk_widget_get_sensitive (GTK_WIDGET (self->seen_button)))
        return GDK_EVENT_PROPAGATE;
      koers_signal_row_set_answer (self, keyval == GDK_KEY_0 || keyval == GDK_KEY_KP_0 ? KOERS_SIGNAL_NOT_SEEN
                                         : keyval == GDK_KEY_1 || keyval == GDK_KEY_KP_1 ? KOERS_SIGNAL_SEEN
                                         : KOERS_SIGNAL_SEEN_OFTEN);
      g_signal_emit (self, signals[ANSWERED], 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      g_signal_emit (self, signals[MOVE], 0, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      g_signal_emit (self, signals[MOVE], 0, 1);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* GObject */

static void
koers_signal_row_finalize (GObject *object)
{
  KoersSignalRow *self = KOERS_SIGNAL_ROW (object);

  g_free (self->previous_text);

  G_OBJECT_CLASS (koers_signal_row_parent_class)->finalize (object);
}

static void
koers_signal_row_class_init (KoersSignalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = koers_signal_row_finalize;

  signals[ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/koers/Koers/checklists/koers-signal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, not_seen_button);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, seen_button);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, often_button);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, examples_label);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, examples_scroller);
  gtk_widget_class_bind_template_child (widget_class, KoersSignalRow, examples_box);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);
}

static void
koers_signal_row_init (KoersSignalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Capture: the keys work whether the row or one of its buttons has focus. */
  self->key_controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->key_controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (self->key_controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->key_controller);
}

/* Public */

KoersSignalRow *
koers_signal_row_new (KoersSignalAnswerRow *row,
                      KoersSignalAnswerRow *previous,
                      GPtrArray            *entries,
                      gboolean              editable)
{
  KoersSignalRow *self = g_object_new (KOERS_TYPE_SIGNAL_ROW, NULL);
  guint n_examples = 0;

  g_return_val_if_fail (row != NULL, self);

  self->row = row;
  self->filling = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), koers_checklist_item_get_label (row->item));

  /* The date is said once, above the card: here only the answer. */
  if (previous != NULL)
    {
      g_autofree char *answer = g_utf8_strdown (koers_signal_answer_get_label (previous->answer), -1);

      /* Translators: under a signal; %s is what the previous checklist said ("seen often") */
      self->previous_text = g_strdup_printf (_("Last time: %s"), answer);
    }

  gtk_toggle_button_set_active (button_for (self, row->answer), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), row->note != NULL ? row->note : "");

  for (guint i = 0; entries != NULL && i < entries->len && n_examples < MAX_EXAMPLES; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *date = koers_date_format_dutch (koers_entry_get_date (entry));
      g_autofree char *text = NULL;
      g_autofree char *label = NULL;
      GtkWidget *check;
      gint64 id = koers_entry_get_id (entry);
      const char *full = koers_entry_get_text (entry) ?: "";

      /* The text of a sensitive entry stays out of sight here too. g_utf8_substring
       * reads past the end of a text shorter than its end position. */
      text = koers_entry_get_sensitive (entry) ? g_strdup (_("Sensitive note"))
             : g_utf8_strlen (full, -1) > 70 ? g_utf8_substring (full, 0, 70)
             : g_strdup (full);
      label = g_strdup_printf ("%s · %s", date != NULL ? date : "", text);
      check = gtk_check_button_new_with_label (label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_linked (self, id));
      g_object_set_data_full (G_OBJECT (check), "entry-id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (example_toggled_cb), self);
      gtk_box_append (self->examples_box, check);
      n_examples++;
    }
  gtk_widget_set_visible (self->examples_label, n_examples > 0);
  gtk_widget_set_visible (self->examples_scroller, n_examples > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->not_seen_button), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->seen_button), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->often_button), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->note_entry), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->examples_box), editable);
  /* A final checklist without a note or example has nothing behind the pencil. */
  gtk_widget_set_visible (GTK_WIDGET (self->note_button),
                          editable || koers_str_is_set (row->note) || row->entry_ids->len > 0);

  update_subtitle (self);
  self->filling = FALSE;
  return self;
}

KoersSignalAnswer
koers_signal_row_get_answer (KoersSignalRow *self)
{
  g_return_val_if_fail (KOERS_IS_SIGNAL_ROW (self), KOERS_SIGNAL_NOT_SEEN);

  if (gtk_toggle_button_get_active (self->often_button))
    return KOERS_SIGNAL_SEEN_OFTEN;
  if (gtk_toggle_button_get_active (self->seen_button))
    return KOERS_SIGNAL_SEEN;
  return KOERS_SIGNAL_NOT_SEEN;
}

void
koers_signal_row_set_answer (KoersSignalRow    *self,
                             KoersSignalAnswer  answer)
{
  g_return_if_fail (KOERS_IS_SIGNAL_ROW (self));

  gtk_toggle_button_set_active (button_for (self, answer), TRUE);
}

GtkEventController *
koers_signal_row_get_key_controller (KoersSignalRow *self)
{
  g_return_val_if_fail (KOERS_IS_SIGNAL_ROW (self), NULL);

  return self->key_controller;
}

const char *
koers_signal_row_get_previous_text (KoersSignalRow *self)
{
  g_return_val_if_fail (KOERS_IS_SIGNAL_ROW (self), NULL);

  return self->previous_text;
}
