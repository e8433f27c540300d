package dev.interceptor.adapter.nativemessaging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Received messages between the reader and the committer, bounded both in count and in bytes, so
 * that a slow store pauses reading (and so the browser) instead of filling the heap.
 *
 * <p>Bytes are held from {@link #put} until the committer calls {@link #committed()} for the batch
 * that held them: a batch being committed still occupies memory. A message larger than the byte
 * bound is let in alone, once nothing else is held, so that any frame the reader accepts can be
 * stored. One thread puts, one thread takes.
 */
final class CommitQueue {

  private record Queued(StoreWork work, long bytes) {}

  private final int capacity;
  private final long byteBound;
  private final ArrayDeque<Queued> waiting = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition roomLeft = lock.newCondition();
  private final Condition workWaiting = lock.newCondition();
  private long heldBytes;
  private long batchBytes;

  CommitQueue(int capacity, long byteBound) {
    if (capacity < 1 || byteBound < 1) {
      throw new IllegalArgumentException(
          "capacity and byteBound must be positive, were " + capacity + " and " + byteBound);
    }
    this.capacity = capacity;
    this.byteBound = byteBound;
  }

  /** Queues a message of {@code bytes} bytes, waiting while the queue is full. */
  void put(StoreWork work, long bytes) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (!fits(bytes)) {
        roomLeft.await();
      }
      add(work, bytes);
    } finally {
      lock.unlock();
    }
  }

  /** Queues a message unless the queue stays full for {@code timeout}; returns whether it did. */
  boolean offer(StoreWork work, long bytes, long timeout, TimeUnit unit)
      throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (!fits(bytes)) {
        if (nanos <= 0) {
          return false;
        }
        nanos = roomLeft.awaitNanos(nanos);
      }
      add(work, bytes);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for at least one message, then takes up to {@code max} of those waiting, in order. Their
   * bytes stay held until {@link #committed()}.
   */
  List<StoreWork> takeBatch(int max) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (waiting.isEmpty()) {
        workWaiting.await();
      }
      List<StoreWork> batch = new ArrayList<>(Math.min(max, waiting.size()));
      while (batch.size() < max && !waiting.isEmpty()) {
        Queued next = waiting.poll();
        batch.add(next.work());
        batchBytes += next.bytes();
      }
      roomLeft.signalAll();
      return batch;
    } finally {
      lock.unlock();
    }
  }

  /** The batch taken last is committed: its bytes no longer count. */
  void committed() {
    lock.lock();
    try {
      heldBytes -= batchBytes;
      batchBytes = 0;
      roomLeft.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Bytes queued or being committed; for tests and logs. */
  long heldBytes() {
    lock.lock();
    try {
      return heldBytes;
    } finally {
      lock.unlock();
    }
  }

  private boolean fits(long bytes) {
    boolean countLeft = waiting.size() < capacity;
    boolean bytesLeft = bytes == 0 || heldBytes == 0 || heldBytes + bytes <= byteBound;
    return countLeft && bytesLeft;
  }

  private void add(StoreWork work, long bytes) {
    waiting.add(new Queued(work, bytes));
    heldBytes += bytes;
    workWaiting.signal();
  }
}
