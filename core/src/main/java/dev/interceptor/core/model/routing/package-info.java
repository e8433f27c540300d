@NullMarked
package dev.interceptor.core.model.routing;

import org.jspecify.annotations.NullMarked;
