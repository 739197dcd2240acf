package dev.quotecheck.index;

import dev.quotecheck.attribute.SpeakerNames;
import dev.quotecheck.corpus.Passage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The index's document layout. A passage document holds its retrieval terms (word pairs and
 * content words, docs only: no positions, frequencies or norms, which retrieval does not need and
 * which would slow the build), its speaker's name words, its file and position, and everything a
 * {@link Passage} needs as one binary doc value (read in small blocks, unlike stored fields). One
 * file document per corpus file records size, time and content hash for incremental updates.
 * A file is identified by its path as shown (the {@code path} term), which all its documents carry.
 */
final class IndexSchema {
  static final String TERMS = "t";
  static final String SPEAKER = "s";
  static final String FILE_KEY = "fkey";
  static final String PATH = "path";
  /** A two-dimensional point: the passage's start offset and its sequence number in the file. */
  static final String POSITION = "pos";
  static final String PAYLOAD = "p";
  static final String KIND = "kind";
  static final String FILE = "file";
  static final String STORED_KEY = "file.key";
  static final String DISPLAY = "file.display";
  static final String SIZE = "size";
  static final String MODIFIED = "mtime";
  static final String HASH = "hash";
  static final String PASSAGES = "passages";

  static final FieldType TERMS_TYPE = new FieldType();

  static {
    TERMS_TYPE.setTokenized(true);
    TERMS_TYPE.setIndexOptions(IndexOptions.DOCS);
    TERMS_TYPE.setOmitNorms(true);
    TERMS_TYPE.setStored(false);
    TERMS_TYPE.freeze();
  }

  private IndexSchema() {}

  /**
   * The fields as Lucene's own indexing chain defines them for {@link #passage} and {@link #file}
   * documents, for segments written from a {@link PassageBatch}: taken from a one-passage index
   * in memory, so the two ways of writing documents cannot disagree (Lucene refuses a segment
   * whose schema differs from the index's).
   */
  static FieldInfos fieldInfos() {
    return Schema.FIELD_INFOS;
  }

  /** Initialised on first use. */
  private static final class Schema {
    static final FieldInfos FIELD_INFOS = derive();

    private static FieldInfos derive() {
      Passage sample = new Passage("a", "A", "a b", 0, 3, 1, "d", "s", "u");
      try (Directory dir = new ByteBuffersDirectory();
          IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
        w.addDocument(passage(sample, new Place(0, 0, 0), List.of("a")));
        w.addDocument(file("a", "a", 1, 1, "h", 1));
        w.commit();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
          List<FieldInfo> fields = new ArrayList<>();
          for (FieldInfo f : FieldInfos.getMergedFieldInfos(r)) {
            fields.add(new FieldInfo(f.name, f.number, f.hasVectors(), f.omitsNorms(), f.hasPayloads(),
                f.getIndexOptions(), f.getDocValuesType(), -1, new HashMap<>(), f.getPointDimensionCount(),
                f.getPointIndexDimensionCount(), f.getPointNumBytes(), f.getVectorDimension(),
                f.getVectorEncoding(), f.getVectorSimilarityFunction(), f.isSoftDeletesField(), f.isParentField()));
          }
          return new FieldInfos(fields.toArray(FieldInfo[]::new));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // in memory: cannot fail
      }
    }
  }

  /** Where a passage sits in its file and turn (sequence numbers count passages in the file). */
  record Place(int seq, int turnFirst, int turnLast) {}

  /** A passage with its place. */
  record Located(Passage passage, Place place) {}

  static Document passage(Passage p, Place place, List<String> speakerWords) {
    Document d = new Document();
    d.add(new StringField(PATH, p.path(), Field.Store.NO));
    d.add(new Field(TERMS, p.text(), TERMS_TYPE));
    for (String w : speakerWords) {
      d.add(new StringField(SPEAKER, w, Field.Store.NO));
    }
    d.add(new IntPoint(POSITION, p.start(), place.seq()));
    d.add(new BinaryDocValuesField(PAYLOAD, encode(p, place)));
    return d;
  }

