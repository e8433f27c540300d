package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.adapter.installer.LaunchSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImageTest {

  @TempDir Path root;

  private final Properties properties = new Properties();

  @Test
  void locate_mavenDistribution_usesItsLibFolderAndTheRunningJava() throws IOException {
    Path jar = jar(root.resolve("interceptor/lib/interceptor-app.jar"));
    properties.setProperty("java.home", root.resolve("jdk").toString());

    AppImage image = AppImage.locate(jar, properties);

    assertThat(image.home()).isEqualTo(root.resolve("interceptor"));
    assertThat(image.classPath()).containsExactly(root.resolve("interceptor/lib/*"));
    assertThat(image.runtimes()).containsExactly(root.resolve("jdk"));
  }

  @Test
  void locate_jpackageLinuxImage_putsTheBundledRuntimeFirst() throws IOException {
    Path jar = jar(root.resolve("img/lib/app/interceptor-app.jar"));
    Files.createDirectories(root.resolve("img/lib/runtime/bin"));
    properties.setProperty("java.home", "/usr/lib/jvm/other");

    AppImage image = AppImage.locate(jar, properties);

    assertThat(image.home()).isEqualTo(root.resolve("img"));
    assertThat(image.classPath()).containsExactly(root.resolve("img/lib/app/*"));
    assertThat(image.runtimes())
        .containsExactly(root.resolve("img/lib/runtime"), Path.of("/usr/lib/jvm/other"));
  }

  @Test
  void locate_insideTheImage_listsTheBundledRuntimeOnce() throws IOException {
    Path jar = jar(root.resolve("img/lib/app/interceptor-app.jar"));
    Files.createDirectories(root.resolve("img/lib/runtime/bin"));
    properties.setProperty("java.home", root.resolve("img/lib/runtime").toString());
    properties.setProperty("jpackage.app-path", root.resolve("img/bin/interceptor").toString());

    AppImage image = AppImage.locate(jar, properties);

    assertThat(image.runtimes()).containsExactly(root.resolve("img/lib/runtime"));
  }

  @Test
  void locate_jpackageAppPathOfAWindowsImage_findsItsRuntimeFolder() throws IOException {
    Path jar = jar(root.resolve("moved/app/interceptor-app.jar"));
    Files.createDirectories(root.resolve("img/runtime/bin"));
    properties.setProperty("java.home", "/jdk");
    properties.setProperty("jpackage.app-path", root.resolve("img/interceptor.exe").toString());

    AppImage image = AppImage.locate(jar, properties);

    assertThat(image.runtimes()).containsExactly(root.resolve("img/runtime"), Path.of("/jdk"));
  }

  @Test
  void locate_classesFolder_usesTheJvmClassPath() throws IOException {
    Path classes = Files.createDirectories(root.resolve("target/classes"));
    properties.setProperty("java.home", "/jdk");
    properties.setProperty(
        "java.class.path", classes + java.io.File.pathSeparator + root.resolve("dep.jar"));

    AppImage image = AppImage.locate(classes, properties);

    assertThat(image.classPath()).containsExactly(classes, root.resolve("dep.jar"));
  }

  @Test
  void launchSpec_namesRuntimesClassPathAndMainClass() throws IOException {
    Path jar = jar(root.resolve("interceptor/lib/interceptor-app.jar"));
    properties.setProperty("java.home", "/jdk");

    LaunchSpec spec = AppImage.locate(jar, properties).launchSpec("dev.interceptor.app.Main");

    assertThat(spec.runtimeCandidates()).isEqualTo(List.of("/jdk"));
    assertThat(spec.classPath()).isEqualTo(List.of(root.resolve("interceptor/lib/*").toString()));
    assertThat(spec.mainClass()).isEqualTo("dev.interceptor.app.Main");
  }

  @Test
  void launchSpec_runningFromAnImage_startsTheImageLauncher() throws IOException {
    Path jar = jar(root.resolve("img/lib/app/interceptor-app.jar"));
    Files.createDirectories(root.resolve("img/lib/runtime/bin"));
    Path launcher = Files.createDirectories(root.resolve("img/bin")).resolve("interceptor");
    Files.writeString(launcher, "#!/bin/sh\n");
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    properties.setProperty("java.home", root.resolve("img/lib/runtime").toString());
    properties.setProperty("jpackage.app-path", launcher.toString());

    LaunchSpec spec = AppImage.locate(jar, properties).launchSpec("dev.interceptor.app.Main");

    assertThat(spec.imageLauncher()).isEqualTo(launcher.toString());
    assertThat(spec.runtimeCandidates())
        .containsExactly(root.resolve("img/lib/runtime").toString());
  }

  @Test
  void launchSpec_imageLauncherMissing_startsJava() throws IOException {
    Path jar = jar(root.resolve("img/lib/app/interceptor-app.jar"));
    properties.setProperty("java.home", "/jdk");
    properties.setProperty("jpackage.app-path", root.resolve("img/bin/interceptor").toString());

    LaunchSpec spec = AppImage.locate(jar, properties).launchSpec("dev.interceptor.app.Main");

    assertThat(spec.imageLauncher()).isNull();
  }

  private static Path jar(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.write(path, new byte[] {'P', 'K', 3, 4});
  }
}
