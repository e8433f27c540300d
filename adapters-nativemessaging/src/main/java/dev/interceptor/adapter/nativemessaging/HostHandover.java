package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Outbound.ErrorMessage;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a host has done before it was built, handed to the {@link BridgeHost} that serves the rest
 * of the connection: the streams, the reader with any frame read but not yet served, the settings
 * the browser was already welcomed with, and the settings mirror to keep in step.
 */
public final class HostHandover {

  private final HostStreams streams;
  private final FrameReader reader;
  private final @Nullable SettingsMirror mirror;
  private final byte @Nullable [] welcomedSettings;

  HostHandover(
      HostStreams streams,
      FrameReader reader,
      @Nullable SettingsMirror mirror,
      byte @Nullable [] welcomedSettings) {
    this.streams = streams;
    this.reader = reader;
    this.mirror = mirror;
    this.welcomedSettings = welcomedSettings == null ? null : welcomedSettings.clone();
  }

  /** Nothing read or sent yet; {@code mirror}, when given, is kept in step by the host. */
  public static HostHandover fresh(HostStreams streams, @Nullable SettingsMirror mirror) {
    return fresh(streams, mirror, null);
  }

  /**
   * Nothing read or sent yet; {@code mirror}, when given, is kept in step by the host, and large
   * frames are read into {@code spool}, when given, rather than into memory.
   */
  public static HostHandover fresh(
      HostStreams streams, @Nullable SettingsMirror mirror, @Nullable FrameSpool spool) {
    return new HostHandover(streams, reader(streams, spool), mirror, null);
  }

  /** The reader of the browser's frames, spooling large ones when {@code spool} is given. */
  static FrameReader reader(HostStreams streams, @Nullable FrameSpool spool) {
    return new FrameReader(
        streams.in(), FrameReader.BROWSER_TO_HOST_LIMIT, spool, FrameReader.SPOOLED_FROM);
  }

  /** True when the browser's {@code hello} was answered with {@code welcome} already. */
  public boolean welcomed() {
    return welcomedSettings != null;
  }

  /**
   * Tells the browser that the store cannot be opened ({@code error} with code {@code
   * store_unavailable} and {@code reason}), then closes the output. The host then exits.
   */
  public void storeUnavailable(String reason) {
    FrameWriter writer = new FrameWriter(streams.out(), FrameWriter.HOST_TO_BROWSER_LIMIT);
    try {
      writer.write(
          WireJson.mapper().writeValueAsBytes(new ErrorMessage("store_unavailable", reason, null)));
      writer.close();
    } catch (IOException e) {
      // The browser is gone already: there is nobody left to tell.
      return;
    }
  }

  HostStreams streams() {
    return streams;
  }

  FrameReader reader() {
    return reader;
  }

  Optional<FrameSpool> spool() {
    return reader.spool();
  }

  Optional<SettingsMirror> mirror() {
    return Optional.ofNullable(mirror);
  }

  /** The settings object sent in {@code welcome}, as JSON, when it was sent already. */
  Optional<byte[]> welcomedSettings() {
    return welcomedSettings == null ? Optional.empty() : Optional.of(welcomedSettings.clone());
  }
}
