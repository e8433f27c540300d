import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes the image's AppCDS archive, as a build step run with {@code java TrainImage.java}.
 *
 * <p>A training run starts the image's own launcher (so the class path is exactly the launcher's,
 * jars only) and records the classes it loaded. Then the same launcher dumps a static archive of
 * them into the image, where the launcher's options expect it. With the training {@code host}, the
 * run is a browser's: a short session (hello, a capture, a cookie snapshot, a ping) is spoken
 * as the companion extension, which a fresh store allows, and the build fails when the host does
 * not answer as the protocol says. Any other training is a command line, such as {@code status}, that must exit 0.
 *
 * <p>Arguments: the image's root folder, the application name, the extension id to call as, a
 * work folder, and the training.
 */
public final class TrainImage {

  private static final long TIMEOUT_SECONDS = 60;

  public static void main(String[] args) throws Exception {
    Path image = Path.of(args[0]);
    String name = args[1];
    String extensionId = args[2];
    Path work = Path.of(args[3]).toAbsolutePath();
    List<String> training = List.of(args[4].trim().split("\\s+"));

    Path launcher = launcher(image, name);
    Path archive = appDir(image).resolve(name + ".jsa");
    Path classList = work.resolve("classes.lst");
    Files.createDirectories(work.resolve("home"));
    Files.deleteIfExists(archive);

    if (training.equals(List.of("host"))) {
      // The first session finds no settings mirror and writes it; the second, recorded, answers
      // hello from the mirror before the rest starts, as every later start does.
      train(launcher, extensionId, work, null);
      train(launcher, extensionId, work, classList);
    } else {
      run(launcher, training, work, classList);
    }
    dump(launcher, work, classList, archive);
    // Kept in the image: a package installed elsewhere makes its own archive from it.
    Files.copy(
        classList,
        appDir(image).resolve(name + ".classlist"),
        StandardCopyOption.REPLACE_EXISTING);
    System.out.println("AppCDS archive " + archive + " (" + Files.size(archive) / 1024 + " KiB)");
  }

