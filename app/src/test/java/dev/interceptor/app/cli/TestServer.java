package dev.interceptor.app.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A JDK HTTP server on 127.0.0.1 that records each request it receives. It answers 200 with {@code
 * ok\n}, or, for a path given to {@link #redirect}, a redirect.
 */
final class TestServer implements AutoCloseable {

  /** One request as received. */
  record Received(
      String method, String rawPath, @Nullable String rawQuery, Headers headers, byte[] body) {

    @Nullable String header(String name) {
      return headers.getFirst(name);
    }

    List<String> all(String name) {
      List<String> values = headers.get(name);
      return values == null ? List.of() : List.copyOf(values);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private record Redirect(int status, String location) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Redirect> redirects = new ConcurrentHashMap<>();

  private TestServer(HttpServer server) {
    this.server = server;
  }

  static TestServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    TestServer test = new TestServer(server);
    server.createContext("/", test::handle);
    server.start();
    return test;
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://HOST:PORT}, for a host name the test resolver sends here. */
  String origin(String host) {
    return "http://" + host + ":" + port();
  }

  void redirect(String path, int status, String location) {
    redirects.put(path, new Redirect(status, location));
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  Received only() {
    if (received.size() != 1) {
      throw new AssertionError("expected one request, got " + received.size());
    }
    return received.get(0);
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

    Redirect redirect = redirects.get(exchange.getRequestURI().getRawPath());
    if (redirect != null) {
      exchange.getResponseHeaders().add("Location", redirect.location());
      exchange.sendResponseHeaders(redirect.status(), -1);
      exchange.close();
      return;
    }
    byte[] answer = "ok\n".getBytes(StandardCharsets.US_ASCII);
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.getResponseHeaders().add("X-Answer", "42");
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
