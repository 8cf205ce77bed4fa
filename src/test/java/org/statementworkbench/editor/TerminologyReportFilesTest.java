package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.ApprovalOverride;

/**
 * The CSV and HTML files show an override's problems as before they were stored as rows: a problem still found goes
 * with its issue, one no longer found gets an OVERRIDDEN row of its own, and the HTML lists each as {@code check:
 * message}.
 */
class TerminologyReportFilesTest {

    private static final String MISSING = "Use Conseil de sécurité";
    private static final String FORBIDDEN = "Avoid Conseil: use Conseil de sécurité";

    private final ApprovalOverride override = new ApprovalOverride(
            7,
            1,
            UnLanguage.FR,
            2,
            "rev",
            Instant.parse("2026-03-01T10:15:30Z"),
            "Named in full above",
            List.of(
                    new Issue(CheckId.term("missing"), Severity.ERROR, MISSING, new Span(4, 20), null),
                    new Issue(CheckId.term("forbidden"), Severity.ERROR, FORBIDDEN, null, null)));

    private final TerminologyReport report = new TerminologyReport(
            3,
            "Statement on the Council",
            UnLanguage.EN,
            12,
            Instant.parse("2026-03-02T08:00:00Z"),
            List.of(new LanguageTermReport(
                    UnLanguage.FR,
                    2,
                    List.of(new ReportedIssue(
                            1,
                            7,
                            CheckId.term("missing"),
                            Severity.ERROR,
                            MISSING,
                            "The Security Council met",
                            "Le Conseil",
                            override)),
                    List.of(override))),
            CheckProfile.UN_DEFAULT,
            List.of(),
            false);

    @Test
    void theCsvShowsAProblemStillFoundWithItsIssueAndOneNoLongerFoundAsOverridden() {
        assertThat(TerminologyReportFiles.csv(report))
                .isEqualTo(TerminologyReportFiles.CSV_HEADER
                        + "\r\n"
                        + "fr,1,term.missing,ERROR,Use Conseil de sécurité,The Security Council met,Le Conseil,rev,"
                        + "2026-03-01T10:15:30Z,Named in full above,,\r\n"
                        + "fr,1,term.forbidden,OVERRIDDEN,Avoid Conseil: use Conseil de sécurité,,,rev,"
                        + "2026-03-01T10:15:30Z,Named in full above,,\r\n");
    }

    @Test
    void theHtmlListsEachOverriddenProblemAsCheckAndMessage() {
        assertThat(TerminologyReportFiles.html(report))
                .contains("<tr><td>1</td><td>rev</td><td>2026-03-01 10:15</td><td>Named in full above</td>"
                        + "<td>term.missing: Use Conseil de sécurité<br>"
                        + "term.forbidden: Avoid Conseil: use Conseil de sécurité</td></tr>\n");
    }

    @Test
    void figuresOfTheLanguagesAddUp() {
        assertThat(report.sum(l -> l.overrides().size())).isEqualTo(1);
        assertThat(report.sum(l -> l.count(Severity.ERROR))).isEqualTo(1);
        assertThat(report.sum(LanguageTermReport::ignoredCount)).isZero();
    }
}
