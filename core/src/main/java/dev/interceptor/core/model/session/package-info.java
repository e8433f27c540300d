@NullMarked
package dev.interceptor.core.model.session;

import org.jspecify.annotations.NullMarked;
