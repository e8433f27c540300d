package dev.interceptor.adapter.export;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** A local HTTP server on 127.0.0.1 that records every request it receives and answers 200. */
final class RecordingServer implements AutoCloseable {

  /** One request as received: method, raw path and query, headers and body bytes. */
  record Received(
      String method, String rawPath, @Nullable String rawQuery, Headers headers, byte[] body) {

    String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private RecordingServer(HttpServer server) {
    this.server = server;
  }

  static RecordingServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    RecordingServer recording = new RecordingServer(server);
    server.createContext("/", recording::handle);
    server.start();
    return recording;
  }

  /** The server's origin, {@code http://127.0.0.1:PORT}. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders(),
            body));

    byte[] answer = "ok\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.sendResponseHeaders(200, head ? -1 : answer.length);
    if (!head) {
      exchange.getResponseBody().write(answer);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
