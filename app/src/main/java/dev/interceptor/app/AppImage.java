package dev.interceptor.app;

import dev.interceptor.adapter.installer.LaunchSpec;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the running application's jars and Java runtime are, and so what the host launcher must
 * start. Known layouts:
 *
 * <ul>
 *   <li>the Maven distribution: {@code bin/interceptor}, jars in {@code lib/}, the runtime of
 *       {@code JAVA_HOME} or {@code PATH};
 *   <li>a jpackage image: jars in {@code lib/app/} and the bundled runtime in {@code lib/runtime/}
 *       (Linux), {@code app\} and {@code runtime\} (Windows), {@code Contents/app/} and {@code
 *       Contents/runtime/Contents/Home/} (macOS); its native launcher sets {@code
 *       jpackage.app-path}.
 * </ul>
 *
 * @param jarDir the folder of the jar holding the main class, or, when the classes are not in a jar
 *     (tests, an IDE), the working directory
 * @param home the application's folder: the jar folder's parent, or the image for {@code lib/app}
 * @param classPath the class path the host needs, absolute: every jar of the jar folder as one
 *     {@code dir/*} entry, so that an upgrade in place that renames jars keeps the host working
 * @param runtimes Java homes in order of preference: the bundled runtime, then {@code java.home}
 * @param imageLauncher the image's native launcher ({@code jpackage.app-path}) when it exists: the
 *     host launcher starts it, so the host gets the image's JVM options and AppCDS archive
 */
record AppImage(
    Path jarDir,
    Path home,
    List<Path> classPath,
    List<Path> runtimes,
    @Nullable Path imageLauncher) {

  AppImage {
    classPath = List.copyOf(classPath);
    runtimes = List.copyOf(runtimes);
  }

  /**
   * Locates the application from the jar that holds {@code mainClass} and from the system
   * properties.
   */
  static AppImage locate(Class<?> mainClass, Properties properties) {
    return locate(codeSource(mainClass), properties);
  }

  /** Locates the application from the jar (or classes folder) its main class was loaded from. */
  static AppImage locate(Path codeSource, Properties properties) {
    boolean inJar = Files.isRegularFile(codeSource);

    Path jarDir = inJar ? codeSource.getParent() : Path.of("").toAbsolutePath();
    Path home = homeOf(jarDir);
    List<Path> classPath = inJar ? List.of(jarDir.resolve("*")) : classPathOf(properties);
    return new AppImage(
        jarDir, home, classPath, runtimes(jarDir, properties), imageLauncher(properties));
  }

  /** What the launcher starts: the first runtime with a {@code java}, the class path, the class. */
  LaunchSpec launchSpec(String mainClassName) {
    return new LaunchSpec(
        runtimes.stream().map(Path::toString).toList(),
        classPath.stream().map(Path::toString).toList(),
        mainClassName,
        List.of(),
        imageLauncher == null ? null : imageLauncher.toString());
  }

  private static @Nullable Path imageLauncher(Properties properties) {
    String appPath = properties.getProperty("jpackage.app-path", "");
    if (appPath.isBlank()) {
      return null;
    }
    Path launcher = Path.of(appPath).toAbsolutePath().normalize();
    return Files.isRegularFile(launcher) && Files.isExecutable(launcher) ? launcher : null;
  }

  private static Path codeSource(Class<?> mainClass) {
    CodeSource source = mainClass.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IllegalStateException(mainClass.getName() + " has no code source");
    }
    try {
      return Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "the code source of " + mainClass.getName() + " is no path", e);
    }
  }

  private static Path homeOf(Path jarDir) {
    Path parent = jarDir.getParent() == null ? jarDir : jarDir.getParent();
    boolean jpackageLinux =
        jarDir.endsWith("app") && parent.endsWith("lib") && parent.getParent() != null;
    return jpackageLinux ? parent.getParent() : parent;
  }

  private static List<Path> classPathOf(Properties properties) {
    List<Path> entries = new ArrayList<>();
    for (String entry : properties.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry).toAbsolutePath());
      }
    }
    return entries;
  }

  /**
   * The bundled runtime where the image has one, then the runtime running now. The running one is
   * the bundled one inside an image, and else the one the user chose to start Interceptor with.
   */
  private static List<Path> runtimes(Path jarDir, Properties properties) {
    List<Path> bundled = new ArrayList<>();
    String appPath = properties.getProperty("jpackage.app-path", "");
    if (!appPath.isBlank()) {
      Path launcherDir = Path.of(appPath).toAbsolutePath().getParent();
      if (launcherDir != null) {
        bundled.add(launcherDir.resolve("../lib/runtime"));
        bundled.add(launcherDir.resolve("runtime"));
        bundled.add(launcherDir.resolve("../runtime/Contents/Home"));
      }
    }
    bundled.add(jarDir.resolve("../runtime"));
    bundled.add(jarDir.resolve("../runtime/Contents/Home"));

    Set<Path> homes = new LinkedHashSet<>();
    for (Path candidate : bundled) {
      if (Files.isDirectory(candidate.resolve("bin"))) {
        homes.add(candidate.normalize());
      }
    }
    homes.add(Path.of(properties.getProperty("java.home")).toAbsolutePath().normalize());
    return List.copyOf(homes);
  }
}
