package dev.interceptor.bench;

import dev.interceptor.core.model.capture.CaptureFilters;
import dev.interceptor.core.model.capture.CompiledCaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Evaluating a compiled capture filter against one request, as routing does per capture. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CaptureFilterBenchmark {

  private static final String KEPT = "https://api.example.com/v1/orders/42?page=2&sort=desc";
  private static final String EXCLUDED = "https://cdn.example.com/assets/logo.png?v=3";

  private CompiledCaptureFilter filter =
      CompiledCaptureFilter.compile(CaptureFilters.of("", "", List.of(), Set.of()));

  @Setup
  public void prepare() {
    filter =
        CompiledCaptureFilter.compile(
            CaptureFilters.of(
                "/(api|graphql)/",
                "\\.(png|jpe?g|css|js)(\\?|$)",
                List.of("GET", "POST", "PUT"),
                Set.of(ResourceType.XHR, ResourceType.DOCUMENT)));
  }

  @Benchmark
  public Optional<String> urlKept() {
    return filter.rejection(KEPT, "POST", ResourceType.XHR);
  }

  @Benchmark
  public Optional<String> urlExcluded() {
    return filter.rejection(EXCLUDED, "GET", ResourceType.XHR);
  }
}
