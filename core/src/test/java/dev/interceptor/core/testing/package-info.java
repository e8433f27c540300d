/**
 * Small in-memory implementations of core's driven ports and builders of domain values, for tests
 * of core and of the modules that use it (published in core's test-jar).
 */
@NullMarked
package dev.interceptor.core.testing;

import org.jspecify.annotations.NullMarked;
