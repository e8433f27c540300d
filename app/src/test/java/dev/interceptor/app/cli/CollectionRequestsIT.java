package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.out.CaptureCollections;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** Collection exports read a collection's requests a batch at a time, each in its own folder. */
class CollectionRequestsIT {

  private static final Instant T = Instant.parse("2025-03-04T09:00:00Z");

  @TempDir Path data;

  private StoreCli cli;
  private final List<CapturedRequest> added = new ArrayList<>();

  @BeforeEach
  void fill() {
    cli = new StoreCli(data);
    for (int i = 0; i < 7; i++) {
      CapturedRequest request =
          Captures.request(
              "r" + i,
              T.plusSeconds(i),
              "POST",
              "https://a.test/" + i,
              new RequestBody.Text("y".repeat(30)));
      cli.store.collections().add("Shop", Organize.FLAT, folder(i), request);
      added.add(request);
    }
  }

  @AfterEach
  void close() {
    cli.close();
  }

  @Test
  void iterate_smallBatches_givesEveryRequestInItsFolderInOrderAdded() {
    CaptureCollections collections =
        mock(CaptureCollections.class, delegatesTo(cli.store.collections()));

    List<ExportedRequest> exported = new ArrayList<>();
    new CollectionRequests(collections, "Shop", new ReadBatch(200, 70)).forEach(exported::add);

    assertThat(exported).extracting(ExportedRequest::request).isEqualTo(added);
    assertThat(exported)
        .extracting(ExportedRequest::folder)
        .containsExactly(
            folder(0), folder(1), folder(2), folder(3), folder(4), folder(5), folder(6));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<String>> batches = ArgumentCaptor.forClass(List.class);
    verify(collections, times(4)).findRequests(eq("Shop"), batches.capture());
    assertThat(batches.getAllValues()).extracting(List::size).containsExactly(2, 2, 2, 1);
    verify(collections, never()).findRequest(anyString(), anyString());
  }

  @Test
  void iterate_unknownCollection_givesNothing() {
    assertThat(new CollectionRequests(cli.store.collections(), "Nobody")).isEmpty();
  }

  private static FolderPath folder(int i) {
    return i % 3 == 0 ? FolderPath.ROOT : FolderPath.of("api", "v" + (i % 3));
  }
}
