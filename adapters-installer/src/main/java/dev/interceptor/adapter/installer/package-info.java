/**
 * Installs, removes and diagnoses the native messaging host registration of every supported
 * browser: manifests, the launcher script and, on Windows, the registry keys.
 */
@NullMarked
package dev.interceptor.adapter.installer;

import org.jspecify.annotations.NullMarked;
