package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Outbound.AckMessage;
import dev.interceptor.core.port.out.StoreTransactions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits received messages in groups and acknowledges them. It takes whatever has queued up while
 * the previous group committed (at most {@code maxBatch}), so under load a transaction holds many
 * messages, and when idle a message is committed and acknowledged as soon as it arrives.
 */
final class CommitWorker implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(CommitWorker.class);

  /** What became of one message in a group. */
  private record Result(
      StoreWork item, StoreWork.@Nullable Outcome outcome, String code, String reason) {

    static Result of(StoreWork item, StoreWork.Outcome outcome) {
      return new Result(item, outcome, "", "");
    }

    static Result refused(StoreWork item, String code, String reason) {
      return new Result(item, null, code, reason);
    }
  }

  private final CommitQueue queue;
  private final StoreTransactions transactions;
  private final MessageSender sender;
  private final SessionRecorder recorder;
  private final int maxBatch;

  CommitWorker(
      CommitQueue queue,
      StoreTransactions transactions,
      MessageSender sender,
      SessionRecorder recorder,
      int maxBatch) {
    this.queue = queue;
    this.transactions = transactions;
    this.sender = sender;
    this.recorder = recorder;
    this.maxBatch = maxBatch;
  }

  @Override
  public void run() {
    boolean ended = false;
    while (!ended) {
      List<StoreWork> batch;
      try {
        batch = queue.takeBatch(maxBatch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }

      int end = batch.indexOf(StoreWork.END);
      if (end >= 0) {
        ended = true;
        batch = batch.subList(0, end);
      }
      if (!batch.isEmpty()) {
        commit(List.copyOf(batch));
      }
      queue.committed();
    }
  }

  private void commit(List<StoreWork> batch) {
    List<Result> results;
    try {
      results = transactions.inTransaction(() -> batch.stream().map(this::apply).toList());
    } catch (RuntimeException e) {
      // One bad message must not cost the others their commit: retry each on its own.
      LOG.warn(
          "a group of {} messages failed to commit; committing them one by one", batch.size(), e);
      results = batch.stream().map(this::applyAlone).toList();
    }
    // Committed or refused: a spooled frame is not read again.
    batch.forEach(item -> item.release().run());
    respond(results);
  }

  private Result apply(StoreWork item) {
    try {
      return Result.of(item, item.work().get());
    } catch (BadMessageException e) {
      return Result.refused(item, e.code(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return Result.refused(item, "bad_field", e.getMessage());
    }
  }

  private Result applyAlone(StoreWork item) {
    try {
      return transactions.inTransaction(() -> apply(item));
    } catch (RuntimeException e) {
      LOG.warn("could not store {} {}", item.type(), item.id(), e);
      return Result.refused(item, "store_failed", "storage refused the message; send it again");
    }
  }

  private void respond(List<Result> results) {
    List<String> ids = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    long stored = 0;
    long cookieEvents = 0;
    for (Result r : results) {
      if (r.outcome() == null) {
        LOG.warn("refused {} {}: {}", r.item().type(), r.item().id(), r.reason());
        sender.error(r.code(), r.reason(), r.item().id());
        continue;
      }
      ids.add(r.item().id());
      if (r.outcome() == StoreWork.Outcome.DROPPED) {
        dropped.add(r.item().id());
      } else if (r.item().type().equals("capture")) {
        stored++;
      } else {
        cookieEvents += r.item().type().startsWith("cookies.") ? 1 : 0;
      }
    }

    if (!ids.isEmpty()) {
      sender.send(new AckMessage(ids, dropped));
      LOG.debug("acknowledged {} messages ({} dropped)", ids.size(), dropped.size());
    }
    recorder.counted(stored, dropped.size(), cookieEvents);
  }
}
