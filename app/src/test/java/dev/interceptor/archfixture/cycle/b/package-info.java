/** The other half of a package cycle, for the architecture tests. */
@NullMarked
package dev.interceptor.archfixture.cycle.b;

import org.jspecify.annotations.NullMarked;
