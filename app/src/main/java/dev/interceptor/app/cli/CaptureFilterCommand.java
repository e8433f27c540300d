package dev.interceptor.app.cli;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureFilter;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor capture filter}: which requests capture keeps. */
@Command(
    name = "filter",
    description = {
      "Choose which requests capture keeps. Each option replaces its part of the filter in force;"
          + " the other parts stay. Without options, prints the filter in force.",
      "",
      "Patterns are RE2 regular expressions searched anywhere in the full URL, query included:"
          + " 'example\\.com' also matches https://example.com.evil.test/, so anchor the host,"
          + " e.g. '^https://([^/]+\\.)?example\\.com/'. An invalid pattern is refused and the"
          + " filter in force stays.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor capture filter --url '^https://api\\.example\\.com/' --method GET,POST")
final class CaptureFilterCommand implements Callable<Integer> {

  // RFC 9110 5.6.2: a method is a token.
  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  @Option(
      names = "--url",
      paramLabel = "REGEX",
      description = "Keep only URLs with a match; '' keeps every URL.")
  @Nullable String include;

  @Option(
      names = "--exclude",
      paramLabel = "REGEX",
      description = "Drop URLs with a match; '' drops none.")
  @Nullable String exclude;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      split = ",",
      description = "Keep only these methods, compared without case; '' keeps every method.")
  @Nullable List<String> methods;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      description = {
        "Keep only these resource types; '' keeps every type.",
        "Types: xhr (or fetch), document, script, stylesheet, image, font, media, websocket,"
            + " other."
      })
  @Nullable List<String> types;

  @Option(names = "--clear", description = "Start from the filter that keeps every request.")
  boolean clear;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final SettingsStore settings;
  private final SettingsChanges changes;

  @Inject
  CaptureFilterCommand(SettingsStore settings, SettingsChanges changes) {
    this.settings = settings;
    this.changes = changes;
  }

  @Override
  public Integer call() {
    CaptureFilter current = settings.load().capture().filter();
    boolean changing = clear || include != null || exclude != null || methods != null;
    if (!changing && types == null) {
      return show(current);
    }

    CaptureFilter base = clear ? CaptureFilter.ALL : current;
    CaptureFilter filter =
        new CaptureFilter(
            include == null ? base.include() : pattern("--url", include),
            exclude == null ? base.exclude() : pattern("--exclude", exclude),
            methods == null ? base.methods() : methods(methods),
            types == null ? base.types() : types(types));

    return changes.apply(
        new SetCaptureFilter(filter),
        json,
        s -> changes.printer().line("Capture keeps " + SettingsText.filter(filter) + "."));
  }

  private int show(CaptureFilter current) {
    if (json) {
      changes.jsonOutput().print(SettingsView.FilterView.of(current));
    } else {
      changes.printer().line("Capture keeps " + SettingsText.filter(current) + ".");
    }
    return ExitCode.OK.code();
  }

  // Refused here, before anything is saved, so that the filter in force stays.
  private static String pattern(String option, String regex) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          option
              + " pattern '"
              + regex
              + "' is not a valid RE2 regular expression ("
              + e.getDescription()
              + "); the filter in force stays",
          e);
    }
  }

  private static Set<String> methods(List<String> names) {
    Set<String> methods = new LinkedHashSet<>();
    for (String name : nonEmpty(names)) {
      if (!TOKEN.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "--method '" + name + "' is not an HTTP method name (RFC 9110 token)");
      }
      methods.add(name.toUpperCase(Locale.ROOT));
    }
    return methods;
  }

  private static Set<ResourceType> types(List<String> names) {
    Set<ResourceType> types = EnumSet.noneOf(ResourceType.class);
    for (String name : nonEmpty(names)) {
      types.add(ResourceType.fromFilter(name));
    }
    return types;
  }

  private static List<String> nonEmpty(List<String> values) {
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (!value.isBlank()) {
        kept.add(value.strip());
      }
    }
    return kept;
  }
}
