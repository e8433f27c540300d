package dev.interceptor.adapter.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor against a real install under a temporary home: the real launcher starts a real JVM
 * running a fake host, over real pipes.
 */
class DoctorIT {

  private static final String OTHER_ID = "pppppppppppppppppppppppppppppppp";

  @TempDir Path home;

  @Test
  void diagnose_realLauncherAndHost_helloRoundTripPasses() throws Exception {
    Path hostDir = installChromium(Fixtures.IDS);

    DoctorReport report = doctor().diagnose(request(hostDir, Fixtures.IDS));

    assertThat(report.state()).isEqualTo(OverallState.NOT_CONNECTED);
    assertThat(report.roundTrip().status())
        .as(report.roundTrip().detail())
        .isEqualTo(CheckStatus.PASS);
    assertThat(report.roundTrip().millis()).isPositive();
    assertThat(report.roundTrip().command())
        .containsExactly(
            hostDir.resolve("interceptor-host").toString(),
            "chrome-extension://" + Fixtures.CHROME_ID + "/");
    assertThat(report.healthy()).isTrue();
  }

  @Test
  void diagnose_hostExitsWithAnError_roundTripFailsShowingItsStderr() throws Exception {
    List<String> ids = List.of(OTHER_ID);
    Path hostDir = installChromium(ids);

    DoctorReport report = doctor().diagnose(request(hostDir, ids));

    assertThat(report.roundTrip().status()).isEqualTo(CheckStatus.FAIL);
    assertThat(report.roundTrip().detail())
        .contains("exit code 3")
        .contains("fake host: origin chrome-extension://" + OTHER_ID + "/ is not allowed");
    assertThat(report.roundTrip().fix()).contains("run the launcher by hand");
  }

  @Test
  void launcher_runtimeGone_writesOneStderrLineAndExitsNonZero() throws Exception {
    Path hostDir = installChromium(Fixtures.IDS);
    Path launcher = hostDir.resolve("interceptor-host");
    String script = Files.readString(launcher);
    Files.writeString(
        launcher, script.replace(System.getProperty("java.home"), home.resolve("gone").toString()));

    Process process = new ProcessBuilder(launcher.toString(), "chrome-extension://x/").start();
    process.getOutputStream().close();
    byte[] stdout = process.getInputStream().readAllBytes();
    String stderr = new String(process.getErrorStream().readAllBytes());

    assertThat(process.waitFor()).isEqualTo(127);
    assertThat(stdout).isEmpty();
    assertThat(stderr.strip().lines()).singleElement().asString().contains("no Java runtime");
  }

  private Path installChromium(List<String> ids) throws IOException, URISyntaxException {
    Files.createDirectories(home.resolve(".config/chromium"));
    Path hostDir = home.resolve("Interceptor app");
    Path classes =
        Path.of(FakeHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    LaunchSpec launch =
        new LaunchSpec(
            List.of(home.resolve("no bundled runtime").toString(), System.getProperty("java.home")),
            List.of(classes.toString()),
            FakeHost.class.getName(),
            List.of());
    InstallReport report =
        new HostInstaller(
                environment(), FileSystemPort.local(), RegistryPort.none(), Browsers.defaults())
            .install(
                new InstallRequest(
                    List.of("chromium"), ids, false, null, hostDir.toString(), launch));
    assertThat(report.outcome()).isEqualTo(InstallOutcome.COMPLETED);
    return hostDir;
  }

  private Doctor doctor() {
    return new Doctor(
        environment(),
        FileSystemPort.local(),
        RegistryPort.none(),
        ProcessPort.local(),
        Browsers.defaults());
  }

  private HostEnvironment environment() {
    return Fixtures.posix(OsFamily.LINUX, home.toString());
  }

  private static DoctorRequest request(Path hostDir, List<String> ids) {
    return new DoctorRequest(
        List.of("chromium"),
        ids,
        false,
        null,
        hostDir.toString(),
        () -> false,
        true,
        Duration.ofSeconds(20));
  }
}
