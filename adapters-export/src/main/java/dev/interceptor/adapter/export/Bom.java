package dev.interceptor.adapter.export;

import java.io.IOException;
import java.io.InputStream;

/** Skips a UTF-8 byte-order mark (EF BB BF), which JSON parsers refuse (RFC 8259 8.1). */
final class Bom {

  private Bom() {}

  /** {@code in} positioned after a BOM if it starts with one; {@code in} must support mark. */
  static InputStream skip(InputStream in) throws IOException {
    in.mark(3);
    boolean bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
    if (!bom) {
      in.reset();
    }
    return in;
  }
}
