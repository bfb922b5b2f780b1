package com.outsidein.store.search;

import com.outsidein.domain.SearchKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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

  /** The best hits of one kind and how many there are in all. */
  record Found(int count, List<Long> targets) {}

  private final Directory directory = new ByteBuffersDirectory();
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
    try {
      writer.updateDocuments(new Term(ROW, row), documents);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index a text", e);
    }
  }

  /** Adds the texts of a row known not to be in the index yet. */
  void add(String row, List<Text> texts) {
    try {
      for (Text text : texts) {
        writer.addDocument(document(row, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index a text", e);
    }
  }

  void remove(String row) {
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
    document.add(new TextField(EnglishAnalysis.FIELD, text.text(), Field.Store.NO));
    return document;
  }

  /** Makes every change so far visible to searches. */
  void publish() {
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

  /** The query for a typed search against this index, or null when it holds no word. */
  Query parse(String typed) {
    return TypedQuery.parse(typed, reader);
  }

  /** The best {@code limit} matches of one kind, ranked, and how many match in all. */
  Found find(Query query, SearchKind kind, int limit) {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query ofKind =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER)
            .build();
    try {
      TopFieldDocs top =
          searcher.search(
              ofKind, new TopFieldCollectorManager(RANKED, Math.max(1, limit), Integer.MAX_VALUE));
      List<Long> targets = new ArrayList<>();
      for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
        // The sort's values come with each hit: score, stamp, target.
        targets.add((Long) ((FieldDoc) top.scoreDocs[i]).fields[2]);
      }
      return new Found((int) top.totalHits.value, targets);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not search the index", e);
    }
  }
}
