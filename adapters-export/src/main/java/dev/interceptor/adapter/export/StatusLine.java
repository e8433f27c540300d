package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedResponse;

/** The protocol version and reason phrase of a response's status line ("HTTP/1.1 200 OK"). */
record StatusLine(String httpVersion, String reason) {

  static final StatusLine NONE = new StatusLine("", "");

  static StatusLine parse(CapturedResponse response) {
    String[] parts = response.statusLine().strip().split(" ", 3);
    if (parts.length < 2 || !parts[0].toUpperCase(java.util.Locale.ROOT).startsWith("HTTP/")) {
      return NONE;
    }
    return new StatusLine(parts[0], parts.length == 3 ? parts[2] : "");
  }
}
