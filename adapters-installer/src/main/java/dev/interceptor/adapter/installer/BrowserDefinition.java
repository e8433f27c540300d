package dev.interceptor.adapter.installer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One browser the installer can register the host with: its names, manifest dialect and the layout
 * of its files on each operating system.
 *
 * <p>Adding a browser is adding one of these to the set the application registers.
 *
 * @param id the name used on the command line ({@code --browser chrome})
 * @param displayName the name shown to users
 * @param family the manifest dialect
 * @param layouts the layout per operating system; a missing system means not available there
 * @param aliases other accepted command-line names
 * @param caveat a warning shown whenever the browser is installed for, or empty
 * @param unsupportedReason why the host cannot work with this browser, or empty when it can
 * @param unverified which of the facts no primary source confirmed, or empty
 */
public record BrowserDefinition(
    String id,
    String displayName,
    BrowserFamily family,
    Map<OsFamily, BrowserLayout> layouts,
    List<String> aliases,
    String caveat,
    String unsupportedReason,
    String unverified) {

  public BrowserDefinition {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("id must be lower-case letters, digits and '-': " + id);
    }
    layouts = Map.copyOf(layouts);
    aliases = List.copyOf(aliases);
  }

  /** A supported browser with no caveat. */
  public static BrowserDefinition of(
      String id, String displayName, BrowserFamily family, Map<OsFamily, BrowserLayout> layouts) {
    return new BrowserDefinition(id, displayName, family, layouts, List.of(), "", "", "");
  }

  /** This definition with a warning shown on every install. */
  public BrowserDefinition withCaveat(String text) {
    return new BrowserDefinition(
        id, displayName, family, layouts, aliases, text, unsupportedReason, unverified);
  }

  /** This definition marked as unable to run the host, with the reason. */
  public BrowserDefinition unsupported(String reason) {
    return new BrowserDefinition(
        id, displayName, family, layouts, aliases, caveat, reason, unverified);
  }

  /** This definition with a note on which of its facts are unconfirmed. */
  public BrowserDefinition unverified(String note) {
    return new BrowserDefinition(
        id, displayName, family, layouts, aliases, caveat, unsupportedReason, note);
  }

  /** This definition also answering to other command-line names. */
  public BrowserDefinition alsoNamed(String... names) {
    return new BrowserDefinition(
        id, displayName, family, layouts, List.of(names), caveat, unsupportedReason, unverified);
  }

  /** The layout on the given system, empty when the browser does not exist there. */
  public Optional<BrowserLayout> layout(OsFamily os) {
    return Optional.ofNullable(layouts.get(os));
  }

  /** Whether the host can work with this browser at all. */
  public boolean supported() {
    return unsupportedReason.isEmpty();
  }

  /** Whether the command-line name names this browser (case-insensitive, aliases included). */
  public boolean answersTo(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return id.equals(wanted) || aliases.contains(wanted);
  }
}
