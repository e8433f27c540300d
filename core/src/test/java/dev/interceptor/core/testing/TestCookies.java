package dev.interceptor.core.testing;

import dev.interceptor.core.model.cookie.Cookie;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Builds cookies for tests: a host-only, secure, session cookie at path / unless told otherwise.
 */
public final class TestCookies {

  public static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private String name = "sid";
  private String value = "v";
  private String domain = "example.com";
  private boolean hostOnly = true;
  private String path = "/";
  private boolean secure = true;
  private @Nullable Instant expires;
  private String storeId = Cookie.DEFAULT_STORE;
  private @Nullable String partitionKey;
  private Instant created = T0;

  private TestCookies() {}

  public static TestCookies cookie(String name, String value) {
    TestCookies b = new TestCookies();
    b.name = name;
    b.value = value;
    return b;
  }

  /** A host-only cookie of {@code host}. */
  public TestCookies hostOnly(String host) {
    this.domain = host;
    this.hostOnly = true;
    return this;
  }

  /** A domain cookie; {@code domain} as the browser gives it, usually with a leading dot. */
  public TestCookies domain(String domain) {
    this.domain = domain;
    this.hostOnly = false;
    return this;
  }

  public TestCookies path(String path) {
    this.path = path;
    return this;
  }

  public TestCookies secure(boolean secure) {
    this.secure = secure;
    return this;
  }

  public TestCookies expires(@Nullable Instant expires) {
    this.expires = expires;
    return this;
  }

  public TestCookies store(String storeId) {
    this.storeId = storeId;
    return this;
  }

  public TestCookies partitionKey(@Nullable String partitionKey) {
    this.partitionKey = partitionKey;
    return this;
  }

  public TestCookies created(Instant created) {
    this.created = created;
    return this;
  }

  public Cookie build() {
    return new Cookie(
        name,
        value,
        domain,
        hostOnly,
        path,
        secure,
        false,
        "unspecified",
        expires,
        storeId,
        partitionKey,
        created);
  }
}
