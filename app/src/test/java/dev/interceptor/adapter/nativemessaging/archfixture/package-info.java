/** Guice, picocli and stdout in the wire adapter, for the architecture tests. */
@NullMarked
package dev.interceptor.adapter.nativemessaging.archfixture;

import org.jspecify.annotations.NullMarked;
