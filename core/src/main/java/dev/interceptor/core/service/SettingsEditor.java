package dev.interceptor.core.service;

import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.ExtensionIds;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import java.util.HashSet;
import java.util.Set;

/** Computes what one settings command does, without storing or sending anything. */
final class SettingsEditor {

  private SettingsEditor() {}

  static SettingsChange apply(Settings s, ChangeSettingsCommand command) {
    CaptureSettings capture = s.capture();
    if (command instanceof ChangeSettingsCommand.SetCaptureEnabled) {
      boolean on = ((ChangeSettingsCommand.SetCaptureEnabled) command).enabled();
      return SettingsChange.to(
          withCapture(s, new CaptureSettings(on, capture.filter(), capture.target())));
    }
    if (command instanceof ChangeSettingsCommand.SetCaptureFilter) {
      var filter = ((ChangeSettingsCommand.SetCaptureFilter) command).filter();
      return SettingsChange.to(
          withCapture(s, new CaptureSettings(capture.enabled(), filter, capture.target())));
    }
    if (command instanceof ChangeSettingsCommand.SetCaptureTarget) {
      var target = ((ChangeSettingsCommand.SetCaptureTarget) command).target();
      return SettingsChange.to(
          withCapture(s, new CaptureSettings(capture.enabled(), capture.filter(), target)));
    }
    if (command instanceof ChangeSettingsCommand.SetHistoryRetention) {
      int entries = ((ChangeSettingsCommand.SetHistoryRetention) command).entries();
      return SettingsChange.to(
          new Settings(s.capture(), s.cookieSync(), s.allowedExtensionIds(), entries));
    }
    if (command instanceof ChangeSettingsCommand.AllowExtension) {
      return SettingsChange.to(
          withExtension(s, ((ChangeSettingsCommand.AllowExtension) command).extensionId(), true));
    }
    if (command instanceof ChangeSettingsCommand.DisallowExtension) {
      String id = ((ChangeSettingsCommand.DisallowExtension) command).extensionId();
      return SettingsChange.to(withExtension(s, id, false));
    }
    return CookieSyncEditor.apply(s, command);
  }

  static Settings withCapture(Settings s, CaptureSettings capture) {
    return new Settings(capture, s.cookieSync(), s.allowedExtensionIds(), s.historyRetention());
  }

  static Settings withSync(Settings s, CookieSyncSettings sync) {
    return new Settings(s.capture(), sync, s.allowedExtensionIds(), s.historyRetention());
  }

  private static Settings withExtension(Settings s, String extensionId, boolean allowed) {
    // Removing is allowed for any stored text, so that a bad entry can always be taken out.
    String id = allowed ? ExtensionIds.validate(extensionId) : extensionId.strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("extension id must not be blank");
    }
    Set<String> ids = new HashSet<>(s.allowedExtensionIds());
    if (allowed) {
      ids.add(id);
    } else {
      ids.remove(id);
    }
    return new Settings(s.capture(), s.cookieSync(), ids, s.historyRetention());
  }
}