  static Document file(String key, String display, long size, long modified, String hash, int passages) {
    Document d = new Document();
    d.add(new StringField(PATH, display, Field.Store.NO));
    d.add(new StringField(FILE_KEY, display, Field.Store.NO));
    d.add(new StringField(KIND, FILE, Field.Store.NO));
    d.add(new StoredField(STORED_KEY, key));
    d.add(new StoredField(DISPLAY, display));
    d.add(new StoredField(SIZE, size));
    d.add(new StoredField(MODIFIED, modified));
    d.add(new StoredField(HASH, hash));
    d.add(new StoredField(PASSAGES, passages));
    return d;
  }

  /** Passages whose speaker has any of these name words (see {@link #speakerWords}). */
  static Query speakerQuery(List<String> names) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String n : names) {
      any.add(new TermQuery(new Term(SPEAKER, n)), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * The lower-case name words of a speaker without titles and initials: {@code President Donald
   * J. Trump} gives {@code donald, trump}.
   */
  static List<String> speakerWords(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : SpeakerNames.standard().canonical(speaker).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}'’-]+")) {
      String k = w.replace('’', '\'');
      if (k.length() > 1 && !out.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The passage record: vInts, a null mask, then strings as {@link
   * org.apache.lucene.store.DataOutput#writeString} writes them (vInt length, UTF-8), built in one
   * array with the JDK's UTF-8 encoder, which is several times faster per character.
   */
  static BytesRef encode(Passage p, Place place) {
    String[] strings = {p.path(), p.text(), p.speaker(), p.date(), p.source(), p.url()};
    byte[][] utf8 = new byte[strings.length][];
    int size = 7 * 5 + 1;
    for (int i = 0; i < strings.length; i++) {
      if (strings[i] != null) {
        utf8[i] = strings[i].getBytes(StandardCharsets.UTF_8);
        size += 5 + utf8[i].length;
      }
    }
    byte[] buffer = new byte[size];
    ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
    try {
      write(out, p, place, utf8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // an in-memory output cannot fail
    }
    return new BytesRef(buffer, 0, out.getPosition());
  }

  private static void write(ByteArrayDataOutput out, Passage p, Place place, byte[][] utf8) throws java.io.IOException {
    out.writeVInt(p.start());
    out.writeVInt(p.end() - p.start());
    out.writeVInt(p.line());
    out.writeVInt(place.seq());
    out.writeVInt(place.turnFirst());
    out.writeVInt(place.turnLast());
    int nulls = (p.speaker() == null ? 1 : 0) | (p.date() == null ? 2 : 0) | (p.source() == null ? 4 : 0)
        | (p.url() == null ? 8 : 0);
    out.writeByte((byte) nulls);
    for (byte[] s : utf8) {
      if (s != null) {
        out.writeVInt(s.length);
        out.writeBytes(s, s.length);
      }
    }
  }

  /** @throws CorruptIndexException when the record does not decode (a damaged index) */
  static Located decode(BytesRef b) throws CorruptIndexException {
    try {
      return read(b);
    } catch (java.io.IOException | RuntimeException e) {
      throw new CorruptIndexException("unreadable passage record", "passage payload", e);
    }
  }

  private static Located read(BytesRef b) throws java.io.IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
    int start = in.readVInt();
    int end = start + in.readVInt();
    int line = in.readVInt();
    Place place = new Place(in.readVInt(), in.readVInt(), in.readVInt());
    int nulls = in.readByte();
    String path = in.readString();
    String text = in.readString();
    String speaker = (nulls & 1) != 0 ? null : in.readString();
    String date = (nulls & 2) != 0 ? null : in.readString();
    String source = (nulls & 4) != 0 ? null : in.readString();
    String url = (nulls & 8) != 0 ? null : in.readString();
    return new Located(new Passage(path, speaker, text, start, end, line, date, source, url), place);
  }
}
