package dev.interceptor.app.cli;

import dev.interceptor.core.port.out.CookieExportFormat;
import dev.interceptor.core.port.out.RequestExportFormat;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The export formats bound in the injector, chosen by the name typed after {@code --format}. */
final class ExportFormats {

  private final Set<RequestExportFormat> requestFormats;
  private final Set<CookieExportFormat> cookieFormats;

  @Inject
  ExportFormats(Set<RequestExportFormat> requestFormats, Set<CookieExportFormat> cookieFormats) {
    this.requestFormats = requestFormats;
    this.cookieFormats = cookieFormats;
  }

  /** The request format of that name; an unknown name is a usage error naming the known ones. */
  RequestExportFormat request(String name) {
    return pick(requestFormats, RequestExportFormat::name, name);
  }

  /** The cookie format of that name; an unknown name is a usage error naming the known ones. */
  CookieExportFormat cookie(String name) {
    return pick(cookieFormats, CookieExportFormat::name, name);
  }

  private static <F> F pick(Collection<F> formats, Function<F, String> nameOf, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (F format : formats) {
      if (nameOf.apply(format).equals(wanted)) {
        return format;
      }
    }

    String known = formats.stream().map(nameOf).sorted().collect(Collectors.joining(", "));
    throw new CliFailure(
        ExitCode.USAGE, "unknown export format '" + name + "': choose one of " + known);
  }
}
