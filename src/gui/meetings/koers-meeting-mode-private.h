/* koers-meeting-mode-private.h: what the tests see of meeting mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-meeting-mode.h"

G_BEGIN_DECLS

/* The due-date presets of a new agreement, in the order of their buttons. */
typedef enum
{
  KOERS_DUE_ONE_WEEK,
  KOERS_DUE_TWO_WEEKS,
  KOERS_DUE_FOUR_WEEKS,
  KOERS_DUE_NEXT_CONTACT,
  KOERS_N_DUE_PRESETS
} KoersDuePreset;

/* The check button of agenda item / question @index, or NULL. */
GtkCheckButton  *koers_meeting_mode_get_agenda_check      (KoersMeetingMode    *self,
                                                           guint                index);
GtkCheckButton  *koers_meeting_mode_get_question_check    (KoersMeetingMode    *self,
                                                           guint                index);

/* The add-agreement popover and its pieces. */
GtkMenuButton   *koers_meeting_mode_get_add_agreement_button (KoersMeetingMode *self);
GtkEditable     *koers_meeting_mode_get_agreement_what    (KoersMeetingMode    *self);
/* The one-click suggestions (GtkButton children of a GtkFlowBox). */
GtkFlowBox      *koers_meeting_mode_get_suggestions       (KoersMeetingMode    *self);
GtkToggleButton *koers_meeting_mode_get_owner_button      (KoersMeetingMode    *self,
                                                           KoersAgreementOwner  owner);
GtkEditable     *koers_meeting_mode_get_owner_name        (KoersMeetingMode    *self);
GtkButton       *koers_meeting_mode_get_due_button        (KoersMeetingMode    *self,
                                                           KoersDuePreset       preset);
GtkEditable     *koers_meeting_mode_get_due_entry         (KoersMeetingMode    *self);
GtkWidget       *koers_meeting_mode_get_save_agreement_button (KoersMeetingMode *self);

/* What the popover's Add button does: stores the agreement from the form, shows
 * it in the list and offers undo. FALSE (and nothing stored) when the form is
 * incomplete or the store refuses. */
gboolean         koers_meeting_mode_add_agreement         (KoersMeetingMode    *self,
                                                           GError             **error);
/* Rows in the visible list of agreements. */
guint            koers_meeting_mode_get_n_agreement_rows  (KoersMeetingMode    *self);
/* The toast shown last (its button is Undo after an agreement), or NULL. */
AdwToast        *koers_meeting_mode_get_last_toast        (KoersMeetingMode    *self);

G_END_DECLS
