package dev.interceptor.core.service.archfixture;

/** A service, which ports must not know. */
public final class FixtureService {}
