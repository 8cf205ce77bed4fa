package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;

/**
 * The "has errors" filter over a 4,000-segment statement (the SDG goals, targets and indicators in English, again and
 * again, every one translated into French as the UN publishes it): prints how long reading the statement and checking
 * every translation takes, and keeps exactly the segments whose translation has an error. Takes minutes (it saves
 * 4,000 translations), so surefire does not pick it up by its name: run it with -Dtest=IssueFilterScaleMeasure.
 */
@SpringBootTest
class IssueFilterScaleMeasure {

    static final int SEGMENTS = 4000;

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    SegmentChecks checks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void hasErrorsOverFourThousandSegments() {
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
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; paragraphs.size() < SEGMENTS; i++) {
            paragraphs.add(english.get(i % english.size()));
        }
        String reviewer = data.reviewer(TestData.unique("scale-rev"), "Jean Martin", UnLanguage.FR);
        long statementId = data.statement(TestData.unique("SDG x 4000"))
                .into(UnLanguage.FR)
                .paragraphs(paragraphs)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<SegmentRow> rows = translations.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 2 * SEGMENTS);
        int translated = 0;
        for (SegmentRow row : rows) {
            String fr = french.get(row.source());
            if (fr != null) {
                data.translate(row.segmentId(), UnLanguage.FR, fr, SegmentStatus.TRANSLATED);
                translated++;
            }
        }

        // the worker's task and its delivery run at once on this thread: the time of the work itself
        var qa = new SegmentQa(
                checks, translations, () -> new IssueFilter(true, null), Runnable::run, () -> Runnable::run);
        qa.open(UnLanguage.EN, CheckProfile.UN_DEFAULT);
        long started = System.nanoTime();
        int withErrors = qa.count(statementId, UnLanguage.FR, SegmentQuery.all());
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        qa.invalidate();
        started = System.nanoTime();
        qa.count(statementId, UnLanguage.FR, SegmentQuery.all());
        long againMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        qa.count(statementId, UnLanguage.FR, SegmentQuery.all());
        long listedMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "Has errors over %d segments (%d translated): %d ms first, %d ms again (texts remembered),"
                        + " %d ms applied again (list kept); %d kept%n",
                rows.size(), translated, firstMs, againMs, listedMs, withErrors);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(SEGMENTS);
        assertThat(translated).isGreaterThan(SEGMENTS * 9 / 10);
        List<MultiLanguageRow> kept = qa.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, SEGMENTS);
        assertThat(kept).hasSize(withErrors);
        assertThat(kept)
                .allSatisfy(r -> assertThat(qa.issues(r, UnLanguage.FR)).anyMatch(i -> i.severity() == Severity.ERROR));
    }
}
