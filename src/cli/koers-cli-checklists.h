/* koers-cli-checklists.h: the signal checklist commands of koers-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_templates       (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);
int koers_cli_command_checklists      (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);
int koers_cli_command_checklist       (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);
int koers_cli_command_checklist_sheet (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);

G_END_DECLS
