package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.core.model.cookie.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs whole command lines through {@link Main#run} on a real store in a temporary directory. */
class StoreCommandsIT {

  private static final Path HAR =
      Path.of("..", "fixtures", "har", "playwright-chromium-103_redirect-chain-set-cookie.har");
  private static final Path HEAD_HAR =
      Path.of("..", "fixtures", "har", "firefox-111_head-request.har");
  private static final Path FORM_HAR =
      Path.of("..", "fixtures", "har", "mitmproxy-export_form-post.har");

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
  void import_sameFileTwiceIntoACollection_keepsOneCopy() {
    Run first = run("import", "--har", FORM_HAR.toString(), "--to", "collection", "forms");
    Run second = run("import", "--har", FORM_HAR.toString(), "--to", "collection", "forms");

    assertThat(first.out).contains("Imported 2 requests", "(2 new)");
    assertThat(second.out).contains("Imported 2 requests", "(0 new)");
    try (SqliteStore store = SqliteStore.openIn(data, Clock.systemUTC())) {
      assertThat(store.collections().items("forms")).hasSize(2);
      assertThat(store.history().count()).isZero();
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

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> line = new ArrayList<>(List.of(args));

    int code =
        Main.run(
            line,
            Map.of("NO_COLOR", "1"),
            new DataDirectory(data),
            new CliPrinter(out, err, false));

    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
