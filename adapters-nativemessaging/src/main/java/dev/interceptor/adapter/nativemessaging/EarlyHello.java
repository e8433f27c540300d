package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers the browser's first message, when it is {@code hello}, with {@code welcome} before the
 * rest of the host exists: the browser waits for {@code welcome}, and building the host (logging,
 * object mapper, store) takes many times longer than this.
 *
 * <p>The answer comes from the {@link SettingsMirror}, and only when the mirror allows the caller.
 * In every other case (no mirror, a caller the mirror does not allow, a first message that is not a
 * plain {@code hello}, a broken frame) nothing is sent and the frame is left to the host, which
 * serves it as it would have without this step: an origin is refused from the store's settings
 * only. Uses Jackson's streaming parser and generator only, and never logs: logging is not
 * configured yet.
 */
public final class EarlyHello {

  private EarlyHello() {}

  /**
   * Reads the first frame and answers it when it can.
   *
   * @return what the host needs to serve the rest of the connection
   */
  public static HostHandover answer(
      HostStreams streams, LaunchArguments launch, SettingsMirror mirror, String hostVersion) {
    return answer(streams, launch, mirror, null, hostVersion);
  }

  /**
   * Reads the first frame and answers it when it can; the host reads large frames, the first too,
   * into {@code spool} when given.
   *
   * @return what the host needs to serve the rest of the connection
   */
  public static HostHandover answer(
      HostStreams streams,
      LaunchArguments launch,
      SettingsMirror mirror,
      @Nullable FrameSpool spool,
      String hostVersion) {
    FrameReader reader = HostHandover.reader(streams, spool);

    // Checked before reading: a caller the mirror does not allow is refused by the host from the
    // store at once, without waiting for a first message.
    Optional<SettingsMirror.Snapshot> snapshot = mirror.read();
    if (snapshot.isEmpty() || !snapshot.get().allowedExtensionIds().contains(launch.callerId())) {
      return new HostHandover(streams, reader, mirror, null);
    }

    byte[] payload;
    try {
      Optional<FrameBytes> first = reader.next(true);
      if (first.isEmpty()) {
        return new HostHandover(streams, reader, mirror, null);
      }
      reader.replay(first.get());
      // A spooled frame is far larger than any hello: the host serves it.
      if (!(first.get() instanceof FrameBytes.InMemory)) {
        return new HostHandover(streams, reader, mirror, null);
      }
      payload = ((FrameBytes.InMemory) first.get()).payload();
    } catch (FrameException e) {
      reader.replay(e);
      return new HostHandover(streams, reader, mirror, null);
    } catch (IOException e) {
      // The next read by the host fails the same way and reports it.
      return new HostHandover(streams, reader, mirror, null);
    }

    JsonFactory factory = new JsonFactory();
    Optional<Integer> offered = helloVersion(factory, payload);
    if (offered.isEmpty() || offered.get() < 1) {
      return new HostHandover(streams, reader, mirror, null);
    }

    byte[] settings = snapshot.get().settingsJson();
    try {
      byte[] welcome =
          welcome(
              factory,
              Math.min(offered.get(), InboundLoop.PROTOCOL_VERSION),
              hostVersion,
              settings);
      new FrameWriter(streams.out(), FrameWriter.HOST_TO_BROWSER_LIMIT).write(welcome);
    } catch (IOException | IllegalArgumentException e) {
      // Not sent: the host answers the hello itself, and notices a closed output on its own.
      return new HostHandover(streams, reader, mirror, null);
    }
    return new HostHandover(streams, reader, mirror, settings);
  }

  /**
   * The protocol version a {@code hello} offers, or empty when the payload is anything else or
   * anything the host would refuse or read differently: invalid UTF-8, not one JSON object, a
   * version that is not a whole number, other fields of {@code hello} of the wrong type.
   */
  static Optional<Integer> helloVersion(JsonFactory factory, byte[] payload) {
    if (!Utf8Check.isValid(payload)) {
      return Optional.empty();
    }

    String type = null;
    Integer version = null;
    try (JsonParser parser = factory.createParser(payload)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.getCurrentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "type":
            type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            break;
          case "protocolVersion":
            if (value != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() != JsonParser.NumberType.INT) {
              return Optional.empty();
            }
            version = parser.getIntValue();
            break;
          case "extensionVersion":
          case "browser":
          case "profile":
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
              return Optional.empty();
            }
            break;
          default:
            parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return "hello".equals(type) ? Optional.ofNullable(version) : Optional.empty();
  }

  /** The {@code welcome} frame, in the same form as the host's own. */
  static byte[] welcome(JsonFactory factory, int version, String hostVersion, byte[] settings)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(settings.length + 128);
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("type", "welcome");
      generator.writeNumberField("protocolVersion", version);
      generator.writeStringField("hostVersion", hostVersion);
      generator.writeFieldName("settings");
      generator.writeRawValue(new String(settings, StandardCharsets.UTF_8));
      generator.writeEndObject();
    }
    return out.toByteArray();
  }
}
