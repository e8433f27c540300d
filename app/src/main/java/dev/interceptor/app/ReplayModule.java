package dev.interceptor.app;

import com.google.inject.AbstractModule;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/** Sending requests again ({@code replay}, {@code send}): host names resolve as the system does. */
public final class ReplayModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(DnsResolver.class).toInstance(SystemDefaultDnsResolver.INSTANCE);
  }
}
