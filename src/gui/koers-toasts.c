/* koers-toasts.c: one toast at a time on an overlay, safely on libadwaita 1.2
 *
 * libadwaita 1.2's overlay frees a toast's bookkeeping twice when a toast is
 * added while the one before is still animating out (valgrind: invalid read in
 * the hide animation's done handler), and it also trips over a queued toast that
 * an urgent one pushed aside, and a toast dismissed while it is still animating
 * in is freed twice as well (seen when locking right after an import). So: one
 * toast at a time per overlay, a toast is dismissed only once its show animation
 * is over, and a new one waits until the old one's hide is over. The state lives
 * on the overlay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-toasts.h"

#define TOAST_HIDE_US (350 * G_TIME_SPAN_MILLISECOND)
#define TOAST_SHOW_US (350 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  AdwToastOverlay *overlay;   /* not a reference: this state is the overlay's data */
  AdwToast        *toast;     /* the one shown or waiting */
  gint64           shown_since;
  gint64           hiding_since;
  guint            pending_id;
} Toasts;

static void
toasts_free (Toasts *toasts)
{
  g_clear_handle_id (&toasts->pending_id, g_source_remove);
  if (toasts->toast != NULL)
    g_signal_handlers_disconnect_by_data (toasts->toast, toasts);
  g_clear_object (&toasts->toast);
  g_free (toasts);
}

static void
dismissed_cb (AdwToast *toast,
              Toasts   *toasts)
{
  /* Any dismissal, the overlay's own timeout included, starts a hide animation. */
  toasts->hiding_since = g_get_monotonic_time ();
  if (toasts->toast == toast)
    g_clear_object (&toasts->toast);
}

static gboolean
present_pending_cb (gpointer user_data)
{
  Toasts *toasts = user_data;

  toasts->pending_id = 0;
  if (toasts->toast != NULL)
    {
      toasts->shown_since = g_get_monotonic_time ();
      adw_toast_overlay_add_toast (toasts->overlay, g_object_ref (toasts->toast));
    }
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GWeakRef  overlay;
  AdwToast *toast;
} Later;

static void
later_free (gpointer data)
{
  Later *later = data;

  g_weak_ref_clear (&later->overlay);
  g_object_unref (later->toast);
  g_free (later);
}

static gboolean
dismiss_later_cb (gpointer user_data)
{
  Later *later = user_data;
  g_autoptr(GObject) overlay = g_weak_ref_get (&later->overlay);

  /* A window closed meanwhile took its toasts along. */
  if (overlay != NULL)
    adw_toast_dismiss (later->toast);
  return G_SOURCE_REMOVE;
}

/* Dismisses @toast, after its show animation when that is still running. */
static void
dismiss (Toasts   *toasts,
         AdwToast *toast)
{
  gint64 wait = toasts->shown_since + TOAST_SHOW_US - g_get_monotonic_time ();

  if (wait <= 0)
    {
      adw_toast_dismiss (toast);
      return;
    }
  /* The hide starts then: whoever comes next waits for it too. */
  toasts->hiding_since = g_get_monotonic_time () + wait;
  {
    Later *later = g_new0 (Later, 1);

    g_weak_ref_init (&later->overlay, toasts->overlay);
    later->toast = g_object_ref (toast);
    g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (wait / G_TIME_SPAN_MILLISECOND) + 1,
                        dismiss_later_cb, later, later_free);
  }
}

void
koers_toasts_present (AdwToastOverlay *overlay,
                      AdwToast        *toast)
{
  Toasts *toasts;
  g_autoptr(AdwToast) old = NULL;
  gint64 wait;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  toasts = g_object_get_data (G_OBJECT (overlay), "koers-toasts");
  if (toasts == NULL)
    {
      toasts = g_new0 (Toasts, 1);
      toasts->overlay = overlay;
      g_object_set_data_full (G_OBJECT (overlay), "koers-toasts", toasts, (GDestroyNotify) toasts_free);
    }

  old = g_steal_pointer (&toasts->toast);
  if (old != NULL)
    dismiss (toasts, old);
  g_clear_handle_id (&toasts->pending_id, g_source_remove);

  toasts->toast = toast;
  /* The state dies with the overlay, and the toast may outlive both. */
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (dismissed_cb), toasts, NULL, 0);

  wait = toasts->hiding_since + TOAST_HIDE_US - g_get_monotonic_time ();
  if (wait > 0)
    toasts->pending_id = g_timeout_add ((guint) (wait / G_TIME_SPAN_MILLISECOND) + 1,
                                        present_pending_cb, toasts);
  else
    {
      toasts->shown_since = g_get_monotonic_time ();
      adw_toast_overlay_add_toast (overlay, g_object_ref (toast));
    }
}

void
koers_toasts_dismiss (AdwToastOverlay *overlay,
                      AdwToast        *toast)
{
  Toasts *toasts;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  toasts = g_object_get_data (G_OBJECT (overlay), "koers-toasts");
  if (toasts == NULL)
    adw_toast_dismiss (toast);
  else
    dismiss (toasts, toast);
}

void
koers_toasts_show_text (AdwToastOverlay *overlay,
                        const char      *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  koers_toasts_present (overlay, adw_toast_new (markup));
}
