/** Test support: a fake browser extension that drives a real bridge host. */
@NullMarked
package dev.interceptor.testkit;

import org.jspecify.annotations.NullMarked;
