/* koers-record-export.h: saving everything about a student (right of access)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* Called with a message for a toast once the file is written. */
typedef void (*KoersRecordSavedFunc) (const char *message,
                                      gpointer    user_data);

/* Asks where to save, then writes the student's record as a readable PDF (@pdf)
 * or as JSON. Errors are shown in a dialog on @parent. */
void koers_record_export_run (GtkWindow            *parent,
                              KoersStore           *store,
                              KoersStudent         *student,
                              gboolean              pdf,
                              KoersRecordSavedFunc  saved,
                              gpointer              user_data,
                              GDestroyNotify        destroy);

G_END_DECLS
