package dev.interceptor.core.model.capture;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A captured request body, in the form the browser exposed it.
 *
 * <p>{@link Text} holds a body the browser gave as text, {@link Bytes} raw bytes, {@link Form}
 * fields the browser decoded from a form (it gives no raw bytes then), and {@link None} no body.
 */
public sealed interface RequestBody {

  /** No body was sent (or the browser exposed none). */
  record None() implements RequestBody {}

  /**
   * A body given as text. A body read from a message is held as the UTF-8 bytes it arrived in
   * rather than as a {@code String} beside them, so that the host keeps one copy of it, and a large
   * one as a {@link BodySource} of those bytes, so that the host keeps none in memory; {@link
   * #text()} decodes those bytes when it is asked.
   */
  final class Text implements RequestBody {

    private final @Nullable String text;
    private final byte @Nullable [] utf8;
    private final int from;
    private final int to;
    private final @Nullable BodySource source;

    public Text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      this.utf8 = null;
      this.from = 0;
      this.to = 0;
      this.source = null;
    }

    private Text(byte[] utf8, int from, int to) {
      this.text = null;
      this.utf8 = utf8;
      this.from = from;
      this.to = to;
      this.source = null;
    }

    private Text(BodySource source) {
      this.text = null;
      this.utf8 = null;
      this.from = 0;
      this.to = 0;
      this.source = source;
    }

    /**
     * The text whose well-formed UTF-8 bytes are {@code buffer[from, to)}. The buffer is kept, not
     * copied: the caller hands it over and does not change it afterwards.
     */
    public static Text ofUtf8(byte[] buffer, int from, int to) {
      Objects.checkFromToIndex(from, to, buffer.length);
      return new Text(buffer, from, to);
    }

    /**
     * The text whose well-formed UTF-8 bytes {@code source} yields, read from it each time they are
     * needed: the body stays out of memory until a caller asks for it whole.
     */
    public static Text streamed(BodySource source) {
      return new Text(Objects.requireNonNull(source, "source"));
    }

    /**
     * The source of the text's UTF-8 bytes when it is {@link #streamed}; a caller that can take the
     * body as a stream reads it from there rather than from {@link #utf8()}.
     */
    public Optional<BodySource> source() {
      return Optional.ofNullable(source);
    }

    /** The text; decoded anew at each call when it is held as UTF-8. */
    public String text() {
      if (source != null) {
        return new String(BodySource.readAll(source), StandardCharsets.UTF_8);
      }
      return utf8 == null ? Objects.requireNonNull(text) : decoded(utf8);
    }

