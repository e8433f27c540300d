package dev.interceptor.testkit;

import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.adapter.nativemessaging.HostOptions;
import dev.interceptor.adapter.nativemessaging.HostStreams;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.adapter.nativemessaging.StandardStreams;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bridge host process over in-memory ports, started by the process tests as a browser would.
 * Logging is as verbose as it gets, and a stray print is attempted, to show that stdout still
 * carries nothing but frames.
 */
public final class ChildHostMain {

  private ChildHostMain() {}

  public static void main(String[] args) {
    HostStreams streams = StandardStreams.takeOver();

    Logger root = Logger.getLogger("");
    root.setLevel(Level.ALL);
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    Logger.getLogger("child").finest("java.util.logging at FINEST");
    try {
      System.out.println("List of things a careless library prints");
    } catch (IllegalStateException e) {
      org.slf4j.LoggerFactory.getLogger(ChildHostMain.class).debug("stray print refused");
    }

    InMemoryHostPorts memory = new InMemoryHostPorts();
    BridgeHost host =
        new BridgeHost(
            memory.ports(),
            LaunchArguments.parse(List.of(args)),
            streams,
            HostOptions.defaults("0.0.0-test"));
    System.exit(host.run());
  }
}
