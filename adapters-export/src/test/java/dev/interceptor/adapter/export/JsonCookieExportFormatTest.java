package dev.interceptor.adapter.export;

import static dev.interceptor.adapter.export.Cookies.EXPIRY;
import static dev.interceptor.adapter.export.Cookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.cookie.Cookie;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCookieExportFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode write(List<Cookie> cookies) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonCookieExportFormat().export(cookies, out);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void export_partitionedAndUnpartitioned_listsBothWithPartitionKey() throws Exception {
    List<Cookie> jar =
        List.of(
            cookie(
                "sid",
                "p1",
                "widget.example.com",
                true,
                "/",
                true,
                false,
                EXPIRY,
                "https://shop.test"),
            cookie("sid", "u1", "widget.example.com", true, "/", true, false, EXPIRY, null));

    JsonNode cookies = write(jar);

    assertThat(cookies).hasSize(2);
    assertThat(cookies.get(0).path("partitionKey").path("topLevelSite").asText())
        .isEqualTo("https://shop.test");
    assertThat(cookies.get(1).has("partitionKey")).isFalse();
  }

  @Test
  void export_sessionDomainCookie_writesChromeShape() throws Exception {
    Cookie session = cookie("pref", "dark", "example.com", false, "/", false, true, null, null);

    JsonNode written = write(List.of(session)).get(0);

    assertThat(written.path("domain").asText()).isEqualTo(".example.com");
    assertThat(written.path("hostOnly").asBoolean()).isFalse();
    assertThat(written.path("session").asBoolean()).isTrue();
    assertThat(written.path("httpOnly").asBoolean()).isTrue();
    assertThat(written.has("expirationDate")).isFalse();
    assertThat(written.path("value").asText()).isEqualTo("dark");
  }
}
