package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request with Apache HttpClient 5 and reads the whole response. The client follows no
 * redirects, keeps no cookies of its own and retries nothing: the caller decides all of that, so
 * what is sent is exactly the request given plus the client's framing headers.
 */
final class HttpSender {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSender.class);

  private final DnsResolver dnsResolver;

  @Inject
  HttpSender(DnsResolver dnsResolver) {
    this.dnsResolver = dnsResolver;
  }

  /**
   * Sends {@code request}, waiting at most {@code timeout} to connect and between bytes.
   *
   * @throws CliFailure (usage) when the URL cannot be sent, (request) when no response came
   */
  ReceivedResponse send(OutgoingRequest request, Duration timeout) {
    URI uri = uri(request.url());
    ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(uri);
    for (HttpHeader h : request.headers()) {
      builder.addHeader(h.name(), h.value());
    }
    if (request.body().length > 0) {
      // No content type on the entity: the request's own Content-Type header is the only one.
      builder.setEntity(new ByteArrayEntity(request.body(), null));
    }

    LOG.debug(
        "sending {} to {}://{}{}",
        request.method(),
        uri.getScheme(),
        uri.getRawAuthority(),
        uri.getRawPath());
    try (CloseableHttpClient client = client(timeout)) {
      return client.execute(builder.build(), HttpSender::read);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.REQUEST, RequestFailures.describe(uri, e, timeout));
    }
  }

  private CloseableHttpClient client(Duration timeout) {
    Timeout t = Timeout.of(timeout);
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(dnsResolver)
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAutomaticRetries()
        .build();
  }

  private static ReceivedResponse read(ClassicHttpResponse response) throws IOException {
    List<HttpHeader> headers = new ArrayList<>();
    for (Header h : response.getHeaders()) {
      headers.add(new HttpHeader(h.getName(), h.getValue()));
    }
    HttpEntity entity = response.getEntity();
    byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);

    ProtocolVersion version = response.getVersion();
    String reason = response.getReasonPhrase();
    String statusLine =
        (version == null ? "HTTP/1.1" : version.format())
            + " "
            + response.getCode()
            + (reason == null || reason.isEmpty() ? "" : " " + reason);
    return new ReceivedResponse(response.getCode(), statusLine, headers, body);
  }

  /** The URL as a URI without its fragment, which is never sent. */
  static URI uri(String url) {
    int hash = url.indexOf('#');
    String sent = hash < 0 ? url : url.substring(0, hash);
    try {
      URI uri = new URI(sent);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new CliFailure(
            ExitCode.USAGE, "cannot send to '" + sent + "': use an http or https URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new CliFailure(
          ExitCode.USAGE,
          "cannot send to this URL: "
              + e.getReason()
              + " at index "
              + e.getIndex()
              + " (percent-encode that character)");
    }
  }
}
