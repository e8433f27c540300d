package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;

/** One element of a {@link FolderTree}: a sub-folder or a request. */
sealed interface FolderNode permits FolderTree, FolderNode.Request {

  /** A request in a folder. */
  record Request(CapturedRequest request) implements FolderNode {}
}
