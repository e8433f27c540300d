@NullMarked
package dev.interceptor.core.model.cookie;

import org.jspecify.annotations.NullMarked;
