/* koers-store-task.h: opening a notebook off the main thread
 *
 * SQLCipher derives the key from the passphrase with a deliberately slow KDF,
 * so opening or creating a notebook takes a noticeable moment; doing it in a
 * worker thread keeps the window drawing (and the spinner turning).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

typedef enum
{
  KOERS_STORE_TASK_OPEN,    /* open an existing notebook */
  KOERS_STORE_TASK_CREATE,  /* create a new, empty notebook */
  KOERS_STORE_TASK_DEMO,    /* open the demo notebook, creating and filling it when missing */
} KoersStoreTaskMode;

/* @passphrase is copied; the copy is wiped when the task is done. */
void        koers_store_task_run    (KoersStoreTaskMode   mode,
                                     const char          *path,
                                     const char          *passphrase,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
KoersStore *koers_store_task_finish (GAsyncResult        *result,
                                     GError             **error);

/* After an OPEN, whose store comes without the check of every page: checks the
 * file on a connection of its own and makes the day's automatic backup, in a
 * thread. Fails with KOERS_STORE_ERROR_DAMAGED when the file is damaged. */
void        koers_store_task_check  (GAsyncResult        *opened,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean    koers_store_task_check_finish (GAsyncResult  *result,
                                     GError       **error);

/* The demo's open and koers_store_task_check() make the day's automatic backup.
 * Why it failed, or NULL; valid as long as @result. */
const char *koers_store_task_get_backup_problem (GAsyncResult *result);

G_END_DECLS
