/* koers-signal-row.h: one signal of a checklist being filled in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_SIGNAL_ROW (koers_signal_row_get_type ())
G_DECLARE_FINAL_TYPE (KoersSignalRow, koers_signal_row, KOERS, SIGNAL_ROW, AdwActionRow)

/* Signals:
 * "answered" (): the answer was set with the keyboard (0, 1, 2); the editor moves on.
 * "move" (int direction): Up (-1) or Down (+1) was pressed; the editor moves focus
 *   across groups, which one list box alone cannot.
 * "changed" (): answer, note or examples changed. */

/* @row is the checklist's row (not owned, kept up to date by the widget);
 * @previous the same signal in the previous final checklist (NULL when none);
 * @entries the student's timeline (KoersEntry) to pick
 * examples from. */
KoersSignalRow *koers_signal_row_new          (KoersSignalAnswerRow *row,
                                               KoersSignalAnswerRow *previous,
                                               GPtrArray            *entries,
                                               gboolean              editable);
KoersSignalAnswer koers_signal_row_get_answer (KoersSignalRow       *self);
void            koers_signal_row_set_answer   (KoersSignalRow       *self,
                                               KoersSignalAnswer     answer);
/* The key controller that takes 0/1/2 and Up/Down (for tests to drive). */
GtkEventController *koers_signal_row_get_key_controller (KoersSignalRow *self);
/* "Last time: seen often" or NULL. */
const char     *koers_signal_row_get_previous_text (KoersSignalRow   *self);

G_END_DECLS
