package dev.interceptor.adapter.export;

import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.port.out.ExportException;
import dev.interceptor.core.port.out.RequestExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one curl command per request, one per line, each of which runs unchanged in bash and sends
 * the captured method, URL, headers and body byte for byte.
 *
 * <p>Bodies of printable text are single-quoted ({@code --data-raw}); bodies with control bytes use
 * bash's {@code $'...'} quoting ({@code --data-binary}); bodies holding NUL bytes, which no shell
 * word can carry, are piped in from {@code printf}. {@code Content-Length} and HTTP/2
 * pseudo-headers are left to curl. Commands are streamed; instances hold no state.
 */
public final class CurlExportFormat implements RequestExportFormat {

  @Override
  public String name() {
    return "curl";
  }

  @Override
  public void export(RequestExport export, OutputStream out) {
    try {
      for (ExportedRequest exported : export.requests()) {
        String command =
            CurlCommand.of(SecretRedaction.apply(exported.request(), export.includeSecrets()));
        out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    } catch (IOException e) {
      throw new ExportException("could not write the cURL export: " + e.getMessage(), e);
    }
  }
}
