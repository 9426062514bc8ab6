/* koers-print.c: the pango set-up and the PDF writing the renderers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-print-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "koers-i18n.h"

typedef struct
{
  FILE   *file;
  GError *error;
} PdfWriter;

static cairo_status_t
write_to_file (void                *data,
               const unsigned char *bytes,
               unsigned int         length)
{
  PdfWriter *writer = data;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (fwrite (bytes, 1, length, writer->file) != length)
    {
      int saved_errno = errno;

      g_set_error_literal (&writer->error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_errno_error (GError **error)
{
  int saved_errno = errno;

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

PangoContext *
koers_print_create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Measure and draw with the same outlines, whatever the target: hinting that
   * snaps to a screen's pixels would make the measuring pass lie about paper. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

gboolean
koers_print_write_pdf (const char              *path,
                       double                   width,
                       double                   height,
                       const char              *title,
                       KoersPrintPaginateFunc   paginate,
                       KoersPrintRenderFunc     render,
                       gpointer                 user_data,
                       guint                   *n_pages,
                       GError                 **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  PdfWriter writer = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint pages;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (paginate != NULL && render != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second why it failed */
                   _("Could not write %s: %s. Choose a folder that exists and that you can write to."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  writer.file = fdopen (fd, "wb");
  if (writer.file == NULL)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second why it failed */
                   _("Could not write %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_file, &writer, width, height);
  /* Neutral metadata: no student's name leaves the page itself. */
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Koers");
  cr = cairo_create (surface);
  pages = paginate (cr, width, height, user_data);
  for (guint page = 0; page < pages; page++)
    {
      cairo_save (cr);
      render (cr, page, user_data);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && writer.error == NULL &&
      (fflush (writer.file) != 0 || fsync (fileno (writer.file)) != 0))
    set_errno_error (&writer.error);
  if (fclose (writer.file) != 0 && writer.error == NULL && status == CAIRO_STATUS_SUCCESS)
    set_errno_error (&writer.error);

  if (writer.error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error_literal (&writer.error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));

  if (writer.error == NULL && g_rename (tmp_path, path) != 0)
    set_errno_error (&writer.error);

  if (writer.error != NULL)
    {
      g_unlink (tmp_path);
      /* Translators: %s is a file name; the reason follows */
      g_propagate_prefixed_error (error, writer.error, _("Could not write %s: "), path);
      return FALSE;
    }

  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
