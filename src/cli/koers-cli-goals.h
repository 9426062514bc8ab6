/* koers-cli-goals.h: the goal commands of koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_add_goal   (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv);
int koers_cli_command_goals      (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv);
int koers_cli_command_goal_cards (KoersCliOptions *options,
                                  int              argc,
                                  char           **argv);

G_END_DECLS