  /** One browser session, recording the classes it loads when {@code classList} is given. */
  private static void train(Path launcher, String extensionId, Path work, Path classList)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toString(), "chrome-extension://" + extensionId + "/");
    isolate(builder, work);
    if (classList != null) {
      builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList);
    }
    builder.redirectError(work.resolve("training.stderr").toFile());
    Process host = builder.start();

    try (OutputStream toHost = host.getOutputStream();
        InputStream fromHost = host.getInputStream()) {
      send(toHost, hello());
      expect(fromHost, "\"welcome\"", host, work);

      send(toHost, capture());
      send(toHost, snapshot());
      send(toHost, "{\"type\":\"ping\",\"id\":1}");
      expect(fromHost, "\"pong\"", host, work);
      expect(fromHost, "\"ack\"", host, work);
    }

    if (!host.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      host.destroyForcibly();
      fail("the host did not exit after its input closed", work);
    }
    if (host.exitValue() != 0) {
      fail("the host exited with " + host.exitValue(), work);
    }
    if (classList != null && !Files.isRegularFile(classList)) {
      fail("the training run wrote no class list", work);
    }
  }

  /** Runs one command line, recording the classes it loads when {@code classList} is given. */
  private static void run(Path launcher, List<String> words, Path work, Path classList)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(words);
    ProcessBuilder builder = new ProcessBuilder(command);
    isolate(builder, work);
    if (classList != null) {
      builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList);
    }
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve("training.stderr").toFile());
    Process process = builder.start();
    process.getOutputStream().close();

    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("'" + String.join(" ", words) + "' did not finish", work);
    }
    if (process.exitValue() != 0) {
      fail("'" + String.join(" ", words) + "' exited with " + process.exitValue(), work);
    }
  }

  private static void dump(Path launcher, Path work, Path classList, Path archive)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(launcher.toString());
    isolate(builder, work);
    builder
        .environment()
        .put(
            "JAVA_TOOL_OPTIONS",
            "-Xshare:dump -XX:SharedClassListFile="
                + classList
                + " -XX:SharedArchiveFile="
                + archive);
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve("dump.log").toFile());
    Process dumper = builder.start();
    dumper.getOutputStream().close();

    if (!dumper.waitFor(TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)) {
      dumper.destroyForcibly();
      fail("the archive dump did not finish", work);
    }
    if (dumper.exitValue() != 0 || !Files.isRegularFile(archive)) {
      fail("the archive dump failed with " + dumper.exitValue(), work);
    }
  }

  /** A throw-away home, so that training neither reads nor writes the builder's own data. */
  private static void isolate(ProcessBuilder builder, Path work) {
    String home = work.resolve("home").toAbsolutePath().toString();
    Map<String, String> env = builder.environment();
    env.put("HOME", home);
    env.put("USERPROFILE", home);
    env.put("APPDATA", home);
    env.put("LOCALAPPDATA", home);
    env.put("XDG_DATA_HOME", home + "/data");
    env.put("XDG_CONFIG_HOME", home + "/config");
    env.put("XDG_STATE_HOME", home + "/state");
    env.put("XDG_CACHE_HOME", home + "/cache");
    env.put("INTERCEPTOR_HOME", home + "/interceptor");
    env.remove("JDK_JAVA_OPTIONS");
  }

  private static String hello() {
    return "{\"type\":\"hello\",\"protocolVersion\":1,\"extensionVersion\":\"0.0.0\","
        + "\"browser\":\"chrome\",\"profile\":\"training\"}";
  }

  private static String capture() {
    return "{\"type\":\"capture\",\"id\":\"training-1\",\"time\":1718009011123.5,"
        + "\"url\":\"https://api.example.com/v1/orders?page=2\",\"method\":\"POST\","
        + "\"requestHeaders\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"}],"
        + "\"body\":{\"text\":\"{\\\"sku\\\":\\\"A-1\\\"}\"},\"resourceType\":\"xmlhttprequest\","
        + "\"tabId\":1,\"response\":{\"status\":201,\"statusLine\":\"HTTP/1.1 201 Created\","
        + "\"headers\":[{\"name\":\"Set-Cookie\",\"value\":\"a=1; Path=/\"}]}}";
  }

  private static String snapshot() {
    return "{\"type\":\"cookies.snapshot\",\"id\":\"training-2\",\"domain\":\"example.com\","
        + "\"storeId\":\"0\",\"cookies\":[{\"name\":\"sid\",\"value\":\"u1\","
        + "\"domain\":\"example.com\",\"hostOnly\":true,\"path\":\"/\",\"secure\":true,"
        + "\"httpOnly\":true,\"sameSite\":\"lax\",\"storeId\":\"0\"}]}";
  }

  private static void send(OutputStream out, String json) throws IOException {
    byte[] payload = json.getBytes(StandardCharsets.UTF_8);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(payload.length).array());
    out.write(payload);
    out.flush();
  }

  /** Reads frames until one whose JSON contains {@code marker}; an error frame fails the build. */
  private static void expect(InputStream in, String marker, Process host, Path work)
      throws Exception {
    List<String> seen = new ArrayList<>();
    while (true) {
      byte[] prefix = in.readNBytes(4);
      if (prefix.length < 4) {
        fail("the host ended its output before " + marker + " after " + seen, work);
      }
      int length = ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt();
      String json = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      if (json.contains("\"type\":\"error\"")) {
        fail("the host answered with an error: " + json, work);
      }
      if (json.contains("\"type\":" + marker)) {
        return;
      }
      seen.add(json.length() > 80 ? json.substring(0, 80) : json);
    }
  }

  private static Path launcher(Path image, String name) {
    for (Path candidate :
        List.of(
            image.resolve("bin").resolve(name),
            image.resolve(name + ".exe"),
            image.resolve("Contents").resolve("MacOS").resolve(name))) {
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no launcher named " + name + " in " + image);
  }

  private static Path appDir(Path image) {
    for (Path candidate :
        List.of(image.resolve("lib/app"), image.resolve("app"), image.resolve("Contents/app"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no application folder in " + image);
  }

  private static void fail(String message, Path work) throws IOException {
    Path stderr = work.resolve("training.stderr");
    String log = Files.exists(stderr) ? Files.readString(stderr) : "";
    throw new IllegalStateException(message + "\nhost stderr:\n" + log);
  }

  private TrainImage() {}
}
