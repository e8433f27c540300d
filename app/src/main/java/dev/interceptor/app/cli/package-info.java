/** The {@code interceptor} commands, their output, and their exit codes. */
@NullMarked
package dev.interceptor.app.cli;

import org.jspecify.annotations.NullMarked;
