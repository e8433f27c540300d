@NullMarked
package dev.interceptor.core.model.settings;

import org.jspecify.annotations.NullMarked;
