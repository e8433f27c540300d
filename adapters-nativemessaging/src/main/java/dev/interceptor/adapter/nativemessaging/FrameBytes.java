package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The bytes of one frame as the reader took them in: in memory, or copied to a spool file when the
 * frame is large, so that it is never held whole.
 */
sealed interface FrameBytes {

  /** The frame's length in bytes. */
  int length();

  /** A parser over the frame's bytes. */
  JsonParser parser(ObjectReader reader) throws IOException;

  /** The frame read by {@code reader} into its value. */
  <T> T read(ObjectReader reader) throws IOException;

  /** Lets go of the bytes: a spool file is removed. Idempotent. */
  void release();

  /** A frame held in one array. */
  record InMemory(byte[] payload) implements FrameBytes {

    @Override
    public int length() {
      return payload.length;
    }

    @Override
    public JsonParser parser(ObjectReader reader) throws IOException {
      return reader.createParser(payload);
    }

    @Override
    public <T> T read(ObjectReader reader) throws IOException {
      return reader.readValue(payload);
    }

    @Override
    public void release() {
      // The array goes with the last reference to it.
    }
  }

  /** A frame of {@code length} bytes in {@code file}, well-formed UTF-8 when {@code utf8}. */
  record Spooled(Path file, int length, boolean utf8) implements FrameBytes {

    @Override
    public JsonParser parser(ObjectReader reader) throws IOException {
      return reader.createParser(open(0));
    }

    @Override
    public <T> T read(ObjectReader reader) throws IOException {
      try (InputStream in = open(0)) {
        return reader.readValue(in);
      }
    }

    /** A stream over the frame's bytes from {@code offset}; the caller closes it. */
    InputStream open(long offset) throws IOException {
      FileChannel channel = FileChannel.open(file);
      try {
        channel.position(offset);
        return Channels.newInputStream(channel);
      } catch (IOException e) {
        channel.close();
        throw e;
      }
    }

    @Override
    public void release() {
      FrameSpool.delete(file);
    }
  }
}
