package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.cookie.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs whole command lines through {@link Main#run} on a real store in a temporary directory. */
class StoreCommandsIT {

  private static final Path HAR =
      Path.of("..", "fixtures", "har", "playwright-chromium-103_redirect-chain-set-cookie.har");
  private static final Path HEAD_HAR =
      Path.of("..", "fixtures", "har", "firefox-111_head-request.har");
  private static final Path FORM_HAR =
      Path.of("..", "fixtures", "har", "mitmproxy-export_form-post.har");
  private static final Path MIME_TYPE_HAR =
      Path.of(
          "..", "fixtures", "har", "edge_hand-written_multi-page_repeated-params_no-responses.har");
  private static final Path MALFORMED_COOKIES =
      Path.of("..", "fixtures", "cookies", "yt-dlp_malformed_cookies.txt");

  @TempDir Path data;

  @Test
  void simulate_captureOff_filtersEveryRequestAndSaysHowToTurnItOn() {
    Run run = run("simulate", "--har", HAR.toString());

    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("captured      0", "filtered out  3", "acknowledged  3")
        .contains("interceptor capture on");
    assertThat(run("history", "list", "--json").out.strip()).isEqualTo("[ ]");
  }

  @Test
  void simulate_captureOn_storesEveryEntryInHistory() {
    run("capture", "on");

    Run run = run("simulate", "--har", HAR.toString(), "--json");
    Run history = run("history", "list", "--json");

    assertThat(run.code).isZero();
    assertThat(run.out).contains("\"captured\" : 3", "\"filteredOut\" : 0", "\"acknowledged\" : 3");
    assertThat(history.out)
        .contains("https://theverge.com/", "http://www.theverge.com/", "https://www.theverge.com/");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          history                      | interceptor history list
          collection api               | interceptor collections show api
          collection my api's          | interceptor collections show 'my api'\\''s'
          """)
  void simulate_captureOn_saysHowToListWhatWasKept(String target, String command) {
    run("capture", "on");
    List<String> line = new ArrayList<>(List.of("capture", "target"));
    line.add(target.split(" ", 2)[0]);
    if (target.contains(" ")) {
      line.add(target.split(" ", 2)[1]);
    }
    run(line.toArray(String[]::new));

    Run run = run("simulate", "--har", HAR.toString());

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("; see them with: " + command + "\n");
  }

  @Test
  void historyKeep_lowered_nextCapturesTrimHistoryToIt() {
    run("capture", "on");
    run("simulate", "--har", HAR.toString());

    Run keep = run("history", "keep", "2");
    Run heldBefore = run("history", "list", "--json");
    // A request not seen before: the same file again would add nothing, and so trim nothing.
    run("simulate", "--har", HEAD_HAR.toString());
    Run status = run("status");

    assertThat(keep.code).isZero();
    assertThat(keep.out)
        .contains("History keeps the newest 2 entries; it holds 3 entries now.")
        .contains("The oldest ones go as new entries arrive.");
    assertThat(heldBefore.out.split("\"id\"", -1)).hasSize(4);
    assertThat(run("history", "list", "--json").out)
        .contains("\"method\" : \"HEAD\"", "\"id\" : \"har-31dc24f2ea28b945-2\"")
        .doesNotContain("har-31dc24f2ea28b945-1", "har-31dc24f2ea28b945-0");
    assertThat(status.out).contains("2 entries (keeps the newest 2)");
  }

  @Test
  void simulate_cookiesOfASyncDomain_sentAsSnapshotIntoTheJar() throws Exception {
    Path cookies = data.resolve("cookies.txt");
    Files.writeString(
        cookies,
        "# Netscape HTTP Cookie File\n"
            + "#HttpOnly_.example.com\tTRUE\t/\tTRUE\t0\tsid\tv1\n"
            + "other.test\tFALSE\t/\tFALSE\t0\tleft\tout\n");
    run("cookies", "domains", "add", "example.com");
    run("cookies", "sync", "on");

    Run run = run("simulate", "--har", HAR.toString(), "--cookies", cookies.toString());

    assertThat(run.code).isZero();
    assertThat(run.out).contains("sent as snapshots of example.com");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.cookieJar().all())
          .extracting(Cookie::name, Cookie::httpOnly, Cookie::hostOnly)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("sid", true, false));
    }
  }

  @Test
  void simulate_cookiesFileWithoutADomain_leavesThatDomainsJarCookies() throws Exception {
    Path first = data.resolve("first.txt");
    Files.writeString(
        first, "# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tFALSE\t0\tsid\tv1\n");
    Path second = data.resolve("second.txt");
    Files.writeString(
        second, "# Netscape HTTP Cookie File\nother.test\tFALSE\t/\tFALSE\t0\tleft\tout\n");
    run("cookies", "domains", "add", "example.com");
    run("simulate", "--har", HAR.toString(), "--cookies", first.toString());

    Run run = run("simulate", "--har", HAR.toString(), "--cookies", second.toString());

    assertThat(run.code).isZero();
    assertThat(run.out).contains("none of a sync domain; nothing sent");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.cookieJar().all()).extracting(Cookie::name).containsExactly("sid");
    }
  }

  @Test
  void simulate_postDataTypeWithoutHeader_exportsItAsMimeTypeAndCurlHeader() throws Exception {
    run("capture", "on");
    run("simulate", "--har", MIME_TYPE_HAR.toString());

    Run har = run("history", "export", "--format", "har");
    Run curl = run("history", "export", "--format", "curl");

    List<String> mimeTypes = new ArrayList<>();
    for (JsonNode entry : new ObjectMapper().readTree(har.out).path("log").path("entries")) {
      JsonNode postData = entry.path("request").path("postData");
      if (!postData.isMissingNode()) {
        mimeTypes.add(postData.path("mimeType").asText());
      }
    }
    assertThat(mimeTypes)
        .containsExactlyInAnyOrder(
            "application/x-www-urlencoded",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data");
    assertThat(curl.out)
        .contains("--header 'Content-Type: text/plain'")
        .contains("--url http://test.k6.io/login --form-string username=admin")
        .doesNotContain("Content-Type: --", "Content-Type:' --");
  }

  @Test
  void simulate_cookiesFileWithoutACookieLine_refusedWithOneLineAndExitTwo() {
    run("cookies", "domains", "add", "www.foobar.foobar");
    run("capture", "on");

    Run malformed =
        run("simulate", "--har", HAR.toString(), "--cookies", MALFORMED_COOKIES.toString());
    Run har = run("simulate", "--har", HAR.toString(), "--cookies", HAR.toString());

    assertThat(malformed.code).isEqualTo(2);
    assertThat(malformed.err.lines())
        .singleElement()
        .asString()
        .contains(MALFORMED_COOKIES + " has no readable cookie line (2 lines skipped; line 6:");
    assertThat(har.code).isEqualTo(2);
    assertThat(har.err.lines()).singleElement().asString().contains("Netscape cookies.txt");
    assertThat(run("history", "list", "--json").out.strip()).isEqualTo("[ ]");
  }

  @Test
  void simulate_cookiesFileWithBadLines_namesTheFirstFiveAndCountsTheRest() throws Exception {
    Path cookies = data.resolve("cookies.txt");
    Files.writeString(
        cookies,
        "# Netscape HTTP Cookie File\n"
            + ".example.com\tTRUE\t/\tFALSE\t0\tsid\tv1\n"
            + "example.com\tFALSE\t/\tFALSE\tsoon\tbad\tv\n".repeat(7));
    run("cookies", "domains", "add", "example.com");

    Run run = run("simulate", "--har", HAR.toString(), "--cookies", cookies.toString());

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.err.lines())
        .containsExactly(
            "interceptor: "
                + cookies
                + " line 3 skipped: the expiry (field 5) is not whole epoch"
                + " seconds",
            "interceptor: "
                + cookies
                + " line 4 skipped: the expiry (field 5) is not whole epoch"
                + " seconds",
            "interceptor: "
                + cookies
                + " line 5 skipped: the expiry (field 5) is not whole epoch"
                + " seconds",
            "interceptor: "
                + cookies
                + " line 6 skipped: the expiry (field 5) is not whole epoch"
                + " seconds",
            "interceptor: "
                + cookies
                + " line 7 skipped: the expiry (field 5) is not whole epoch"
                + " seconds",
            "interceptor: and 2 more lines of " + cookies + " skipped");
    assertThat(run.out).contains("1 cookie in the file, sent as snapshots of example.com");
  }

  @Test
  void import_sameFileTwiceIntoACollection_keepsOneCopy() {
    Run first = run("import", "--har", FORM_HAR.toString(), "--to", "collection", "forms");
    Run second = run("import", "--har", FORM_HAR.toString(), "--to", "collection", "forms");

    assertThat(first.out).contains("Imported 2 requests", "(2 new, 0 already there)");
    assertThat(second.out).contains("Imported 2 requests", "(0 new, 2 already there)");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.collections().items("forms")).hasSize(2);
      assertThat(store.history().count()).isZero();
    }
  }

  @Test
  void import_afterSimulateOfTheSameHar_keepsOneCopyAndSaysAllWereThere() {
    run("capture", "on");
    run("simulate", "--har", HAR.toString());

    Run imported = run("import", "--har", HAR.toString());

    assertThat(imported.code).as(imported.err).isZero();
    assertThat(imported.out).contains("(0 new, 3 already there)");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.history().count()).isEqualTo(3);
    }
  }

  @Test
  void simulate_afterImportOfTheSameHar_keepsOneCopyAndSaysAllWereThere() {
    run("capture", "on");
    run("import", "--har", HAR.toString());

    Run simulated = run("simulate", "--har", HAR.toString());

    assertThat(simulated.code).as(simulated.err).isZero();
    assertThat(simulated.out).contains("  already there 3 (kept once)");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.history().count()).isEqualTo(3);
    }
  }

  @Test
  void import_oneEntry_saysOneRequestInTheSingular() {
    Run run = run("import", "--har", HEAD_HAR.toString());

    assertThat(run.code).isZero();
    assertThat(run.out).startsWith("Imported 1 request from ");
  }

  @Test
  void import_damagedHar_importsNothingAndExitsTwo() throws Exception {
    Path broken = data.resolve("broken.har");
    String text = Files.readString(FORM_HAR);
    Files.writeString(broken, text.substring(0, text.length() * 2 / 3));

    Run run = run("import", "--har", broken.toString());

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.history().count()).isZero();
    }
  }

  @Test
  void dbCheckAndBackup_soundStore_reportsSoundAndCopies() {
    run("capture", "on");
    Path copy = data.resolve("copy.db");

    Run check = run("db", "check");
    Run backup = run("db", "backup", copy.toString());

    assertThat(check.code).isZero();
    assertThat(check.out).contains("is sound");
    assertThat(backup.code).isZero();
    try (SqliteStore store = SqliteStore.open(copy, Clock.systemUTC())) {
      assertThat(store.settings().load().capture().enabled()).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          taken.db             | exists: choose another file, or pass --force to replace it
          missing/copy.db      | missing does not exist; create it first
          taken.db/copy.db     | taken.db is a file, not a folder
          interceptor.db       | is the store itself
          .                    | is a folder: give a file name, e.g.
          """)
  void dbBackup_destinationUnusable_oneLineExitFiveAndNothingWritten(String name, String message)
      throws IOException {
    run("capture", "on");
    Files.writeString(data.resolve("taken.db"), "keep me");
    List<Path> before = filesIn(data);

    Run run = run("db", "backup", data.resolve(name).toString());

    assertThat(run.code).isEqualTo(5);
    assertThat(run.err.lines()).singleElement().asString().contains(message);
    assertThat(filesIn(data)).isEqualTo(before);
    assertThat(Files.readString(data.resolve("taken.db"))).isEqualTo("keep me");
  }

  @Test
  void dbBackup_storeThroughALinkedFolderWithForce_isRefusedAndTheStoreKept(@TempDir Path elsewhere)
      throws IOException {
    run("capture", "on");
    Path link = Files.createSymbolicLink(elsewhere.resolve("link"), data);
    Object before =
        Files.readAttributes(data.resolve("interceptor.db"), BasicFileAttributes.class).fileKey();

    Run run = run("db", "backup", link.resolve("interceptor.db").toString(), "--force");

    assertThat(run.code).isEqualTo(5);
    assertThat(run.err.lines()).singleElement().asString().contains("is the store itself");
    assertThat(
            Files.readAttributes(data.resolve("interceptor.db"), BasicFileAttributes.class)
                .fileKey())
        .isEqualTo(before);
  }

  @Test
  void dbBackup_unwritableFolder_saysPermissionDeniedAndExitsFive() {
    // Read-only for every user, root included, where sysfs is mounted as usual.
    Path readOnly = Path.of("/sys");
    assumeTrue(refusesNewFiles(readOnly), "sysfs refuses new files here");
    run("capture", "on");

    Run run = run("db", "backup", readOnly.resolve("interceptor-backup.db").toString());

    assertThat(run.code).isEqualTo(5);
    assertThat(run.err.lines()).singleElement().asString().contains("permission denied in /sys");
  }

  @Test
  void dbBackup_existingFileWithForce_replacesItWithTheCopy() throws IOException {
    run("capture", "on");
    Path copy = Files.writeString(data.resolve("taken.db"), "old copy");

    Run run = run("db", "backup", copy.toString(), "--force");

    assertThat(run.code).as(run.err).isZero();
    try (SqliteStore store = SqliteStore.open(copy, Clock.systemUTC())) {
      assertThat(store.settings().load().capture().enabled()).isTrue();
    }
    assertThat(filesIn(data)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void anyCommand_damagedStore_oneLineNamingTheFileAndExitThree() throws Exception {
    Files.writeString(data.resolve("interceptor.db"), "this is not a database, it is text");

    Run check = run("db", "check");
    Run status = run("status");

    assertThat(check.code).isEqualTo(3);
    assertThat(status.code).isEqualTo(3);
    assertThat(status.err.lines()).hasSize(1);
    assertThat(status.err).contains(data.resolve("interceptor.db").toString(), "backup");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "status",
        "history list",
        "history show 1",
        "history export --format har",
        "history clear --yes",
        "collections list",
        "cookies list",
        "cookies export --format json",
        "cookies domains list",
        "cookies domains remove example.com",
        "cookies domains resync example.com",
        "extension list",
        "replay 1",
        "watch",
        "db check",
        "db backup copy.db"
      })
  void readOnlyCommand_noStore_saysWhereAndHowToStartAndCreatesNothing(String line) {
    DataDirectory missing = new DataDirectory(data.resolve("typo"));

    Run run = runIn(missing, line.split(" "));

    assertThat(run.code).isEqualTo(4);
    assertThat(run.err.lines())
        .singleElement()
        .asString()
        .contains("no store at " + missing.path().resolve("interceptor.db"))
        .contains("interceptor capture on", "--data-dir");
    assertThat(missing.path()).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "history list --help", "cookies list --help", "--version"})
  void help_noStore_createsNothing(String line) {
    DataDirectory missing = new DataDirectory(data.resolve("fresh"));

    Run run = runIn(missing, line.split(" "));

    assertThat(run.code).isZero();
    assertThat(missing.path()).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "capture on",
        "cookies domains add example.com",
        "extension allow abc@example.com"
      })
  void settingsCommand_noStore_createsItWithItsLog(String line) throws IOException {
    DataDirectory fresh = new DataDirectory(data.resolve("fresh"));

    Run run = runIn(fresh, line.split(" "));

    assertThat(run.code).as(run.err).isZero();
    assertThat(fresh.path().resolve("interceptor.db")).isRegularFile();
    assertThat(fresh.logFile()).isRegularFile();
    // The log names the user's sites: owner-only, as the store's files are.
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.logFile())))
        .isEqualTo("rw-------");
  }

  @Test
  void logFileOpenToOthers_nextRun_restrictsIt() throws IOException {
    DataDirectory existing = new DataDirectory(data.resolve("existing"));
    Files.createDirectories(existing.path());
    Files.writeString(existing.logFile(), "earlier lines\n");
    Files.setPosixFilePermissions(existing.logFile(), PosixFilePermissions.fromString("rw-r--r--"));

    Run run = runIn(existing, "capture", "on");

    assertThat(run.code).as(run.err).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing.logFile())))
        .isEqualTo("rw-------");
    assertThat(existing.logFile()).content().startsWith("earlier lines\n");
  }

  @Test
  void doctor_noStore_reportsNoneYetAndCreatesNothing() throws IOException {
    DataDirectory missing = new DataDirectory(data.resolve("typo"));

    Run run = runIn(missing, "doctor", "--no-launch", "--json");

    JsonNode store = new ObjectMapper().readTree(run.out).path("store");
    assertThat(store.path("status").asText()).isEqualTo("PASS");
    assertThat(store.path("detail").asText()).startsWith("none yet in ");
    assertThat(missing.path()).doesNotExist();
  }

  @Test
  void resync_fromTheCommandLine_leavesARequestThatRaisesTheRevision() {
    run("cookies", "domains", "add", "example.com");
    long before;
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      before = store.settings().revision();
    }

    Run run = run("cookies", "domains", "resync", "example.com");

    assertThat(run.code).isZero();
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.settings().revision()).isGreaterThan(before);
      assertThat(store.settings().resyncRequestsSince(before)).containsExactly("example.com");
    }
  }

  @Test
  void extension_disallowCompanion_thenSimulateRefusesWithTheAllowCommand() {
    run("extension", "disallow", CompanionExtension.ID);

    Run list = run("extension", "list");
    Run simulate = run("simulate", "--har", HAR.toString());

    assertThat(list.out).contains("No extension may connect");
    assertThat(simulate.code).isEqualTo(2);
    assertThat(simulate.err).contains("interceptor extension allow " + CompanionExtension.ID);
  }

  @Test
  void readme_captureFilterExamples_runAndEndWithTheFilterCleared() throws Exception {
    List<String> examples =
        Files.readAllLines(Path.of("..", "README.md")).stream()
            .filter(line -> line.startsWith("interceptor capture filter"))
            .toList();
    List<Run> runs = new ArrayList<>();

    for (String example : examples) {
      runs.add(run(shellWords(example.substring("interceptor ".length()))));
    }

    assertThat(examples).hasSize(4);
    assertThat(runs).allSatisfy(r -> assertThat(r.code).as(r.err).isZero());
    assertThat(runs.get(2).out)
        .contains("example\\.com/api/", "(health|metrics)$", "GET", "POST", "xhr");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.settings().load().capture().filter()).isEqualTo(CaptureFilter.ALL);
    }
  }

  /** Splits a command line as the shell does, quotes included. */
  private static String[] shellWords(String line) throws Exception {
    Process shell =
        new ProcessBuilder(
                "sh", "-c", "for word in " + line + "; do printf '%s\\0' \"$word\"; done")
            .redirectErrorStream(true)
            .start();
    String words = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(shell.waitFor()).isZero();
    return words.split("\0");
  }

  private static boolean refusesNewFiles(Path folder) {
    try {
      Files.delete(Files.createFile(folder.resolve("interceptor-probe")));
      return false;
    } catch (IOException e) {
      return Files.isDirectory(folder);
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  // import and simulate share one description of a HAR file that cannot be read.
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          import   | '{"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/"}},' \
          | not valid JSON at line 1, column 76 (the file ends inside an array)
          simulate | '{"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/"}},' \
          | not valid JSON at line 1, column 76 (the file ends inside an array)
          import   | not json | not valid JSON at line 1, column 1 (the file does not start with \
          JSON)
          simulate | not json | not valid JSON at line 1, column 1 (the file does not start with \
          JSON)
          """)
  void har_brokenJson_sameLineFromEitherCommand(
      String command, String content, String why, @TempDir Path dir) throws Exception {
    Path har = Files.writeString(dir.resolve("broken.har"), content);

    Run run = run(command, "--har", har.toString());

    assertThat(run.code).as(run.err).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("interceptor: error: " + har + " is not a HAR file: " + why + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"import", "simulate"})
  void har_folder_saysToGiveAFile(String command, @TempDir Path dir) {
    Run run = run(command, "--har", dir.toString());

    assertThat(run.code).as(run.err).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo("interceptor: error: " + dir + " is a folder: give a file's path\n");
  }

  @Test
  void anyCommand_dataDirectoryIsAFile_oneLineExitTwoAndTheFileKept() throws IOException {
    Path file = Files.writeString(data.resolve("not-a-folder"), "keep me");

    Run status = runIn(new DataDirectory(file), "status");
    Run captureOn = runIn(new DataDirectory(file), "capture", "on");

    assertThat(List.of(status, captureOn))
        .allSatisfy(
            r -> {
              assertThat(r.code).isEqualTo(2);
              assertThat(r.err.lines())
                  .singleElement()
                  .asString()
                  .contains(file + " is a file, not a folder");
            });
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void anyCommand_emptyDataDirOption_isUsageErrorNotTheDefault() {
    Run run = run("status", "--data-dir", "");

    assertThat(run.code).isEqualTo(2);
    assertThat(run.err.lines()).singleElement().asString().contains("--data-dir needs the path");
  }

  @Test
  void logLevelVariable_notALevel_warnsOnceAndRunsWithTheDefault() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            List.of("capture", "on"),
            Map.of("NO_COLOR", "1", "INTERCEPTOR_LOG_LEVEL", "loud"),
            new DataDirectory(data),
            new CliPrinter(out, err, false));

    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .contains("INTERCEPTOR_LOG_LEVEL='loud' is not a log level");
  }

  private Run run(String... args) {
    return runIn(new DataDirectory(data), args);
  }

  private static Run runIn(DataDirectory dataDirectory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> line = new ArrayList<>(List.of(args));

    int code =
        Main.run(line, Map.of("NO_COLOR", "1"), dataDirectory, new CliPrinter(out, err, false));

    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
