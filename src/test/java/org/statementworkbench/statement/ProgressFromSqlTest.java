package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * Progress from the aggregate queries over {@code segment.word_count} gives the same figures as the computation it
 * replaced (kept here: every segment's words counted in Java, every translation's status read), on the demo
 * statement imported with translations in every status, and after a split and a merge. MariaDB.
 */
@SpringBootTest
class ProgressFromSqlTest {

    private static final List<UnLanguage> TARGETS =
            List.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.ES, UnLanguage.RU);

    @Autowired
    TranslationService translations;

    @Autowired
    StatementService statements;

    @Autowired
    SegmentStructureService structure;

    @Autowired
    TestData data;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    long statementId;

    @BeforeEach
    void demoStatementWithTranslationsInEveryStatus() throws IOException {
        String admin = data.admin(TestData.unique("progress-admin"), "Progress Admin");
        TestSignIn.as(admin, Role.ADMIN);
        String english = demo(UnLanguage.EN);
        statementId = data.statement("Progress")
                .into(TARGETS.toArray(UnLanguage[]::new))
                .pasted(english)
                .create();
        List<SegmentStatus> statuses = List.of(
                SegmentStatus.NEW,
                SegmentStatus.DRAFT,
                SegmentStatus.TRANSLATED,
                SegmentStatus.REVIEWED,
                SegmentStatus.TRANSLATED);
        for (UnLanguage language : TARGETS) {
            List<String> lines =
                    demo(language).lines().filter(l -> !l.isBlank()).toList();
            List<SegmentRow> rows = translations.rows(statementId, language, SegmentQuery.all(), 0, 1000);
            for (int i = 0; i < rows.size(); i++) {
                SegmentStatus status = statuses.get((i + language.ordinal()) % statuses.size());
                if (status != SegmentStatus.NEW) {
                    translations.save(new SaveTranslation(
                            rows.get(i).segmentId(),
                            language,
                            lines.get(i % lines.size()),
                            status,
                            TranslationState.UNSAVED_VERSION));
                }
            }
        }
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    @Test
    void theAggregateGivesTheFiguresOfTheOldComputation() {
        List<LanguageProgress> progress = translations.progress(statementId);
        assertThat(progress).extracting(LanguageProgress::language).containsExactlyInAnyOrderElementsOf(TARGETS);
        assertThat(progress).allSatisfy(p -> {
            assertThat(p.done()).isPositive().isLessThan(p.segments());
            assertThat(p.wordsDone()).isPositive().isLessThan(p.words());
        });
        assertSameAsBefore();
    }

    @Test
    void theFiguresStayTheSameAfterASplitAndAMerge() {
        int wordsBefore = translations.progress(statementId).getFirst().words();
        List<SegmentRow> rows = translations.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 1000);
        SegmentRow toSplit = rows.stream()
                .filter(r -> r.source().equals("Thailand pledges its commitment to tackle " + "cybercrime."))
                .findFirst()
                .orElseThrow();
        structure.split(toSplit.segmentId(), "Thailand pledges \nits commitment to tackle cybercrime.", true);
        assertSameAsBefore();

        rows = translations.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 1000);
        SegmentRow toMerge = null;
        for (int i = rows.size() - 2; i >= 0 && toMerge == null; i--) {
            if (rows.get(i).paragraph() == rows.get(i + 1).paragraph()) {
                toMerge = rows.get(i);
            }
        }
        structure.mergeWithNext(Objects.requireNonNull(toMerge).segmentId(), true);
        assertSameAsBefore();
        // a split cuts at a space and a merge joins with one: the statement keeps its words
        assertThat(translations.progress(statementId).getFirst().words()).isEqualTo(wordsBefore);
    }

    @Test
    void theBackfillMigrationCountsTheWordsOfSegmentsStoredBeforeIt() throws Exception {
        jdbc.update("update segment set word_count = 0 where statement_id = ?", statementId);
        try (Connection connection = dataSource.getConnection()) {
            new WordCountBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        List<int[]> counts = jdbc.query(
                "select source_text, word_count from segment where statement_id = ?",
                (rs, n) -> new int[] {WordCount.of(rs.getString(1)), rs.getInt(2)},
                statementId);
        assertThat(counts)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c[1]).isEqualTo(c[0]).isPositive());
        assertSameAsBefore();
    }

    private void assertSameAsBefore() {
        List<LanguageProgress> now = translations.progress(statementId);
        List<OldLanguageWork> before = oldEditorProgress();
        assertThat(now).hasSameSizeAs(before);
        for (OldLanguageWork old : before) {
            LanguageProgress p = now.stream()
                    .filter(n -> n.language() == old.language())
                    .findFirst()
                    .orElseThrow();
            assertThat(List.of(p.segments(), p.done(), p.words(), p.wordsDone()))
                    .as(old.language().code())
                    .containsExactly(old.segments(), old.segmentsDone(), old.words(), old.wordsDone());
        }
        StatementSummary summary = statements.find(statementId).orElseThrow();
        Map<UnLanguage, Map<SegmentStatus, Integer>> oldCounts = oldStatusCounts();
        assertThat(summary.segments()).isEqualTo(before.getFirst().segments());
        for (LanguageProgress p : summary.progress()) {
            assertThat(p.byStatus()).as(p.language().code()).isEqualTo(oldCounts.get(p.language()));
            assertThat(p)
                    .isEqualTo(now.stream()
                            .filter(n -> n.language() == p.language())
                            .findFirst()
                            .orElseThrow());
        }
    }

    /** The old editor figures (TranslationService.progress before word_count): words counted in Java. */
    record OldLanguageWork(UnLanguage language, int segments, int segmentsDone, int words, int wordsDone) {}

    private List<OldLanguageWork> oldEditorProgress() {
        return Objects.requireNonNull(tx.execute(s -> {
            Statement statement = em.find(Statement.class, statementId);
            Map<Long, Integer> words = new HashMap<>();
            for (Object[] row : em.createQuery(
                            "select s.id, s.sourceText from Segment s where s.statement.id = :id", Object[].class)
                    .setParameter("id", statementId)
                    .getResultList()) {
                words.put((Long) row[0], WordCount.of((String) row[1]));
            }
            int totalWords = words.values().stream().mapToInt(Integer::intValue).sum();
            Map<UnLanguage, int[]> done = new EnumMap<>(UnLanguage.class);
            for (Object[] row : em.createQuery(
                            "select t.segment.id, t.language, t.status from SegmentTranslation t "
                                    + "where t.segment.statement.id = :id",
                            Object[].class)
                    .setParameter("id", statementId)
                    .getResultList()) {
                if (((SegmentStatus) row[2]).isDone()) {
                    int[] d = done.computeIfAbsent((UnLanguage) row[1], k -> new int[2]);
                    d[0]++;
                    d[1] += words.getOrDefault((Long) row[0], 0);
                }
            }
            List<OldLanguageWork> result = new ArrayList<>();
            for (UnLanguage l : statement.getTargetLanguages()) {
                int[] d = done.getOrDefault(l, new int[2]);
                result.add(new OldLanguageWork(l, words.size(), d[0], totalWords, d[1]));
            }
            return result;
        }));
    }

    /** The old statement-list figures (StatementService before word_count): segments per status, New filled in. */
    private Map<UnLanguage, Map<SegmentStatus, Integer>> oldStatusCounts() {
        return Objects.requireNonNull(tx.execute(s -> {
            int total = em.createQuery("select count(s) from Segment s where s.statement.id = :id", Long.class)
                    .setParameter("id", statementId)
                    .getSingleResult()
                    .intValue();
            Map<UnLanguage, Map<SegmentStatus, Integer>> counts = new EnumMap<>(UnLanguage.class);
            for (UnLanguage language : TARGETS) {
                counts.put(language, new EnumMap<>(Map.of(SegmentStatus.NEW, total)));
            }
            for (Object[] row : em.createQuery(
                            "select t.language, t.status, count(t) from SegmentTranslation t "
                                    + "join t.segment s where s.statement.id = :id group by t.language, t.status",
                            Object[].class)
                    .setParameter("id", statementId)
                    .getResultList()) {
                Map<SegmentStatus, Integer> c = Objects.requireNonNull(counts.get((UnLanguage) row[0]));
                int n = ((Number) row[2]).intValue();
                c.merge((SegmentStatus) row[1], n, Integer::sum);
                c.merge(SegmentStatus.NEW, -n, Integer::sum);
            }
            return counts;
        }));
    }

    private static String demo(UnLanguage language) {
        try (InputStream in = DemoStatement.class.getResourceAsStream(
                "/demo/thailand-ccpcj31-cybercrime." + language.code() + ".txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
