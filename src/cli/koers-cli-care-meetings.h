/* koers-cli-care-meetings.h: the leerlingbespreking on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_care_meetings      (KoersCliOptions *options,
                                          int              argc,
                                          char           **argv);
int koers_cli_command_plan_care_meeting  (KoersCliOptions *options,
                                          int              argc,
                                          char           **argv);
int koers_cli_command_care_meeting_sheet (KoersCliOptions *options,
                                          int              argc,
                                          char           **argv);

G_END_DECLS
