/* koers-unsaved.c: asking before unsaved work is closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "koers-unsaved.h"

/* Runs before the callers' handlers, which may destroy the editor. The dialog
 * is still referenced by the button's signal emission then, and GTK 4.8 would
 * let it outlive the editor it is transient for: finalizing it later touches
 * the freed editor. Every response closes the dialog anyway. */
static void
forget_parent_cb (GtkWindow  *dialog,
                  const char *response)
{
  gtk_window_set_transient_for (dialog, NULL);
}

static void
append_state (GString   *state,
              GtkWidget *widget)
{
  /* GtkText is what every entry, entry row and spin button types into, so
   * the containers themselves are not read a second time. */
  if (GTK_IS_TEXT (widget))
    g_string_append_printf (state, "t%s", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      g_string_append_printf (state, "v%s", text);
    }
  else if (GTK_IS_SWITCH (widget))
    g_string_append_printf (state, "s%d", gtk_switch_get_active (GTK_SWITCH (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, "c%d", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_TOGGLE_BUTTON (widget))
    g_string_append_printf (state, "b%d", gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  else if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (state, "r%u", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, "d%u", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else
    return;

  /* A separator no field can hold keeps "ab" + "c" apart from "a" + "bc". */
  g_string_append_c (state, '\x1f');
}

static void
collect_state (GString   *state,
               GtkWidget *widget)
{
  append_state (state, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_state (state, child);
}

static char *
dup_form_state (GtkWidget *root)
{
  GString *state = g_string_new (NULL);

  collect_state (state, root);
  return g_string_free (state, FALSE);
}

typedef struct
{
  char                 *initial;
  char                 *heading;
  char                 *body;
  KoersUnsavedSaveFunc  save;
} Guard;

#define GUARD_KEY "koers-unsaved-guard"

static void
guard_free (gpointer data)
{
  Guard *guard = data;

  g_free (guard->initial);
  g_free (guard->heading);
  g_free (guard->body);
  g_free (guard);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GtkWindow        *window)
{
  Guard *guard = g_object_get_data (G_OBJECT (window), GUARD_KEY);

  if (g_strcmp0 (response, "save") == 0)
    guard->save (window);
  else if (g_strcmp0 (response, "discard") == 0)
    gtk_window_destroy (window);
}

static gboolean
close_request_cb (GtkWindow *window)
{
  Guard *guard = g_object_get_data (G_OBJECT (window), GUARD_KEY);
  GtkWidget *dialog;

  if (!koers_unsaved_is_changed (window))
    return FALSE;

  dialog = koers_unsaved_dialog_new (window, guard->heading, guard->body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The widgets a draft keeps. Their own parts are not descended into: they
 * carry the names of the field's template ("text" inside every entry row),
 * which every field of that kind shares. */
static gboolean
is_field (GtkWidget *widget)
{
  return GTK_IS_TEXT_VIEW (widget) || ADW_IS_COMBO_ROW (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_CHECK_BUTTON (widget) || GTK_IS_EDITABLE (widget);
}

static void
collect_draft (GVariantDict *dict,
               GtkWidget    *widget)
{
  const char *id;

  if (!is_field (widget))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        collect_draft (dict, child);
      return;
    }

  id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));
  if (id == NULL)
    return;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      g_variant_dict_insert (dict, id, "s", text);
    }
  else if (ADW_IS_COMBO_ROW (widget))
    g_variant_dict_insert (dict, id, "u", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_SWITCH (widget))
    g_variant_dict_insert (dict, id, "b", gtk_switch_get_active (GTK_SWITCH (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_variant_dict_insert (dict, id, "b", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else
    g_variant_dict_insert (dict, id, "s", gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
restore_widget (GtkWidget *widget,
                GVariant  *draft)
{
  const char *id;
  g_autoptr(GVariant) value = NULL;

  if (!is_field (widget))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        restore_widget (child, draft);
      return;
    }

  id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));
  value = id != NULL ? g_variant_lookup_value (draft, id, NULL) : NULL;
  if (value == NULL)
    return;

  if (GTK_IS_TEXT_VIEW (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              g_variant_get_string (value, NULL), -1);
  else if (ADW_IS_COMBO_ROW (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), g_variant_get_uint32 (value));
  else if (GTK_IS_SWITCH (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    gtk_switch_set_active (GTK_SWITCH (widget), g_variant_get_boolean (value));
  else if (GTK_IS_CHECK_BUTTON (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), g_variant_get_boolean (value));
  else if (GTK_IS_EDITABLE (widget) && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    gtk_editable_set_text (GTK_EDITABLE (widget), g_variant_get_string (value, NULL));
}

/* Public API */

GtkWidget *
koers_unsaved_dialog_new (GtkWindow  *parent,
                          const char *heading,
                          const char *body)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (forget_parent_cb), NULL);

  return GTK_WIDGET (dialog);
}

void
koers_unsaved_guard_window (GtkWindow            *window,
                            const char           *heading,
                            const char           *body,
                            KoersUnsavedSaveFunc  save)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (save != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (window), GUARD_KEY) == NULL);

  guard = g_new0 (Guard, 1);
  guard->initial = dup_form_state (GTK_WIDGET (window));
  guard->heading = g_strdup (heading);
  guard->body = g_strdup (body);
  guard->save = save;
  g_object_set_data_full (G_OBJECT (window), GUARD_KEY, guard, guard_free);
  g_signal_connect (window, "close-request", G_CALLBACK (close_request_cb), NULL);
}

gboolean
koers_unsaved_is_changed (GtkWindow *window)
{
  Guard *guard;
  g_autofree char *state = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  guard = g_object_get_data (G_OBJECT (window), GUARD_KEY);
  g_return_val_if_fail (guard != NULL, FALSE);

  state = dup_form_state (GTK_WIDGET (window));
  return g_strcmp0 (state, guard->initial) != 0;
}

char *
koers_unsaved_dup_draft (GtkWindow *window)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr(GVariant) draft = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  collect_draft (&dict, GTK_WIDGET (window));
  draft = g_variant_ref_sink (g_variant_dict_end (&dict));
  return g_variant_print (draft, TRUE);
}

gboolean
koers_unsaved_restore_draft (GtkWindow   *window,
                             const char  *draft,
                             GError     **error)
{
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  value = g_variant_parse (G_VARIANT_TYPE_VARDICT, draft, NULL, NULL, error);
  if (value == NULL)
    return FALSE;

  restore_widget (GTK_WIDGET (window), value);
  return TRUE;
}
