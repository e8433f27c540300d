package dev.interceptor.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryQuerySqlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc | \"abc\"",
        "orders/7 | \"ord\" AND \"rde\" AND \"der\" AND \"ers\" AND \"rs/\" AND \"s/7\"",
        "aaaa | \"aaa\"",
        "a\"b\"c | \"a\"\"b\" AND \"\"\"b\"\"\" AND \"b\"\"c\"",
        "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00x | \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\" AND"
            + " \"\uD83D\uDE00\uD83D\uDE00x\""
      })
  void trigramMatch_substring_requiresEachDistinctTrigramQuoted(String text, String expected) {
    String match = HistoryQuerySql.trigramMatch(text);

    assertThat(match).isEqualTo(expected);
  }

  @Test
  void trigramMatch_longSubstring_takesTheBoundSpreadFromFirstToLast() {
    String text =
        IntStream.range(0, 300).mapToObj(i -> String.format("%03d", i)).reduce("", String::concat);

    String[] trigrams = HistoryQuerySql.trigramMatch(text).split(" AND ");

    assertThat(trigrams).hasSize(HistoryQuerySql.MAX_TRIGRAMS);
    assertThat(trigrams[0]).isEqualTo("\"000\"");
    assertThat(trigrams[trigrams.length - 1]).isEqualTo("\"299\"");
    assertThat(Arrays.stream(trigrams).distinct()).hasSize(HistoryQuerySql.MAX_TRIGRAMS);
  }
}
