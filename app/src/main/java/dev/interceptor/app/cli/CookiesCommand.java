package dev.interceptor.app.cli;

import picocli.CommandLine.Command;

/** {@code interceptor cookies}: one-way cookie sync from the browser into the jar. */
@Command(
    name = "cookies",
    description = {
      "Sync cookies one way, from the browser into Interceptor's jar, for the domains you choose."
          + " Nothing Interceptor does changes the browser's cookies.",
      ""
    },
    subcommands = {
      CookieSyncCommand.class,
      SyncDomainsCommand.class,
      CookiesListCommand.class,
      CookiesExportCommand.class,
      CookiesPurgeCommand.class
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies domains add example.com")
final class CookiesCommand {}
