package dev.interceptor.core.model.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.routing.FolderPath;

/** A request to export and the folder it sits in (the root for History). */
public record ExportedRequest(FolderPath folder, CapturedRequest request) {}
