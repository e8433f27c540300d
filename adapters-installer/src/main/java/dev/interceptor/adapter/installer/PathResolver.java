package dev.interceptor.adapter.installer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the path templates of {@link BrowserLayout} into paths of one environment. */
final class PathResolver {

  private static final Pattern VARIABLE = Pattern.compile("^%([A-Za-z_]+)%");

  private final HostEnvironment environment;

  PathResolver(HostEnvironment environment) {
    this.environment = environment;
  }

  String resolve(String template) {
    OsFamily os = environment.os();
    if (template.equals("~")) {
      return environment.home();
    }
    if (template.startsWith("~/")) {
      return os.join(environment.home(), template.substring(2));
    }
    Matcher variable = VARIABLE.matcher(template);
    if (variable.find()) {
      return os.join(variableOrDefault(variable.group(1)), template.substring(variable.end()));
    }
    return os.normalize(template);
  }

  private String variableOrDefault(String name) {
    String value = environment.variable(name);
    if (value != null) {
      return value;
    }

    // The usual places, for environments (tests, services) that do not set the variables.
    OsFamily os = environment.os();
    switch (name) {
      case "LOCALAPPDATA":
        return os.join(environment.home(), "AppData", "Local");
      case "APPDATA":
        return os.join(environment.home(), "AppData", "Roaming");
      default:
        throw new IllegalArgumentException("environment variable not set: " + name);
    }
  }
}
