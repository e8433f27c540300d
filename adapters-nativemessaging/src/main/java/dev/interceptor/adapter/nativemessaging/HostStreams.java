package dev.interceptor.adapter.nativemessaging;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The two byte streams a host talks over: {@code in} from the browser, {@code out} to the browser.
 * {@code out} must be a raw byte stream that nothing else writes to.
 */
public record HostStreams(InputStream in, OutputStream out) {}
