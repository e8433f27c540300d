package dev.interceptor.adapter.installer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the launcher script starts: the Java runtime, the class path, the main class and the
 * application's own JVM options. The application supplies it, since only it knows its layout.
 *
 * @param runtimeCandidates Java homes to try in order (the bundled runtime first, then the current
 *     {@code java.home}); the first with a {@code bin/java} is written into the launcher
 * @param classPath class path entries, absolute; a {@code dir/*} entry names every jar in dir
 * @param mainClass the application's main class, started as {@code main host <browser args>}
 * @param jvmOptions extra JVM options after the fast-start ones (an AppCDS archive, system
 *     properties); none of them may log to stdout
 * @param imageLauncher the native launcher of the application image the application runs from, or
 *     null: when it exists, the launcher script starts it instead of {@code java}, since it carries
 *     the image's own JVM options (its AppCDS archive made for its exact class path, the
 *     pre-extracted SQLite library, JVM logging on stderr) and still works after the image is
 *     upgraded in place
 */
public record LaunchSpec(
    List<String> runtimeCandidates,
    List<String> classPath,
    String mainClass,
    List<String> jvmOptions,
    @Nullable String imageLauncher) {

  /**
   * The options for a fast start (C1 JIT only, the serial collector, the class-data archive when
   * present) and for a clean stdout: JVM logging goes to stderr, warnings only, since stdout
   * carries protocol frames.
   */
  public static final List<String> FAST_START_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xshare:auto",
          "-Xlog:disable",
          "-Xlog:all=warning:stderr");

  public LaunchSpec {
    if (runtimeCandidates.isEmpty()) {
      throw new IllegalArgumentException("runtimeCandidates must name at least one Java home");
    }
    if (classPath.isEmpty()) {
      throw new IllegalArgumentException("classPath must not be empty");
    }
    if (!mainClass.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
      throw new IllegalArgumentException("mainClass is not a class name: " + mainClass);
    }
    runtimeCandidates = List.copyOf(runtimeCandidates);
    classPath = List.copyOf(classPath);
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** A launch of {@code java} itself, for an application that is not in an image. */
  public LaunchSpec(
      List<String> runtimeCandidates,
      List<String> classPath,
      String mainClass,
      List<String> jvmOptions) {
    this(runtimeCandidates, classPath, mainClass, jvmOptions, null);
  }

  /** The argument the application's main method takes to run as the host. */
  public static String hostCommand() {
    return "host";
  }
}
