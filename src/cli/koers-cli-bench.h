/* koers-cli-bench.h: koers-cli bench, Koers measured at school scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_bench (KoersCliOptions  *options,
                             int               argc,
                             char            **argv);

G_END_DECLS
