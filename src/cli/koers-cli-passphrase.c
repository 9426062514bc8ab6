/* koers-cli-passphrase.c: where koers-cli gets the passphrase from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-cli-passphrase.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <gio/gio.h>

#include "koers-i18n.h"
#include "koers-passphrase.h"

#define MAX_PASSPHRASE 1024

static char *
read_from_file (const char  *path,
                GError     **error)
{
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, error))
    {
      g_prefix_error (error, _("Cannot read the passphrase file: "));
      return NULL;
    }

  /* One trailing newline is what editors and `echo` add; it is not part of it. */
  if (len > 0 && contents[len - 1] == '\n')
    contents[--len] = '\0';
  if (len > 0 && contents[len - 1] == '\r')
    contents[--len] = '\0';

  if (strlen (contents) != len)
    {
      koers_passphrase_free (contents);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The passphrase file %s contains a NUL byte."), path);
      return NULL;
    }

  return contents;
}

static char *
prompt_tty (const char  *prompt,
            GError     **error)
{
  struct termios old_attr, new_attr;
  char buffer[MAX_PASSPHRASE];
  int fd;
  FILE *tty;
  char *result = NULL;

  fd = open ("/dev/tty", O_RDWR | O_CLOEXEC);
  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("No passphrase given and no terminal to ask for one. "
                             "Use --passphrase-file FILE or set KOERS_PASSPHRASE_FILE."));
      return NULL;
    }

  tty = fdopen (fd, "r+");
  if (tty == NULL)
    {
      close (fd);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, g_strerror (errno));
      return NULL;
    }

  fputs (prompt, tty);
  fflush (tty);

  if (tcgetattr (fd, &old_attr) == 0)
    {
      new_attr = old_attr;
      new_attr.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (fd, TCSAFLUSH, &new_attr);
    }

  if (fgets (buffer, sizeof buffer, tty) != NULL)
    {
      buffer[strcspn (buffer, "\r\n")] = '\0';
      result = g_strdup (buffer);
    }
  else
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("No passphrase was entered."));
    }

  tcsetattr (fd, TCSAFLUSH, &old_attr);
  fputc ('\n', tty);
  fclose (tty);
  explicit_bzero (buffer, sizeof buffer);
  return result;
}

char *
koers_cli_read_passphrase (const char              *file,
                           KoersCliPassphraseMode   mode,
                           GError                 **error)
{
  char *first, *second;

  if (file == NULL)
    file = g_getenv ("KOERS_PASSPHRASE_FILE");
  if (file != NULL && *file != '\0')
    return read_from_file (file, error);

  first = prompt_tty (mode == KOERS_CLI_PASSPHRASE_NEW ? _("New passphrase: ") : _("Passphrase: "),
                      error);
  if (first == NULL || mode != KOERS_CLI_PASSPHRASE_NEW)
    return first;

  second = prompt_tty (_("Repeat the passphrase: "), error);
  if (second == NULL)
    {
      koers_passphrase_free (first);
      return NULL;
    }

  if (strcmp (first, second) != 0)
    {
      koers_passphrase_free (first);
      koers_passphrase_free (second);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The passphrases do not match. Nothing was created."));
      return NULL;
    }

  koers_passphrase_free (second);
  return first;
}
