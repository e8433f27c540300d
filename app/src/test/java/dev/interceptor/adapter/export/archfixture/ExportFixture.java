package dev.interceptor.adapter.export.archfixture;

/** An export adapter class that another adapter must not use. */
public final class ExportFixture {}
