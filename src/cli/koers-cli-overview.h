/* koers-cli-overview.h: the zorgcoördinator overview on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_overview (KoersCliOptions *options,
                                int              argc,
                                char           **argv);

G_END_DECLS
