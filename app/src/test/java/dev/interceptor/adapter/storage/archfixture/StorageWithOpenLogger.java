package dev.interceptor.adapter.storage.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks "loggers are private static final". */
public final class StorageWithOpenLogger {

  public Logger log = LoggerFactory.getLogger(StorageWithOpenLogger.class);
}
