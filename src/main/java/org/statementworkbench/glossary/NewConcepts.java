package org.statementworkbench.glossary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores imported new concepts with JDBC batches (IDENTITY ids keep Hibernate from batching inserts): concepts,
 * then their subject fields, terms (approved) and one history entry each, as {@link GlossaryLog#recordCreated}
 * would write it. 50,000 concepts are about 50 batches per table. Runs inside the caller's transaction.
 */
@Component
class NewConcepts {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final StoredConcepts stored;

    NewConcepts(JdbcTemplate jdbc, StoredConcepts stored) {
        this.jdbc = jdbc;
        this.stored = stored;
    }

    /** Stores the concepts (those without an id get a generated one); returns how many. */
    int insert(List<IncomingConcept> concepts, String user, Instant now, String summary) {
        if (concepts.isEmpty()) {
            return 0;
        }
        Timestamp when = Timestamp.from(now);
        List<String> externalIds = new ArrayList<>();
        for (IncomingConcept c : concepts) {
            externalIds.add(c.externalId() != null ? c.externalId()
                    : "wb-" + UUID.randomUUID().toString().substring(0, 13));
        }
        List<Integer> rows = java.util.stream.IntStream.range(0, concepts.size()).boxed().toList();
        jdbc.batchUpdate("insert into glossary_concept (external_id, definition, note, source, created_at, created_by, "
                + "updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", rows, BATCH, (ps, i) -> {
                    IncomingConcept c = concepts.get(i);
                    ps.setString(1, externalIds.get(i));
                    text(ps, 2, c.definition());
                    text(ps, 3, c.note());
                    text(ps, 4, c.source());
                    ps.setTimestamp(5, when, (java.util.Calendar) StoredConcepts.UTC.clone());
                    ps.setString(6, user);
                    ps.setTimestamp(7, when, (java.util.Calendar) StoredConcepts.UTC.clone());
                    ps.setString(8, user);
                });
        Map<String, Long> ids = stored.idsByExternalId(externalIds);
        List<Object[]> subjects = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            IncomingConcept c = concepts.get(i);
            long id = ids.get(externalIds.get(i));
            c.subjectFields().forEach(s -> subjects.add(new Object[] {id, s}));
            for (int p = 0; p < c.terms().size(); p++) {
                terms.add(new Object[] {id, c.terms().get(p), p});
            }
        }
        jdbc.batchUpdate("insert into glossary_concept_subject (concept_id, subject_field) values (?, ?)", subjects,
                BATCH, (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                });
        jdbc.batchUpdate("insert into glossary_term (concept_id, language, term_text, folded_text, term_type, "
                + "usage_status, part_of_speech, gender, context, case_sensitive, approval, approval_by, approval_at, "
                + "position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?)", terms, BATCH, (ps, r) -> {
                    GlossaryTerm t = (GlossaryTerm) r[1];
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, t.language());
                    ps.setString(3, t.text());
                    ps.setString(4, SearchFolding.stored(t.text()));
                    ps.setString(5, t.type().name());
                    ps.setString(6, t.status().name());
                    text(ps, 7, t.partOfSpeech());
                    text(ps, 8, t.gender());
                    text(ps, 9, t.context());
                    ps.setBoolean(10, t.caseSensitive());
                    ps.setString(11, user);
                    ps.setTimestamp(12, when, (java.util.Calendar) StoredConcepts.UTC.clone());
                    ps.setInt(13, (Integer) r[2]);
                });
        jdbc.batchUpdate("insert into glossary_change (concept_id, changed_by, changed_at, action, summary, "
                + "before_state, after_state) values (?, ?, ?, 'imported', ?, null, ?)", rows, BATCH, (ps, i) -> {
                    ps.setLong(1, ids.get(externalIds.get(i)));
                    ps.setString(2, user);
                    ps.setTimestamp(3, when, (java.util.Calendar) StoredConcepts.UTC.clone());
                    ps.setString(4, summary);
                    ps.setString(5, ConceptSnapshot.text(concepts.get(i).toConcept(externalIds.get(i), user, now)));
                });
        return concepts.size();
    }

    private static void text(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
