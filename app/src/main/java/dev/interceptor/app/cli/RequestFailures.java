package dev.interceptor.app.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Says in a user's words why a request got no response, naming the host and port: the client's
 * exceptions name Java classes and its own internals.
 */
final class RequestFailures {

  private RequestFailures() {}

  /** One line for a request to {@code uri} that failed with {@code e}. */
  static String describe(URI uri, IOException e, Duration timeout) {
    String at = hostAndPort(uri);
    String seconds = timeout.toSeconds() + " s";

    // Subclasses before their parents: a connect timeout is an IOException about connecting.
    if (e instanceof UnknownHostException) {
      return "could not find host " + uri.getHost() + ": check the name and your network";
    }
    if (e instanceof ConnectTimeoutException) {
      return "could not connect to "
          + at
          + " within "
          + seconds
          + ": check the address, or"
          + " raise --timeout";
    }
    if (e instanceof SocketTimeoutException) {
      return at + " sent no response within " + seconds + ": raise --timeout if it is slow";
    }
    if (e instanceof NoRouteToHostException) {
      return "could not connect to " + at + ": no route to host; check the address and network";
    }
    if (e instanceof ConnectException && String.valueOf(e.getMessage()).contains("refused")) {
      return "could not connect to " + at + ": connection refused; is the server running?";
    }
    if (e instanceof ConnectException) {
      return "could not connect to " + at + ": check the address and your network";
    }
    if (e instanceof SSLPeerUnverifiedException) {
      return "TLS with " + at + " failed: its certificate is not for " + uri.getHost();
    }
    if (e instanceof SSLException) {
      return "TLS with " + at + " failed: " + tlsReason(e);
    }
    if (e instanceof NoHttpResponseException) {
      return at + " closed the connection without a response";
    }
    if (e instanceof SocketException) {
      return "the connection to " + at + " broke: " + lowerFirst(e.getMessage());
    }
    return "no response from " + at + ": " + lowerFirst(e.getMessage());
  }

  private static String tlsReason(IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("PKIX") || message.contains("certification path")) {
      return "its certificate is not trusted by this Java's certificate store";
    }
    if (message.contains("Unsupported or unrecognized SSL message")) {
      return "it does not speak TLS; is the URL http rather than https?";
    }
    if (message.contains("expired")) {
      return "its certificate has expired";
    }
    return "the handshake was refused; check that the server speaks https";
  }

  private static String hostAndPort(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    String host = uri.getHost();
    return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
  }

  private static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return "no details";
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
