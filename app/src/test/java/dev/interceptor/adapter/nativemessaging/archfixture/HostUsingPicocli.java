package dev.interceptor.adapter.nativemessaging.archfixture;

import picocli.CommandLine;

/** Breaks "picocli only in app". */
@CommandLine.Command(name = "host")
public final class HostUsingPicocli {}
