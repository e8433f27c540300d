package dev.interceptor.app.cli;

import com.google.inject.ProvisionException;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.StoreException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Asks the store whether a host session is live, without letting a damaged or locked store stop the
 * doctor: the store is opened only here, and its failure becomes part of the answer.
 */
final class LiveSessionProbe {

  private final Provider<HostSessions> sessions;

  @Inject
  LiveSessionProbe(Provider<HostSessions> sessions) {
    this.sessions = sessions;
  }

  /** Whether a session is live, or why the store could not say. */
  Answer ask() {
    try {
      return new Answer(!sessions.get().live().isEmpty(), "", false);
    } catch (CliFailure e) {
      // No store yet: no host has run, so none is live; the doctor does not create one.
      if (e.exitCode() == ExitCode.NOT_FOUND) {
        return new Answer(false, "", true);
      }
      throw e;
    } catch (StoreException | ProvisionException e) {
      return new Answer(false, rootMessage(e), false);
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /**
   * The probe's answer.
   *
   * @param live whether a host session is live (false when unknown)
   * @param storeProblem why the store could not be read, or empty when it could
   * @param storeMissing whether there is no store yet (it is created when a host first runs)
   */
  record Answer(boolean live, String storeProblem, boolean storeMissing) {

    boolean storeReadable() {
      return storeProblem.isEmpty();
    }
  }
}
