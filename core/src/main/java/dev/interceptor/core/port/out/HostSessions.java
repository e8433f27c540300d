package dev.interceptor.core.port.out;

import dev.interceptor.core.model.session.HostSession;
import java.util.List;

/**
 * Records of running hosts so that {@code status} can say who is connected. Methods throw {@link
 * StoreException}.
 */
public interface HostSessions {

  /** Records a new session and returns it with its id. */
  HostSession open(HostSession session);

  /** Updates the session's last message time and counters. */
  void update(HostSession session);

  /** Marks the session closed; it no longer appears in {@link #live}. */
  void close(long id);

  /** Sessions not closed whose process is still alive. */
  List<HostSession> live();
}
