package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The statement-wide checks in {@code ./workbench qa}: the units of one file are one statement, and a TMX in more
 * languages gives the cross-target check its witnesses. The fixture (qa/sdg-6-languages.tmx) holds SDG target 3.2
 * with "2020" for "2030" in its French text only, target 8.7, and indicators 1.5.2 and 11.5.2, whose English texts
 * are the same and whose translations differ in the UN's data.
 */
class QaCommandStatementChecksTest {

    private static final String TMX = QaRun.FIXTURES + "sdg-6-languages.tmx";

    private static QaRun run(String target, String... more) {
        String[] args = {"--source-lang", "en", "--target-lang", target, "--input", TMX};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return QaRun.of(all);
    }

    @Test
    void theTargetWhoseNumbersDifferWhereTheOtherLanguagesAgreeIsFlagged() {
        QaRun run = run("fr", "--checks", "cross-target");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("{\"unit\": \"3.2\", \"check\": \"cross-target.number\", \"severity\": \"warning\"")
                .contains("while the other translations (Arabic, Chinese, Russian, Spanish) agree with it")
                .contains("\"summary\": {\"cross-target.number\": 1}");
    }

    @Test
    void aTargetThatAgreesIsNotFlaggedThoughAnotherLanguageDiffers() {
        QaRun run = run("es", "--checks", "cross-target,number");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"issues\": [],").contains("\"summary\": {}");
    }

    @Test
    void byDefaultTheStatementWideChecksRunWithTheOthers() {
        QaRun run = run("zh");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("{\"unit\": \"11.5.2\", \"check\": \"inconsistent.target\", \"severity\": \"warning\", "
                        + "\"message\": \"The same source is translated differently in segment 1.5.2: "
                        + "“灾害造成的直接经济损失与全球国内生产总值相比”.\", \"source\": null, \"target\": [0, ")
                .doesNotContain("cross-target");
    }

    @Test
    void failOnWarningStopsThePipelineOnAStatementWideFinding() {
        assertThat(run("fr", "--checks", "inconsistent", "--fail-on", "warning").code())
                .isEqualTo(1);
        assertThat(run("fr", "--checks", "inconsistent", "--fail-on", "error").code())
                .isZero();
    }

    @Test
    void anUnknownFamilyIsBadInputNamingTheStatementWideOnes() {
        QaRun run = run("fr", "--checks", "inconsistency");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("inconsistent, cross-target").contains("'inconsistency'");
    }
}
