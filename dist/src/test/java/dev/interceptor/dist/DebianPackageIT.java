package dev.interceptor.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.testkit.FakeExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The Debian package the build makes on Linux: its control fields, its files and its host. */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the .deb is built on Linux only")
@DisabledIfSystemProperty(
    named = "dist.skipDeb",
    matches = "true",
    disabledReason = "built without the .deb (-Ddist.skipDeb)")
class DebianPackageIT {

  private static final Path DEB_DIR = Path.of(System.getProperty("dist.debDir"));
  private static final String NAME = System.getProperty("dist.name");
  private static final String OPT = "./opt/" + NAME + "/";

  /** A control field as --info shows it: indented by one space, unlike the archive's summary. */
  private static final Pattern CONTROL_FIELD = Pattern.compile(" ([A-Z][A-Za-z0-9-]*): (.*)");

  @TempDir Path home;

  @Test
  void control_builtPackage_namesPackageVersionDescriptionAndMaintainer() throws Exception {
    Path deb = deb();

    Map<String, String> fields = fields(deb);

    assertThat(fields)
        .containsEntry("Package", NAME)
        .containsEntry("Version", System.getProperty("dist.appVersion") + "-1")
        .containsEntry("Description", System.getProperty("dist.description"))
        .containsEntry("Architecture", run("dpkg", "--print-architecture").strip());
    assertThat(fields.get("Maintainer")).startsWith("Interceptor <").endsWith(">");
    assertThat(fields.get("Depends")).contains("libc6");
  }

  @Test
  void contents_builtPackage_holdLauncherRuntimeAndClassListButNoArchive() throws Exception {
    Path deb = deb();

    Map<String, String> modes = contents(deb);

    assertThat(modes.get(OPT + "bin/" + NAME)).isEqualTo("-rwxr-xr-x");
    assertThat(modes.get(OPT + "lib/runtime/bin/java")).isEqualTo("-rwxr-xr-x");
    assertThat(modes)
        .containsKeys(
            OPT + "lib/runtime/lib/server/libjvm.so",
            OPT + "lib/runtime/lib/modules",
            OPT + "lib/app/" + NAME + ".cfg",
            OPT + "lib/app/" + NAME + ".classlist",
            OPT + "lib/app/native/libsqlitejdbc.so")
        .doesNotContainKey(OPT + "lib/app/" + NAME + ".jsa");
  }

  @Test
  void scripts_builtPackage_makeAndRemoveTheArchiveUnderOpt(@TempDir Path control)
      throws Exception {
    Path deb = deb();

    run("dpkg-deb", "--control", deb.toString(), control.toString());

    String postinst = Files.readString(control.resolve("postinst"));
    assertThat(postinst).contains("-Xshare:dump", "app=/opt/" + NAME + "/lib/app");
    assertThat(Files.readString(control.resolve("prerm"))).contains(NAME + ".jsa");
    assertThat(Files.readString(control.resolve("postrm"))).contains(NAME + ".jsa");
    assertThat(postinst + Files.readString(control.resolve("prerm"))).doesNotContain("@NAME@");
  }

  @Test
  void hello_launcherExtractedFromPackage_answersWelcomeOnCleanStdout(@TempDir Path root)
      throws Exception {
    // Extracted, not installed: no postinst has made the start-up archive, so the host runs
    // without one, as it does when the postinst could not make it.
    run("dpkg-deb", "--extract", deb().toString(), root.toString());
    Path launcher = root.resolve(OPT).resolve("bin").resolve(NAME).normalize();
    Map<String, String> env = BrowserLaunch.environment(home, Map.of());
    try (FakeExtension extension = FakeExtension.launch(BrowserLaunch.command(launcher), env)) {

      extension.hello("chrome", "Default");
      ObjectNode welcome = extension.await("welcome", BrowserLaunch.START);
      extension.closeInput();

      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(extension.awaitExit(BrowserLaunch.START)).isZero();
      assertThat(extension.framingFailure()).isEmpty();
    }
  }

  /** The one .deb the build left in its folder. */
  private static Path deb() throws IOException {
    assertThat(DEB_DIR).as("the build's .deb folder").isDirectory();
    List<Path> debs;
    try (Stream<Path> files = Files.list(DEB_DIR)) {
      debs = files.filter(f -> f.getFileName().toString().endsWith(".deb")).toList();
    }
    assertThat(debs).as("the .deb files in %s", DEB_DIR).hasSize(1);
    return debs.get(0);
  }

  /** The control fields that {@code dpkg-deb --info} shows, by name. */
  private static Map<String, String> fields(Path deb) throws Exception {
    Map<String, String> fields = new HashMap<>();
    for (String line : run("dpkg-deb", "--info", deb.toString()).split("\n")) {
      Matcher field = CONTROL_FIELD.matcher(line);
      if (field.matches()) {
        fields.put(field.group(1), field.group(2).strip());
      }
    }
    return fields;
  }

  /** The mode of every path {@code dpkg-deb --contents} lists, by path. */
  private static Map<String, String> contents(Path deb) throws Exception {
    Map<String, String> modes = new HashMap<>();
    for (String line : run("dpkg-deb", "--contents", deb.toString()).split("\n")) {
      // tar's listing: mode, owner, size, date, time, path (and " -> target" for a link).
      String[] columns = line.split("\\s+", 6);
      if (columns.length == 6) {
        modes.put(columns[5].split(" -> ")[0], columns[0]);
      }
    }
    return modes;
  }

  /** Runs a tool and returns its standard output; fails unless it exits with 0. */
  private static String run(String... words) throws Exception {
    Process process =
        new ProcessBuilder(words).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    process.getOutputStream().close();

    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", words[0]).isTrue();
    assertThat(process.exitValue()).as("exit code of %s", String.join(" ", words)).isZero();
    return output;
  }
}
