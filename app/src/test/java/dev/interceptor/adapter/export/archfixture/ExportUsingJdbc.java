package dev.interceptor.adapter.export.archfixture;

import java.sql.Connection;
import java.sql.DriverManager;

/** Breaks "JDBC only in the storage adapter". */
public final class ExportUsingJdbc {

  public Connection open() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite::memory:");
  }
}
