/** Deliberate violations in an export-like adapter, for the architecture tests. */
@NullMarked
package dev.interceptor.adapter.export.archfixture;

import org.jspecify.annotations.NullMarked;
