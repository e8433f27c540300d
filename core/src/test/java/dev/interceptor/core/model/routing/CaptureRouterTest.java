package dev.interceptor.core.model.routing;

import static dev.interceptor.core.testing.TestCaptures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.CaptureFilters;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.ResourceType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptureRouterTest {

  private static final String OWN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";
  private static final CaptureSettings ON_HISTORY =
      new CaptureSettings(true, CaptureFilter.ALL, CaptureTarget.HISTORY);

  private final CaptureRouter router = new CaptureRouter();

  @Test
  void route_captureOff_droppedWhateverTheRequest() {
    CaptureSettings off = new CaptureSettings(false, CaptureFilter.ALL, CaptureTarget.HISTORY);

    RoutingDecision decision = router.route(request("1", "GET", "https://x.test/"), off, OWN);

    assertThat(decision).isEqualTo(new RoutingDecision.Dropped("capture is off"));
  }

  @Test
  void route_onWithDefaults_toHistory() {
    RoutingDecision decision =
        router.route(request("1", "GET", "https://api.example.com/x"), ON_HISTORY, OWN);

    assertThat(decision).isEqualTo(new RoutingDecision.ToHistory());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chrome://settings/                        | browser-internal scheme chrome:",
        "chrome-extension://other/popup.html       | browser-internal scheme chrome-extension:",
        "devtools://devtools/bundled/inspector.html| browser-internal scheme devtools:",
        "about:blank                               | browser-internal scheme about:",
        "moz-extension://1234-5678/bg.html         | browser-internal scheme moz-extension:",
        "edge://settings                           | browser-internal scheme edge:",
        "brave://rewards                           | browser-internal scheme brave:",
        "view-source:https://x.test/               | browser-internal scheme view-source:",
        "CHROME://version                          | browser-internal scheme chrome:",
        "data:text/plain,hi                        | not web traffic (scheme data:)",
        "blob:https://x.test/1-2                   | not web traffic (scheme blob:)",
        "file:///etc/hosts                         | not web traffic (scheme file:)",
      })
  void route_nonWebScheme_neverCaptured(String url, String reason) {
    RoutingDecision decision = router.route(request("1", "GET", url), ON_HISTORY, OWN);

    assertThat(decision).isEqualTo(new RoutingDecision.Dropped(reason));
  }

  @ParameterizedTest(name = "initiator {0}, tab {1}, origin {2}: own {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop  | -1 | " + OWN + " | true",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop  | 5  | " + OWN + " | true",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/ | -1 | " + OWN + " | true",
        "chrome-extension://otherextensionotherextensionabcd  | -1 | " + OWN + " | false",
        "https://app.example.com                              | -1 | " + OWN + " | false",
        "''                                                   | -1 | " + OWN + " | false",
        "moz-extension://5f2a-77/_generated_background.html   | -1 | moz-extension://5f2a-77/ | true",
        "moz-extension://5f2a-77/_generated_background.html   | -1 | moz-extension://9b9b-00/ | false",
      })
  void route_extensionOwnTraffic_dropped(String initiator, int tab, String origin, boolean own) {
    CapturedRequest r =
        request("1", "GET", "https://api.example.com/x", ResourceType.XHR, tab, initiator);

    RoutingDecision decision = router.route(r, ON_HISTORY, origin);

    assertThat(decision)
        .isEqualTo(
            own
                ? new RoutingDecision.Dropped("the extension's own traffic")
                : new RoutingDecision.ToHistory());
  }

  @Test
  void route_filterRefuses_droppedWithFilterReason() {
    CaptureFilter filter = CaptureFilters.of("", "", List.of("GET", "POST", "PUT"), List.of());
    CaptureSettings settings = new CaptureSettings(true, filter, CaptureTarget.HISTORY);

    RoutingDecision patch = router.route(request("1", "patch", "https://x.test/"), settings, OWN);
    RoutingDecision put = router.route(request("2", "PUT", "https://x.test/"), settings, OWN);

    assertThat(patch).isEqualTo(new RoutingDecision.Dropped("method patch is not selected"));
    assertThat(put).isEqualTo(new RoutingDecision.ToHistory());
  }

  @Test
  void route_filterChanged_nextRequestJudgedByNewFilter() {
    CaptureSettings onlyApi =
        new CaptureSettings(
            true, CaptureFilters.of("/api/", "", List.of(), List.of()), CaptureTarget.HISTORY);
    CaptureSettings onlyAuth =
        new CaptureSettings(
            true, CaptureFilters.of("/auth/", "", List.of(), List.of()), CaptureTarget.HISTORY);
    CapturedRequest api = request("1", "GET", "https://x.test/api/users");

    RoutingDecision before = router.route(api, onlyApi, OWN);
    RoutingDecision after = router.route(api, onlyAuth, OWN);

    assertThat(before).isEqualTo(new RoutingDecision.ToHistory());
    assertThat(after)
        .isEqualTo(new RoutingDecision.Dropped("URL does not match the include pattern"));
  }

  @ParameterizedTest(name = "{1} {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://api.example.com/v1/users?x=1 | FLAT      | ''",
        "https://api.example.com/v1/users?x=1 | HOST      | api.example.com",
        "https://api.example.com/v1/users?x=1 | HOST_PATH | api.example.com/v1",
        "https://api.example.com/             | HOST_PATH | api.example.com",
        "https://api.example.com              | HOST_PATH | api.example.com",
        "https://api.example.com/?q=1         | HOST_PATH | api.example.com",
        "https://api.example.com/login        | HOST_PATH | api.example.com/login",
        "http://localhost:8080/api/x          | HOST_PATH | localhost:8080/api",
        "http://localhost:80/api/x            | HOST      | localhost",
        "https://Example.com:443/a            | HOST      | example.com",
        "https://example.com:8443/a           | HOST      | example.com:8443",
        "http://[::1]:3000/graphql            | HOST_PATH | [::1]:3000/graphql",
        "wss://example.com/socket/1           | HOST_PATH | example.com/socket",
      })
  void route_collectionTarget_folderByOrganize(String url, Organize organize, String folder) {
    CaptureSettings settings =
        new CaptureSettings(
            true, CaptureFilter.ALL, new CaptureTarget.Collection("Shop API", organize));

    RoutingDecision decision = router.route(request("1", "GET", url), settings, OWN);

    FolderPath expected =
        folder.isEmpty() ? FolderPath.ROOT : new FolderPath(List.of(folder.split("/")));
    assertThat(decision).isEqualTo(new RoutingDecision.ToCollection("Shop API", expected));
  }
}
