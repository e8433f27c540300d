/**
 * The browser side of Interceptor: native messaging frames on stdin and stdout, the message
 * contract of {@code docs/protocol.md}, and the bridge host loop.
 */
@NullMarked
package dev.interceptor.adapter.nativemessaging;

import org.jspecify.annotations.NullMarked;
