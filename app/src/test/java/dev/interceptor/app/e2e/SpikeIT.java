package dev.interceptor.app.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeIT {
  @Test
  void spike() throws Exception {
    Path tmp = Files.createTempDirectory("spike");
    long t0 = System.nanoTime();
    try (TestSite site = TestSite.start();
        HeadlessChromium b =
            HeadlessChromium.start(
                tmp.resolve("profile"),
                Path.of("../extension").toAbsolutePath().normalize(),
                Map.of("INTERCEPTOR_HOME", tmp.resolve("home").toString()),
                tmp.resolve("chrome.log"))) {
      System.out.println("started " + (System.nanoTime() - t0) / 1e6 + " browser pid " + b.process().pid());
      b.open(site.origin("app.example.test") + "/");
      System.out.println(b.call("appRequests"));
      b.open(site.origin("api.example.test") + "/");
      System.out.println(b.call("apiRequests"));
      b.open(site.origin("example.test") + "/");
      b.open(site.origin("other.test") + "/");
      System.out.println(b.call("otherRequests"));
      b.cookies().forEach(c -> System.out.println(c));
      site.received().forEach(r -> System.out.println(r.method() + " " + r.host() + r.pathAndQuery() + " " + r.header("cookie") + " " + r.header("user-agent")));
      b.terminate();
      System.out.println("terminated " + (System.nanoTime() - t0) / 1e6);
    }
    System.out.println(Files.readString(tmp.resolve("chrome.log")).lines().filter(l -> l.contains("CONSOLE") || l.contains("ERROR")).limit(30).toList());
  }
}
