package dev.interceptor.core.port.in.archfixture;

import dev.interceptor.core.service.archfixture.FixtureService;

/** Breaks "ports do not depend on services". */
public interface InboundUsingService {

  FixtureService service();
}
