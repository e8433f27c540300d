package dev.interceptor.adapter.nativemessaging.archfixture;

import com.google.inject.Injector;

/** Breaks "Guice only in app". */
public final class HostUsingGuice {

  public Object lookUp(Injector injector) {
    return injector.getInstance(Object.class);
  }
}
