@NullMarked
package dev.interceptor.core.model.capture;

import org.jspecify.annotations.NullMarked;
