package dev.interceptor.core.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Cookie, true",
    "set-cookie, true",
    "Authorization, true",
    "Proxy-Authorization, true",
    "X-CSRF-Token, true",
    "access_token, true",
    "refresh-token, true",
    "client_secret, true",
    "password, true",
    "new-passwd, true",
    "Passwort, true",
    "X-API-Key, true",
    "apikey, true",
    "apiKey, true",
    "PHPSESSID, true",
    "JSESSIONID, true",
    "session_id, true",
    "X-XSRF-TOKEN, true",
    "auth, true",
    "X-Auth, true",
    "oauth, true",
    "X-Amz-Signature, true",
    "sid, true",
    "author, false",
    "authority, false",
    "Accept, false",
    "Content-Type, false",
    "page, false",
    "key, false",
    "'', false",
  })
  void isSecret_name_matchesTheRule(String name, boolean secret) {
    assertThat(SecretNames.isSecret(name)).isEqualTo(secret);
  }
}
