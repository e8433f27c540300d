package dev.interceptor.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FileProblemsTest {

  private static final Path FILE = Path.of("/tmp/in put.txt");

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of(
            new NoSuchFileException(FILE.toString()), FILE + " does not exist: check the path"),
        Arguments.of(
            new AccessDeniedException(FILE.toString()),
            FILE + " cannot be read: permission denied"),
        Arguments.of(
            new MalformedInputException(1),
            FILE + " is not UTF-8 text: check that it is the right file"),
        Arguments.of(
            new FileSystemException(FILE.toString(), null, "Is a directory"),
            "could not read " + FILE + ": Is a directory"),
        Arguments.of(new IOException("disk on fire"), "could not read " + FILE + ": disk on fire"));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void describe_eachProblem_oneLineWithoutJavaNames(IOException problem, String expected) {
    String line = FileProblems.describe(FILE, problem);

    assertThat(line).isEqualTo(expected).doesNotContain("Exception").doesNotContain("java.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json | not valid JSON at line 1, column 1 (the file does not start with JSON)",
        "'{\"log\":{\"entries\":[{}, ' | not valid JSON at line 1, column 24 (the file ends"
            + " inside an array)",
        "'{\"log\":{\"entries\"' | not valid JSON at line 1, column 18 (the file ends inside an"
            + " object)",
        "'{\"log\":\"abc' | not valid JSON at line 1, column 12 (the file ends inside a string)",
        "'{\"log\":{} ]' | not valid JSON at line 1, column 11 (unexpected text there)"
      })
  void describeHar_brokenJson_lineColumnAndWhyWithoutParserWords(String text, String expected)
      throws IOException {
    IOException problem = parseFailure(text);

    String line = FileProblems.describeHar(FILE, problem);

    assertThat(line).isEqualTo(FILE + " is not a HAR file: " + expected);
  }

  @Test
  void describeHar_notJsonProblem_describesTheFile() {
    String line = FileProblems.describeHar(FILE, new NoSuchFileException(FILE.toString()));

    assertThat(line).isEqualTo(FILE + " does not exist: check the path");
  }

  private static IOException parseFailure(String text) {
    try (JsonParser parser =
        new JsonFactory().createParser(text.getBytes(StandardCharsets.UTF_8))) {
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("parsed without error: " + text);
  }
}
