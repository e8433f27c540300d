package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchArgumentsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/|abcdefghijklmnopabcdefghijklmnop|chromium|",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/ --parent-window=0|abcdefghijklmnopabcdefghijklmnop|chromium|0",
        "chrome-extension://abcdefghijklmnopabcdefghijklmnop/ --parent-window=6554|abcdefghijklmnopabcdefghijklmnop|chromium|6554",
        "--parent-window=x chrome-extension://ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP|abcdefghijklmnopabcdefghijklmnop|chromium|",
        "/home/a/.mozilla/native-messaging-hosts/com.example.bridge.json bridge@example.com|bridge@example.com|firefox|",
        "C:\\Users\\a\\com.example.bridge.json {6e9f0c3a-1b2c-4d5e-8f90-a1b2c3d4e5f6}|{6e9f0c3a-1b2c-4d5e-8f90-a1b2c3d4e5f6}|firefox|",
      })
  void parse_browserShapes_findsCaller(
      String argLine, String callerId, String family, Long parentWindow) {
    LaunchArguments launch = LaunchArguments.parse(Arrays.asList(argLine.split(" ")));

    assertThat(launch.callerId()).isEqualTo(callerId);
    assertThat(launch.browserFamily()).isEqualTo(family);
    assertThat(launch.parentWindow()).isEqualTo(parentWindow);
    assertThat(LaunchArguments.isBrowserLaunch(Arrays.asList(argLine.split(" ")))).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"status", "export har out.json", "host", "simulate --har a.har"})
  void isBrowserLaunch_userCommands_false(String argLine) {
    assertThat(LaunchArguments.isBrowserLaunch(List.of(argLine.split(" ")))).isFalse();
  }
}
