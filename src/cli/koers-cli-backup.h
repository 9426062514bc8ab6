/* koers-cli-backup.h: check, backup, restore, change-passphrase, delete-student, export-student
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "koers-cli.h"

G_BEGIN_DECLS

int koers_cli_command_check             (KoersCliOptions *options,
                                         int              argc,
                                         char           **argv);
int koers_cli_command_backup            (KoersCliOptions *options,
                                         int              argc,
                                         char           **argv);
int koers_cli_command_restore           (KoersCliOptions *options,
                                         int              argc,
                                         char           **argv);
int koers_cli_command_change_passphrase (KoersCliOptions *options,
                                         int              argc,
                                         char           **argv);

int koers_cli_command_delete_student  (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);

int koers_cli_command_export_student  (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);

int koers_cli_command_audit           (KoersCliOptions *options,
                                      int              argc,
                                      char           **argv);
int koers_cli_command_retention       (KoersCliOptions *options,
                                       int              argc,
                                       char           **argv);

G_END_DECLS
