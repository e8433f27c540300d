package dev.interceptor.app.cli;

import com.google.inject.Injector;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import picocli.CommandLine;

/**
 * Lets picocli create commands through the injector. Picocli creates a command only when it is
 * used, so a command's dependencies are built only when that command runs.
 */
public final class GuiceCommandFactory implements CommandLine.IFactory {

  private final Injector injector;

  public GuiceCommandFactory(Injector injector) {
    this.injector = injector;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    // Picocli also asks for collections and interfaces to hold option values: those are its own.
    boolean container = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    if (container || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return CommandLine.defaultFactory().create(type);
    }
    return injector.getInstance(type);
  }
}
