package org.statementworkbench.glossary.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * Reads many stored concepts at once, a few queries per thousand, for imports and exports (the entity graph
 * would cost a query per concept for its subject fields). Callers run inside their transaction.
 */
@Component
public class StoredConcepts {

    static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public StoredConcepts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The glossary revision, locked until the transaction ends: glossary changes wait for it. */
    public long lockedRevision() {
        Long r = jdbc.queryForObject("select revision from glossary_revision where id = 1 for update", Long.class);
        return r == null ? 0 : r;
    }

    /** External id to database id, for the ids that exist. */
    public Map<String, Long> idsByExternalId(Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        chunks(
                List.copyOf(externalIds),
                chunk -> named.query(
                        "select id, external_id from glossary_concept where " + "external_id in (:ids)",
                        Map.of("ids", chunk),
                        rs -> {
                            ids.put(rs.getString(2), rs.getLong(1));
                        }));
        return ids;
    }

    /** Database id to external id. */
    public Map<Long, String> externalIds(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        chunks(
                List.copyOf(ids),
                chunk -> named.query(
                        "select id, external_id from glossary_concept where id in (:ids)", Map.of("ids", chunk), rs -> {
                            names.put(rs.getLong(1), rs.getString(2));
                        }));
        return names;
    }

    /** The concepts with all their terms, in the order of {@code ids}. */
    public Map<Long, GlossaryConcept> load(List<Long> ids) {
        Map<Long, GlossaryConcept> result = new LinkedHashMap<>();
        chunks(ids, chunk -> {
            Map<String, List<Long>> p = Map.of("ids", chunk);
            Map<Long, List<String>> subjects = new HashMap<>();
            named.query(
                    "select concept_id, subject_field from glossary_concept_subject where concept_id in (:ids) "
                            + "order by concept_id, subject_field",
                    p,
                    rs -> {
                        subjects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
            Map<Long, List<GlossaryTerm>> terms = new HashMap<>();
            named.query(
                    "select concept_id, id, language, term_text, term_type, usage_status, part_of_speech, gender, "
                            + "context, case_sensitive, approval, approval_by, approval_at, approval_note, proposal_id from "
                            + "glossary_term where concept_id in (:ids) order by concept_id, position",
                    p,
                    rs -> {
                        terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(term(rs));
                    });
            Map<Long, GlossaryConcept> byId = new HashMap<>();
            named.query(
                    "select id, external_id, definition, note, source, retired_at, retired_by, retired_reason, "
                            + "merged_into_id, created_by, created_at, updated_by, updated_at, version from glossary_concept "
                            + "where id in (:ids)",
                    p,
                    rs -> {
                        long id = rs.getLong(1);
                        long merged = rs.getLong(9);
                        byId.put(
                                id,
                                new GlossaryConcept(
                                        id,
                                        rs.getString(2),
                                        subjects.getOrDefault(id, List.of()),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        terms.getOrDefault(id, List.of()),
                                        instant(rs, 6),
                                        rs.getString(7),
                                        rs.getString(8),
                                        rs.wasNull() ? null : merged,
                                        rs.getString(10),
                                        java.util.Objects.requireNonNull(instant(rs, 11)),
                                        rs.getString(12),
                                        java.util.Objects.requireNonNull(instant(rs, 13)),
                                        rs.getLong(14)));
                    });
            chunk.forEach(id -> {
                GlossaryConcept c = byId.get(id);
                if (c != null) {
                    result.put(id, c);
                }
            });
        });
        return result;
    }

    private static GlossaryTerm term(ResultSet rs) throws SQLException {
        long proposal = rs.getLong(15);
        Long proposalId = rs.wasNull() ? null : proposal;
        return new GlossaryTerm(
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                TermType.valueOf(rs.getString(5)),
                UsageStatus.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10),
                Approval.valueOf(rs.getString(11)),
                rs.getString(12),
                instant(rs, 13),
                rs.getString(14),
                proposalId);
    }

    /**
     * For each term key (language, NUL, folded text, as the import makes it) the concepts in use (not retired) that have that term, not
     * counting rejected terms. Reads every stored term when the glossary is not much bigger than the file, else
     * looks the folded texts up a thousand at a time.
     */
    public Map<String, Set<Long>> owners(Collection<String> keys) {
        Map<String, Set<Long>> owners = new HashMap<>();
        String select = "select t.concept_id, t.language, t.folded_text from glossary_term t join glossary_concept c "
                + "on c.id = t.concept_id where c.retired_at is null and t.approval <> 'REJECTED'";
        Integer stored = jdbc.queryForObject("select count(*) from glossary_term", Integer.class);
        org.springframework.jdbc.core.RowCallbackHandler collect = rs -> {
            String key = rs.getString(2) + "\u0000" + rs.getString(3).strip();
            if (keys.contains(key)) {
                owners.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getLong(1));
            }
        };
        if (stored == null || stored <= 4L * keys.size()) {
            jdbc.query(select, collect);
        } else {
            Set<String> folded = new HashSet<>();
            keys.forEach(k -> folded.add(" " + k.substring(k.indexOf('\u0000') + 1) + " "));
            chunks(
                    List.copyOf(folded),
                    chunk -> named.query(select + " and t.folded_text in (:folded)", Map.of("folded", chunk), collect));
        }
        return owners;
    }

    /**
     * The concepts among {@code ids} that were imported before and changed in the workbench since: their last
     * history entry is not an import's ({@code import...} actions) but an earlier one is.
     */
    public Set<Long> editedSinceImport(Collection<Long> ids) {
        Set<Long> edited = new HashSet<>();
        chunks(
                List.copyOf(ids),
                chunk -> named.query(
                        "select concept_id, max(case when action like 'import%' then id "
                                + "end), max(id) from glossary_change where concept_id in (:ids) group by concept_id",
                        Map.of("ids", chunk), rs -> {
                            long lastImport = rs.getLong(2);
                            boolean imported = !rs.wasNull();
                            if (imported && rs.getLong(3) > lastImport) {
                                edited.add(rs.getLong(1));
                            }
                        }));
        return edited;
    }

    private static <T> void chunks(List<T> all, Consumer<List<T>> each) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            each.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    /** Instants are stored as UTC date-times (as Hibernate stores them): the calendar to read and write them with. */
    public static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, utc());
        return t == null ? null : t.toInstant();
    }
}
