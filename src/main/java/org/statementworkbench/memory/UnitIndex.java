package org.statementworkbench.memory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.statementworkbench.base.UnLanguage;

/**
 * A Lucene index of memory units: one document per unit, with a text field per language (analysed by
 * {@link MemoryAnalyzer}) and the texts stored, so that candidates are scored without reading the database. Each
 * commit records the memory revision and unit count it reflects ({@link #revision()}, {@link #count()}), by which
 * its owner ({@link MemoryIndex}) tells a stale index. Writes from one thread at a time; searches from any.
 */
final class UnitIndex implements Closeable {

    private static final String ID = "id";
    private static final String PRIORITY = "priority";
    private static final String LANGUAGES = "languages";
    private static final String REVISION = "revision";
    private static final String FORMAT_KEY = "format";

    /**
     * The layout of the documents, recorded with every commit: an index of another format (one made before the
     * concordance fields, which has none) is rebuilt by {@link MemoryIndex}. Raise it when the fields change.
     */
    static final int FORMAT = 2;

    /** The share of units with a target text above which candidates are searched without the language filter. */
    private static final double UNFILTERED_SHARE = 0.9;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    UnitIndex(Directory directory) throws IOException {
        this.directory = directory;
        var config = new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // bulk imports and rebuilds put a million units: fewer, larger flushes (Lucene's default is 16 MB)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Whether the directory holds an index at all. */
    static boolean exists(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (UnLanguage language : UnLanguage.values()) {
            fields.put(field(language), new MemoryAnalyzer(language));
            fields.put(concordanceField(language), new ConcordanceAnalyzer(language, false));
        }
        return new PerFieldAnalyzerWrapper(new MemoryAnalyzer(UnLanguage.EN), fields);
    }

    private static String field(UnLanguage language) {
        return "t_" + language.code();
    }

    /** The text analysed for concordance search ({@link ConcordanceAnalyzer}). */
    static String concordanceField(UnLanguage language) {
        return "c_" + language.code();
    }

    private static String stored(UnLanguage language) {
        return "s_" + language.code();
    }

    /** Adds or replaces the unit. Safe from several threads at once (Lucene's writer is). */
    void put(IndexedUnit unit) {
        put(unit, true);
    }

    /**
     * Adds the unit, known not to be in the index (after {@link #deleteAll()}: a rebuild), without the look-up of an
     * older copy a {@link #put} makes. Safe from several threads at once.
     */
    void add(IndexedUnit unit) {
        put(unit, false);
    }

    private void put(IndexedUnit unit, boolean replace) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(unit.id()), Field.Store.YES));
        doc.add(new StoredField(PRIORITY, unit.priority()));
        unit.texts().forEach((language, text) -> {
            doc.add(new StringField(LANGUAGES, language.code(), Field.Store.NO));
            doc.add(new TextField(field(language), text, Field.Store.NO));
            doc.add(new TextField(concordanceField(language), text, Field.Store.NO));
            doc.add(new StoredField(stored(language), text));
        });
        try {
            if (replace) {
                writer.updateDocument(new Term(ID, Long.toString(unit.id())), doc);
            } else {
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long unitId) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(unitId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was put, as reflecting this memory revision, and makes it searchable. */
    void commit(long revision) {
        try {
            writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision), FORMAT_KEY, Integer.toString(FORMAT))
                    .entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the writer's background merges of the segments written so far are done (at most {@code timeout}),
     * then commits and makes the merged segments searchable: the state the index reaches some time after a bulk load.
     * Whether it settled in time.
     */
    boolean settle(java.time.Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (writer.hasPendingMerges() || !writer.getMergingSegments().isEmpty()) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(100);
        }
        commit(revision());
        return true;
    }

    /** The memory revision of the last commit; -1 for an index never committed. */
    long revision() {
        return commitData(REVISION, -1);
    }

    /** The {@link #FORMAT} of the last commit; 1 for an index from before formats were recorded. */
    int format() {
        return (int) commitData(FORMAT_KEY, 1);
    }

    private long commitData(String key, long absent) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (var entry : data) {
                if (entry.getKey().equals(key)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return absent;
    }

    /** Units in the index (as last made searchable). */
    int count() {
        return search(IndexSearcher::count, new org.apache.lucene.search.MatchAllDocsQuery());
    }

    /**
     * Up to {@code max} units with texts in both languages that share the most (and the rarest) terms with the
     * text, best first (BM25): the candidates to score exactly.
     *
     * <p>When nearly every unit has a text in the target language (the usual case), the search runs without the
     * language filter and skips the few units without one: a pure disjunction is what Lucene prunes best (block-max
     * MaxScore), while a filtered one is scored in full, about twice as slow on a memory of a million units. The
     * result is the same: if the page read does not hold {@code max} units with the target, the filtered search runs.
     */
    List<IndexedUnit> candidates(UnLanguage source, UnLanguage target, String text, int max) {
        Set<String> terms = terms(source, text);
        if (terms.isEmpty()) {
            return List.of();
        }
        var words = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            if (++clauses > IndexSearcher.getMaxClauseCount() - 2) {
                break;
            }
            words.add(new TermQuery(new Term(field(source), term)), Occur.SHOULD);
        }
        Query anyUnit = words.build();
        var withTarget = new Term(LANGUAGES, target.code());
        return search(
                (searcher, q) -> {
                    StoredFields fields = searcher.storedFields();
                    int all = searcher.getIndexReader().numDocs();
                    int having = searcher.getIndexReader().docFreq(withTarget);
                    if (all > 0 && having >= all * UNFILTERED_SHARE) {
                        int page = (int) Math.ceil(max / UNFILTERED_SHARE) + 1;
                        ScoreDoc[] hits = searcher.search(q, page).scoreDocs;
                        List<IndexedUnit> found = new ArrayList<>();
                        for (ScoreDoc hit : hits) {
                            IndexedUnit unit = unit(fields.document(hit.doc));
                            if (unit.texts().containsKey(target) && found.size() < max) {
                                found.add(unit);
                            }
                        }
                        if (found.size() == max || hits.length < page) {
                            return found;
                        }
                    }
                    var filtered = new BooleanQuery.Builder()
                            .add(q, Occur.MUST)
                            .add(new TermQuery(withTarget), Occur.FILTER)
                            .build();
                    List<IndexedUnit> found = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(filtered, max).scoreDocs) {
                        found.add(unit(fields.document(hit.doc)));
                    }
                    return found;
                },
                anyUnit);
    }

    /**
     * The ids of up to {@code max} units whose text in the query's language has every word of it (and, with
     * {@code other}, a text in that language too), the most relevant first (BM25).
     */
    List<Long> concordance(ConcordanceQuery query, @org.jspecify.annotations.Nullable UnLanguage other, int max) {
        var builder = new BooleanQuery.Builder().add(query.toLucene(concordanceField(query.language())), Occur.MUST);
        if (other != null) {
            builder.add(new TermQuery(new Term(LANGUAGES, other.code())), Occur.FILTER);
        }
        return search(
                (searcher, q) -> {
                    List<Long> ids = new ArrayList<>();
                    StoredFields fields = searcher.storedFields();
                    for (ScoreDoc hit : searcher.search(q, max).scoreDocs) {
                        ids.add(Long.parseLong(
                                fields.document(hit.doc, Set.of(ID)).get(ID)));
                    }
                    return ids;
                },
                builder.build());
    }

    /**
     * How each key of the {@code other} language comes with the query, over the units with a text in that language:
     * the units with the query, with the key, and with both (for translation spotting).
     */
    record Association(int withQuery, int withKey, int both) {

        /** Of the units with the query, the share that has the key too. */
        double recall() {
            return withQuery == 0 ? 0 : (double) both / withQuery;
        }

        /** Of the units with the key, the share that has the query too: low for words found everywhere. */
        double precision() {
            return withKey == 0 ? 0 : (double) both / withKey;
        }

        double dice() {
            return withQuery + withKey == 0 ? 0 : 2.0 * both / (withQuery + withKey);
        }
    }

    /** See {@link Association}; keys of no unit with the query are left out. */
    Map<String, Association> associations(ConcordanceQuery query, UnLanguage other, java.util.Collection<String> keys) {
        Query words = query.toLucene(concordanceField(query.language()));
        var withOther = new TermQuery(new Term(LANGUAGES, other.code()));
        return search(
                (searcher, q) -> {
                    Map<String, Association> found = new java.util.HashMap<>();
                    int withQuery = searcher.count(q);
                    if (withQuery == 0) {
                        return found;
                    }
                    for (String key : keys) {
                        var term = new TermQuery(new Term(concordanceField(other), key));
                        int both = searcher.count(new BooleanQuery.Builder()
                                .add(q, Occur.MUST)
                                .add(term, Occur.FILTER)
                                .build());
                        if (both > 0) {
                            found.put(key, new Association(withQuery, searcher.count(term), both));
                        }
                    }
                    return found;
                },
                new BooleanQuery.Builder()
                        .add(words, Occur.MUST)
                        .add(withOther, Occur.FILTER)
                        .build());
    }

    private static IndexedUnit unit(Document doc) {
        Map<UnLanguage, String> texts = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            String text = doc.get(stored(language));
            if (text != null) {
                texts.put(language, text);
            }
        }
        var priority = doc.getField(PRIORITY);
        return new IndexedUnit(
                Long.parseLong(doc.get(ID)),
                priority == null ? 1 : priority.numericValue().intValue(),
                texts);
    }

    /** The distinct terms the analyzer makes of the text, in order. */
    static Set<String> terms(UnLanguage language, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (var analyzer = new MemoryAnalyzer(language);
                var stream = analyzer.tokenStream(field(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private interface Search<T> {
        T run(IndexSearcher searcher, Query query) throws IOException;
    }

    private <T> T search(Search<T> search, Query query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory;
                writer;
                searchers) {
            // closes the searchers, then the writer (which commits nothing new), then the directory
        }
    }
}
