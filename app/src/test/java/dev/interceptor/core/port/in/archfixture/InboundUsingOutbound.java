package dev.interceptor.core.port.in.archfixture;

import dev.interceptor.core.port.out.CookieJar;

/** Breaks "inbound and outbound ports do not depend on each other". */
public interface InboundUsingOutbound {

  CookieJar jar();
}
