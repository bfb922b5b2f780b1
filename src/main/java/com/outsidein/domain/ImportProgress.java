package com.outsidein.domain;

/**
 * What an import tells whoever started it while it runs, and how it learns it was cancelled. A
 * total below zero means the amount of work is not known yet.
 */
public interface ImportProgress {

  ImportProgress NONE =
      new ImportProgress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  void update(long done, long total);

  boolean isCancelled();

  /** Throws {@link ImportCancelledException} when the import was cancelled. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new ImportCancelledException();
    }
  }
}
