/* koers-fuzz.h: what the fuzz targets share
 *
 * Each target defines LLVMFuzzerInitialize() and LLVMFuzzerTestOneInput(). Built
 * with clang's -fsanitize=fuzzer they are libFuzzer programs; built with
 * fuzz-replay.c they replay the corpus and the regression files as a normal test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "koers-store.h"

G_BEGIN_DECLS

/* A raw SQLCipher key: notebooks under it open without the key derivation, which
 * would otherwise cost a tenth of a second an input. */
#define KOERS_FUZZ_KEY "x'6b6f6572732d66757a7a2d6b65792d6f6e6c792d666f722d7465737473212121'"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A private folder for the life of the process, removed at exit. */
const char *koers_fuzz_dir          (void);
/* A new empty notebook under KOERS_FUZZ_KEY at @path. */
void        koers_fuzz_create_notebook (const char *path);
/* Opens a fresh copy of @template as @path. */
KoersStore *koers_fuzz_open_copy    (const char *template_path,
                                     const char *path);
/* Aborts unless integrity_check and foreign_key_check find nothing: whatever the
 * input was, the notebook must stay sound. */
void        koers_fuzz_assert_sound (KoersStore *store);
/* Stops the process with a message; libFuzzer then keeps the input. */
G_NORETURN void koers_fuzz_fail     (const char *format,
                                     ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
