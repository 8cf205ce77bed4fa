package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A TBX-Basic glossary in DCT style with region-tagged languages (fr-FR, en-US, ...): its deprecated terms are
 * enforced by the batch QA like those of the shipped glossary.
 */
class QaTbxDctGlossaryTest {

    @Test
    void deprecatedTermsOfADctGlossaryWithRegionalTagsAreFlagged() {
        QaRun run = QaRun.withGlossary(
                "src/test/resources/glossary/tbx-basic-dct-regional.tbx", "en-fr-deprecated.tsv", "en", "fr");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("\"check\": \"term.forbidden\"")
                .contains("“pornographie mettant en scène des enfants” is deprecated: use “contenus montrant des "
                        + "atteintes sexuelles sur des enfants”.");
    }
}
