package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnore;

/**
 * The issues panel's list (SDG target 3.1 in the UN's English and French): built-in issues keep their spans in the
 * marked text, term issues found in the plain text are moved to it, and an ignore still matches after the words moved.
 */
class SegmentIssueListTest {

    static final String SOURCE =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";
    static final String WRONG = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous de 70"
            + " pour **10 000** naissances vivantes";

    private static List<ShownIssue> check(String target, List<Issue> termIssues, List<IssueIgnore> ignores) {
        return SegmentIssueList.of(UnLanguage.EN, SOURCE, UnLanguage.FR, target, termIssues, List.of(), ignores);
    }

    @Test
    void aWrongFigureInBoldIsFoundWithItsSpanInTheMarkedText() {
        ShownIssue mismatch = check(WRONG, List.of(), List.of()).stream()
                .filter(i -> i.issue().check().equals(CheckId.parse("number.mismatch")))
                .findFirst()
                .orElseThrow();
        Span span = mismatch.target();
        assertThat(span).isNotNull();
        assertThat(span.of(WRONG)).contains("10 000");
        assertThat(mismatch.key().targetText()).doesNotContain("*");
        assertThat(mismatch.family()).isEqualTo(IssueFamily.NUMBERS);
    }

    @Test
    void aTermIssueOfThePlainTextIsMovedPastTheMarkers() {
        String plain = WRONG.replace("*", "");
        int at = plain.indexOf("naissances");
        var term = new Issue(
                CheckId.term("forbidden"),
                Severity.ERROR,
                "“naissances vivantes”",
                null,
                new Span(at, at + "naissances vivantes".length()),
                "42");
        ShownIssue shown = check(WRONG, List.of(term), List.of()).stream()
                .filter(i -> i.family() == IssueFamily.TERMINOLOGY)
                .findFirst()
                .orElseThrow();
        Span span = shown.target();
        assertThat(span).isNotNull();
        assertThat(span.of(WRONG)).isEqualTo("naissances vivantes");
        assertThat(shown.key().subject()).isEqualTo("42");
    }

    @Test
    void anIgnoreFindsItsIssueWhereverItsWordsMovedAndAnEmptyTargetIsNotChecked() {
        ShownIssue first = check(WRONG, List.of(), List.of()).stream()
                .filter(i -> i.issue().check().equals(CheckId.parse("number.mismatch")))
                .findFirst()
                .orElseThrow();
        var ignore = new IssueIgnore(
                1, 7, UnLanguage.FR, first.key(), "The delivered text has this figure.", "claire", Instant.EPOCH);
        String moved = "Faire passer, d’ici à 2030, le taux mondial de mortalité maternelle au-dessous de 70 pour"
                + " **10 000** naissances vivantes";
        assertThat(check(moved, List.of(), List.of(ignore)))
                .filteredOn(i -> i.issue().check().equals(CheckId.parse("number.mismatch")))
                .singleElement()
                .satisfies(i -> assertThat(i.ignored()).isEqualTo(ignore));
        assertThat(check("  ", List.of(), List.of())).isEmpty();
        assertThat(IgnoreKey.of(first.issue(), SOURCE, WRONG)).isEqualTo(first.key());
    }
}
