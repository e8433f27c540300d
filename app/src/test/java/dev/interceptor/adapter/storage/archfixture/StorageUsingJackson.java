package dev.interceptor.adapter.storage.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "Jackson only where JSON is read or written": storage keeps columns, not JSON. */
public final class StorageUsingJackson {

  public ObjectMapper mapper() {
    return new ObjectMapper();
  }
}
