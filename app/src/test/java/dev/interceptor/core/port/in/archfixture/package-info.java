/** A deliberately confused inbound port, for the architecture tests. */
@NullMarked
package dev.interceptor.core.port.in.archfixture;

import org.jspecify.annotations.NullMarked;
