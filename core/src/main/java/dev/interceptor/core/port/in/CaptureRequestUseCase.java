package dev.interceptor.core.port.in;

/** Decides whether a captured request is kept, and where, and stores it. */
public interface CaptureRequestUseCase {

  /** Throws {@code StoreException} when the store fails; nothing is half-stored then. */
  CaptureOutcome capture(CaptureRequestCommand command);
}
