/* koers-cli.h: what the command files of koers-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* Exit statuses scripts can rely on. */
enum
{
  EXIT_OK = 0,
  EXIT_ERROR = 1,
  EXIT_WRONG_PASSPHRASE = 2,
  EXIT_USAGE = 64,
};

typedef struct
{
  char *database;
  char *passphrase_file;
} KoersCliOptions;

/* For koers_cli_parse_command_options(): any number of arguments but none. */
#define KOERS_CLI_ONE_OR_MORE (-1)
/* Any number of arguments: the command checks them itself. */
#define KOERS_CLI_ANY_NUMBER (-2)

/* Prints the error; returns the exit status for it (2 for a wrong passphrase). */
int         koers_cli_fail                  (GError           *error);
/* Prints @message and a pointer to --help; returns EXIT_USAGE. */
int         koers_cli_usage_error           (const char       *message);
/* @text with every control character (tab, line break) turned into a space, for
 * one tab-separated record a line. */
char       *koers_cli_one_line              (const char       *text);
/* --database, or the default notebook. */
const char *koers_cli_database_path         (KoersCliOptions  *options);
KoersStore *koers_cli_open_store            (KoersCliOptions  *options,
                                             GError          **error);
/* Parses the command's own options; @argv[0] is the command, then exactly
 * @n_positional arguments (or KOERS_CLI_ONE_OR_MORE). */
gboolean    koers_cli_parse_command_options (const char       *command,
                                             GOptionEntry     *entries,
                                             int              *argc,
                                             char           ***argv,
                                             int               n_positional,
                                             GError          **error);

G_END_DECLS
