package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.BodySource;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies over 256 KiB are kept in pieces and can be read as a stream, a piece at a time. */
class HistoryBodyStreamIT {

  private static final int KIB = 1024;

  @TempDir Path dir;

  private SqliteStore store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Stream<Arguments> bodies() {
    byte[] binary = new byte[300 * KIB + 7];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    return Stream.of(
        Arguments.of(
            "small text", new RequestBody.Text("{\"a\":\"\u00E9\"}"), OpenedBody.Kind.TEXT),
        Arguments.of("text of 256 KiB", text(256 * KIB), OpenedBody.Kind.TEXT),
        Arguments.of("text of 256 KiB + 1", text(256 * KIB + 1), OpenedBody.Kind.TEXT),
        Arguments.of("text of 1 MiB, non-ASCII", text(KIB * KIB), OpenedBody.Kind.TEXT),
        Arguments.of("bytes of 300 KiB", new RequestBody.Bytes(binary), OpenedBody.Kind.BYTES),
        Arguments.of("big form", bigForm(), OpenedBody.Kind.FORM),
        Arguments.of(
            "text with a lone surrogate", new RequestBody.Text("a\uD800b"), OpenedBody.Kind.TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void openBody_storedBody_streamsTheSameBytesAsTheBodyInMemory(
      String label, RequestBody body, OpenedBody.Kind kind) throws IOException {
    CapturedRequest request = capture("b", T0, "POST", "https://api.example.com/up", body, 200);
    store.history().add(request, 100);

    byte[] streamed;
    OpenedBody.Kind streamedKind;
    try (OpenedBody opened = store.history().openBody("b").orElseThrow()) {
      streamedKind = opened.kind();
      streamed = opened.readAllBytes();
    }

    assertThat(streamedKind).isEqualTo(kind);
    assertThat(streamed).isEqualTo(OpenedBody.of(body).orElseThrow().readAllBytes());
    assertThat(store.history().find("b")).contains(request);
    assertThat(store.history().findWithoutBody("b").orElseThrow().body())
        .isEqualTo(RequestBody.NONE);
  }

  @Test
  void openBody_noBodyOrNoEntry_isEmpty() {
    store.history().add(capture("none", T0, "GET", "https://api.example.com/"), 100);

    assertThat(store.history().openBody("none")).isEmpty();
    assertThat(store.history().openBody("missing")).isEmpty();
  }

  @Test
  void openBody_entryRemovedWhileRead_failsWithIoException() throws IOException {
    store.history().add(capture("b", T0, "POST", "https://a.test/", text(KIB * KIB), 200), 100);

    try (OpenedBody opened = store.history().openBody("b").orElseThrow()) {
      opened.readNBytes(BodyChunks.CHUNK + 1);
      store.history().clear();

      assertThatThrownBy(opened::readAllBytes)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("was removed while its body was read");
    }
  }

  @Test
  void openBody_bodyOf48MiBInAChildWith32MiBHeap_streamsWhileReadingItWholeRunsOutOfMemory()
      throws Exception {
    RequestBody.Text body = text(48 * KIB * KIB);
    store.history().add(capture("big", T0, "POST", "https://a.test/", body, 200), 100);
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(body.text().getBytes(StandardCharsets.UTF_8)));

    Process streamed = reader("stream");
    Process whole = reader("find");

    assertThat(output(streamed, true)).isEqualTo(expected);
    assertThat(output(whole, false)).contains("OutOfMemoryError");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "bytes"})
  void add_streamedBodyOf48MiBInAChildWith32MiBHeap_isWrittenPieceByPieceAndReadsBackTheSame(
      String form) throws Exception {
    store.close();
    int length = 48 * KIB * KIB + 5;
    StreamedBodyWriterMain.Generated source =
        new StreamedBodyWriterMain.Generated(form.equals("text"), length);

    Process writer =
        child(
            StreamedBodyWriterMain.class,
            dir.resolve("interceptor.db").toString(),
            form,
            Integer.toString(length));

    assertThat(output(writer, true)).isEmpty();
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
    try (OpenedBody opened = store.history().openBody("big").orElseThrow();
        InputStream expected = source.open()) {
      assertThat(opened.kind().name()).isEqualTo(form.toUpperCase(java.util.Locale.ROOT));
      assertThat(opened).hasSameContentAs(expected);
    }
    assertThat(store.history().findWithoutBody("big").orElseThrow().bodySize()).isPositive();
  }

  @Test
  void add_streamedBodyShorterThanItDeclares_isRefusedAndNothingIsStored() {
    StreamedBodyWriterMain.Generated declared =
        new StreamedBodyWriterMain.Generated(true, 300 * KIB);
    BodySource shorter =
        new BodySource() {
          @Override
          public long length() {
            return 300 * KIB + 1;
          }

          @Override
          public InputStream open() {
            return declared.open();
          }
        };
    RequestBody.Text body = RequestBody.Text.streamed(shorter);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () ->
                            store
                                .history()
                                .add(
                                    capture("short", T0, "POST", "https://a.test/", body, 200),
                                    100)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("capture short");
    assertThat(store.history().find("short")).isEmpty();
  }

  private Process reader(String mode) throws IOException {
    return child(BodyReaderMain.class, store.file().toString(), "big", mode);
  }

  private Process child(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx32m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  /** Stdout of a reader that succeeds, or stderr of one that fails. */
  private static String output(Process reader, boolean succeeds) throws Exception {
    assertThat(reader.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(reader.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(reader.exitValue() == 0).as(err).isEqualTo(succeeds);
    return (succeeds ? out : err).strip();
  }

  /** Text of {@code length} UTF-8 bytes, mixing one- and two-byte characters. */
  private static RequestBody.Text text(int length) {
    StringBuilder text = new StringBuilder(length);
    int bytes = 0;
    for (int i = 0; bytes < length; i++) {
      boolean wide = i % 5 == 0 && bytes + 2 <= length;
      text.append(wide ? '\u00E9' : (char) ('a' + i % 26));
      bytes += wide ? 2 : 1;
    }
    return new RequestBody.Text(text.toString());
  }

  private static RequestBody.Form bigForm() {
    List<FormField> fields = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      fields.add(new FormField("field" + i, "value " + i + " & more"));
    }
    return new RequestBody.Form(fields);
  }
}
