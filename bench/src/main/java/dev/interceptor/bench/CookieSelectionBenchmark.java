package dev.interceptor.bench;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSelection;
import dev.interceptor.core.model.cookie.CookieSelector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Choosing the cookies a request would send (RFC 6265 5.4) out of a jar's candidates. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CookieSelectionBenchmark {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final String URL = "https://shop.example.com/cart/items?page=1";

  @Param({"20", "500"})
  public int candidates;

  private List<Cookie> jar = List.of();

  @Setup
  public void prepare() {
    List<Cookie> cookies = new ArrayList<>();
    String[] domains = {"example.com", "shop.example.com", "api.example.com", "other.test"};
    String[] paths = {"/", "/cart", "/cart/items", "/account"};
    for (int i = 0; i < candidates; i++) {
      String domain = domains[i % domains.length];
      cookies.add(
          new Cookie(
              "c" + i,
              "value-" + i,
              domain,
              i % 3 == 0,
              paths[(i / 4) % paths.length],
              i % 2 == 0,
              false,
              "lax",
              i % 5 == 0 ? NOW.minusSeconds(60) : NOW.plusSeconds(3_600),
              Cookie.DEFAULT_STORE,
              null,
              NOW.minusSeconds(i)));
    }
    jar = List.copyOf(cookies);
  }

  @Benchmark
  public CookieSelection select() {
    return CookieSelector.select(URL, jar, NOW);
  }
}
