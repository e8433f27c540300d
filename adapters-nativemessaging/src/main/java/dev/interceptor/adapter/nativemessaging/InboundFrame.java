package dev.interceptor.adapter.nativemessaging;

import org.jspecify.annotations.Nullable;

/**
 * One frame from the browser that holds a JSON object: its UTF-8 bytes (in memory, or in a spool
 * file when large), its {@code type} ("" when absent) and its {@code id} as text (null when absent
 * or not a single value). The bytes are kept as they came so that the message is read once,
 * straight into its wire record.
 */
record InboundFrame(FrameBytes bytes, String type, @Nullable String id) {}
