package dev.interceptor.app.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, with the unpacked extension, driven through Debian's chromedriver.
 * Both binaries are named explicitly, so Selenium never tries to download a driver or a browser.
 *
 * <p>The browser's environment carries {@code INTERCEPTOR_HOME}: the host it starts through the
 * native messaging manifest then uses the test's data directory. {@link #terminate()} sends SIGTERM
 * to the browser process itself, as a user's session ending would.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/lib/chromium/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final ProcessHandle browser;

  private HeadlessChromium(ChromeDriver driver, ProcessHandle browser) {
    this.driver = driver;
    this.browser = browser;
  }

  /** Fails with what to do when the Debian packages are missing. */
  static void requireInstalled() {
    for (Path binary : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(binary)) {
        throw new AssertionError(
            binary
                + " is missing: the end-to-end test needs Debian's chromium and chromium-driver;"
                + " run .ci/run (CI installs them) or apt-get install -y chromium chromium-driver");
      }
    }
  }

  static HeadlessChromium start(
      Path userDataDir, Path extension, Map<String, String> environment, Path log) {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // With "none" chromedriver never waits on a tab's pending navigations; open() waits itself.
    options.setPageLoadStrategy(PageLoadStrategy.NONE);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1,"
            + " MAP other.test 127.0.0.1",
        "--user-data-dir=" + userDataDir,
        "--load-extension=" + extension,
        "--disable-extensions-except=" + extension);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(environment)
            .withLogFile(log.toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
      // Navigating the tab the browser opened with hangs when an extension is loaded; a new one
      // does not.
      driver.switchTo().newWindow(WindowType.TAB);
      return new HeadlessChromium(driver, browserProcess(userDataDir));
    } catch (RuntimeException | AssertionError e) {
      driver.quit();
      throw e;
    }
  }

  /** Loads a page and waits until its scripts have run (DOMContentLoaded). */
  void open(String url) {
    driver.get(url);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!loaded(url)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("page " + url + " did not load within 20 s");
      }
      sleep(Duration.ofMillis(20));
    }
  }

  private boolean loaded(String url) {
    Object state =
        driver.executeScript(
            "return location.href === arguments[0] && document.readyState !== 'loading';", url);
    return Boolean.TRUE.equals(state);
  }

  /**
   * Calls one of the page's async functions (from {@code site.js}); returns the lines it resolved
   * with, one per request: method, path and status.
   */
  List<String> call(String function) {
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + function
                + "().then(done, e => done(['failed: ' + e]));");
    List<String> lines = new ArrayList<>();
    ((List<?>) Objects.requireNonNull(result, function)).forEach(l -> lines.add(String.valueOf(l)));
    return lines;
  }

  /** Every cookie of the profile, in Chrome DevTools Protocol form, as the browser sees it. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> cookies() {
    Map<String, Object> result = driver.executeCdpCommand("Storage.getCookies", Map.of());
    return (List<Map<String, Object>>) result.get("cookies");
  }

  /** The cookies the browser would send to {@code url}. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> cookiesFor(String url) {
    Map<String, Object> result =
        driver.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(url)));
    return (List<Map<String, Object>>) result.get("cookies");
  }

  ProcessHandle process() {
    return browser;
  }

  /**
   * SIGTERM to the browser, then waits until it has exited. Chromedriver, its parent, reaps it only
   * when the session ends, so a zombie counts as exited.
   */
  void terminate() throws InterruptedException {
    browser.destroy();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (browser.isAlive() && !isZombie(browser)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Chromium did not exit within 15 s of SIGTERM");
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (WebDriverException e) {
      // The browser is already gone after terminate(); quitting still stops chromedriver.
    }
    if (browser.isAlive()) {
      browser.destroyForcibly();
    }
  }

  // The browser process is chromedriver's child; the renderers and helpers carry --type=.
  private static ProcessHandle browserProcess(Path userDataDir) {
    String marker = "--user-data-dir=" + userDataDir;
    Optional<ProcessHandle> found =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().map(c -> c.equals(BROWSER.toString())).orElse(false))
            .filter(p -> commandLine(p).contains(marker) && !commandLine(p).contains("--type="))
            .findFirst();
    return found.orElseThrow(
        () -> new AssertionError("no Chromium browser process found under chromedriver"));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the browser", e);
    }
  }

  private static boolean isZombie(ProcessHandle process) {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }

  private static String commandLine(ProcessHandle process) {
    try {
      byte[] raw = Files.readAllBytes(new File("/proc/" + process.pid() + "/cmdline").toPath());
      return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }
}
