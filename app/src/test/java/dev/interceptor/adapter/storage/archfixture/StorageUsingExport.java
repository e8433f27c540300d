package dev.interceptor.adapter.storage.archfixture;

import dev.interceptor.adapter.export.archfixture.ExportFixture;

/** Breaks "adapters are independent of each other". */
public final class StorageUsingExport {

  public ExportFixture export() {
    return new ExportFixture();
  }
}
