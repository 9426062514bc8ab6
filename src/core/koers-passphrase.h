/* koers-passphrase.h: judging and forgetting passphrases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KOERS_PASSPHRASE_EMPTY,
  KOERS_PASSPHRASE_WEAK,
  KOERS_PASSPHRASE_GOOD,
} KoersPassphraseStrength;

/* A weak passphrase is allowed (the user decides), but @reason says why it is weak. */
KoersPassphraseStrength koers_passphrase_check (const char  *passphrase,
                                                const char **reason);
/* Overwrites the bytes so the passphrase does not linger in memory, then frees. */
void                    koers_passphrase_free  (char        *passphrase);
void                    koers_passphrase_wipe  (char        *passphrase);

G_END_DECLS
