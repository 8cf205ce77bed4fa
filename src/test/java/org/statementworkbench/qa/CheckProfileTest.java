package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.qa.CheckProfile.Level;

/** A check profile drops switched-off checks and rewrites severities; an id's setting wins over its family's. */
class CheckProfileTest {

    /** SDG target 3.1 in French with 100 000 changed to 10 000 and two spaces in a row. */
    static final SegmentPair SDG_3_1 = new SegmentPair(
            UnLanguage.EN,
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births",
            UnLanguage.FR,
            "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous de 70 pour 10 000"
                    + " naissances  vivantes");

    private static List<String> described(List<Issue> issues) {
        return issues.stream().map(i -> i.check() + " " + i.severity().label()).toList();
    }

    @Test
    void theUnDefaultKeepsEveryIssueAsReported() {
        List<Issue> issues = BuiltInChecks.check(BuiltInChecks.all(), SDG_3_1);
        assertThat(described(issues)).containsExactlyInAnyOrder("number.mismatch error", "space.double warning");
        assertThat(CheckProfile.UN_DEFAULT.apply(issues)).isEqualTo(issues);
        assertThat(CheckProfile.UN_DEFAULT.running(CheckProfile.FAMILIES)).isEqualTo(CheckProfile.FAMILIES);
    }

    @Test
    void familiesAndIdsAreSwitchedOffDemotedAndPromoted() {
        List<Issue> issues = BuiltInChecks.check(BuiltInChecks.all(), SDG_3_1);
        var profile = CheckProfile.UN_DEFAULT.with("number", Level.WARNING).with("space.double", Level.ERROR);
        assertThat(described(profile.apply(issues)))
                .containsExactlyInAnyOrder("number.mismatch warning", "space.double error");
        var off = new CheckProfile(Map.of("space", Level.OFF, "number.mismatch", Level.INFO));
        assertThat(described(off.apply(issues))).containsExactly("number.mismatch info");
        assertThat(off.runs("space")).isFalse();
        assertThat(off.runs("number")).isTrue();
        // a family off with one of its ids on still runs, for that id
        var onlyMismatch = new CheckProfile(Map.of("number", Level.OFF, "number.mismatch", Level.ERROR));
        assertThat(onlyMismatch.runs("number")).isTrue();
        assertThat(onlyMismatch.severityOf(
                        org.statementworkbench.base.checks.CheckId.parse("number.missing"), Severity.ERROR))
                .isNull();
        assertThat(profile.with("number", null).setting("number")).isNull();
    }

    @Test
    void unknownFamiliesAndLevelsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> CheckProfile.UN_DEFAULT.with("numbers", Level.OFF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'numbers' is not a check family");
        assertThatThrownBy(() -> Level.fromLabel("fatal")).hasMessageContaining("error, warning, info or off");
        assertThat(Level.fromLabel(" Warning ")).isEqualTo(Level.WARNING);
        assertThat(CheckProfile.UN_DEFAULT
                        .with("lt.MORFOLOGIK_RULE_EN_GB", Level.OFF)
                        .runs("lt"))
                .isTrue();
    }
}
