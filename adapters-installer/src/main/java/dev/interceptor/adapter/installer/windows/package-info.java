/** The Windows registry, reached through JNA; used only on Windows. */
@NullMarked
package dev.interceptor.adapter.installer.windows;

import org.jspecify.annotations.NullMarked;
