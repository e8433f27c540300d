package dev.interceptor.core.testing;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieIdentity;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.port.out.CookieJar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A cookie jar in memory, keyed by identity, keeping each cookie's first creation time. */
public final class InMemoryCookieJar implements CookieJar {

  private final Map<CookieIdentity, Cookie> cookies = new LinkedHashMap<>();

  @Override
  public synchronized void put(Cookie cookie) {
    Cookie old = cookies.get(cookie.identity());
    cookies.put(cookie.identity(), old == null ? cookie : withCreated(cookie, old.created()));
  }

  @Override
  public synchronized boolean remove(CookieIdentity identity) {
    return cookies.remove(identity) != null;
  }

  @Override
  public synchronized int replace(CookieSnapshot snapshot) {
    List<Cookie> before =
        cookies.values().stream()
            .filter(c -> c.storeId().equals(snapshot.storeId()))
            .filter(c -> snapshot.domain().covers(c.domain()))
            .collect(Collectors.toList());
    before.forEach(c -> cookies.remove(c.identity()));
    Map<CookieIdentity, Cookie> old =
        before.stream().collect(Collectors.toMap(Cookie::identity, c -> c));
    for (Cookie cookie : snapshot.cookies()) {
      Cookie previous = old.get(cookie.identity());
      cookies.put(
          cookie.identity(), previous == null ? cookie : withCreated(cookie, previous.created()));
    }
    Set<CookieIdentity> named =
        snapshot.cookies().stream().map(Cookie::identity).collect(Collectors.toSet());
    return (int) before.stream().filter(c -> !named.contains(c.identity())).count();
  }

  @Override
  public synchronized List<Cookie> list(SyncDomain domain) {
    return cookies.values().stream()
        .filter(c -> domain.covers(c.domain()))
        .collect(Collectors.toList());
  }

  @Override
  public synchronized List<Cookie> all() {
    return new ArrayList<>(cookies.values());
  }

  @Override
  public synchronized List<Cookie> candidatesFor(String host) {
    return cookies.values().stream()
        .filter(c -> host.equals(c.normalizedDomain()) || host.endsWith("." + c.normalizedDomain()))
        .collect(Collectors.toList());
  }

  @Override
  public synchronized int purge(SyncDomain domain) {
    List<Cookie> covered = list(domain);
    covered.forEach(c -> cookies.remove(c.identity()));
    return covered.size();
  }

  @Override
  public synchronized int removeExpired(Instant now) {
    List<Cookie> expired =
        cookies.values().stream().filter(c -> c.isExpiredAt(now)).collect(Collectors.toList());
    expired.forEach(c -> cookies.remove(c.identity()));
    return expired.size();
  }

  private static Cookie withCreated(Cookie c, Instant created) {
    return new Cookie(
        c.name(),
        c.value(),
        c.domain(),
        c.hostOnly(),
        c.path(),
        c.secure(),
        c.httpOnly(),
        c.sameSite(),
        c.expires(),
        c.storeId(),
        c.partitionKey(),
        created);
  }
}
