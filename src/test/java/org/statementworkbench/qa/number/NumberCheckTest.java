package org.statementworkbench.qa.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentPair;

/** The issues of the number checks: ids, severity, messages that name the numbers, spans, order, threads. */
class NumberCheckTest {

    private final NumberCheck check = new NumberCheck();

    private List<Issue> check(String source, String sourceLanguage, String target, String targetLanguage) {
        return check.check(
                new SegmentPair(UnLanguage.ofCode(sourceLanguage), source, UnLanguage.ofCode(targetLanguage), target));
    }

    @Test
    void isABuiltInCheckOfTheNumberFamily() {
        assertThat(BuiltInChecks.of(List.of("number")))
                .hasOnlyElementsOfType(NumberCheck.class)
                .hasSize(1);
        assertThat(check.family()).isEqualTo("number");
    }

    @Test
    void aChangedNumberIsOneMismatchWithBothSpansAndBothNumbersInTheMessage() {
        String source = "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";
        String target = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous de 70 pour "
                + "10 000 naissances vivantes";
        List<Issue> issues = check(source, "en", target, "fr");

        assertThat(issues).hasSize(1);
        Issue issue = issues.getFirst();
        assertThat(issue.check()).isEqualTo(NumberCheck.MISMATCH);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.source().of(source)).isEqualTo("100,000");
        assertThat(issue.target().of(target)).isEqualTo("10 000");
        assertThat(issue.message())
                .isEqualTo("The source has the number “100,000” (100000) where the translation has “10 000” (10000).");
    }

    @Test
    void aDroppedNumberIsMissingAndAnAddedOneExtra() {
        List<Issue> missing = check("16 May 2022", "en", "mai 2022", "fr");
        assertThat(missing).extracting(Issue::check).containsExactly(NumberCheck.MISSING);
        assertThat(missing.getFirst().target()).isNull();
        assertThat(missing.getFirst().source().of("16 May 2022")).isEqualTo("16");
        assertThat(missing.getFirst().message())
                .isEqualTo("The source has the number “16”, which is not in the translation.");

        List<Issue> extra = check("in May 2022", "en", "le 16 mai 2022", "fr");
        assertThat(extra).extracting(Issue::check).containsExactly(NumberCheck.EXTRA);
        assertThat(extra.getFirst().source()).isNull();
        assertThat(extra.getFirst().target().of("le 16 mai 2022")).isEqualTo("16");
    }

    @Test
    void messagesNameMonthsMarkersAndWordsAsWritten() {
        assertThat(check("16 May 2022", "en", "16 juin 2022", "fr").getFirst().message())
                .isEqualTo("The source has the month “May” where the translation has “juin”.");
        assertThat(check("(a) To promote the rule of law;", "en", "(ب) تعزيز سيادة القانون؛", "ar")
                        .getFirst()
                        .message())
                .isEqualTo("The source has the list marker “(a)” where the translation has “(ب)”.");
        assertThat(check("at its fifty-third session", "en", "à sa cinquante-quatrième session", "fr")
                        .getFirst()
                        .message())
                .isEqualTo("The source has the ordinal “fifty-third” (53) where the translation has "
                        + "“cinquante-quatrième” (54).");
    }

    @Test
    void issuesComeInTargetOrderThenSourceOnly() {
        List<Issue> issues = check("in 2015, 2020 and 2030", "en", "en 2031, 2016", "fr");
        assertThat(issues).isNotEmpty();
        List<Integer> targetStarts = new ArrayList<>();
        boolean sourceOnlySeen = false;
        for (Issue i : issues) {
            if (i.target() == null) {
                sourceOnlySeen = true;
            } else {
                assertThat(sourceOnlySeen)
                        .as("an issue with a target span after a source-only one")
                        .isFalse();
                targetStarts.add(i.target().start());
            }
        }
        assertThat(targetStarts).isSorted();
    }

    @Test
    void smallNumberWordsOnOneSideAreNoError() {
        assertThat(check("one of the Member States", "en", "l’un des États Membres", "fr"))
                .isEmpty();
        assertThat(check("a Member State", "en", "un État Membre", "fr")).isEmpty();
        assertThat(check("one Member State", "en", "État Membre", "fr")).isEmpty();
    }

    @Test
    void isSafeToCallFromSeveralThreads() throws Exception {
        SdgTexts texts = SdgTexts.load().only(key -> key.split("-").length == 3);
        List<SegmentPair> pairs = new ArrayList<>();
        for (Map<UnLanguage, String> t : texts.texts().values()) {
            for (UnLanguage target : List.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.RU)) {
                if (t.containsKey(UnLanguage.EN) && t.containsKey(target)) {
                    String mutated = t.get(target).replace("2030", "2031");
                    pairs.add(new SegmentPair(UnLanguage.EN, t.get(UnLanguage.EN), target, mutated));
                }
            }
        }
        List<List<Issue>> expected = pairs.stream().map(check::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Issue>>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                NumberCheck fresh = new NumberCheck();
                runs.add(pool.submit(() -> pairs.stream().map(fresh::check).toList()));
            }
            for (Future<List<List<Issue>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.stream().filter(i -> !i.isEmpty()).count()).isGreaterThan(50);
    }
}
