package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the one-line bash command that sends a captured request again with curl. */
final class CurlCommand {

  /** curl asks for 100-continue above this body size; the browser did not. */
  private static final int EXPECT_THRESHOLD = 1024;

  private CurlCommand() {}

  static String of(CapturedRequest request) {
    BodyView body = BodyView.of(request);
    boolean multipartFields = body.isForm() && body.isMultipart() && !body.isEmpty();
    List<String> words = new ArrayList<>();
    String stdin = "";

    words.add("curl");
    // curl reads [] and {} in a URL as a glob pattern.
    if (request.url().matches(".*[\\[\\]{}].*")) {
      words.add("--globoff");
    }
    // --request HEAD would make curl wait for a body that never comes.
    if (request.method().equals("HEAD")) {
      words.add("--head");
    } else {
      words.add("--request");
      words.add(ShellQuoting.quote(request.method()));
    }
    words.add("--url");
    words.add(ShellQuoting.quote(request.url()));

    for (HttpHeader header : request.requestHeaders()) {
      if (!HeaderRules.replayable(header.name())
          || multipartFields && header.name().equalsIgnoreCase("Content-Type")) {
        continue;
      }
      words.add("--header");
      words.add(headerWord(header));
    }

    if (!body.isEmpty()) {
      if (!body.hasContentType() && !multipartFields) {
        // Without this curl would add "application/x-www-form-urlencoded".
        words.add("--header");
        words.add(ShellQuoting.quote("Content-Type:"));
      }
      if (request.requestHeader("Expect").isEmpty() && body.bytes().length > EXPECT_THRESHOLD) {
        words.add("--header");
        words.add(ShellQuoting.quote("Expect:"));
      }
      stdin = addBody(words, body, multipartFields);
    }
    return stdin + String.join(" ", words);
  }

  // C32: "Name;" is curl's syntax for a header with an empty value; "Name:" would remove it.
  private static String headerWord(HttpHeader header) {
    String line =
        header.value().isEmpty() ? header.name() + ";" : header.name() + ": " + header.value();
    return ShellQuoting.quote(line);
  }

  /** Adds the body options and returns what must be piped into curl, if anything. */
  private static String addBody(List<String> words, BodyView body, boolean multipartFields) {
    if (multipartFields) {
      for (FormField field : body.formFields()) {
        words.add("--form-string");
        words.add(ShellQuoting.quote(field.name() + "=" + field.value()));
      }
      return "";
    }
    if (body.isForm()) {
      words.add("--data-raw");
      words.add(ShellQuoting.quote(FormEncoding.encode(body.formFields())));
      return "";
    }

    byte[] bytes = body.bytes();
    Optional<String> text = body.text();
    if (text.isPresent() && ShellQuoting.printable(text.get())) {
      words.add("--data-raw");
      words.add(ShellQuoting.quote(text.get()));
      return "";
    }
    if (!containsNul(bytes)) {
      words.add("--data-binary");
      words.add(ShellQuoting.ansiC(bytes, text.isPresent()));
      return "";
    }
    words.add("--data-binary");
    words.add("@-");
    return "printf " + ShellQuoting.printfFormat(bytes) + " | ";
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
