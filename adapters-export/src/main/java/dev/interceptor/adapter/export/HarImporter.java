package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.port.out.ImportException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Reads the entries of a HAR 1.1 or 1.2 file as captured requests.
 *
 * <p>The file is streamed: one entry is held in memory at a time and handed to the caller before
 * the next is read, so files of any size import in flat memory. A UTF-8 byte-order mark is skipped.
 * Readers of HAR files written by hand or by other tools are lenient: a missing {@code
 * log.version}, {@code log.creator}, {@code response} or {@code startedDateTime} is tolerated (the
 * file's modification time stands in for the last); {@code queryString} is appended to a {@code
 * url} that has no query; status 0 means the request got no response. A {@code postData} with
 * {@code "_encoding":"base64"} (this project's HAR export) or {@code "encoding":"base64"} is
 * decoded to its exact bytes. Multipart file parts given only by name are left out and the capture
 * marked {@code filePartsOmitted}.
 *
 * <p>Each capture's id follows {@link dev.interceptor.core.model.capture.HarEntryIds}: the file's
 * digest and the entry's index, so importing the same file twice, or importing a file {@code
 * simulate} replayed, yields the same ids and a store keeps one copy. Entries before a damaged one
 * have already been handed over when the error is thrown: callers that want all or nothing run the
 * import in one store transaction. Instances hold no state and may be shared.
 */
public final class HarImporter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Hands every entry of {@code file}, in order, to {@code sink}.
   *
   * @return how many entries were read
   * @throws ImportException with a one-line message naming the file and what is wrong with it
   */
  public long importFile(Path file, Consumer<CapturedRequest> sink) {
    try (InputStream in = Bom.skip(new BufferedInputStream(Files.newInputStream(file)));
        JsonParser json = MAPPER.createParser(in)) {
      Instant fallbackTime = Files.getLastModifiedTime(file).toInstant();
      return readLog(file, json, new HarEntryReader(fallbackTime, sha256(file)), sink);
    } catch (IOException e) {
      throw new ImportException(FileProblems.describeHar(file, e), e);
    }
  }

  // A first pass over the bytes: entry ids need the digest of the whole file before the first.
  private static byte[] sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return digest.digest();
  }

  private static long readLog(
      Path file, JsonParser json, HarEntryReader reader, Consumer<CapturedRequest> sink)
      throws IOException {
    JsonToken first = json.nextToken();
    if (first == null) {
      throw new ImportException(file + " is empty: not a HAR file");
    }
    if (first != JsonToken.START_OBJECT) {
      throw new ImportException(file + " is not a HAR file: it does not hold a JSON object");
    }

    boolean sawRequestFields = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("log") && value == JsonToken.START_OBJECT) {
        return readEntries(file, json, reader, sink);
      }
      sawRequestFields |= field.equals("method") || field.equals("url");
      json.skipChildren();
    }

    String hint =
        sawRequestFields
            ? "it holds a single HAR request object; wrap it in {\"log\":{\"entries\":[...]}}"
            : "it has no \"log\" object";
    throw new ImportException(file + " is not a HAR file: " + hint);
  }

  private static long readEntries(
      Path file, JsonParser json, HarEntryReader reader, Consumer<CapturedRequest> sink)
      throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (!field.equals("entries")) {
        json.skipChildren();
        continue;
      }
      if (value != JsonToken.START_ARRAY) {
        throw new ImportException(file + " is not a HAR file: log.entries is not an array");
      }

      long index = 0;
      while (json.nextToken() == JsonToken.START_OBJECT) {
        JsonNode entry = json.readValueAsTree();
        try {
          sink.accept(reader.read(entry, index));
        } catch (HarEntryReader.BadEntryException e) {
          throw new ImportException(file + ": entry " + index + ": " + e.getMessage(), e);
        }
        index++;
      }
      if (json.currentToken() != JsonToken.END_ARRAY) {
        throw new ImportException(
            file + ": entry " + index + " is not a JSON object: each HAR entry must be one");
      }
      return index;
    }
    throw new ImportException(file + " is not a HAR file: log has no \"entries\" array");
  }
}
