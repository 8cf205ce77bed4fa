package org.statementworkbench.editor.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.Application;
import org.statementworkbench.TestData;
import org.statementworkbench.TestDatabaseInitializer;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks.Benchmark;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentText;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * The editor's "with errors" filter ({@link SegmentQa} over {@link FilteredSegments}, the work its thread does) on a
 * 4,000-segment statement on the embedded H2: the SDG goals, targets and indicators in English, again and again, each
 * translated into French as the UN publishes it (the fixture of {@link IssueFilterScaleMeasure}, stored in an
 * in-memory H2 with the shipped UN glossary). Two rows:
 * <ul>
 *   <li>the filter chosen on a statement whose issues are not known yet (reading the rows, every check on every
 *       translation), against the term checks alone on the same 4,000 French texts, already read;
 *   <li>the same filter after a save elsewhere (every row read again, the issues of unchanged texts remembered),
 *       against reading the 4,000 rows alone, in the same pages of 500.
 * </ul>
 * The worker and the delivery run on the calling thread: the time of the work itself. Setting up (a Spring context
 * on H2, the statement imported, its translations stored in one batch) takes about as long as the runs.
 */
public final class IssueFilterBenchmark {

    static final int SEGMENTS = 4_000;
    private static final int PAGE = 500;
    private static final IssueFilter WITH_ERRORS = new IssueFilter(true, null);

    static int sink;

    private static @Nullable Fixture fixture;

    private IssueFilterBenchmark() {}

    public static List<Supplier<Benchmark>> all() {
        return List.of(IssueFilterBenchmark::firstTime, IssueFilterBenchmark::afterASave);
    }

    /** A running workbench on H2 with a reviewer of French and the statement, translated. */
    record Fixture(ConfigurableApplicationContext context, String reviewer, long statementId) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        void signIn() {
            TestSignIn.as(reviewer, Role.REVIEWER);
        }

        SegmentQa newQa() {
            var qa = new SegmentQa(
                    bean(SegmentChecks.class),
                    bean(TranslationService.class),
                    () -> WITH_ERRORS,
                    Runnable::run,
                    () -> Runnable::run);
            qa.open(UnLanguage.EN, CheckProfile.UN_DEFAULT);
            return qa;
        }

        int filtered(SegmentQa qa) {
            return qa.count(statementId, UnLanguage.FR, SegmentQuery.all());
        }

        List<MultiLanguageRow> readAll() {
            var translations = bean(TranslationService.class);
            List<MultiLanguageRow> all = new ArrayList<>(SEGMENTS);
            for (List<MultiLanguageRow> page;
                    !(page = translations.rowsInAllLanguages(
                                    statementId, UnLanguage.FR, SegmentQuery.all(), all.size(), PAGE))
                            .isEmpty(); ) {
                all.addAll(page);
            }
            return all;
        }
    }

    static synchronized Fixture fixture() {
        Fixture ready = fixture;
        if (ready != null) {
            return ready;
        }
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .properties("spring.main.banner-mode=off")
                .run(
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--vaadin.productionMode=true",
                        "--workbench.test.database=h2");
        long contextMs = (System.nanoTime() - started) / 1_000_000;
        TestData data = context.getBean(TestData.class);
        Map<String, String> french = new HashMap<>();
        List<String> english = new ArrayList<>();
        SdgCorpus.load(SdgCorpus.defaultLocation()).sentences().forEach((key, texts) -> {
            String en = texts.getOrDefault("en", "").strip();
            String fr = texts.getOrDefault("fr", "").strip();
            // one sentence each, so that a paragraph is one segment
            if (!en.isEmpty() && !fr.isEmpty() && !en.contains(". ") && french.putIfAbsent(en, fr) == null) {
                english.add(en);
            }
        });
        List<String> paragraphs = new ArrayList<>(SEGMENTS);
        for (int i = 0; paragraphs.size() < SEGMENTS; i++) {
            paragraphs.add(english.get(i % english.size()));
        }
        String reviewer = data.reviewer("bench-filter-reviewer", "Jean Martin", UnLanguage.FR);
        long statementId = data.statement("SDG x 4000 (issue filter benchmark)")
                .into(UnLanguage.FR)
                .paragraphs(paragraphs)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<SegmentRow> rows = context.getBean(TranslationService.class)
                .rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 2 * SEGMENTS);
        // stored in one JDBC batch rather than 4,000 saves (a minute on this machine): the translations as a save
        // leaves them, without the revisions and events, which the filter never reads
        List<Object[]> translated = new ArrayList<>(rows.size());
        Timestamp now = Timestamp.from(Instant.now());
        for (SegmentRow row : rows) {
            String fr = french.get(row.source());
            if (fr != null) {
                translated.add(
                        new Object[] {row.segmentId(), fr, SegmentStatus.TRANSLATED.name(), reviewer, now, reviewer});
            }
        }
        context.getBean(JdbcTemplate.class)
                .batchUpdate(
                        "insert into segment_translation (segment_id, language, target_text, status, updated_by,"
                                + " updated_at, text_by, version) values (?, 'fr', ?, ?, ?, ?, ?, 0)",
                        translated);
        Fixture made = new Fixture(context, reviewer, statementId);
        fixture = made;
        int withErrors = made.filtered(made.newQa());
        System.err.printf(
                "issue filter benchmark: %d segments, %d translated, %d with errors; context %d ms, set up in %d ms%n",
                rows.size(), translated.size(), withErrors, contextMs, (System.nanoTime() - started) / 1_000_000);
        return made;
    }

    /** Chosen with no issues known: every translation read and checked. */
    static Benchmark firstTime() {
        Fixture f = fixture();
        f.signIn();
        List<MultiLanguageRow> rows = f.readAll();
        TerminologyIndex index = f.bean(TerminologyIndex.class);
        return new Case(
                "issue filter 'with errors', 4,000 segs (H2)",
                "term checks alone, same 4,000 texts",
                () -> {
                    var checker = index.checker(UnLanguage.EN, UnLanguage.FR);
                    for (MultiLanguageRow r : rows) {
                        sink += checker.check(
                                        SegmentText.plain(r.source()),
                                        SegmentText.plain(
                                                r.target(UnLanguage.FR).text()))
                                .issues()
                                .size();
                    }
                },
                () -> sink += f.filtered(f.newQa()),
                1,
                5);
    }

    /** Chosen again after a save: every row read again, the issues of unchanged texts remembered. */
    static Benchmark afterASave() {
        Fixture f = fixture();
        f.signIn();
        SegmentQa qa = f.newQa();
        f.filtered(qa);
        return new Case(
                "issue filter again after a save, issues kept",
                "reading the 4,000 rows, pages of 500",
                () -> sink += f.readAll().size(),
                () -> {
                    qa.invalidate();
                    sink += f.filtered(qa);
                },
                1,
                7);
    }

    record Case(String name, String baselineName, Runnable baseline, Runnable subject, int warmups, int runs)
            implements Benchmark {}
}
