package dev.interceptor.core.model.capture;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds capture filters from what a user typed. */
public final class CaptureFilters {

  private CaptureFilters() {}

  /**
   * A validated filter.
   *
   * @param include RE2 pattern searched in the full URL; empty keeps every URL
   * @param exclude RE2 pattern searched in the full URL; empty excludes nothing
   * @param methods method names in any case; empty keeps every method
   * @param types resource types; empty keeps every type
   * @throws InvalidFilterException for a pattern that does not compile (with the position and
   *     reason) or a method that is not an RFC 9110 token
   */
  public static CaptureFilter of(
      String include, String exclude, Collection<String> methods, Collection<ResourceType> types) {
    return new CaptureFilter(include, exclude, Set.copyOf(methods), Set.copyOf(types));
  }

  /**
   * Parses resource type names as users type them ({@code xhr}, {@code fetch}, {@code document}).
   *
   * @throws IllegalArgumentException for an unknown name, listing the accepted ones
   */
  public static Set<ResourceType> resourceTypes(Collection<String> names) {
    return names.stream().map(ResourceType::fromFilter).collect(Collectors.toUnmodifiableSet());
  }
}
