@NullMarked
package dev.interceptor.testkit;

import org.jspecify.annotations.NullMarked;
