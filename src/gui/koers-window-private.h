/* koers-window-private.h: what the GUI test may look at inside the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"
#include "koers-auto-lock.h"
#include "koers-window.h"
#include "notebook/koers-create-page.h"
#include "notebook/koers-unlock-page.h"
#include "notebook/koers-welcome-page.h"
#include "overview/koers-overview-page.h"
#include "students/koers-student-page.h"
#include "students/koers-student-sidebar.h"

G_BEGIN_DECLS

/* "welcome", "create", "unlock" or "main" */
const char          *koers_window_get_visible_page_name (KoersWindow *self);
/* The open notebook, NULL when locked. */
KoersStore          *koers_window_get_store             (KoersWindow *self);
KoersWelcomePage    *koers_window_get_welcome_page      (KoersWindow *self);
KoersCreatePage     *koers_window_get_create_page       (KoersWindow *self);
KoersUnlockPage     *koers_window_get_unlock_page       (KoersWindow *self);
KoersStudentSidebar *koers_window_get_sidebar           (KoersWindow *self);
KoersStudentPage    *koers_window_get_student_page      (KoersWindow *self);
KoersOverviewPage   *koers_window_get_overview_page     (KoersWindow *self);
/* The toast on screen (its button undoes), NULL when none. */
AdwToast            *koers_window_get_toast             (KoersWindow *self);

/* Locks, then puts @backup in place of the notebook (see koers_store_restore). */
gboolean            koers_window_restore_backup    (KoersWindow  *self,
                                                    const char   *backup,
                                                    const char   *passphrase,
                                                    GError      **error);

/* The idle watch while a notebook is open, NULL when locked. */
KoersAutoLock      *koers_window_get_auto_lock     (KoersWindow  *self);

G_END_DECLS
