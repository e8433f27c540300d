/** One half of a package cycle, for the architecture tests. */
@NullMarked
package dev.interceptor.archfixture.cycle.a;

import org.jspecify.annotations.NullMarked;
