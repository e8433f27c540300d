@NullMarked
package dev.interceptor.core.model.export;

import org.jspecify.annotations.NullMarked;
