/* koers-store-task.c: opening a notebook off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "koers-demo.h"
#include "koers-passphrase.h"
#include "koers-store-task.h"

typedef struct
{
  KoersStoreTaskMode  mode;
  char               *path;
  char               *passphrase;
  char               *backup_problem;
} TaskData;

static void
task_data_free (gpointer data)
{
  TaskData *task_data = data;

  g_free (task_data->path);
  g_free (task_data->backup_problem);
  koers_passphrase_free (task_data->passphrase);
  g_free (task_data);
}

static KoersStore *
create_demo (const char  *path,
             const char  *passphrase,
             GError     **error)
{
  g_autoptr(KoersStore) store = NULL;

  store = koers_store_create (path, passphrase, error);
  if (store == NULL)
    return NULL;

  if (!koers_demo_fill (store, error))
    {
      /* A half-filled demo would be opened as is next time: start over instead. */
      koers_store_close (store);
      g_unlink (path);
      return NULL;
    }

  return g_steal_pointer (&store);
}

/* The day's backup, while the passphrase is still at hand. A failure is told,
 * but the notebook opens: the user's work comes first. */
static void
make_backup (KoersStore *store,
             TaskData   *task_data)
{
  g_autoptr(GError) error = NULL;

  if (!koers_store_auto_backup (store, task_data->passphrase, NULL, KOERS_BACKUP_KEEP_DAILY,
                                KOERS_BACKUP_KEEP_WEEKLY, NULL, &error))
    task_data->backup_problem = g_strdup (error->message);
}

static void
store_task_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      data,
                   GCancellable *cancellable)
{
  TaskData *task_data = data;
  KoersStore *store = NULL;
  GError *error = NULL;

  switch (task_data->mode)
    {
    case KOERS_STORE_TASK_OPEN:
      /* The check of every page and the backup follow in koers_store_task_check(),
       * while the window is already there. */
      store = koers_store_open_with_flags (task_data->path, task_data->passphrase,
                                           KOERS_STORE_OPEN_SKIP_CHECK, &error);
      break;

    case KOERS_STORE_TASK_CREATE:
      store = koers_store_create (task_data->path, task_data->passphrase, &error);
      break;

    case KOERS_STORE_TASK_DEMO:
      if (g_file_test (task_data->path, G_FILE_TEST_EXISTS))
        store = koers_store_open (task_data->path, task_data->passphrase, &error);
      else
        store = create_demo (task_data->path, task_data->passphrase, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  /* The demo is small: its day's backup is made before it opens. */
  if (store != NULL && task_data->mode == KOERS_STORE_TASK_DEMO)
    make_backup (store, task_data);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
koers_store_task_run (KoersStoreTaskMode   mode,
                      const char          *path,
                      const char          *passphrase,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *task_data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (passphrase != NULL);

  task_data = g_new0 (TaskData, 1);
  task_data->mode = mode;
  task_data->path = g_strdup (path);
  task_data->passphrase = g_strdup (passphrase);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_store_task_run);
  g_task_set_task_data (task, task_data, task_data_free);
  g_task_run_in_thread (task, store_task_thread);
}

KoersStore *
koers_store_task_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
koers_store_task_get_backup_problem (GAsyncResult *result)
{
  TaskData *task_data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  task_data = g_task_get_task_data (G_TASK (result));
  return task_data->backup_problem;
}

/* A connection of its own, so the window's keeps working meanwhile (WAL lets
 * one write while the other reads). */
static void
check_task_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      data,
                   GCancellable *cancellable)
{
  TaskData *task_data = data;
  g_autoptr(KoersStore) store = NULL;
  GError *error = NULL;

  store = koers_store_open (task_data->path, task_data->passphrase, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  make_backup (store, task_data);
  koers_store_close (store);
  g_task_return_boolean (task, TRUE);
}

void
koers_store_task_check (GAsyncResult        *opened,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *opened_data;
  TaskData *task_data;

  g_return_if_fail (g_task_is_valid (opened, NULL));

  opened_data = g_task_get_task_data (G_TASK (opened));
  task_data = g_new0 (TaskData, 1);
  task_data->mode = opened_data->mode;
  task_data->path = g_strdup (opened_data->path);
  task_data->passphrase = g_strdup (opened_data->passphrase);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_store_task_check);
  g_task_set_task_data (task, task_data, task_data_free);
  g_task_run_in_thread (task, check_task_thread);
}

gboolean
koers_store_task_check_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
