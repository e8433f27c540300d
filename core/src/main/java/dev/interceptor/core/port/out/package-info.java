@NullMarked
package dev.interceptor.core.port.out;

import org.jspecify.annotations.NullMarked;
