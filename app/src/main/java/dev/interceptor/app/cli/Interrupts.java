package dev.interceptor.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) into an interrupt of a waiting thread, so a command that runs until stopped
 * ends normally with exit code 0 instead of being killed by the signal.
 */
final class Interrupts {

  private static final Logger LOG = LoggerFactory.getLogger(Interrupts.class);

  /** From now on, SIGINT interrupts {@code thread} instead of ending the process. */
  void onInterrupt(Thread thread) {
    try {
      Signal.handle(new Signal("INT"), signal -> thread.interrupt());
    } catch (IllegalArgumentException e) {
      // The platform has no SIGINT or the JVM reserves it (-Xrs): Ctrl-C ends the process.
      LOG.debug("cannot handle SIGINT: {}", e.getMessage());
    }
  }
}
