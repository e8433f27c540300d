package dev.interceptor.adapter.export.archfixture;

/** Breaks "no standard streams except the frame writer and the CLI printer". */
public final class ExportPrinting {

  public void report(String line) {
    System.out.println(line);
  }
}
