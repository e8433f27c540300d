package dev.interceptor.core.port.in;

import dev.interceptor.core.model.capture.CapturedRequest;

/**
 * A capture received from an extension. {@code extensionOrigin} is the sender's origin ({@code
 * chrome-extension://<id>/} or a Firefox add-on id); its own traffic is never captured.
 */
public record CaptureRequestCommand(CapturedRequest request, String extensionOrigin) {}
