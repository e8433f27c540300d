package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptureFiltersTest {

  @Test
  void of_c34GlobInRegexField_refusedWithJdkStylePositionAndReason() {
    assertThatThrownBy(() -> CaptureFilters.of("*.example.com", "", List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidFilterException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("Dangling meta character '*' near index 0");
              assertThat(e.index()).isZero();
              assertThat(e.setting()).isEqualTo("include pattern");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "include pattern '*.example.com' is invalid: "
                          + "Dangling meta character '*' near index 0");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "api(            | Unclosed group near index 4                   | 4",
        "[abc            | Unclosed character class near index 3        | 3",
        "[a-             | Illegal character range near index 3         | 3",
        "a{2,1}          | Illegal repetition range near index 5         | 5",
        "(?=x)y          | '(?='                                         | 0",
        "(a)\\1          | '\\1' near index 3                            | 3",
      })
  void of_invalidExcludePattern_reasonNamesPosition(String pattern, String reason, int index) {
    assertThatThrownBy(() -> CaptureFilters.of("", pattern, List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidFilterException.class,
            e -> {
              assertThat(e.setting()).isEqualTo("exclude pattern");
              assertThat(e.reason()).contains(reason);
              assertThat(e.index()).isEqualTo(index);
            });
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "example\\.com                             => https://api.example.com/x        => true",
        "example\\.com                             => https://example.com.evil.test/   => true",
        "^https?://([^/]+\\.)?example\\.com(/|$)   => https://api.example.com/x        => true",
        "^https?://([^/]+\\.)?example\\.com(/|$)   => https://example.com              => true",
        "^https?://([^/]+\\.)?example\\.com(/|$)   => https://example.com.evil.test/   => false",
        "/api/                                     => https://x.test/v1/api/users      => true",
        "/api/                                     => https://x.test/apix              => false",
        "''                                        => https://anything.test/           => true",
        "(?P<v>v[0-9])                             => https://x.test/v2/               => true",
      })
  void rejection_includePattern_searchesAnywhereInUrl(String include, String url, boolean kept) {
    CompiledCaptureFilter filter =
        CompiledCaptureFilter.compile(CaptureFilters.of(include, "", List.of(), List.of()));

    assertThat(filter.rejection(url, "GET", ResourceType.XHR).isEmpty()).isEqualTo(kept);
  }

  @Test
  void rejection_excludeMatches_droppedWithReason() {
    CompiledCaptureFilter filter =
        CompiledCaptureFilter.compile(
            CaptureFilters.of("example\\.com", "\\.(png|css)$", List.of(), List.of()));

    assertThat(filter.rejection("https://example.com/a.png", "GET", ResourceType.IMAGE))
        .contains("URL matches the exclude pattern");
    assertThat(filter.rejection("https://example.com/a.json", "GET", ResourceType.XHR)).isEmpty();
    assertThat(filter.rejection("https://other.test/a.json", "GET", ResourceType.XHR))
        .contains("URL does not match the include pattern");
  }

  @ParameterizedTest(name = "filter {0}, request {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET,POST,PUT | PUT     | true",
        "GET,POST,PUT | POST    | true",
        "GET,POST,PUT | patch   | false",
        "PATCH        | patch   | true",
        "patch        | PATCH   | true",
        "get          | GET     | true",
        "PROPFIND     | propfind| true",
        "M-SEARCH     | M-SEARCH| true",
      })
  void rejection_c35Methods_comparedWithoutCase(String methods, String method, boolean kept) {
    CompiledCaptureFilter filter =
        CompiledCaptureFilter.compile(
            CaptureFilters.of("", "", List.of(methods.split(",")), List.of()));

    assertThat(filter.rejection("https://x.test/", method, ResourceType.XHR).isEmpty())
        .isEqualTo(kept);
  }

  @Test
  void of_lowerCaseMethods_storedUpperCased() {
    CaptureFilter filter = CaptureFilters.of("", "", List.of("patch", "Get"), List.of());

    assertThat(filter.methods()).containsExactlyInAnyOrder("PATCH", "GET");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"GE T\"   | ' ' at index 2",
        "GET/     | '/' at index 3",
        "(GET)    | '(' at index 0",
        "\"\"       | must not be empty",
        "GÉT      | 'É' at index 1",
      })
  void of_methodNotAToken_refused(String method, String problem) {
    assertThatThrownBy(() -> CaptureFilters.of("", "", List.of(method), List.of()))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageContaining("method '" + method + "'")
        .hasMessageContaining(problem);
  }

  @Test
  void rejection_typesSelected_otherTypesDropped() {
    CompiledCaptureFilter filter =
        CompiledCaptureFilter.compile(
            CaptureFilters.of(
                "", "", List.of(), CaptureFilters.resourceTypes(List.of("fetch", "document"))));

    assertThat(filter.rejection("https://x.test/", "GET", ResourceType.XHR)).isEmpty();
    assertThat(filter.rejection("https://x.test/", "GET", ResourceType.DOCUMENT)).isEmpty();
    assertThat(filter.rejection("https://x.test/", "GET", ResourceType.IMAGE))
        .contains("resource type image is not selected");
  }

  @Test
  void resourceTypes_unknownName_refusedListingAccepted() {
    assertThatThrownBy(() -> CaptureFilters.resourceTypes(List.of("pictures")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pictures'")
        .hasMessageContaining("xhr, document");
  }

  @Test
  void constructor_invalidPattern_cannotBeBuiltDirectly() {
    assertThatThrownBy(() -> new CaptureFilter("(", "", Set.of(), Set.of()))
        .isInstanceOf(InvalidFilterException.class);
  }

  @Test
  void rejection_pathologicalPatternOnLongUrl_finishesQuickly() {
    CompiledCaptureFilter filter =
        CompiledCaptureFilter.compile(CaptureFilters.of("(a+)+$", "", List.of(), List.of()));
    String url = "https://x.test/" + "a".repeat(50_000) + "!";

    long start = System.nanoTime();
    boolean kept = filter.rejection(url, "GET", ResourceType.XHR).isEmpty();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(kept).isFalse();
    assertThat(millis).isLessThan(2_000);
  }
}
