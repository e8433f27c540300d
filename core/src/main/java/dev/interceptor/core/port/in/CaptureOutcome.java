package dev.interceptor.core.port.in;

import dev.interceptor.core.model.routing.RoutingDecision;

/** What became of one capture: its routing decision, and whether it was new to the store. */
public record CaptureOutcome(RoutingDecision decision, boolean duplicate) {}
