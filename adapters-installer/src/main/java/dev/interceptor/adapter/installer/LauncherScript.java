package dev.interceptor.adapter.installer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The launcher the browser starts: a POSIX shell script, or a batch file on Windows. Both write
 * nothing to stdout themselves and exit non-zero with one stderr line when the runtime is gone.
 */
final class LauncherScript {

  /** Marks a launcher this installer wrote, so that uninstall removes only its own file. */
  static final String MARKER = "interceptor-launcher v1";

  private static final String POSIX_RUNTIME_PREFIX = "java=";
  private static final String BATCH_RUNTIME_PREFIX = "set \"JAVA=";
  private static final List<String> WINDOWS_FOLDER_VARIABLES =
      List.of("LOCALAPPDATA", "APPDATA", "USERPROFILE", "ProgramFiles");

  /**
   * Keeps up to 4 MiB of freed memory in glibc's heaps instead of handing it back at once: the
   * store's writer frees and allocates the same few megabytes for every batch, and giving them back
   * each time (with the page faults after) cost a fifth of the captures stored per second. A value
   * the user set wins; other C libraries ignore the variable.
   */
  private static final String MALLOC_TRIM =
      "MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-4194304}; export MALLOC_TRIM_THRESHOLD_";

  private static final String MALLOC_TRIM_COMMENT =
      "# glibc: keep freed memory for reuse rather than return it after every batch.";

  private LauncherScript() {}

  static String fileName(OsFamily os) {
    return os == OsFamily.WINDOWS ? "interceptor-host.bat" : "interceptor-host";
  }

  /** The java executable inside a Java home. */
  static String javaIn(OsFamily os, String javaHome) {
    return os.join(javaHome, "bin", os == OsFamily.WINDOWS ? "java.exe" : "java");
  }

  /**
   * The launcher's content.
   *
   * @throws InstallerException when a Windows path outside the launcher's folder has characters
   *     that cmd.exe cannot read from a batch file
   */
  static byte[] render(
      HostEnvironment environment, String launcherDir, String javaExecutable, LaunchSpec spec) {
    String text =
        environment.os() == OsFamily.WINDOWS
            ? batch(environment, launcherDir, javaExecutable, spec)
            : environment.os() == OsFamily.LINUX && startsImage(javaExecutable, spec)
                ? linuxImage(javaExecutable, spec)
                : posix(javaExecutable, spec);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static boolean isOurs(byte[] content) {
    return new String(content, StandardCharsets.UTF_8).contains(MARKER);
  }

  /** The java executable a launcher written here starts, with Windows folder variables expanded. */
  static Optional<String> runtimeOf(byte[] content, String launcherDir, HostEnvironment env) {
    for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n")) {
      if (line.startsWith(POSIX_RUNTIME_PREFIX)) {
        return Optional.of(unquotePosix(line.substring(POSIX_RUNTIME_PREFIX.length())));
      }
      if (line.startsWith(BATCH_RUNTIME_PREFIX) && line.endsWith("\"")) {
        String value = line.substring(BATCH_RUNTIME_PREFIX.length(), line.length() - 1);
        return Optional.of(expandBatch(value, launcherDir, env));
      }
    }
    return Optional.empty();
  }

  /** True when {@code executable} is the image's own launcher, which takes no JVM options. */
  private static boolean startsImage(String executable, LaunchSpec spec) {
    return executable.equals(spec.imageLauncher());
  }

  /**
   * A launcher for a Linux application image that starts the image's runtime with the options and
   * the class path of the image's launcher configuration ({@code lib/app/<name>.cfg}), read on
   * every start so that an upgrade in place keeps working. The class path is the image launcher's
   * own, jar by jar in its order, so the image's AppCDS archive applies. The image's native
   * launcher itself is not started: on Linux it asks {@code rpm} and {@code dpkg} which package
   * owns it on every start, which costs more than the rest of the start. Pure shell, no process.
   */
  private static String linuxImage(String imageLauncher, LaunchSpec spec) {
    OsFamily os = OsFamily.LINUX;
    String image = os.parent(os.parent(imageLauncher));
    String name = imageLauncher.substring(imageLauncher.lastIndexOf('/') + 1);
    String app = os.join(image, "lib", "app");

    List<String> lines =
        List.of(
            "#!/bin/sh",
            "# " + MARKER + ": written by 'interceptor install'.",
            "# The browser starts this; stdout carries protocol frames only.",
            POSIX_RUNTIME_PREFIX + quotePosix(os.join(image, "lib", "runtime", "bin", "java")),
            "app=" + quotePosix(app),
            "cfg=\"$app/\"" + quotePosix(name + ".cfg"),
            "if [ ! -x \"$java\" ] || [ ! -f \"$cfg\" ]; then",
            "  echo \"interceptor: no Java runtime at $java; run 'interceptor install' again\" >&2",
            "  exit 127",
            "fi",
            "nl='",
            "'",
            "cp=",
            "opts=",
            "main=" + quotePosix(spec.mainClass()),
            "while IFS= read -r line; do",
            "  case $line in",
            "    app.classpath=*) cp=\"$cp${cp:+:}$app${line#app.classpath=\\$APPDIR}\" ;;",
            "    app.mainclass=*) main=${line#app.mainclass=} ;;",
            "    java-options=*)",
            "      opt=${line#java-options=}",
            "      case $opt in",
            "        *'$APPDIR'*) opt=\"${opt%%\\$APPDIR*}$app${opt#*\\$APPDIR}\" ;;",
            "      esac",
            "      opts=\"$opts$opt$nl\" ;;",
            "  esac",
            "done < \"$cfg\"",
            MALLOC_TRIM_COMMENT,
            MALLOC_TRIM,
            "# One option per line: split on newlines only, and expand no pattern.",
            "set -f",
            "IFS=$nl",
            "exec \"$java\" $opts -cp \"$cp\" \"$main\" " + LaunchSpec.hostCommand() + " \"$@\"");
    return String.join("\n", lines) + "\n";
  }

