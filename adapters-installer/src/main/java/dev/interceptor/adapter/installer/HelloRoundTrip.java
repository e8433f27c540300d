package dev.interceptor.adapter.installer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interceptor.adapter.installer.ProcessPort.RunningProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts the host as the browser would and exchanges {@code hello} and {@code welcome}. */
final class HelloRoundTrip {

  static final int PROTOCOL_VERSION = 1;

  private final OsFamily os;
  private final ProcessPort processes;

  HelloRoundTrip(OsFamily os, ProcessPort processes) {
    this.os = os;
    this.processes = processes;
  }

  /**
   * The command line the browser uses: Chromium passes the caller's origin (and on Windows a parent
   * window handle, 0 from a service worker), Firefox the manifest path and the add-on id. Chrome
   * starts a batch file through cmd.exe.
   */
  List<String> command(
      BrowserFamily family, String launcher, String manifestPath, String extensionId) {
    List<String> arguments = new ArrayList<>();
    if (family == BrowserFamily.CHROMIUM) {
      arguments.add(ExtensionIds.origin(extensionId));
      if (os == OsFamily.WINDOWS) {
        arguments.add("--parent-window=0");
      }
    } else {
      arguments.add(manifestPath);
      arguments.add(extensionId);
    }
    String lower = launcher.toLowerCase(Locale.ROOT);
    if (os == OsFamily.WINDOWS && (lower.endsWith(".bat") || lower.endsWith(".cmd"))) {
      // cmd /s strips the outer quotes and runs the rest as typed.
      String line = "\"\"" + launcher + "\" " + String.join(" ", arguments) + "\"";
      return List.of("cmd.exe", "/d", "/s", "/c", line);
    }
    List<String> command = new ArrayList<>();
    command.add(launcher);
    command.addAll(arguments);
    return command;
  }

  RoundTrip run(String browser, List<String> command, String launcher, Duration timeout) {
    String fix =
        "run the launcher by hand to see its error: '"
            + launcher
            + "' and check the host's log in the data folder";
    long start = System.nanoTime();
    ExecutorService reader = Executors.newSingleThreadExecutor(HelloRoundTrip::daemon);
    try (RunningProcess host = processes.start(command, os.parent(launcher))) {
      sendHello(host.stdin(), browser);
      Future<JsonNode> reply = reader.submit(() -> HelloFrames.read(host.stdout()));
      try {
        JsonNode frame = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return judge(browser, command, frame, elapsed(start), fix);
      } catch (TimeoutException e) {
        return failed(
            browser,
            command,
            start,
            "no answer within " + timeout.toMillis() + " ms" + stderr(host),
            fix);
      } catch (ExecutionException e) {
        int code = host.exitCode(1_000);
        String exit = code >= 0 ? " (exit code " + code + ")" : "";
        return failed(
            browser,
            command,
            start,
            "the host ended the exchange" + exit + ": " + e.getCause().getMessage() + stderr(host),
            fix);
      }
    } catch (IOException | InstallerException e) {
      return failed(browser, command, start, "cannot talk to the host: " + e.getMessage(), fix);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(browser, command, start, "interrupted", fix);
    } finally {
      reader.shutdownNow();
    }
  }

  private static void sendHello(OutputStream stdin, String browser) throws IOException {
    Map<String, Object> hello = new LinkedHashMap<>();
    hello.put("type", "hello");
    hello.put("protocolVersion", PROTOCOL_VERSION);
    hello.put("extensionVersion", "doctor");
    hello.put("browser", browser);
    hello.put("profile", "doctor");
    stdin.write(HelloFrames.encode(hello));
    stdin.flush();
  }

  private static RoundTrip judge(
      String browser, List<String> command, JsonNode frame, long millis, String fix) {
    String type = frame.path("type").asText();
    if (type.equals("welcome")) {
      return new RoundTrip(
          CheckStatus.PASS, browser, command, millis, "welcome in " + millis + " ms", "");
    }
    String detail = "expected welcome, got '" + type + "'";
    if (type.equals("error")) {
      detail += ": " + frame.path("code").asText() + " " + frame.path("reason").asText();
    }
    return new RoundTrip(CheckStatus.FAIL, browser, command, millis, detail, fix);
  }

  private static RoundTrip failed(
      String browser, List<String> command, long start, String detail, String fix) {
    return new RoundTrip(CheckStatus.FAIL, browser, command, elapsed(start), detail, fix);
  }

  private static String stderr(RunningProcess host) {
    String tail = host.stderrTail();
    return tail.isEmpty() ? "" : "; stderr: " + tail.replace('\n', ' ');
  }

  private static long elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "doctor-hello-reader");
    thread.setDaemon(true);
    return thread;
  }
}
