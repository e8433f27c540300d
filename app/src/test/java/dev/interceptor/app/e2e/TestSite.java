package dev.interceptor.app.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The site the browser drives, on 127.0.0.1 only: {@code app.example.test}, {@code
 * api.example.test}, {@code example.test} and {@code other.test} all map to it, and it answers by
 * the {@code Host} header. Every request it receives is recorded, so the test can see what the
 * browser, newman and {@code interceptor replay} really sent.
 *
 * <p>Pages come from {@code src/test/resources/e2e/<host>.html}; each loads {@code
 * /static/site.js}, whose functions the test calls to make the {@code fetch} requests. Cookies are
 * set by the page responses and by {@code /auth/...} (outside the capture filter, so cookie sync is
 * seen to work on requests capture drops).
 */
final class TestSite implements AutoCloseable {

  /** One request as the site received it; header names are in lower case. */
  record Received(
      String method,
      String host,
      String pathAndQuery,
      Map<String, List<String>> headers,
      byte[] body) {

    String header(String name) {
      return String.join(", ", headers.getOrDefault(name, List.of()));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  private TestSite(HttpServer server) {
    this.server = server;
  }

  static TestSite start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    TestSite site = new TestSite(server);
    server.setExecutor(site.executor);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The origin of a host name mapped to this site, e.g. {@code http://app.example.test:PORT}. */
  String origin(String host) {
    return "http://" + host + ":" + port();
  }

  /** What the site received so far, oldest first. */
  List<Received> received() {
    return new ArrayList<>(received);
  }

  void forget() {
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String host = hostOf(exchange);
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      received.add(
          new Received(
              exchange.getRequestMethod(),
              host,
              query == null ? path : path + "?" + query,
              lowerCaseHeaders(exchange),
              body));

      route(exchange, host, path);
    }
  }

  private void route(HttpExchange exchange, String host, String path) throws IOException {
    if (path.equals("/")) {
      page(exchange, host);
    } else if (path.equals("/static/site.js")) {
      respond(exchange, 200, "text/javascript; charset=utf-8", resource("site.js"));
    } else if (path.startsWith("/auth/")) {
      auth(exchange, path);
    } else if (path.startsWith("/api/") || path.startsWith("/static/")) {
      api(exchange, path);
    } else {
      respond(exchange, 404, "text/plain; charset=utf-8", "not found");
    }
  }

  private void page(HttpExchange exchange, String host) throws IOException {
    List<String> cookies =
        switch (host) {
          case "app.example.test" ->
              List.of(
                  "session=s1; Domain=example.test; Path=/; HttpOnly",
                  "theme=dark; Path=/",
                  "lang=en; Path=/; Max-Age=3600");
          case "api.example.test" ->
              List.of(
                  "api_token=t1; Path=/; HttpOnly",
                  "region=eu; Domain=api.example.test; Path=/api",
                  "tmp=1; Path=/");
          case "example.test" -> List.of("apex=1; Path=/");
          case "other.test" -> List.of("foreign=1; Path=/", "tracker=9; Domain=other.test; Path=/");
          default -> List.of();
        };
    cookies.forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
    respond(exchange, 200, "text/html; charset=utf-8", resource(host + ".html"));
  }

  private void auth(HttpExchange exchange, String path) throws IOException {
    switch (path) {
      // Overwrites the domain cookie and expires a host-only one (Max-Age=0).
      case "/auth/rotate" -> {
        exchange.getResponseHeaders().add("Set-Cookie", "session=s2; Domain=example.test; Path=/");
        exchange.getResponseHeaders().add("Set-Cookie", "theme=; Path=/; Max-Age=0");
      }
      // Expires a subdomain cookie with a date in the past.
      case "/auth/logout" ->
          exchange
              .getResponseHeaders()
              .add("Set-Cookie", "tmp=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
      // Changes a cookie after its domain stopped being synced.
      case "/auth/late" ->
          exchange
              .getResponseHeaders()
              .add("Set-Cookie", "session=s3; Domain=example.test; Path=/");
      default -> {
        respond(exchange, 404, "text/plain; charset=utf-8", "no such auth step");
        return;
      }
    }
    respond(exchange, 200, "text/plain; charset=utf-8", "ok");
  }

  private void api(HttpExchange exchange, String path) throws IOException {
    int status =
        switch (exchange.getRequestMethod() + " " + path) {
          case "POST /api/orders" -> 201;
          case "DELETE /api/items/7" -> 204;
          case "POST /api/v2/events" -> 500;
          case "GET /api/v2/missing" -> 404;
          default -> 200;
        };
    if (status == 201) {
      exchange.getResponseHeaders().add("Location", "/api/orders/1");
      exchange.getResponseHeaders().add("X-Order-Id", "1");
    }
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    String json =
        "{\"method\":\""
            + exchange.getRequestMethod()
            + "\",\"path\":\""
            + path
            + "\",\"status\":"
            + status
            + "}";
    respond(exchange, status, "application/json", json);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String hostOf(HttpExchange exchange) {
    String host = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Host"), "");
    int colon = host.lastIndexOf(':');
    return (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<String>> lowerCaseHeaders(HttpExchange exchange) {
    Map<String, List<String>> headers = new java.util.TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return headers;
  }

  private static String resource(String name) {
    try (InputStream in = TestSite.class.getResourceAsStream("/e2e/" + name)) {
      if (in == null) {
        return "<!doctype html><meta charset=\"utf-8\"><title>" + name + "</title>";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
