/* koers-cli-meetings.h: the parent meeting commands of koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_meetings      (KoersCliOptions *options,
                                     int              argc,
                                     char           **argv);
int koers_cli_command_meeting_sheet (KoersCliOptions *options,
                                     int              argc,
                                     char           **argv);
int koers_cli_command_meeting_ics   (KoersCliOptions *options,
                                     int              argc,
                                     char           **argv);

G_END_DECLS
