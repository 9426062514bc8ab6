/* main.c: the koers program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-application.h"
#include "koers-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KoersApplication) app = NULL;

  koers_i18n_init ();

  app = koers_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
