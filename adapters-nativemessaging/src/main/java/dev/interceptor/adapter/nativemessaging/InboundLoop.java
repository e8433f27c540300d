package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.interceptor.adapter.nativemessaging.Inbound.CaptureMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieChangedMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieSnapshotMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.HelloMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.SettingsChangeMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.PongMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsView;
import dev.interceptor.adapter.nativemessaging.Outbound.WelcomeMessage;
import dev.interceptor.core.model.settings.Settings;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads frames from the browser until the input ends and answers or queues each message. Returns
 * the host's exit status: 0 at end of input between frames, 1 when the stream broke, 3 when no
 * protocol version is shared.
 */
final class InboundLoop {

  private static final Logger LOG = LoggerFactory.getLogger(InboundLoop.class);

  static final int PROTOCOL_VERSION = 1;

  private final FrameReader reader;
  private final MessageSender sender;
  private final CommitQueue queue;
  private final StoreWorkFactory works;
  private final HostPorts ports;
  private final SettingsWatcher watcher;
  private final SessionRecorder recorder;
  private final String hostVersion;
  private final ObjectMapper mapper = WireJson.mapper();
  private byte @Nullable [] welcomedEarly;

  InboundLoop(
      FrameReader reader,
      MessageSender sender,
      CommitQueue queue,
      StoreWorkFactory works,
      HostPorts ports,
      SettingsWatcher watcher,
      SessionRecorder recorder,
      String hostVersion,
      byte @Nullable [] welcomedEarly) {
    this.reader = reader;
    this.sender = sender;
    this.queue = queue;
    this.works = works;
    this.ports = ports;
    this.watcher = watcher;
    this.recorder = recorder;
    this.hostVersion = hostVersion;
    this.welcomedEarly = welcomedEarly;
  }

  int run() throws InterruptedException {
    while (true) {
      Optional<InboundFrame> message;
      try {
        message = reader.readFrame();
      } catch (FrameException e) {
        if (!e.recoverable()) {
          LOG.error("native messaging input broken, exiting: {}", e.getMessage());
          return BridgeHost.EXIT_STREAM_BROKEN;
        }
        LOG.warn("refused a frame: {}", e.getMessage());
        sender.error(e.kind().code(), e.getMessage(), e.messageId().orElse(null));
        continue;
      } catch (IOException e) {
        LOG.error("cannot read from the browser, exiting: {}", e.getMessage());
        return BridgeHost.EXIT_STREAM_BROKEN;
      }
      if (message.isEmpty()) {
        LOG.debug("end of input: the browser closed the port");
        return BridgeHost.EXIT_OK;
      }

      Integer exit = serve(message.get());
      if (exit != null) {
        return exit;
      }
    }
  }

  /**
   * Serves one message; returns an exit status when the host must stop. A spooled frame is removed
   * once served, before any answer, unless its capture was queued: the commit removes it then.
   */
  private @Nullable Integer serve(InboundFrame message) throws InterruptedException {
    String type = message.type();
    String id = message.id();
    LOG.debug("received {} {}", type.isEmpty() ? "(no type)" : type, id == null ? "" : id);
    Integer exit;
    try {
      exit = dispatch(type, message, id);
    } catch (BadMessageException e) {
      message.bytes().release();
      LOG.warn("refused {} {}: {}", type, id == null ? "" : id, e.getMessage());
      sender.error(e.code(), e.getMessage(), e.messageId());
      return null;
    } catch (InterruptedException e) {
      message.bytes().release();
      throw e;
    } catch (Exception e) {
      message.bytes().release();
      // The host loop outlives any one message: report it and serve the next.
      LOG.warn("failed to serve {} {}", type, id == null ? "" : id, e);
      sender.error("internal", "the host failed to handle this message", id);
      return null;
    }
    if (!type.equals("capture")) {
      message.bytes().release();
    }
    return exit;
  }

