package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.app.cli.GuiceCommandFactory;
import dev.interceptor.app.cli.InterceptorCommand;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Builds the production injector, so that a binding error fails the build. */
class ProductionInjectorTest {

  @TempDir Path data;

  private final CliPrinter printer =
      new CliPrinter(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);

  @Test
  void productionModules_toolStage_haveNoBindingErrors() {
    assertThatCode(
            () ->
                Guice.createInjector(
                    Stage.TOOL, InterceptorModules.all(new DataDirectory(data), printer)))
        .doesNotThrowAnyException();
  }

  @Test
  void hostInjector_buildsTheBridgeHostsWithoutTheCommandLinesAdapters() throws Exception {
    Injector injector = Main.createHostInjector(new DataDirectory(data));

    try (StoreHandle store = injector.getInstance(StoreHandle.class)) {
      Object hosts = injector.getInstance(Class.forName("dev.interceptor.app.cli.BridgeHosts"));

      assertThat(hosts).isNotNull();
      assertThat(injector.getExistingBinding(Key.get(CliPrinter.class))).isNull();
      assertThat(data.resolve("interceptor.db")).doesNotExist();
    }
  }

  @Test
  void mainInjector_buildsWithoutTouchingTheDataDirectory() {
    Path missing = data.resolve("not-yet");

    Main.createInjector(new DataDirectory(missing), printer);

    assertThat(missing).doesNotExist();
  }

  @Test
  void everyCommand_isBuiltByTheProductionModulesWithoutOpeningTheStore() {
    Injector injector = Main.createInjector(new DataDirectory(data), printer);
    CommandLine root = new CommandLine(InterceptorCommand.class, new GuiceCommandFactory(injector));

    List<Object> built = new ArrayList<>();
    try (StoreHandle store = injector.getInstance(StoreHandle.class)) {
      build(root, built);
    }

    assertThat(built).hasSizeGreaterThan(15).doesNotContainNull();
    assertThat(data.resolve("interceptor.db")).doesNotExist();
  }

  @Test
  void settingsPort_freshStore_allowsTheCompanionExtension() {
    Injector injector = Main.createInjector(new DataDirectory(data), printer);

    try (StoreHandle store = injector.getInstance(StoreHandle.class)) {
      Settings settings = injector.getInstance(SettingsStore.class).load();

      assertThat(settings.allowedExtensionIds()).containsExactly(CompanionExtension.ID);
      assertThat(settings.capture().enabled()).isFalse();
    }
  }

  @Test
  void companionId_matchesTheExtensionShippedInThisRepository() throws Exception {
    Path idFile = Path.of("..", "extension", "EXTENSION_ID");

    assertThat(Files.readString(idFile).strip()).isEqualTo(CompanionExtension.ID);
  }

  // Asking picocli for each command makes the factory, and so Guice, create it.
  private static void build(CommandLine command, List<Object> built) {
    built.add(command.getCommand());
    for (CommandLine sub : command.getSubcommands().values()) {
      build(sub, built);
    }
  }
}
