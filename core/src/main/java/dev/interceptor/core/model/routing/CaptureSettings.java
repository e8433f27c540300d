package dev.interceptor.core.model.routing;

import dev.interceptor.core.model.capture.CaptureFilter;

/** Whether capture is on, what it keeps, and where it puts it. Capture is off until turned on. */
public record CaptureSettings(boolean enabled, CaptureFilter filter, CaptureTarget target) {

  public static final CaptureSettings DEFAULT =
      new CaptureSettings(false, CaptureFilter.ALL, CaptureTarget.HISTORY);
}