  private static String posix(String javaExecutable, LaunchSpec spec) {
    List<String> command = new ArrayList<>();
    if (!startsImage(javaExecutable, spec)) {
      command.addAll(LaunchSpec.FAST_START_OPTIONS);
      command.addAll(spec.jvmOptions());
      command.add("-cp");
      command.add(String.join(":", spec.classPath()));
      command.add(spec.mainClass());
    }
    command.add(LaunchSpec.hostCommand());

    StringBuilder script = new StringBuilder();
    script.append("#!/bin/sh\n");
    script.append("# ").append(MARKER).append(": written by 'interceptor install'.\n");
    script.append("# The browser starts this; stdout carries protocol frames only.\n");
    script.append(POSIX_RUNTIME_PREFIX).append(quotePosix(javaExecutable)).append('\n');
    script.append("if [ ! -x \"$java\" ]; then\n");
    script
        .append("  echo \"interceptor: no Java runtime at $java;")
        .append(" run 'interceptor install' again\" >&2\n");
    script.append("  exit 127\n");
    script.append("fi\n");
    script.append(MALLOC_TRIM_COMMENT).append('\n');
    script.append(MALLOC_TRIM).append('\n');
    script.append("exec \"$java\"");
    command.forEach(word -> script.append(' ').append(quotePosix(word)));
    script.append(" \"$@\"\n");
    return script.toString();
  }

  private static String batch(
      HostEnvironment environment, String launcherDir, String javaExecutable, LaunchSpec spec) {
    List<String> classPath = new ArrayList<>();
    for (String entry : spec.classPath()) {
      classPath.add(batchPath(environment, launcherDir, entry));
    }
    StringBuilder command = new StringBuilder("\"%JAVA%\"");
    if (!startsImage(javaExecutable, spec)) {
      for (String option : LaunchSpec.FAST_START_OPTIONS) {
        command.append(' ').append(option);
      }
      for (String option : spec.jvmOptions()) {
        command.append(" \"").append(escapeBatch(option)).append('"');
      }
      command.append(" -cp \"").append(String.join(";", classPath)).append('"');
      command.append(' ').append(spec.mainClass());
    }
    command.append(' ').append(LaunchSpec.hostCommand());
    command.append(" %*");

    // No parenthesised blocks: a ')' in an expanded path would end them early.
    List<String> lines =
        List.of(
            "@echo off",
            "rem " + MARKER + ": written by 'interceptor install'.",
            "rem The browser starts this; stdout carries protocol frames only.",
            BATCH_RUNTIME_PREFIX + batchPath(environment, launcherDir, javaExecutable) + "\"",
            "if not exist \"%JAVA%\" goto noruntime",
            command.toString(),
            "exit /b %ERRORLEVEL%",
            ":noruntime",
            "echo interceptor: no Java runtime at \"%JAVA%\"; run 'interceptor install' again 1>&2",
            "exit /b 1");
    return String.join("\r\n", lines) + "\r\n";
  }

  /**
   * A path as the batch file writes it: relative to the batch file's own folder through %~dp0 when
   * inside it, else through a folder variable, so that no user name is spelled out (cmd.exe reads
   * batch files in the OEM code page, which mangles non-ASCII names).
   */
  private static String batchPath(HostEnvironment environment, String launcherDir, String path) {
    String windowsPath = OsFamily.WINDOWS.normalize(path);
    @Nullable String inside = relativeTo(launcherDir, windowsPath);
    if (inside != null) {
      return "%~dp0" + escapeBatch(inside);
    }
    for (String name : WINDOWS_FOLDER_VARIABLES) {
      @Nullable String folder = environment.variable(name);
      @Nullable String below = folder == null ? null : relativeTo(folder, windowsPath);
      if (below != null) {
        return "%" + name + "%\\" + escapeBatch(below);
      }
    }
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(windowsPath)) {
      throw new InstallerException(
          "The path "
              + windowsPath
              + " has characters a batch file cannot hold; move it below the user's profile or"
              + " next to the launcher");
    }
    return escapeBatch(windowsPath);
  }

  private static @Nullable String relativeTo(String folder, String path) {
    String prefix = folder.endsWith("\\") ? folder : folder + "\\";
    boolean below =
        path.length() > prefix.length()
            && path.substring(0, prefix.length())
                .toLowerCase(Locale.ROOT)
                .equals(prefix.toLowerCase(Locale.ROOT));
    return below ? path.substring(prefix.length()) : null;
  }

  private static String escapeBatch(String text) {
    return text.replace("%", "%%");
  }

  private static String expandBatch(String value, String launcherDir, HostEnvironment env) {
    String expanded =
        value.replace("%~dp0", launcherDir.endsWith("\\") ? launcherDir : launcherDir + "\\");
    for (String name : WINDOWS_FOLDER_VARIABLES) {
      String folder = env.variable(name);
      if (folder != null) {
        expanded = expanded.replace("%" + name + "%", folder);
      }
    }
    return expanded.replace("%%", "%");
  }

  private static String quotePosix(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static String unquotePosix(String quoted) {
    String inner = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
    return inner.replace("'\\''", "'");
  }
}
