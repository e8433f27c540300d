@NullMarked
package dev.interceptor.adapter.nativemessaging;

import org.jspecify.annotations.NullMarked;
