/** Start-up: host mode detection, logging, and the Guice modules that assemble Interceptor. */
@NullMarked
package dev.interceptor.app;

import org.jspecify.annotations.NullMarked;
