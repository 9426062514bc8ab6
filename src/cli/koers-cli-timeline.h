/* koers-cli-timeline.h: the timeline commands of koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_add_entry (KoersCliOptions *options,
                                 int              argc,
                                 char           **argv);
int koers_cli_command_timeline  (KoersCliOptions *options,
                                 int              argc,
                                 char           **argv);
int koers_cli_command_search    (KoersCliOptions *options,
                                 int              argc,
                                 char           **argv);

int koers_cli_command_add_entries (KoersCliOptions *options,
                                   int              argc,
                                   char           **argv);

G_END_DECLS
