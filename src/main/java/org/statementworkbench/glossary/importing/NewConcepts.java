package org.statementworkbench.glossary.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.store.ConceptSnapshot;
import org.statementworkbench.glossary.store.GlossaryLog;
import org.statementworkbench.glossary.store.StoredConcepts;

/**
 * Stores imported new concepts with multi-row JDBC inserts (IDENTITY ids keep Hibernate from batching inserts,
 * and one statement of a few hundred rows beats a driver batch of single rows): concepts, then their subject
 * fields, terms (approved) and one history entry each, as {@link GlossaryLog#recordCreated} would write it.
 * Runs inside the caller's transaction.
 */
@Component
class NewConcepts {

    /** Placeholders per statement at most (MariaDB and H2 allow 65,535). */
    static final int MAX_PARAMETERS = 8000;

    private interface Binder<T> {
        /** Binds one row whose first parameter has index {@code first}. */
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private final StoredConcepts stored;

    NewConcepts(JdbcTemplate jdbc, StoredConcepts stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    private record Row(long conceptId, int position, GlossaryTerm term, String folded) {}

    /** Stores the concepts (those without an id get a generated one); returns how many. */
    int insert(List<IncomingConcept> concepts, String user, Instant now, String summary) {
        if (concepts.isEmpty()) {
            return 0;
        }
        Timestamp when = Timestamp.from(now);
        List<String> externalIds = new ArrayList<>();
        for (IncomingConcept c : concepts) {
            externalIds.add(
                    c.externalId() != null
                            ? c.externalId()
                            : "wb-" + UUID.randomUUID().toString().substring(0, 13));
        }
        List<Integer> indexes =
                java.util.stream.IntStream.range(0, concepts.size()).boxed().toList();
        insert(
                "glossary_concept (external_id, definition, note, source, created_at, created_by, updated_at, "
                        + "updated_by, version)",
                "?, ?, ?, ?, ?, ?, ?, ?, 0",
                8,
                indexes,
                (ps, f, i) -> {
                    IncomingConcept c = concepts.get(i);
                    ps.setString(f, externalIds.get(i));
                    text(ps, f + 1, c.definition());
                    text(ps, f + 2, c.note());
                    text(ps, f + 3, c.source());
                    ps.setTimestamp(f + 4, when, StoredConcepts.utc());
                    ps.setString(f + 5, user);
                    ps.setTimestamp(f + 6, when, StoredConcepts.utc());
                    ps.setString(f + 7, user);
                });
        Map<String, Long> ids = stored.idsByExternalId(externalIds);
        List<Object[]> subjects = new ArrayList<>();
        List<Row> terms = new ArrayList<>();
        long[] conceptIds = new long[concepts.size()];
        for (int i = 0; i < concepts.size(); i++) {
            IncomingConcept c = concepts.get(i);
            long id = Objects.requireNonNull(ids.get(externalIds.get(i)), "an inserted concept was not read back");
            conceptIds[i] = id;
            c.subjectFields().forEach(s -> subjects.add(new Object[] {id, s}));
            for (int p = 0; p < c.terms().size(); p++) {
                terms.add(new Row(id, p, c.terms().get(p), c.folded(p)));
            }
        }
        insert("glossary_concept_subject (concept_id, subject_field)", "?, ?", 2, subjects, (ps, f, r) -> {
            ps.setLong(f, (Long) r[0]);
            ps.setString(f + 1, (String) r[1]);
        });
        insert(
                "glossary_term (concept_id, language, term_text, folded_text, term_type, usage_status, part_of_speech, "
                        + "gender, context, case_sensitive, approval, approval_by, approval_at, position)",
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?",
                13,
                terms,
                (ps, f, r) -> {
                    GlossaryTerm t = r.term();
                    ps.setLong(f, r.conceptId());
                    ps.setString(f + 1, t.languageTag());
                    ps.setString(f + 2, t.text());
                    ps.setString(f + 3, " " + r.folded() + " ");
                    ps.setString(f + 4, t.type().name());
                    ps.setString(f + 5, t.status().name());
                    text(ps, f + 6, t.partOfSpeech());
                    text(ps, f + 7, t.gender());
                    text(ps, f + 8, t.context());
                    ps.setBoolean(f + 9, t.caseSensitive());
                    ps.setString(f + 10, user);
                    ps.setTimestamp(f + 11, when, StoredConcepts.utc());
                    ps.setInt(f + 12, r.position());
                });
        insert(
                "glossary_change (concept_id, changed_by, changed_at, action, summary, before_state, after_state)",
                "?, ?, ?, 'imported', ?, null, ?",
                5,
                indexes,
                (ps, f, i) -> {
                    ps.setLong(f, conceptIds[i]);
                    ps.setString(f + 1, user);
                    ps.setTimestamp(f + 2, when, StoredConcepts.utc());
                    ps.setString(f + 3, summary);
                    ps.setString(f + 4, ConceptSnapshot.text(concepts.get(i).toConcept(externalIds.get(i), user, now)));
                });
        return concepts.size();
    }

    /** {@code insert into <table> values (...), (...), ...}: one prepared statement reused for every full chunk. */
    private <T> void insert(String table, String placeholders, int width, List<T> rows, Binder<T> binder) {
        int perStatement = Math.max(1, MAX_PARAMETERS / width);
        jdbc.execute((ConnectionCallback<@Nullable Void>) connection -> {
            PreparedStatement full = null;
            try {
                for (int from = 0; from < rows.size(); from += perStatement) {
                    int n = Math.min(perStatement, rows.size() - from);
                    PreparedStatement ps;
                    if (n == perStatement) {
                        if (full == null) {
                            full = connection.prepareStatement(sql(table, placeholders, n));
                        }
                        ps = full;
                    } else {
                        ps = connection.prepareStatement(sql(table, placeholders, n));
                    }
                    for (int k = 0; k < n; k++) {
                        binder.bind(ps, 1 + k * width, rows.get(from + k));
                    }
                    ps.executeUpdate();
                    if (ps != full) {
                        ps.close();
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return null;
        });
    }

    private static String sql(String table, String placeholders, int rows) {
        StringBuilder b = new StringBuilder("insert into ").append(table).append(" values ");
        for (int i = 0; i < rows; i++) {
            b.append(i == 0 ? "(" : ", (").append(placeholders).append(')');
        }
        return b.toString();
    }

    private static void text(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
