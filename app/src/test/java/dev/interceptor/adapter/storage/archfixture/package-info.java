/** Deliberate violations in a storage-like adapter, for the architecture tests. */
@NullMarked
package dev.interceptor.adapter.storage.archfixture;

import org.jspecify.annotations.NullMarked;
