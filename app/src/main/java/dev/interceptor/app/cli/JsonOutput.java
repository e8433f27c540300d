package dev.interceptor.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Prints {@code --json} results: one pretty-printed JSON document per command. */
@Singleton
final class JsonOutput {

  static final String OPTION = "--json";
  static final String HELP = "Print JSON for scripts instead of text for people.";

  private final CliPrinter printer;
  private @Nullable ObjectMapper mapper;

  @Inject
  JsonOutput(CliPrinter printer) {
    this.printer = printer;
  }

  void print(Object view) {
    try {
      printer.line(mapper().writeValueAsString(view));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write JSON output", e);
    }
  }

  /** Prints one JSON document on one line, for streams of records such as {@code watch}. */
  void printLine(Object view) {
    try {
      printer.line(
          mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(view));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write JSON output", e);
    }
  }

  // Built on first use: most commands print tables, and a mapper costs start-up time.
  private ObjectMapper mapper() {
    ObjectMapper built = mapper;
    if (built == null) {
      built = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      mapper = built;
    }
    return built;
  }
}
