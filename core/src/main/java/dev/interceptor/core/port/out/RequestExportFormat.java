package dev.interceptor.core.port.out;

import dev.interceptor.core.model.export.RequestExport;
import java.io.OutputStream;

/**
 * One file format for exporting captured requests (HAR, Postman, cURL). Each format is its own
 * adapter; the set of formats is open.
 */
public interface RequestExportFormat {

  /** The name users type after {@code --format}, in lower case. */
  String name();

  /** Writes the export to {@code out} (not closed). Throws {@link ExportException}. */
  void export(RequestExport export, OutputStream out);
}
