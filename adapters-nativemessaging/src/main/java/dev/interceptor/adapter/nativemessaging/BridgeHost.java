package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.ExtensionNotifier;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge host: serves one browser connection over native messaging until the browser closes it,
 * following {@code docs/protocol.md}.
 *
 * <p>{@link #run()} blocks until the connection ends and returns the process exit status. A reader
 * thread answers {@code hello} and {@code ping} at once and queues messages that change the store;
 * a committer thread commits them in groups and acknowledges each group after its commit; a watcher
 * pushes settings changed by any process. Messages the host refuses are answered with {@code error}
 * frames and the host carries on. Also the {@link ExtensionNotifier} of its own connection: both
 * methods may be called from any thread.
 */
public final class BridgeHost implements ExtensionNotifier {

  /** End of input between frames, or the browser closed the host's output. */
  public static final int EXIT_OK = 0;

  /** The input ended inside a frame or could not be read: the stream cannot be resynchronised. */
  public static final int EXIT_STREAM_BROKEN = 1;

  /** The caller is not one of the allowed extensions. */
  public static final int EXIT_ORIGIN_NOT_ALLOWED = 2;

  /** The extension speaks no protocol version this host speaks. */
  public static final int EXIT_UNSUPPORTED_VERSION = 3;

  private static final Logger LOG = LoggerFactory.getLogger(BridgeHost.class);
  private static final long COMMITTER_GRACE_MILLIS = 5_000;

  private final HostPorts ports;
  private final LaunchArguments launch;
  private final HostHandover handover;
  private final HostOptions options;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final MessageSender sender;
  private volatile @Nullable SettingsWatcher watcher;

  /** A host that starts with nothing read nor sent on {@code streams}. */
  public BridgeHost(
      HostPorts ports, LaunchArguments launch, HostStreams streams, HostOptions options) {
    this(ports, launch, HostHandover.fresh(streams, null), options);
  }

  /** A host that takes over from {@link EarlyHello}: it serves what was read and not answered. */
  public BridgeHost(
      HostPorts ports, LaunchArguments launch, HostHandover handover, HostOptions options) {
    this.ports = ports;
    this.launch = launch;
    this.handover = handover;
    this.options = options;
    this.sender =
        new MessageSender(
            new FrameWriter(handover.streams().out(), FrameWriter.HOST_TO_BROWSER_LIMIT),
            () -> exit.complete(EXIT_OK));
    this.watcher = null;
  }

  /**
   * Serves the connection until it ends.
   *
   * @return the exit status, one of the {@code EXIT_} constants
   */
  public int run() {
    long revision = ports.settingsStore().revision();
    Settings settings = ports.settingsStore().load();
    if (!settings.allowedExtensionIds().contains(launch.callerId())) {
      return refuseOrigin();
    }
    keepMirrorInStep(settings, revision);
    handover.spool().ifPresent(BridgeHost::removeLeftovers);

    SessionRecorder recorder =
        new SessionRecorder(ports.hostSessions(), ports.clock(), options.sessionUpdate(), launch);
    recorder.open();
    SettingsWatcher settingsWatcher =
        new SettingsWatcher(ports.settingsStore(), sender, revision, settings);
    watcher = settingsWatcher;
    CommitQueue queue = new CommitQueue(options.queueCapacity(), options.queueBytes());
    InboundLoop inbound =
        new InboundLoop(
            handover.reader(),
            sender,
            queue,
            new StoreWorkFactory(ports, launch.extensionOrigin()),
            ports,
            settingsWatcher,
            recorder,
            options.hostVersion(),
            handover.welcomedSettings().orElse(null));
    LOG.info("host started for {} extension {}", launch.browserFamily(), launch.callerId());

    Thread committer =
        daemon(
            "nm-committer",
            new CommitWorker(queue, ports.transactions(), sender, recorder, options.maxBatch()));
    committer.start();
    ScheduledExecutorService poller = startWatcher(settingsWatcher);
    daemon("nm-reader", () -> readUntilEnd(inbound)).start();

    int status = awaitExit();
    stopCommitter(queue, committer);
    poller.shutdownNow();
    recorder.close();
    sender.close();
    LOG.info("host stopped with status {}", status);
    return status;
  }

  @Override
  public void pushSettings(Settings settings) {
    SettingsWatcher current = watcher;
    if (current != null) {
      current.publish(settings);
    }
  }

  @Override
  public void requestSnapshot(SyncDomain domain) {
    SettingsWatcher current = watcher;
    if (current != null) {
      current.resync(domain);
    }
  }

  private int refuseOrigin() {
    String shown = launch.callerId().isEmpty() ? "(none)" : launch.callerId();
    LOG.error(
        "extension {} is not allowed; allow it with 'interceptor extension allow {}'",
        shown,
        shown);
    sender.error(
        "origin_not_allowed", "this extension is not allowed in the Interceptor settings", null);
    sender.close();
    return EXIT_ORIGIN_NOT_ALLOWED;
  }

  /** Rewrites the settings mirror when the store's settings moved on since it was written. */
  private void keepMirrorInStep(Settings settings, long revision) {
    handover
        .mirror()
        .ifPresent(
            mirror -> {
              try {
                if (mirror.keepInStep(settings, revision)) {
                  LOG.debug("wrote the settings mirror at revision {}", revision);
                }
              } catch (IOException | RuntimeException e) {
                LOG.warn("cannot write {}: the next host answers hello later", mirror.file(), e);
              }
            });
  }

  /** Frames spooled by hosts that were killed before they stored them are not needed by anyone. */
  private static void removeLeftovers(FrameSpool spool) {
    int removed = spool.removeLeftovers();
    if (removed > 0) {
      LOG.info("removed {} frame files left in {} by hosts that ended", removed, spool.directory());
    }
  }

  private void readUntilEnd(InboundLoop inbound) {
    try {
      exit.complete(inbound.run());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exit.complete(EXIT_STREAM_BROKEN);
    } catch (Throwable e) {
      // An error (such as running out of heap) must end the host, not leave it waiting forever.
      exit.completeExceptionally(e);
      throw e;
    }
  }

  private ScheduledExecutorService startWatcher(SettingsWatcher settingsWatcher) {
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(r -> daemon("nm-settings", r));
    long period = options.settingsPoll().toMillis();
    poller.scheduleWithFixedDelay(settingsWatcher::poll, period, period, TimeUnit.MILLISECONDS);
    return poller;
  }

  private int awaitExit() {
    try {
      return exit.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return EXIT_STREAM_BROKEN;
    } catch (ExecutionException e) {
      LOG.error("the host loop failed", e.getCause());
      return EXIT_STREAM_BROKEN;
    }
  }

  /** Lets the committer finish what was received before the end, so that it is stored and acked. */
  private static void stopCommitter(CommitQueue queue, Thread committer) {
    try {
      if (!queue.offer(StoreWork.END, 0, COMMITTER_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        committer.interrupt();
      }
      committer.join(COMMITTER_GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }
}
