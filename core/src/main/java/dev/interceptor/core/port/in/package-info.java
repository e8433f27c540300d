@NullMarked
package dev.interceptor.core.port.in;

import org.jspecify.annotations.NullMarked;
