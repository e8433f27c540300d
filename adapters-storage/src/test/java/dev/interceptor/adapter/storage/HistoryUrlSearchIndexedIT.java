package dev.interceptor.adapter.storage;

/** {@link HistoryUrlSearchIT} with every History entry put in the URL index as it commits. */
class HistoryUrlSearchIndexedIT extends HistoryUrlSearchIT {

  @Override
  int urlIndexBacklog() {
    return 0;
  }
}
