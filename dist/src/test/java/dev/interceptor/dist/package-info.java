@NullMarked
package dev.interceptor.dist;

import org.jspecify.annotations.NullMarked;
