package org.statementworkbench.memory;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;

/**
 * The memory's bulk paths in JDBC (measured: JPA with IDENTITY ids inserts row by row): imported units and their
 * texts with multi-row inserts, units deleted by memory, the texts of a memory read for duplicates, and exports read page by page. The
 * column mapping of {@code tm_unit} and {@code tm_unit_text} for these paths is here and nowhere else. Runs inside the
 * caller's transaction.
 */
@Component
class UnitStore {

    /** Parameters per statement at most (MariaDB and H2 allow 65,535). */
    private static final int MAX_PARAMETERS = 8000;

    private static final String UNIT_COLUMNS =
            "tm_unit (memory_id, document_symbol, revision, created_at, updated_at, version)";
    private static final String TEXT_COLUMNS = "tm_unit_text (unit_id, language, text, author, changed_at, codes)";

    private final JdbcTemplate jdbc;

    UnitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    /** Units read per page by {@link #keys}. */
    private static final int KEY_PAGE = 5000;

    /**
     * The ids of a memory's units by their duplicate key's digest ({@link UnitKey}), read a page of units at a time
     * (two queries a page: MariaDB Connector/J would otherwise hold the whole result set in memory).
     */
    Map<UnitKey, List<Long>> keys(long memoryId) {
        var digester = new UnitKey.Digester();
        Map<UnitKey, List<Long>> keys = new HashMap<>();
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.query(
                    "select id from tm_unit where memory_id = ? and id > ? order by id limit " + KEY_PAGE,
                    (rs, n) -> rs.getLong(1),
                    memoryId,
                    after);
            if (ids.isEmpty()) {
                return keys;
            }
            Map<Long, Map<UnLanguage, String>> texts = new LinkedHashMap<>();
            ids.forEach(id -> texts.put(id, new EnumMap<>(UnLanguage.class)));
            jdbc.query(
                    "select t.unit_id, t.language, t.text from tm_unit_text t join tm_unit u on u.id = t.unit_id"
                            + " where u.memory_id = ? and t.unit_id > ? and t.unit_id <= ?",
                    rs -> {
                        Map<UnLanguage, String> unit = texts.get(rs.getLong(1));
                        if (unit != null) {
                            unit.put(UnLanguage.ofCode(rs.getString(2)), rs.getString(3));
                        }
                    },
                    memoryId,
                    after,
                    ids.getLast());
            texts.forEach((id, t) -> keys.computeIfAbsent(digester.of(TmxFile.key(t)), k -> new ArrayList<>(1))
                    .add(id));
            if (ids.size() < KEY_PAGE) {
                return keys;
            }
            after = ids.getLast();
        }
    }

    /** Ids of a memory's units. */
    List<Long> unitIds(long memoryId) {
        return jdbc.query("select id from tm_unit where memory_id = ?", (rs, n) -> rs.getLong(1), memoryId);
    }

    /** Deletes units with their texts. */
    void delete(Collection<Long> unitIds) {
        List<Long> ids = List.copyOf(unitIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.update("delete from tm_unit_text where unit_id in (" + in + ")", chunk.toArray());
            jdbc.update("delete from tm_unit where id in (" + in + ")", chunk.toArray());
        }
    }

    /** Marks a memory's units changed in this revision (so that the index takes their new priority). */
    int touch(long memoryId, long revision) {
        return jdbc.update("update tm_unit set revision = ? where memory_id = ?", revision, memoryId);
    }

    /**
     * Inserts a batch of units into the memory, all of this revision, dated {@code now} where they have no date;
     * returns the new units' ids in order. {@code afterId} is the last id the same import inserted before ({@link
     * #maxId()} read after taking the revision at first): the batch's ids are read back as those above it.
     */
    List<Long> insert(long memoryId, long revision, List<TmxFile.Unit> units, Instant now, long afterId) {
        if (units.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(now);
        int perStatement = MAX_PARAMETERS / 5;
        for (int from = 0; from < units.size(); from += perStatement) {
            List<TmxFile.Unit> chunk = units.subList(from, Math.min(units.size(), from + perStatement));
            insert(UNIT_COLUMNS, "?, ?, ?, ?, ?, 0", 5, chunk, (ps, f, u) -> {
                ps.setLong(f, memoryId);
                if (u.documentSymbol() == null) {
                    ps.setNull(f + 1, Types.VARCHAR);
                } else {
                    ps.setString(f + 1, u.documentSymbol());
                }
                ps.setLong(f + 2, revision);
                Timestamp created = u.createdAt() == null ? at : Timestamp.from(u.createdAt());
                ps.setTimestamp(f + 3, created, utc());
                ps.setTimestamp(f + 4, at, utc());
            });
        }
        // Read back by primary key only, from the previous batch's last id: with the other columns in the query, H2
        // planned through the (memory, segment) or revision index and went through all the import's units again at
        // every batch. Rows of other memories or revisions in the range (none while the import holds the revision
        // lock) are passed over.
        List<Long> ids = new ArrayList<>(units.size());
        long cursor = afterId;
        while (ids.size() < units.size()) {
            record Row(long id, long memoryId, long revision, boolean segment) {}
            List<Row> rows = jdbc.query(
                    "select id, memory_id, revision, segment_id from tm_unit where id > ? order by id limit ?",
                    (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4) != null),
                    cursor,
                    units.size() - ids.size());
            if (rows.isEmpty()) {
                break;
            }
            rows.stream()
                    .filter(r -> r.memoryId() == memoryId && r.revision() == revision && !r.segment())
                    .forEach(r -> ids.add(r.id()));
            cursor = rows.getLast().id();
        }
        if (ids.size() != units.size()) {
            throw new IllegalStateException(
                    "Inserted " + units.size() + " units but read back " + ids.size() + " of this revision");
        }
        record Row(long unitId, UnLanguage language, TmxFile.Text text) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            long id = ids.get(i);
            units.get(i).texts().forEach((language, text) -> rows.add(new Row(id, language, text)));
        }
        int textsPerStatement = MAX_PARAMETERS / 6;
        for (int from = 0; from < rows.size(); from += textsPerStatement) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + textsPerStatement));
            insert(TEXT_COLUMNS, "?, ?, ?, ?, ?, ?", 6, chunk, (ps, f, r) -> {
                ps.setLong(f, r.unitId());
                ps.setString(f + 1, r.language().code());
                ps.setString(f + 2, r.text().text());
                if (r.text().author() == null) {
                    ps.setNull(f + 3, Types.VARCHAR);
                } else {
                    ps.setString(f + 3, r.text().author());
                }
                Instant changed = r.text().changedAt();
                ps.setTimestamp(f + 4, changed == null ? at : Timestamp.from(changed), utc());
                if (r.text().codes().isEmpty()) {
                    ps.setNull(f + 5, Types.VARCHAR);
                } else {
                    ps.setString(f + 5, TmxReader.codesJson(r.text().codes()));
                }
            });
        }
        return ids;
    }

    /** The highest unit id so far (0 if none): an import's first batch is read back from there. */
    long maxId() {
        Long max = jdbc.queryForObject("select max(id) from tm_unit", Long.class);
        return max == null ? 0 : max;
    }

    /** What to export: a memory's units, or a statement's (in every memory), in some languages or all. */
    record Selection(@Nullable Long memoryId, @Nullable Long statementId, Collection<UnLanguage> languages) {}

    /** Units read per page of an export. */
    static final int EXPORT_PAGE = 500;

    /**
     * Writes the selected units (those with at least two of the languages) to the writer, in id order, a page of
     * {@link #EXPORT_PAGE} units at a time (keyset paging by id: each page is one query for the units and one for
     * their texts, so that neither the driver nor this method holds more than a page: MariaDB Connector/J would
     * otherwise read a whole result set into memory); returns how many were written.
     */
    int export(Selection selection, TmxWriter writer) throws IOException {
        String where = selection.memoryId() != null ? "memory_id = ?" : "statement_id = ?";
        long parameter =
                Objects.requireNonNull(selection.memoryId() != null ? selection.memoryId() : selection.statementId());
        record Head(long id, Instant created, @Nullable String symbol) {}
        int count = 0;
        long after = 0;
        while (true) {
            List<Head> page = jdbc.query(
                    "select id, created_at, document_symbol from tm_unit where " + where
                            + " and id > ? order by id limit " + EXPORT_PAGE,
                    (rs, n) -> new Head(rs.getLong(1), rs.getTimestamp(2, utc()).toInstant(), rs.getString(3)),
                    parameter,
                    after);
            if (page.isEmpty()) {
                return count;
            }
            Map<Long, Map<UnLanguage, TmxWriter.Text>> texts = new HashMap<>();
            Object[] ids = page.stream().map(Head::id).toArray();
            String in = String.join(",", java.util.Collections.nCopies(ids.length, "?"));
            jdbc.query(
                    "select unit_id, language, text, codes, author, changed_at from tm_unit_text where unit_id in ("
                            + in + ")",
                    rs -> {
                        UnLanguage language = UnLanguage.ofCode(rs.getString(2));
                        if (selection.languages().contains(language)) {
                            String codes = rs.getString(4);
                            texts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(UnLanguage.class))
                                    .put(
                                            language,
                                            new TmxWriter.Text(
                                                    rs.getString(3),
                                                    codes == null ? "" : codes,
                                                    rs.getString(5),
                                                    rs.getTimestamp(6, utc()).toInstant()));
                        }
                    },
                    ids);
            for (Head head : page) {
                Map<UnLanguage, TmxWriter.Text> unit = texts.getOrDefault(head.id(), Map.of());
                if (unit.size() >= 2) {
                    writer.unit(head.created(), head.symbol(), unit);
                    count++;
                }
            }
            after = page.getLast().id();
            if (page.size() < EXPORT_PAGE) {
                return count;
            }
        }
    }

    /** Units per memory. */
    Map<Long, Long> counts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("select memory_id, count(*) from tm_unit group by memory_id", rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** The languages each memory has texts in. */
    Map<Long, List<UnLanguage>> languages() {
        Map<Long, List<UnLanguage>> languages = new HashMap<>();
        jdbc.query(
                "select distinct u.memory_id, t.language from tm_unit u join tm_unit_text t on t.unit_id = u.id",
                rs -> {
                    languages
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(UnLanguage.ofCode(rs.getString(2)));
                });
        languages.values().forEach(l -> l.sort(null));
        return languages;
    }

    /**
     * A page of units for the search index, with their texts and their memory's priority: with {@code revision} null
     * those after {@code afterId} in id order (a rebuild), otherwise those changed after that revision and id, oldest
     * change first ({@link MemoryIndex#sync()} catching up). Three to four queries per page, whatever its size: the
     * units, the memories' priorities, the texts (one id range when the units' ids are close together).
     */
    List<IndexedUnit> indexPage(@Nullable Long revision, long afterId, int limit) {
        // No join with tm_memory and no OR: with either, MariaDB sorted all the units changed since the revision in
        // a temporary table for every page (2 s a page at a million units); these read the revision index in order.
        record Head(long id, long memoryId, long revision) {}
        org.springframework.jdbc.core.RowMapper<Head> head =
                (rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        List<Head> heads;
        if (revision == null) {
            heads = jdbc.query(
                    "select id, memory_id, revision from tm_unit where id > ? order by id limit ?",
                    head,
                    afterId,
                    limit);
        } else {
            heads = new ArrayList<>(jdbc.query(
                    "select id, memory_id, revision from tm_unit where revision = ? and id > ?"
                            + " order by revision, id limit ?", // the order of ix_tm_unit_revision_id (V24)
                    head,
                    revision,
                    afterId,
                    limit));
            if (heads.size() < limit) {
                heads.addAll(jdbc.query(
                        "select id, memory_id, revision from tm_unit where revision > ? order by revision, id limit ?",
                        head,
                        revision,
                        limit - heads.size()));
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> priorities = new HashMap<>();
        jdbc.query("select id, priority from tm_memory", rs -> {
            priorities.put(rs.getLong(1), rs.getInt(2));
        });
        Map<Long, Map<UnLanguage, String>> texts = new HashMap<>();
        heads.forEach(h -> texts.put(h.id(), new EnumMap<>(UnLanguage.class)));
        var collect = (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            Map<UnLanguage, String> unit = texts.get(rs.getLong(1));
            if (unit != null) {
                unit.put(UnLanguage.ofCode(rs.getString(2)), rs.getString(3));
            }
        };
        long first = heads.stream().mapToLong(Head::id).min().orElseThrow();
        long last = heads.stream().mapToLong(Head::id).max().orElseThrow();
        if (last - first < 2L * heads.size()) {
            // ids close together (a rebuild, an import): one range, the few other units in it skipped
            jdbc.query(
                    "select unit_id, language, text from tm_unit_text where unit_id >= ? and unit_id <= ?",
                    collect,
                    first,
                    last);
        } else {
            for (int from = 0; from < heads.size(); from += 1000) {
                List<Long> chunk = heads.subList(from, Math.min(heads.size(), from + 1000)).stream()
                        .map(Head::id)
                        .toList();
                String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                jdbc.query(
                        "select unit_id, language, text from tm_unit_text where unit_id in (" + in + ")",
                        collect,
                        chunk.toArray());
            }
        }
        // a memory deleted meanwhile: its units go from the index once that delete commits (MemoryIndex.forget)
        return heads.stream()
                .map(h -> new IndexedUnit(
                        h.id(),
                        priorities.getOrDefault(h.memoryId(), Integer.MAX_VALUE),
                        texts.getOrDefault(h.id(), Map.of()),
                        h.revision()))
                .toList();
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    /** {@code insert into <table> values (...), (...)}: one statement for the rows. */
    private <T> void insert(String table, String placeholders, int width, List<T> rows, Binder<T> binder) {
        var sql = new StringBuilder("insert into ").append(table).append(" values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").append(placeholders).append(')');
        }
        jdbc.execute((ConnectionCallback<@Nullable Void>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int k = 0; k < rows.size(); k++) {
                    binder.bind(ps, 1 + k * width, rows.get(k));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
