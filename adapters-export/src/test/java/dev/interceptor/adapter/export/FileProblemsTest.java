package dev.interceptor.adapter.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
}
