package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureEnabled;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureFilter;
import dev.interceptor.core.port.in.ChangeSettingsCommand.SetCaptureTarget;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptureCommandsTest {

  private final CliHarness cli = new CliHarness();

  private static final CaptureFilter CURRENT =
      new CaptureFilter("example\\.com", "\\.png$", Set.of("GET"), Set.of(ResourceType.XHR));

  @BeforeEach
  void currentFilter() {
    when(cli.settings.load()).thenReturn(withCapture(false, CURRENT, CaptureTarget.HISTORY));
  }

  @Test
  void captureOn_changesSettingAndSaysWhereRequestsGo() {
    cli.changes.answer = withCapture(true, CaptureFilter.ALL, CaptureTarget.HISTORY);

    int code = cli.run("capture", "on");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetCaptureEnabled(true));
    assertThat(cli.out()).isEqualTo("Capture is on; requests go to History.\n");
  }

  @Test
  void captureOff_json_printsResultingSettings() throws Exception {
    cli.changes.answer = withCapture(false, CURRENT, CaptureTarget.HISTORY);

    int code = cli.run("capture", "off", "--json");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetCaptureEnabled(false));
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/capture/enabled").asBoolean()).isFalse();
    assertThat(json.at("/capture/filter/include").asText()).isEqualTo("example\\.com");
    assertThat(json.at("/capture/filter/methods/0").asText()).isEqualTo("GET");
    assertThat(json.at("/capture/target/kind").asText()).isEqualTo("history");
    assertThat(json.at("/historyRetention").asInt()).isEqualTo(5_000);
  }

  @Test
  void filter_someOptions_replacesOnlyThosePartsAndUpperCasesMethods() {
    int code = cli.run("capture", "filter", "--method", "get,patch", "--exclude", "");

    assertThat(code).isZero();
    assertThat(cli.changes.received)
        .containsExactly(
            new SetCaptureFilter(
                new CaptureFilter(
                    "example\\.com", "", Set.of("GET", "PATCH"), Set.of(ResourceType.XHR))));
  }

  @Test
  void filter_clearWithType_startsFromKeepEverything() {
    int code = cli.run("capture", "filter", "--clear", "--type", "fetch,document");

    assertThat(code).isZero();
    assertThat(cli.changes.received)
        .containsExactly(
            new SetCaptureFilter(
                new CaptureFilter(
                    "", "", Set.of(), Set.of(ResourceType.XHR, ResourceType.DOCUMENT))));
  }

  @Test
  void filter_noOptions_printsFilterInForceWithoutChangingIt() {
    int code = cli.run("capture", "filter");

    assertThat(code).isZero();
    assertThat(cli.changes.received).isEmpty();
    assertThat(cli.out())
        .isEqualTo(
            "Capture keeps URL contains a match of example\\.com; URL has no match of \\.png$;"
                + " method GET; type xhr.\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--url     | *.example.com | --url pattern '*.example.com' is not a valid RE2",
        "--exclude | (unclosed     | --exclude pattern '(unclosed' is not a valid RE2",
        "--method  | GE T          | --method 'GE T' is not an HTTP method name",
        "--type    | picture       | unknown resource type 'picture'"
      })
  void filter_invalidValue_isRefusedWithUsageCodeAndNothingChanges(
      String option, String value, String message) {
    int code = cli.run("capture", "filter", option, value);

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.changes.received).isEmpty();
    assertThat(cli.err()).startsWith("interceptor: error: " + message).doesNotContain("\tat ");
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void targetCollection_withOrganize_setsCollectionTarget() {
    int code = cli.run("capture", "target", "collection", "checkout", "--organize", "host-path");

    assertThat(code).isZero();
    assertThat(cli.changes.received)
        .containsExactly(
            new SetCaptureTarget(new CaptureTarget.Collection("checkout", Organize.HOST_PATH)));
    assertThat(cli.out())
        .isEqualTo(
            "Kept requests go to collection \"checkout\" (a folder per host, then per first path"
                + " segment).\n");
  }

  @Test
  void targetCollection_withoutOrganize_isFlat() {
    int code = cli.run("capture", "target", "collection", "checkout");

    assertThat(code).isZero();
    assertThat(cli.changes.received)
        .containsExactly(
            new SetCaptureTarget(new CaptureTarget.Collection("checkout", Organize.FLAT)));
  }

  @Test
  void targetCollection_existingWithoutOrganize_keepsTheCollectionsFolders() {
    existing("checkout", Organize.HOST_PATH);

    int code = cli.run("capture", "target", "collection", "checkout");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.changes.received)
        .containsExactly(
            new SetCaptureTarget(new CaptureTarget.Collection("checkout", Organize.HOST_PATH)));
  }

  @Test
  void targetCollection_existingWithOtherOrganize_isRefusedNamingItsOwn() {
    existing("checkout", Organize.HOST_PATH);

    int code = cli.run("capture", "target", "collection", "checkout", "--organize", "flat");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.changes.received).isEmpty();
    assertThat(cli.err().lines())
        .singleElement()
        .asString()
        .contains("collection 'checkout' is organised host-path")
        .contains("--organize host-path");
  }

  private void existing(String name, Organize organize) {
    when(cli.collections.find(name))
        .thenReturn(Optional.of(new CollectionSummary(name, organize, 3, CliHarness.NOW)));
  }

  @Test
  void targetCollection_unknownOrganize_isUsageError() {
    int code = cli.run("capture", "target", "collection", "checkout", "--organize", "tree");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.changes.received).isEmpty();
    assertThat(cli.err()).contains("--organize: 'tree' is not one of flat, host, host-path");
  }

  @Test
  void targetHistory_setsHistoryTarget() {
    int code = cli.run("capture", "target", "history");

    assertThat(code).isZero();
    assertThat(cli.changes.received).containsExactly(new SetCaptureTarget(CaptureTarget.HISTORY));
  }

  static Settings withCapture(boolean enabled, CaptureFilter filter, CaptureTarget target) {
    return new Settings(
        new CaptureSettings(enabled, filter, target),
        CookieSyncSettings.DEFAULT,
        Set.of(),
        Settings.DEFAULT_RETENTION);
  }
}
