/** Deliberate violations of the core rules, for the architecture tests. */
@NullMarked
package dev.interceptor.core.archfixture;

import org.jspecify.annotations.NullMarked;
