package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;
import org.statementworkbench.qa.StatementCheck;
import org.statementworkbench.qa.StatementIssue;
import org.statementworkbench.qa.StatementText;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.TranslationState;

/**
 * The QA report hands the statement-wide checks the whole statement (segment numbers as keys, every saved target
 * language, untranslated ones left out) and files their issues by language and segment, as the profile rates them.
 */
class StatementWideIssuesTest {

    /** SDG target 3.1 and 4.1 in English, French and Russian (Russian of 4.1 not yet translated). */
    static final String MATERNAL =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";

    static final String EDUCATION = "By 2030, ensure that all girls and boys complete free, equitable and quality"
            + " primary and secondary education leading to relevant and effective learning outcomes";

    static final String MATERNAL_FR = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous"
            + " de 70 pour 100 000 naissances vivantes";

    static final String MATERNAL_RU = "К 2030 году снизить глобальный коэффициент материнской смертности до менее 70"
            + " случаев на 100 000 живорождений";

    static final String EDUCATION_FR = "D’ici à 2030, faire en sorte que toutes les filles et tous les garçons suivent,"
            + " sur un pied d’égalité, un cycle complet d’enseignement primaire et secondaire gratuit et de qualité,"
            + " les dotant d’acquis véritablement utiles";

    /** A check of the cross-target family that remembers what it saw and reports the French of segment 1. */
    static final class SeenStatement implements StatementCheck {
        final List<StatementText> seen = new ArrayList<>();

        @Override
        public String family() {
            return "cross-target";
        }

        @Override
        public List<StatementIssue> check(StatementText statement) {
            seen.add(statement);
            var issue = new Issue(CheckId.parse("cross-target.number"), Severity.WARNING, "differs", null, null);
            return List.of(new StatementIssue(statement.segments().getFirst().key(), UnLanguage.FR, issue));
        }
    }

    private static SegmentRow row(long id, int number, String source, String target) {
        return new SegmentRow(
                id,
                number,
                0,
                source,
                new TranslationState(
                        target,
                        org.statementworkbench.statement.SegmentStatus.TRANSLATED,
                        1,
                        "jm",
                        java.time.Instant.EPOCH,
                        "jm",
                        null));
    }

    private final Map<UnLanguage, List<SegmentRow>> rows = Map.of(
            UnLanguage.FR,
            List.of(row(10, 1, MATERNAL, MATERNAL_FR), row(11, 2, EDUCATION, EDUCATION_FR)),
            UnLanguage.RU,
            List.of(row(10, 1, MATERNAL, MATERNAL_RU), row(11, 2, EDUCATION, "")));

    @Test
    void theChecksSeeEverySavedTranslationAndTheirIssuesAreFiledBySegment() {
        var check = new SeenStatement();
        var found = StatementWideIssues.of(UnLanguage.EN, rows, List.of(check), CheckProfile.UN_DEFAULT);
        StatementText seen = check.seen.getFirst();
        assertThat(seen.sourceLanguage()).isEqualTo(UnLanguage.EN);
        assertThat(seen.segments()).extracting(s -> s.key()).containsExactly("1", "2");
        assertThat(seen.segments().get(0).targets())
                .containsExactlyInAnyOrderEntriesOf(Map.of(UnLanguage.FR, MATERNAL_FR, UnLanguage.RU, MATERNAL_RU));
        assertThat(seen.segments().get(1).targets()).containsOnlyKeys(UnLanguage.FR);
        assertThat(found).containsOnlyKeys(UnLanguage.FR);
        assertThat(found.get(UnLanguage.FR).get(1))
                .extracting(i -> i.check() + " " + i.severity().label())
                .containsExactly("cross-target.number warning");
    }

    @Test
    void theProfileSwitchesThemOffOrRatesThem() {
        var check = new SeenStatement();
        var off = CheckProfile.UN_DEFAULT.with("cross-target", Level.OFF);
        assertThat(StatementWideIssues.of(UnLanguage.EN, rows, List.of(check), off))
                .isEmpty();
        assertThat(check.seen).isEmpty();
        var error = CheckProfile.UN_DEFAULT.with("cross-target.number", Level.ERROR);
        assertThat(StatementWideIssues.of(UnLanguage.EN, rows, List.of(check), error)
                        .get(UnLanguage.FR)
                        .get(1))
                .extracting(Issue::severity)
                .containsExactly(Severity.ERROR);
    }
}
