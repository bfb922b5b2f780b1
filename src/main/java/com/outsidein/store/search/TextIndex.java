package com.outsidein.store.search;

import com.outsidein.domain.SearchKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The texts of the workspace in a Lucene index held in memory ({@link ByteBuffersDirectory}), so an
 * encrypted workspace's words never reach the disk in the clear. One document per text; the texts
 * of one row share a row key, so the row is replaced or removed as a whole. Nothing is committed:
 * the index lives as long as its owner and is rebuilt at every open. Not thread-safe.
 */
final class TextIndex {

  private static final String ROW = "row";
  private static final String KIND = "kind";
  private static final String TARGET = "target";
  private static final String STAMP = "stamp";

  /** Best match first; among equals, the most recently changed, then the newest row. */
  private static final Sort RANKED =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(STAMP, SortField.Type.LONG, true),
          new SortField(TARGET, SortField.Type.LONG, true));

  /** A text to index: what kind it is, the row that holds it, and when that row last changed. */
  record Text(SearchKind kind, long target, long stamp, String text) {}

  /** A text found: the row that holds it and the document it is in the index. */
  record Hit(long target, int doc) {}

  /** The best hits of one kind and how many there are in all. */
  record Found(int count, List<Hit> hits) {}

  /**
   * Texts are indexed with where each word stands, so the highlighter reads the matches from the
   * index instead of splitting the text again.
   */
  private static final FieldType TEXT = textWithOffsets();

  /** Texts indexed at once by one thread while the workspace is read. */
  private static final int BATCH = 500;

  private final Directory directory = new ByteBuffersDirectory();
  private final Semaphore helpers =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  private final List<CompletableFuture<Void>> pending = new ArrayList<>();
  private List<Document> batch = new ArrayList<>();
  private final IndexWriter writer;
  private DirectoryReader reader;

  TextIndex() {
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(EnglishAnalysis.forIndex())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
              .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      reader = DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the search index in memory", e);
    }
  }

  /** Replaces the texts of a row (none removes it). */
  void put(String row, List<Text> texts) {
    List<Document> documents = new ArrayList<>(texts.size());
    for (Text text : texts) {
      documents.add(document(row, text));
    }
    awaitBatches();
    try {
      writer.updateDocuments(new Term(ROW, row), documents);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index a text", e);
    }
  }

  /**
   * Adds the texts of a row known not to be in the index yet. Texts are indexed in batches, on the
   * caller's thread and, while it reads on, on another core; {@link #publish} waits for them all.
   */
  void add(String row, List<Text> texts) {
    for (Text text : texts) {
      batch.add(document(row, text));
    }
    if (batch.size() >= BATCH) {
      indexBatch();
    }
  }

  private void indexBatch() {
    List<Document> documents = batch;
    batch = new ArrayList<>();
    if (helpers.tryAcquire()) {
      pending.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  write(documents);
                } finally {
                  helpers.release();
                }
              },
              ForkJoinPool.commonPool()));
    } else {
      write(documents);
    }
  }

  private void write(List<Document> documents) {
    try {
      for (Document document : documents) {
        writer.addDocument(document);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index a text", e);
    }
  }

  /** Waits for the batches being indexed, so that later changes apply after them. */
  private void awaitBatches() {
    if (!batch.isEmpty()) {
      indexBatch();
    }
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    } finally {
      pending.clear();
    }
  }

  void remove(String row) {
    awaitBatches();
    try {
      writer.deleteDocuments(new Term(ROW, row));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove a text from the search index", e);
    }
  }

  private static Document document(String row, Text text) {
    Document document = new Document();
    document.add(new StringField(ROW, row, Field.Store.NO));
    document.add(new StringField(KIND, text.kind().name(), Field.Store.NO));
    document.add(new NumericDocValuesField(TARGET, text.target()));
    document.add(new NumericDocValuesField(STAMP, text.stamp()));
    document.add(new Field(EnglishAnalysis.FIELD, text.text(), TEXT));
    return document;
  }

  /** Makes every change so far visible to searches. */
  void publish() {
    awaitBatches();
    try {
      DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
      if (changed != null) {
        reader.close();
        reader = changed;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not refresh the search index", e);
    }
  }

  /** How many texts are indexed. */
  int texts() {
    return reader.numDocs();
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** A searcher on the texts published so far; it keeps seeing them while the index changes. */
  IndexSearcher searcher() {
    return new IndexSearcher(reader);
  }

  /** The best {@code limit} matches of one kind, ranked, and how many match in all. */
  static Found find(IndexSearcher searcher, Query query, SearchKind kind, int limit) {
    Query ofKind =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER)
            .build();
    try {
      // Ranking first lets Lucene skip texts that cannot make the page; the count is apart.
      TopFieldDocs top =
          searcher.search(
              ofKind, new TopFieldCollectorManager(RANKED, Math.max(1, limit), Math.max(1, limit)));
      int count = searcher.count(ofKind);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
        FieldDoc hit = (FieldDoc) top.scoreDocs[i];
        // The sort's values come with each hit: score, stamp, target.
        hits.add(new Hit((Long) hit.fields[2], hit.doc));
      }
      return new Found(count, hits);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the index", e);
    }
  }
}
