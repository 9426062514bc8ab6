/* koers-cli-passphrase.h: where koers-cli gets the passphrase from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_CLI_PASSPHRASE_UNLOCK,
  KOERS_CLI_PASSPHRASE_NEW,      /* asks twice when it asks */
} KoersCliPassphraseMode;

/* From @file, else the file named by $KOERS_PASSPHRASE_FILE, else a prompt on the
 * terminal without echo. Never from argv: the command line is visible to every
 * user of the machine. Free the result with koers_passphrase_free(). */
char *koers_cli_read_passphrase (const char              *file,
                                 KoersCliPassphraseMode   mode,
                                 GError                 **error);

G_END_DECLS
