/** JNA outside the Windows registry adapter, for the architecture tests. */
@NullMarked
package dev.interceptor.adapter.installer.archfixture;

import org.jspecify.annotations.NullMarked;
