package dev.interceptor.adapter.installer;

/**
 * One line of an install or uninstall report.
 *
 * @param browser the browser's id, or empty for shared items (launcher, Windows manifests)
 * @param kind what was touched
 * @param location the file path or registry key
 * @param change what happened
 * @param detail why, and for problems the step that fixes them; empty when nothing to say
 */
public record InstallItem(
    String browser, ItemKind kind, String location, ItemChange change, String detail) {}
