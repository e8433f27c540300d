package dev.interceptor.core.model.cookie;

/** Why a cookie of the jar is not sent with a request. */
public enum NotSentReason {
  /** Partitioned (CHIPS): we have no top-level site to match its partition key (project rule). */
  PARTITIONED,
  /** Its expiry is at or before the time of the request. */
  EXPIRED,
  /** A {@code __Host-} cookie that is not secure, not host-only, or not at path {@code /}. */
  HOST_PREFIX,
  /** A {@code __Secure-} cookie that is not secure. */
  SECURE_PREFIX,
  /** Host-only and the request's host is not exactly the cookie's host. */
  HOST_ONLY,
  /** A domain cookie whose domain does not domain-match the request's host (RFC 6265 5.1.3). */
  DOMAIN,
  /** The cookie's path does not path-match the request's path (RFC 6265 5.1.4). */
  PATH,
  /** Secure, and the request is not over https or to a loopback host. */
  SECURE
}
