package dev.interceptor.core.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "core depends only on the JDK, JSpecify, RE2/J and InternetDomainName". */
public final class CoreUsingJackson {

  public String write(Object value) throws Exception {
    return new ObjectMapper().writeValueAsString(value);
  }
}
