package dev.interceptor.app.cli;

import dev.interceptor.adapter.nativemessaging.FrameSpool;
import dev.interceptor.adapter.nativemessaging.HostHandover;
import dev.interceptor.adapter.nativemessaging.HostStreams;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.adapter.nativemessaging.StandardStreams;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code interceptor host}: the native messaging host a browser starts when the extension connects.
 * The browser's own arguments come as they are and are read by {@link LaunchArguments}.
 */
@Command(
    name = HostLaunch.HOST_COMMAND,
    description = {
      "Serve the browser extension over native messaging on stdin and stdout. The browser runs"
          + " this through the installed host manifest; you do not run it yourself.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  interceptor host chrome-extension://aclblkgnlianipdjkdhdjopimdphplle/",
      "  (what a Chromium browser runs when the extension connects)"
    })
final class HostCommand implements Callable<Integer> {

  @Unmatched List<String> browserArgs = new ArrayList<>();

  private final Provider<BridgeHosts> hosts;
  private final FrameSpool spool;

  @Inject
  HostCommand(Provider<BridgeHosts> hosts, FrameSpool spool) {
    this.hosts = hosts;
    this.spool = spool;
  }

  @Override
  public Integer call() {
    // Before anything else: from here on stdout carries frames only.
    HostStreams streams = StandardStreams.takeOver();

    LaunchArguments launch = LaunchArguments.parse(browserArgs);
    return HostConnection.serve(hosts, launch, HostHandover.fresh(streams, null, spool));
  }
}
