@NullMarked
package dev.interceptor.core.service;

import org.jspecify.annotations.NullMarked;
