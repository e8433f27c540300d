package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A host over this process's stdin and stdout with ports in memory, for a child JVM started with a
 * capped heap. At exit it reports on stderr each stored capture as {@code stored <id> <body's UTF-8
 * (or raw) length> <its last three bytes in hex>}, read without decoding the body.
 */
public final class CappedHeapHost {

  private CappedHeapHost() {}

  public static void main(String[] args) {
    HostStreams streams = StandardStreams.takeOver();
    InMemoryPorts memory = new InMemoryPorts();
    BridgeHost host =
        new BridgeHost(
            memory.ports(),
            LaunchArguments.parse(
                List.of("chrome-extension://" + InMemoryPorts.EXTENSION_ID + "/")),
            streams,
            HostOptions.defaults("0.0.0-test"));

    int status = host.run();

    for (CapturedRequest stored : memory.committedCaptures) {
      RequestBody body = stored.body();
      ByteBuffer utf8 =
          body instanceof RequestBody.Text
              ? ((RequestBody.Text) body).utf8()
              : ((RequestBody.Bytes) body).view();
      StringBuilder tail = new StringBuilder();
      for (int i = utf8.limit() - 3; i < utf8.limit(); i++) {
        tail.append(String.format("%02x", utf8.get(i)));
      }
      System.err.println("stored " + stored.id() + " " + utf8.remaining() + " " + tail);
    }
    System.exit(status);
  }
}
