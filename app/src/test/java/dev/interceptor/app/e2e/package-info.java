/** The whole system in a real headless Chromium: extension, host, store and command line. */
@NullMarked
package dev.interceptor.app.e2e;

import org.jspecify.annotations.NullMarked;
