package dev.interceptor.app.cli;

import static dev.interceptor.app.cli.Captures.get;
import static dev.interceptor.app.cli.Captures.header;
import static dev.interceptor.app.cli.Captures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.out.RequestExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports through the command line, checked by the real consumers in tools/node. */
class ExportCommandsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T = Instant.parse("2025-03-04T10:00:00Z");

  @TempDir Path data;
  @TempDir Path out;

  private StoreCli cli;
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    cli = new StoreCli(data);
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
    cli.close();
  }

  @Test
  void collectionExport_har_passesHarValidator() throws Exception {
    fillCollection("checkout", "http://127.0.0.1:" + server.port());
    Path har = out.resolve("checkout.har");

    int code =
        cli.run("collections", "export", "checkout", "--format", "HAR", "-o", har.toString());

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out())
        .isEqualTo("Exported 3 requests as har to " + har + " with secrets redacted.\n");
    NodeScripts.Result valid = NodeScripts.node("validate-har.js", har.toString());
    assertThat(valid.exitCode()).as(valid.stderr()).isZero();
    JsonNode entries = JSON.readTree(har.toFile()).at("/log/entries");
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).at("/request/headers").toString())
        .contains("\"Authorization\"", "\"REDACTED\"")
        .doesNotContain("Bearer");
  }

  @Test
  void collectionExport_postman_replayedByNewmanAgainstTheServer() throws Exception {
    fillCollection("checkout", "http://127.0.0.1:" + server.port());
    Path collection = out.resolve("checkout.json");

    int code =
        cli.run(
            "collections",
            "export",
            "checkout",
            "--format",
            "postman",
            "-o",
            collection.toString(),
            "--include-secrets");

    assertThat(code).as(cli.err()).isZero();
    JsonNode folders = JSON.readTree(collection.toFile()).path("item");
    assertThat(folders.findValuesAsText("name")).contains("127.0.0.1", "api");
    NodeScripts.Result run =
        NodeScripts.node("run-newman.js", collection.toString(), out.toString());
    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    List<TestServer.Received> got = server.received();
    assertThat(got).extracting(TestServer.Received::method).containsExactly("GET", "POST", "GET");
    assertThat(got.get(0).rawQuery()).isEqualTo("foo=bar&foo=baz");
    assertThat(got.get(0).header("Authorization")).isEqualTo("Bearer secret-1");
    assertThat(got.get(1).text()).isEqualTo("{\"prop\":\"it's Alice's\"}");
    assertThat(got.get(1).header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void historyExport_curlToStdout_redactsSecretsByDefault() {
    cli.store
        .history()
        .add(
            get(
                "h1",
                T,
                "https://api.example.com/items?access_token=tok1&page=2",
                header("Authorization", "Bearer secret-1"),
                header("X-Note", "hi")),
            10);

    int code = cli.run("history", "export", "--format", "curl");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("access_token=REDACTED&page=2", "Authorization: REDACTED", "X-Note: hi")
        .doesNotContain("tok1", "secret-1");
    assertThat(cli.err())
        .isEqualTo("interceptor: exported 1 request as curl with secrets redacted\n");
  }

  @Test
  void historyExport_entryDatedInTheFuture_isExported() {
    // Capture times come from the browser or a HAR file and may be later than this machine's now.
    Instant future = Instant.now().plus(Duration.ofDays(3650));
    cli.store.history().add(get("old", T, "https://api.example.com/old"), 10);
    cli.store.history().add(get("future", future, "https://api.example.com/future"), 10);

    int code = cli.run("history", "export", "--format", "curl", "--limit", "1");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("https://api.example.com/future").doesNotContain("/old");
  }

  @Test
  void historyExport_includeSecretsAndFilters_keepsValuesOfMatchingEntriesOnly() {
    cli.store
        .history()
        .add(get("h1", T, "https://api.example.com/a", header("Cookie", "sid=1")), 10);
    cli.store.history().add(get("h2", T.plusSeconds(1), "https://other.test/b"), 10);

    int code =
        cli.run(
            "history",
            "export",
            "--format",
            "curl",
            "--host",
            "API.example.com",
            "--include-secrets");

    assertThat(code).isZero();
    assertThat(cli.out())
        .contains("https://api.example.com/a", "sid=1")
        .doesNotContain("other.test");
  }

  @Test
  void export_unknownFormat_isUsageErrorNamingTheKnownOnes() {
    int code = cli.run("history", "export", "--format", "xml");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: unknown export format 'xml': choose one of curl, har, postman\n");
  }

  @Test
  void export_existingFileWithoutForce_isRefusedAndLeftAlone() throws Exception {
    fillCollection("c", "https://api.example.com");
    Path file = out.resolve("c.har");
    Files.writeString(file, "keep me");

    int code = cli.run("collections", "export", "c", "--format", "har", "-o", file.toString());

    assertThat(code).isEqualTo(ExitCode.OUTPUT.code());
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: "
                + file
                + " exists: choose another file, or pass --force to replace it\n");
    assertThat(
            cli.run(
                "collections", "export", "c", "--format", "har", "-o", file.toString(), "--force"))
        .isZero();
    assertThat(Files.readString(file)).startsWith("{");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"interceptor.db", "interceptor.db-wal", "link/interceptor.db"})
  void export_ontoTheStoreWithForce_isRefusedAndTheStoreKept(String name) throws Exception {
    fillCollection("c", "https://api.example.com");
    Files.createSymbolicLink(out.resolve("link"), data);
    Object before =
        Files.readAttributes(data.resolve("interceptor.db"), BasicFileAttributes.class).fileKey();
    Path target = (name.startsWith("link/") ? out : data).resolve(name);

    int code = cli.run("history", "export", "--format", "curl", "-o", target.toString(), "--force");

    assertThat(code).isEqualTo(ExitCode.OUTPUT.code());
    assertThat(cli.err()).contains(" is Interceptor's store (").doesNotContain("\tat ");
    assertThat(
            Files.readAttributes(data.resolve("interceptor.db"), BasicFileAttributes.class)
                .fileKey())
        .isEqualTo(before);
    assertThat(cli.run("db", "check")).isZero();
  }

  @ParameterizedTest(name = "-o {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          OUT               | --force | OUT is a folder: give a file name
          ''                |         | -o needs a file name
          OUT/missing/c.har |         | cannot write OUT/missing/c.har: the folder OUT/missing \
          does not exist; create it first
          /proc/nope.har    |         | cannot write /proc/nope.har: no file can be created in /proc
          """)
  void export_unusableDestination_oneLineNamingItAndExitFive(
      String target, String force, String message) throws Exception {
    assumeTrue(!target.startsWith("/proc") || Files.isDirectory(Path.of("/proc/self")), "procfs");
    fillCollection("c", "https://api.example.com");
    List<String> line = new ArrayList<>(List.of("collections", "export", "c", "--format", "har"));
    line.addAll(List.of("-o", target.replace("OUT", out.toString())));
    if (force != null) {
      line.add(force);
    }

    int code = cli.run(line.toArray(new String[0]));

    assertThat(code).isEqualTo(ExitCode.OUTPUT.code());
    assertThat(cli.err())
        .isEqualTo("interceptor: error: " + message.replace("OUT", out.toString()) + "\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void export_outputDash_writesToStdoutAndNoFile() throws Exception {
    fillCollection("c", "https://api.example.com");

    int code = cli.run("collections", "export", "c", "--format", "har", "-o", "-");

    assertThat(code).as(cli.err()).isZero();
    assertThat(JSON.readTree(cli.out()).at("/log/entries").size()).isEqualTo(3);
    assertThat(cli.err()).startsWith("interceptor: exported 3 requests as har").hasLineCount(1);
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void export_formatFailsHalfway_leavesNoFileBehind() throws Exception {
    fillCollection("c", "https://api.example.com");
    cli.with(new BrokenFormatModule());
    Path file = out.resolve("c.txt");

    int code = cli.run("collections", "export", "c", "--format", "broken", "-o", file.toString());

    assertThat(code).isEqualTo(ExitCode.OUTPUT.code());
    assertThat(cli.err()).startsWith("interceptor: error: ").contains("disk full").hasLineCount(1);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void export_writtenFile_isReadableByOwnerOnly() throws Exception {
    fillCollection("c", "https://api.example.com");
    Path file = out.resolve("c.har");

    cli.run("collections", "export", "c", "--format", "har", "-o", file.toString());

    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void collectionExport_unknownCollection_isNotFound() {
    int code = cli.run("collections", "export", "nope", "--format", "har");

    assertThat(code).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(cli.err()).contains("there is no collection named nope");
  }

  /** Three requests in two folders; the first two carry secrets. */
  private void fillCollection(String name, String origin) {
    var collections = cli.store.collections();
    collections.add(
        name,
        Organize.HOST_PATH,
        FolderPath.of("127.0.0.1", "api"),
        get(
            "r1",
            T,
            origin + "/api/items?foo=bar&foo=baz",
            header("Authorization", "Bearer secret-1")));
    collections.add(
        name,
        Organize.HOST_PATH,
        FolderPath.of("127.0.0.1", "api"),
        request(
            "r2",
            T.plusSeconds(1),
            "POST",
            origin + "/api/notes",
            new RequestBody.Text("{\"prop\":\"it's Alice's\"}"),
            header("Content-Type", "application/json")));
    collections.add(
        name,
        Organize.HOST_PATH,
        FolderPath.of("127.0.0.1"),
        get("r3", T.plusSeconds(2), origin + "/"));
  }

  /** A format that writes a few bytes and then fails, as a full disk would. */
  private static final class BrokenFormatModule extends AbstractModule {

    @Override
    protected void configure() {
      Multibinder.newSetBinder(binder(), RequestExportFormat.class)
          .addBinding()
          .toInstance(
              new RequestExportFormat() {
                @Override
                public String name() {
                  return "broken";
                }

                @Override
                public void export(RequestExport export, OutputStream out) {
                  try {
                    for (ExportedRequest r : export.requests()) {
                      out.write(r.request().url().getBytes(StandardCharsets.UTF_8));
                    }
                    throw new IOException("disk full");
                  } catch (IOException e) {
                    throw new UncheckedIOException(e.getMessage(), e);
                  }
                }
              });
    }
  }
}
