package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;

/** The one entry point of the built-in checks of a statement: which checks it runs and in which order it lists. */
class StatementChecksTest {

    // SDG indicators 1.5.2 and 11.5.2: the same English text, two French translations
    private static final String LOSS_EN =
            "Direct economic loss attributed to disasters in relation to global gross " + "domestic product (GDP)";
    private static final String LOSS_FR_1 = "Pertes économiques directement attribuables à des catastrophes par "
            + "rapport au produit intérieur brut mondial (PIB)";
    private static final String LOSS_FR_2 = "Pertes économiques directes mesurées par rapport au PIB mondial, dommages "
            + "causés aux infrastructures critiques et nombre de perturbations des services de base résultant de "
            + "catastrophes";

    @Test
    void familiesAreTheSegmentOnesThenTheStatementWideOnes() {
        assertThat(StatementChecks.families())
                .startsWith(BuiltInChecks.families().toArray(String[]::new));
        assertThat(StatementChecks.families()).endsWith("inconsistent", "cross-target");
        assertThat(StatementChecks.all().segmentChecks()).isEqualTo(BuiltInChecks.all());
        assertThat(StatementChecks.all().statementChecks()).hasSize(2);
    }

    @Test
    void anUnknownFamilyIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> StatementChecks.of(List.of("number", "inconsistency")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inconsistency")
                .hasMessageContaining("cross-target");
    }

    @Test
    void segmentAndStatementIssuesComeInSegmentThenLanguageOrder() {
        var statement = new StatementText(
                UnLanguage.EN,
                List.of(
                        new MultilingualSegment("1-5-2", LOSS_EN, Map.of(UnLanguage.FR, LOSS_FR_1)),
                        new MultilingualSegment(
                                "11-5-2", LOSS_EN, Map.of(UnLanguage.FR, LOSS_FR_2 + "  ", UnLanguage.ES, ""))));

        List<StatementIssue> issues = StatementChecks.all().check(statement);

        assertThat(issues)
                .extracting(i -> i.segmentKey() + " " + i.language().code() + " "
                        + i.issue().check())
                .containsExactly(
                        "11-5-2 fr space.trailing", "11-5-2 fr inconsistent.target", "11-5-2 es text.untranslated");
        assertThat(issues.get(1).issue().message()).contains("segment 1-5-2").contains(LOSS_FR_1);
    }

    @Test
    void onlyTheChosenFamiliesRun() {
        var statement = new StatementText(
                UnLanguage.EN,
                List.of(
                        new MultilingualSegment("1-5-2", LOSS_EN, Map.of(UnLanguage.FR, LOSS_FR_1)),
                        new MultilingualSegment("11-5-2", LOSS_EN, Map.of(UnLanguage.FR, LOSS_FR_2 + "  "))));

        assertThat(StatementChecks.of(List.of("space")).check(statement))
                .extracting(i -> i.issue().check().toString())
                .containsExactly("space.trailing");
        assertThat(StatementChecks.of(List.of("inconsistent")).check(statement))
                .extracting(i -> i.issue().check().toString())
                .containsExactly("inconsistent.target");
    }
}
