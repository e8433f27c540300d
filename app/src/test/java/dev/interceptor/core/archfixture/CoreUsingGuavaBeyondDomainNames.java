package dev.interceptor.core.archfixture;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Breaks "core uses Guava only for InternetDomainName". */
public final class CoreUsingGuavaBeyondDomainNames {

  public List<String> names() {
    return ImmutableList.of("a");
  }
}
