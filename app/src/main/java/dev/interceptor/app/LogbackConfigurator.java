package dev.interceptor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import dev.interceptor.app.cli.LogLevel;

/**
 * Replaces logback's default set-up, which logs to stdout, with warnings on stderr. Logback finds
 * it through {@code META-INF/services} before the first logger is made, so nothing logged early can
 * reach stdout.
 */
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    // A registered listener stops logback printing its own status messages, which go to stdout.
    context.getStatusManager().add(new NopStatusListener());

    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(LogAppenders.stderr(context, LogLevel.WARN));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