  private @Nullable Integer dispatch(String type, InboundFrame message, @Nullable String id)
      throws InterruptedException {
    int size = message.bytes().length();
    switch (type) {
      case "hello":
        return hello(read(message, HelloMessage.class, "hello", id));
      case "ping":
        sender.send(new PongMessage(tree(message).get("id")));
        return null;
      case "pong":
        return null;
      case "error":
        LOG.warn("the extension reported error {}", tree(message).path("code").asText("(no code)"));
        return null;
      case "capture":
        StoreWork capture = works.capture(read(message, CaptureMessage.class, type, id));
        queue.put(capture.releasing(message.bytes()::release), size);
        return null;
      case "cookies.snapshot":
        queue.put(works.snapshot(read(message, CookieSnapshotMessage.class, type, id)), size);
        return null;
      case "cookies.changed":
        queue.put(works.change(read(message, CookieChangedMessage.class, type, id)), size);
        return null;
      case "settings.change":
        queue.put(works.settingsChange(read(message, SettingsChangeMessage.class, type, id)), size);
        return null;
      default:
        throw new BadMessageException(
            "unknown_type",
            type.isEmpty() ? "message has no type" : "unknown message type " + quoted(type),
            id);
    }
  }

  private @Nullable Integer hello(HelloMessage hello) {
    Integer offered = WireMapping.require(hello.protocolVersion(), "hello.protocolVersion", null);
    if (offered < 1) {
      LOG.error("the extension speaks protocol {}; this host speaks 1", offered);
      sender.error("unsupported_version", "this host speaks protocol version 1", null);
      return BridgeHost.EXIT_UNSUPPORTED_VERSION;
    }

    Settings settings = ports.settingsStore().load();
    int chosen = Math.min(offered, PROTOCOL_VERSION);
    byte[] early = welcomedEarly;
    welcomedEarly = null;
    if (early == null) {
      watcher.delivered(settings);
      sender.send(new WelcomeMessage(chosen, hostVersion, WireMapping.toView(settings)));
    } else {
      // Welcomed from the settings mirror: the store's settings win if they differ.
      watcher.welcomedWith(welcomedView(early), settings);
    }

    recorder.hello(
        hello.browser() == null ? "unknown" : hello.browser(),
        hello.profile() == null ? "" : hello.profile(),
        hello.extensionVersion() == null ? "" : hello.extensionVersion());
    LOG.info(
        "extension {} connected from {} (protocol {})",
        hello.extensionVersion(),
        hello.browser(),
        chosen);
    return null;
  }

  private @Nullable SettingsView welcomedView(byte[] settings) {
    try {
      return mapper.readValue(settings, SettingsView.class);
    } catch (IOException e) {
      LOG.debug("cannot read the settings sent in welcome: {}", e.getMessage());
      return null;
    }
  }

  /** Reads a message straight from its bytes into its wire record, with no tree in between. */
  private <T> T read(InboundFrame message, Class<T> type, String name, @Nullable String id) {
    FrameBytes bytes = message.bytes();
    Object frame =
        bytes instanceof FrameBytes.InMemory ? ((FrameBytes.InMemory) bytes).payload() : bytes;
    ObjectReader reader = mapper.readerFor(type).withAttribute(WireTextDeserializer.PAYLOAD, frame);
    try {
      return bytes.read(reader);
    } catch (JsonMappingException e) {
      // The path names the field; Jackson's own message may quote the value, so it is not used.
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      throw BadMessageException.badField(name + "." + field + " has the wrong type", id);
    } catch (IOException e) {
      throw BadMessageException.badField(name + " could not be read", id);
    }
  }

  /** The whole message as a tree, for the small messages whose fields are read as JSON. */
  private JsonNode tree(InboundFrame message) {
    try {
      return message.bytes().read(mapper.readerFor(JsonNode.class));
    } catch (IOException e) {
      throw BadMessageException.badField(message.type() + " could not be read", message.id());
    }
  }

  /** A type name for a message, cut short so that no payload is echoed. */
  private static String quoted(String type) {
    String shown = type.length() > 40 ? type.substring(0, 40) + "..." : type;
    return "'" + shown + "'";
  }
}
