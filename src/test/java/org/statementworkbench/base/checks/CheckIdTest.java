package org.statementworkbench.base.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckIdTest {

    @Test
    void readsAndWritesFamilyDotName() {
        CheckId missing = CheckId.parse("term.missing");
        assertThat(missing).isEqualTo(CheckId.term("missing"));
        assertThat(missing.family()).isEqualTo("term");
        assertThat(missing.toString()).isEqualTo("term.missing");
        CheckId lt = CheckId.parse("lt.MORFOLOGIK_RULE_EN_GB");
        assertThat(lt).isEqualTo(CheckId.languageTool("MORFOLOGIK_RULE_EN_GB"));
        assertThat(lt.isIn(CheckId.LANGUAGE_TOOL)).isTrue();
        assertThat(CheckId.parse("number.thousands.separator").name()).isEqualTo("thousands.separator");
    }

    @Test
    void refusesIdsWithoutFamilyOrName() {
        assertThatThrownBy(() -> CheckId.parse("untranslated")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckId.parse("term.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckId.parse(".missing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckId.parse("Term.missing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckId.parse("term.missing term")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severityLabelsRoundTrip() {
        for (Severity s : Severity.values()) {
            assertThat(Severity.fromLabel(s.label())).isEqualTo(s);
        }
        assertThat(Severity.ERROR.label()).isEqualTo("error");
    }

    @Test
    void spansRefuseNegativeOrReversedRanges() {
        assertThat(new Span(2, 5).of("abcdefg")).isEqualTo("cde");
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
