package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import java.util.List;

/**
 * A host over this process's stdin and stdout with ports in memory, for a child JVM started with a
 * capped heap. At exit it reports on stderr each stored capture as {@code stored <id> <body
 * length>}.
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
      int length = ((RequestBody.Text) stored.body()).text().length();
      System.err.println("stored " + stored.id() + " " + length);
    }
    System.exit(status);
  }
}
