package dev.interceptor.app.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain text table for people: left-aligned columns two spaces apart, header in bold. */
final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  static Table of(String... headers) {
    return new Table(List.of(headers));
  }

  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(CliPrinter printer) {
    int[] widths = widths();

    printer.line(printer.bold(format(headers, widths)));
    for (List<String> row : rows) {
      printer.line(format(row, widths));
    }
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      // The last column is not padded, so lines carry no trailing blanks.
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    return line.toString();
  }
}
