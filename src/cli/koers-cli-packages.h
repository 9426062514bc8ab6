/* koers-cli-packages.h: students moved between notebooks, on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_export_package (KoersCliOptions *options,
                                      int              argc,
                                      char           **argv);
int koers_cli_command_import_package (KoersCliOptions *options,
                                      int              argc,
                                      char           **argv);

G_END_DECLS
