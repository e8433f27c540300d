package dev.interceptor.adapter.installer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether the bridge works and, when it does not, what exactly is wrong and how to fix it: an
 * overall state, checks per browser, and a live hello round trip with the host.
 */
public final class Doctor {

  private final HostEnvironment environment;
  private final FileSystemPort files;
  private final Registrations registrations;
  private final ManifestInspector manifests;
  private final RegistryInspector registry;
  private final HelloRoundTrip roundTrip;

  /**
   * @param environment the machine and user checked
   * @param files the file system
   * @param registry the Windows registry ({@link RegistryPort#none()} elsewhere)
   * @param processes starts the host for the round trip
   * @param catalogue the browsers known
   */
  public Doctor(
      HostEnvironment environment,
      FileSystemPort files,
      RegistryPort registry,
      ProcessPort processes,
      List<BrowserDefinition> catalogue) {
    this.environment = environment;
    this.files = files;
    this.registrations = new Registrations(environment, files, catalogue);
    this.manifests = new ManifestInspector(environment, files);
    this.registry = new RegistryInspector(registry);
    this.roundTrip = new HelloRoundTrip(environment.os(), processes);
  }

  /**
   * Runs every check.
   *
   * @throws IllegalArgumentException for an unknown browser name
   */
  public DoctorReport diagnose(DoctorRequest request) {
    ExtensionIds ids = ExtensionIds.parse(request.extensionIds());
    List<Registration> selected = registrations.select(request.scope(), false);
    List<BrowserDiagnosis> browsers = new ArrayList<>();
    for (Registration registration : selected) {
      browsers.add(diagnose(registration, request, ids));
    }

    List<String> missing = missingDependencies(request, browsers);
    RoundTrip trip =
        request.roundTrip()
            ? roundTrip(browsers, selected, ids, request)
            : RoundTrip.skipped("not requested");
    if (!missing.isEmpty()) {
      return new DoctorReport(
          OverallState.DEPENDENCIES_NOT_INSTALLED,
          "Dependencies not installed: " + String.join("; ", missing),
          "run: " + installCommand(request, ""),
          browsers,
          trip);
    }
    if (request.hostSessionLive().getAsBoolean()) {
      return new DoctorReport(
          OverallState.CONNECTED,
          "Connected: an extension is talking to the host",
          "",
          browsers,
          trip);
    }
    return new DoctorReport(
        OverallState.NOT_CONNECTED,
        "Not connected: the host is installed, but no extension has connected",
        "load the extension: open chrome://extensions (or edge://, brave://), turn on Developer"
            + " mode, click 'Load unpacked' and choose Interceptor's extension folder; then run"
            + " interceptor doctor again",
        browsers,
        trip);
  }

  private BrowserDiagnosis diagnose(
      Registration registration, DoctorRequest request, ExtensionIds ids) {
    BrowserDefinition browser = registration.browser();
    List<Check> checks = new ArrayList<>();
    if (registration.isSkipped()) {
      checks.add(
          browser.supported()
              ? Check.fail("browser", registration.skipReason(), registration.skipReason())
              : Check.fail("browser", "unsupported", browser.unsupportedReason()));
      return new BrowserDiagnosis(browser.id(), browser.displayName(), "", checks);
    }
    if (!browser.caveat().isEmpty()) {
      checks.add(Check.warn("browser", browser.caveat(), browser.caveat()));
    }

    String reinstall = installCommand(request, browser.id());
    Optional<String> manifest = manifestRead(registration, request, reinstall, checks);
    manifest.ifPresent(
        path -> checks.addAll(manifests.inspect(browser.family(), path, ids, reinstall)));
    return new BrowserDiagnosis(browser.id(), browser.displayName(), manifest.orElse(""), checks);
  }

  /** The manifest the browser reads: a fixed file, or on Windows the registry's answer. */
  private Optional<String> manifestRead(
      Registration registration, DoctorRequest request, String reinstall, List<Check> checks) {
    if (!registration.manifestFiles().isEmpty()) {
      return Optional.of(registration.manifestFiles().get(0));
    }
    BrowserDefinition browser = registration.browser();
    BrowserLayout layout = browser.layout(environment.os()).orElseThrow();
    String expected = registrations.windowsManifest(request.hostDir(), browser.family());
    return registry.inspect(browser, layout, expected, reinstall, checks);
  }

  private List<String> missingDependencies(DoctorRequest request, List<BrowserDiagnosis> browsers) {
    List<String> missing = new ArrayList<>();
    OsFamily os = environment.os();
    String launcher = os.join(request.hostDir(), LauncherScript.fileName(os));
    if (!files.exists(launcher)) {
      missing.add("the launcher " + launcher);
    } else {
      manifests
          .runtimeCheck(launcher, "")
          .filter(check -> check.status() == CheckStatus.FAIL)
          .ifPresent(check -> missing.add(check.detail()));
    }
    if (browsers.isEmpty()) {
      missing.add("no supported browser found");
    } else if (browsers.stream().noneMatch(Doctor::hasManifest)) {
      missing.add("a host manifest for any browser");
    }
    return missing;
  }

  private RoundTrip roundTrip(
      List<BrowserDiagnosis> browsers,
      List<Registration> selected,
      ExtensionIds ids,
      DoctorRequest request) {
    for (int i = 0; i < browsers.size(); i++) {
      BrowserDiagnosis diagnosis = browsers.get(i);
      BrowserFamily family = selected.get(i).browser().family();
      List<String> allowed = ids.forFamily(family);
      Optional<String> launcher = launcherOf(diagnosis);
      if (diagnosis.healthy() && launcher.isPresent() && !allowed.isEmpty()) {
        List<String> command =
            roundTrip.command(family, launcher.get(), diagnosis.manifest(), allowed.get(0));
        return roundTrip.run(diagnosis.browser(), command, launcher.get(), request.timeout());
      }
    }
    return RoundTrip.skipped("no browser has a working manifest; fix the checks above first");
  }

  private static Optional<String> launcherOf(BrowserDiagnosis diagnosis) {
    return diagnosis.checks().stream()
        .filter(check -> check.id().equals("manifest.path") && check.status() == CheckStatus.PASS)
        .map(Check::detail)
        .findFirst();
  }

  private static boolean hasManifest(BrowserDiagnosis diagnosis) {
    return diagnosis.checks().stream()
        .anyMatch(
            check -> check.id().equals("manifest.present") && check.status() == CheckStatus.PASS);
  }

  /**
   * The install command that repairs what the doctor checked: for one browser, or (when {@code
   * browser} is empty) for the browsers the request named, so a {@code --profile-dir} check, which
   * needs its one {@code --browser}, gets a command that runs as printed.
   */
  private String installCommand(DoctorRequest request, String browser) {
    String browsers = browser.isEmpty() ? String.join(",", request.browsers()) : browser;
    StringBuilder command = new StringBuilder("interceptor install");
    if (!browsers.isEmpty()) {
      command.append(" --browser ").append(browsers);
    }
    String profileDir = request.profileDir();
    if (profileDir != null) {
      // POSIX shell quoting: a quote inside the path closes, escapes and reopens the quotes.
      command.append(" --profile-dir '").append(profileDir.replace("'", "'\\''")).append('\'');
    }
    if (request.system()) {
      command.append(" --system");
    }
    return command.toString();
  }
}
