package dev.interceptor.adapter.installer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The doctor's checks of one manifest file and the launcher it names. */
final class ManifestInspector {

  private final HostEnvironment environment;
  private final FileSystemPort files;

  ManifestInspector(HostEnvironment environment, FileSystemPort files) {
    this.environment = environment;
    this.files = files;
  }

  /**
   * Checks the manifest as the browser reads it; stops at the first check that makes the rest
   * meaningless (missing file, byte-order mark, invalid JSON).
   *
   * @param reinstall the install command for this browser, the usual fix
   */
  List<Check> inspect(
      BrowserFamily family, String manifestPath, ExtensionIds ids, String reinstall) {
    List<Check> checks = new ArrayList<>();
    Optional<byte[]> content = files.read(manifestPath);
    if (content.isEmpty()) {
      checks.add(
          Check.fail(
              "manifest.present",
              "no manifest at " + manifestPath + " (the browser says 'host not found')",
              reinstall));
      return checks;
    }
    checks.add(Check.pass("manifest.present", manifestPath));

    if (ManifestCodec.hasBom(content.get())) {
      checks.add(
          Check.fail("manifest.encoding", "the file starts with a byte-order mark", reinstall));
      return checks;
    }
    Optional<JsonNode> json = ManifestCodec.parse(content.get());
    if (json.isEmpty()) {
      checks.add(Check.fail("manifest.json", "not a valid JSON object", reinstall));
      return checks;
    }
    checks.add(Check.pass("manifest.json", "valid JSON, UTF-8 without byte-order mark"));

    checks.add(nameCheck(manifestPath, json.get(), reinstall));
    checks.add(typeCheck(json.get(), reinstall));
    checks.addAll(pathChecks(manifestPath, json.get(), reinstall));
    checks.add(allowedCheck(family, json.get(), ids, reinstall));
    return checks;
  }

  private Check nameCheck(String manifestPath, JsonNode manifest, String reinstall) {
    String name = text(manifest, "name");
    if (!HostName.isValid(name)) {
      return Check.fail(
          "manifest.name",
          "name '" + name + "' breaks the naming rules (lower-case letters, digits, '_', dots)",
          reinstall);
    }
    if (!name.equals(HostName.BRIDGE)) {
      return Check.fail(
          "manifest.name", "name is '" + name + "', expected " + HostName.BRIDGE, reinstall);
    }
    // Linux and macOS find the manifest by file name; Windows through the registry.
    String fileName = environment.os().fileName(manifestPath);
    if (environment.os() != OsFamily.WINDOWS && !fileName.equals(name + ".json")) {
      return Check.fail(
          "manifest.name", "file " + fileName + " does not match name " + name, reinstall);
    }
    return Check.pass("manifest.name", name);
  }

  private static Check typeCheck(JsonNode manifest, String reinstall) {
    String type = text(manifest, "type");
    return type.equals("stdio")
        ? Check.pass("manifest.type", "stdio")
        : Check.fail("manifest.type", "type is '" + type + "', must be 'stdio'", reinstall);
  }

  private List<Check> pathChecks(String manifestPath, JsonNode manifest, String reinstall) {
    OsFamily os = environment.os();
    String path = text(manifest, "path");
    if (path.isEmpty()) {
      return List.of(Check.fail("manifest.path", "no 'path' in the manifest", reinstall));
    }
    if (os == OsFamily.WINDOWS && path.indexOf('/') >= 0) {
      return List.of(
          Check.fail(
              "manifest.path",
              path + " contains '/'; cmd.exe cannot start a batch file through it",
              reinstall));
    }
    if (!os.isAbsolute(path) && os != OsFamily.WINDOWS) {
      return List.of(
          Check.fail(
              "manifest.path",
              path + " is not absolute (the browser says 'host not" + " found')",
              reinstall));
    }
    // Windows allows a path relative to the manifest's folder.
    String launcher = os.isAbsolute(path) ? path : os.join(os.parent(manifestPath), path);
    if (!files.exists(launcher)) {
      return List.of(
          Check.fail("manifest.path", "launcher " + launcher + " is missing", reinstall));
    }
    if (!isExecutable(launcher)) {
      String fix =
          os == OsFamily.WINDOWS
              ? reinstall
              : "chmod 755 '" + launcher + "' (or " + reinstall + ")";
      return List.of(Check.fail("manifest.path", launcher + " is not executable", fix));
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.pass("manifest.path", launcher));
    runtimeCheck(launcher, reinstall).ifPresent(checks::add);
    return checks;
  }

  /** The launcher's Java runtime, when the launcher is one this installer wrote. */
  Optional<Check> runtimeCheck(String launcher, String reinstall) {
    Optional<byte[]> content = files.read(launcher);
    if (content.isEmpty() || !LauncherScript.isOurs(content.get())) {
      return Optional.empty();
    }
    OsFamily os = environment.os();
    Optional<String> java =
        LauncherScript.runtimeOf(content.get(), os.parent(launcher), environment);
    if (java.isEmpty()) {
      return Optional.of(
          Check.fail("launcher.runtime", "the launcher names no runtime", reinstall));
    }
    if (!files.exists(java.get())) {
      return Optional.of(
          Check.fail(
              "launcher.runtime",
              "Java runtime " + java.get() + " is missing",
              "install Java 17 or later, then " + reinstall));
    }
    return Optional.of(Check.pass("launcher.runtime", java.get()));
  }

  private boolean isExecutable(String launcher) {
    if (environment.os() == OsFamily.WINDOWS) {
      String lower = launcher.toLowerCase(Locale.ROOT);
      return lower.endsWith(".bat") || lower.endsWith(".cmd") || lower.endsWith(".exe");
    }
    return files.isExecutable(launcher);
  }

  private static Check allowedCheck(
      BrowserFamily family, JsonNode manifest, ExtensionIds ids, String reinstall) {
    boolean chromium = family == BrowserFamily.CHROMIUM;
    String field = chromium ? "allowed_origins" : "allowed_extensions";
    List<String> configured = ids.forFamily(family);
    if (configured.isEmpty()) {
      return Check.warn(
          "manifest.allowed",
          "no " + (chromium ? "extension" : "add-on") + " id configured to compare with",
          "pass --extension-id with your extension's id");
    }
    List<String> entries = new ArrayList<>();
    JsonNode array = manifest.get(field);
    if (array != null && array.isArray()) {
      array.forEach(entry -> entries.add(entry.asText()));
    }
    for (String id : configured) {
      String wanted = chromium ? ExtensionIds.origin(id) : id;
      if (entries.contains(wanted)) {
        continue;
      }
      String detail =
          chromium && entries.contains("chrome-extension://" + id)
              ? field + " lists chrome-extension://" + id + " without the trailing slash"
              : field
                  + " does not contain "
                  + wanted
                  + " (the browser says 'access ... is forbidden')";
      return Check.fail("manifest.allowed", detail, reinstall + " --extension-id " + id);
    }
    return Check.pass("manifest.allowed", field + " " + entries);
  }

  private static String text(JsonNode manifest, String field) {
    JsonNode node = manifest.get(field);
    return node != null && node.isTextual() ? node.asText() : "";
  }
}
