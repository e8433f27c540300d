package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsView;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A copy of the settings beside the store, in the form the host sends them in {@code welcome}, so
 * that a host can answer {@code hello} before it opens the store.
 *
 * <p>The file holds the store's settings revision, the allowed extension ids and the settings as
 * the wire shows them. It is a hint, never the truth: a host still loads the settings from the
 * store once it has started, refuses an origin the store does not allow, and sends the store's
 * settings when they differ from the ones it welcomed with. Writers replace the file in one move,
 * so a reader sees a whole file or none. Reading uses Jackson's streaming parser only and never
 * logs, because it runs before the host has configured logging or built its object mapper.
 */
public final class SettingsMirror {

  /** The file's name inside the data directory. */
  public static final String FILE_NAME = "host-settings.json";

  /** Larger files are not read: a welcome must fit in one frame to the browser. */
  private static final int MAX_BYTES = FrameWriter.HOST_TO_BROWSER_LIMIT / 2;

  private final Path file;

  /** A mirror kept in {@code file}. */
  public SettingsMirror(Path file) {
    this.file = file;
  }

  /** The mirror of the store in {@code dataDirectory}. */
  public static SettingsMirror in(Path dataDirectory) {
    return new SettingsMirror(dataDirectory.resolve(FILE_NAME));
  }

  /** Where the mirror is kept. */
  public Path file() {
    return file;
  }

  /**
   * Writes the store's settings as they are now. The revision is read before and after the
   * settings; when another process saved in between, the file is removed instead, and the next host
   * to start writes it again.
   *
   * @throws IOException when the file cannot be written or removed
   */
  public void refresh(SettingsStore store) throws IOException {
    long before = store.revision();
    Settings settings = store.load();
    long after = store.revision();
    if (before != after) {
      invalidate();
      return;
    }
    keepInStep(settings, before);
  }

  /**
   * Removes the file, so that hosts starting while the settings change do not trust it.
   *
   * @throws IOException when the file exists and cannot be removed
   */
  public void invalidate() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Writes {@code settings} at {@code revision} unless the file already holds exactly that.
   *
   * @return true when the file was written
   * @throws IOException when the file cannot be written
   */
  public boolean keepInStep(Settings settings, long revision) throws IOException {
    byte[] content = content(settings, revision);
    if (Arrays.equals(content, currentBytes().orElse(null))) {
      return false;
    }

    Path directory = file.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp");
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.write(temporary, content);
      move(temporary);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }

  /** What the file holds, or empty when it is missing, too large or not in the expected form. */
  Optional<Snapshot> read() {
    Optional<byte[]> bytes = currentBytes();
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return parse(bytes.get());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The file's content for these settings: a stable form, so that equal settings compare equal. */
  static byte[] content(Settings settings, long revision) throws IOException {
    List<String> allowed = settings.allowedExtensionIds().stream().sorted().toList();
    return WireJson.mapper()
        .writeValueAsBytes(new MirrorFile(revision, allowed, WireMapping.toView(settings)));
  }

  private Optional<byte[]> currentBytes() {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Optional<Snapshot> parse(byte[] bytes) throws IOException {
    JsonFactory factory = new JsonFactory();
    Long revision = null;
    Set<String> allowed = null;
    byte[] settings = null;

    try (JsonParser parser = factory.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        if ("revision".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
          revision = parser.getLongValue();
        } else if ("allowedExtensionIds".equals(name) && value == JsonToken.START_ARRAY) {
          allowed = strings(parser);
        } else if ("settings".equals(name) && value == JsonToken.START_OBJECT) {
          settings = copy(factory, parser);
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return Optional.empty();
      }
    }
    if (revision == null || allowed == null || settings == null) {
      return Optional.empty();
    }
    return Optional.of(new Snapshot(revision, allowed, settings));
  }

  private static Set<String> strings(JsonParser parser) throws IOException {
    Set<String> values = new HashSet<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      values.add(parser.getText());
    }
    if (token != JsonToken.END_ARRAY) {
      throw new IOException("the allowed extension ids are not a list of strings");
    }
    return values;
  }

  private static byte[] copy(JsonFactory factory, JsonParser parser) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.copyCurrentStructure(parser);
    }
    return out.toByteArray();
  }

  private void move(Path temporary) throws IOException {
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The file as written: the allowed ids sorted, the settings as {@code welcome} carries them. */
  record MirrorFile(long revision, List<String> allowedExtensionIds, SettingsView settings) {}

  /**
   * The file as read.
   *
   * @param settingsJson the settings object as JSON, ready to be sent in {@code welcome}
   */
  record Snapshot(long revision, Set<String> allowedExtensionIds, byte[] settingsJson) {}
}
