/** A service that a port must not see, for the architecture tests. */
@NullMarked
package dev.interceptor.core.service.archfixture;

import org.jspecify.annotations.NullMarked;
