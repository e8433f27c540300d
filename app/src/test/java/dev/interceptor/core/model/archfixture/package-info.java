/** A deliberately mutable model class, for the architecture tests. */
@NullMarked
package dev.interceptor.core.model.archfixture;

import org.jspecify.annotations.NullMarked;
