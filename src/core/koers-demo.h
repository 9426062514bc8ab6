/* koers-demo.h: a notebook of invented students to try Koers with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/* Shown on the welcome page: the demo holds no real data, so its passphrase is public. */
#define KOERS_DEMO_PASSPHRASE "koers-demo"

char     *koers_demo_default_path (void);
gboolean  koers_demo_fill         (KoersStore *store,
                                   GError    **error);

G_END_DECLS
