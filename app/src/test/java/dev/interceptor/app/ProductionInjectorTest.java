package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.app.cli.GuiceCommandFactory;
import dev.interceptor.app.cli.InterceptorCommand;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Builds the production injector, so that a binding error fails the build. */
class ProductionInjectorTest {

  /**
   * Ports the commands need whose adapters and services are not in this build yet. When a module
   * binds one, Guice refuses the duplicate binding below and the port must leave this list.
   */
  private static final List<Class<?>> AWAITING_BINDINGS =
      List.of(
          SettingsStore.class,
          HostSessions.class,
          CaptureHistory.class,
          CookieJar.class,
          ChangeSettingsUseCase.class);

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
  void mainInjector_buildsWithoutTouchingTheDataDirectory() {
    Path missing = data.resolve("not-yet");

    Main.createInjector(new DataDirectory(missing), printer);

    assertThat(missing).doesNotExist();
  }

  @Test
  void everyCommand_isBuiltByTheProductionModules() {
    List<Module> modules =
        new ArrayList<>(InterceptorModules.all(new DataDirectory(data), printer));
    modules.add(new AwaitingBindings());
    Injector injector = Guice.createInjector(Stage.DEVELOPMENT, modules);
    CommandLine root = new CommandLine(InterceptorCommand.class, new GuiceCommandFactory(injector));

    List<Object> built = new ArrayList<>();
    build(root, built);

    assertThat(built).hasSizeGreaterThan(15).doesNotContainNull();
  }

  // Asking picocli for each command makes the factory, and so Guice, create it.
  private static void build(CommandLine command, List<Object> built) {
    built.add(command.getCommand());
    for (CommandLine sub : command.getSubcommands().values()) {
      build(sub, built);
    }
  }

  private static final class AwaitingBindings extends AbstractModule {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void configure() {
      for (Class<?> port : AWAITING_BINDINGS) {
        bind((Class) port).toInstance(mock(port));
      }
    }
  }
}
