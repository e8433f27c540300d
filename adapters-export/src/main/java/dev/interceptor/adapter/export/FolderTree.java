package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.export.ExportedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Requests arranged in their folders. Folders appear where their first request appears; requests
 * keep the export's order inside each folder.
 */
final class FolderTree implements FolderNode {

  private final String name;
  private final Map<String, FolderTree> folders = new LinkedHashMap<>();
  private final List<FolderNode> children = new ArrayList<>();

  private FolderTree(String name) {
    this.name = name;
  }

  /** Arranges the requests, passing each through {@code prepare} (redaction) on the way. */
  static FolderTree of(Iterable<ExportedRequest> requests, UnaryOperator<CapturedRequest> prepare) {
    FolderTree root = new FolderTree("");
    for (ExportedRequest exported : requests) {
      FolderTree folder = root;
      for (String segment : exported.folder().segments()) {
        folder = folder.child(segment);
      }
      folder.children.add(new FolderNode.Request(prepare.apply(exported.request())));
    }
    return root;
  }

  String name() {
    return name;
  }

  List<FolderNode> children() {
    return List.copyOf(children);
  }

  private FolderTree child(String segment) {
    FolderTree existing = folders.get(segment);
    if (existing != null) {
      return existing;
    }
    FolderTree created = new FolderTree(segment);
    folders.put(segment, created);
    children.add(created);
    return created;
  }
}