    /**
     * The text in UTF-8: a read-only view of the bytes it is held in, or encoded now, with each
     * lone surrogate (which UTF-8 has no form for) as {@code ?}.
     */
    public ByteBuffer utf8() {
      if (source != null) {
        return ByteBuffer.wrap(BodySource.readAll(source)).asReadOnlyBuffer();
      }
      byte[] bytes = utf8;
      if (bytes == null) {
        return ByteBuffer.wrap(text().getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
      }
      return ByteBuffer.wrap(bytes, from, to - from).slice().asReadOnlyBuffer();
    }

    /** The length of {@link #utf8()}, counted without encoding the text. */
    public long utf8Length() {
      if (source != null) {
        return source.length();
      }
      return utf8 == null ? Utf8Length.of(Objects.requireNonNull(text)) : to - from;
    }

    /** Whether the text is held as well-formed UTF-8, as {@link #ofUtf8} or {@link #streamed}. */
    public boolean heldAsUtf8() {
      return utf8 != null || source != null;
    }

    private String decoded(byte[] bytes) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Text)) {
        return false;
      }
      Text other = (Text) o;
      if (utf8 != null && other.utf8 != null) {
        return Arrays.equals(utf8, from, to, other.utf8, other.from, other.to);
      }
      return text().equals(other.text());
    }

    @Override
    public int hashCode() {
      return text().hashCode();
    }

    @Override
    public String toString() {
      return "Text[text=" + text() + "]";
    }
  }

  /**
   * A body given as raw bytes. The array given to the constructor is copied in and {@link #data()}
   * copies out; a body decoded inside a message's own bytes is held there instead ({@link #held}),
   * so that the host keeps one copy of it, and a large one read from a {@link BodySource} ({@link
   * #streamed}), so that the host keeps none in memory.
   */
  final class Bytes implements RequestBody {

    private static final byte[] EMPTY = new byte[0];

    private final byte[] buffer;
    private final int from;
    private final int to;
    private final @Nullable BodySource source;

    public Bytes(byte[] data) {
      this(data.clone(), 0, data.length);
    }

    private Bytes(byte[] buffer, int from, int to) {
      this.buffer = buffer;
      this.from = from;
      this.to = to;
      this.source = null;
    }

    private Bytes(BodySource source) {
      this.buffer = EMPTY;
      this.from = 0;
      this.to = 0;
      this.source = source;
    }

    /**
     * The bytes {@code buffer[from, to)}, kept, not copied: the caller hands the buffer over and
     * does not change it afterwards.
     */
    public static Bytes held(byte[] buffer, int from, int to) {
      Objects.checkFromToIndex(from, to, buffer.length);
      return new Bytes(buffer, from, to);
    }

    /**
     * The bytes {@code source} yields, read from it each time they are needed: the body stays out
     * of memory until a caller asks for it whole.
     *
     * @throws IllegalArgumentException when the source is longer than an array can be
     */
    public static Bytes streamed(BodySource source) {
      if (source.length() > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("body source of " + source.length() + " is too long");
      }
      return new Bytes(source);
    }

    /**
     * The source of the bytes when they are {@link #streamed}; a caller that can take the body as a
     * stream reads it from there rather than from {@link #view()}.
     */
    public Optional<BodySource> source() {
      return Optional.ofNullable(source);
    }

    /** A copy of the bytes. */
    public byte[] data() {
      if (source != null) {
        return BodySource.readAll(source);
      }
      return Arrays.copyOfRange(buffer, from, to);
    }

    /** A read-only view of the bytes, without copying them unless they are {@link #streamed}. */
    public ByteBuffer view() {
      if (source != null) {
        return ByteBuffer.wrap(BodySource.readAll(source)).asReadOnlyBuffer();
      }
      return ByteBuffer.wrap(buffer, from, to - from).slice().asReadOnlyBuffer();
    }

    public int length() {
      return source != null ? (int) source.length() : to - from;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Bytes b)) {
        return false;
      }
      if (source != null || b.source != null) {
        return Arrays.equals(data(), b.data());
      }
      return Arrays.equals(buffer, from, to, b.buffer, b.from, b.to);
    }

    @Override
    public int hashCode() {
      if (source != null) {
        return Arrays.hashCode(data());
      }
      int hash = 1;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + buffer[i];
      }
      return hash;
    }

    @Override
    public String toString() {
      return "Bytes[" + length() + " bytes]";
    }
  }

  /** Form fields decoded by the browser; file parts it did not expose are absent. */
  record Form(List<FormField> fields) implements RequestBody {

    public Form {
      fields = List.copyOf(fields);
    }
  }

  RequestBody NONE = new None();

  /** The body as bytes: text in UTF-8, form fields URL-encoded, raw bytes as they are. */
  static byte[] toBytes(RequestBody body) {
    if (body instanceof Text t) {
      if (!t.heldAsUtf8()) {
        return t.text().getBytes(StandardCharsets.UTF_8);
      }
      ByteBuffer utf8 = t.utf8();
      byte[] bytes = new byte[utf8.remaining()];
      utf8.get(bytes);
      return bytes;
    }
    if (body instanceof Bytes b) {
      return b.data();
    }
    if (body instanceof Form f) {
      return FormEncoding.encode(f.fields()).getBytes(StandardCharsets.UTF_8);
    }
    return new byte[0];
  }
}
