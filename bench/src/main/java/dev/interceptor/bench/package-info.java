/** Benchmarks of the host's start-up, throughput and memory, the store at scale, and hot paths. */
@NullMarked
package dev.interceptor.bench;

import org.jspecify.annotations.NullMarked;
