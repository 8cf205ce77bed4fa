package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;

/**
 * Errors of the built-in checks block approval like term errors (same exception, same override with a justification,
 * stored as child rows with their check id); their warnings do not.
 */
@SpringBootTest
class ChecksApprovalGateTest {

    /** Target 16.4's resolution in the UN's own words, with its symbol. */
    static final String SOURCE = "The General Assembly recalled its resolution A/RES/70/1 on the 2030 Agenda.";

    static final String ALTERED_SYMBOL =
            "L’Assemblée générale a rappelé sa résolution A/RES/70/L.1 sur le Programme 2030.";

    static final String RIGHT = "L’Assemblée générale a rappelé sa résolution A/RES/70/1 sur le Programme 2030.";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    ApprovingReviewer gate = new ApprovingReviewer("", 0, 0);

    @BeforeEach
    void statement() {
        gate = ApprovingReviewer.create(data, "checks-gate", SOURCE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAlteredDocumentSymbolBlocksApprovalAndNothingIsSaved() {
        assertThatThrownBy(() -> translations.save(gate.approve(ALTERED_SYMBOL)))
                .isInstanceOfSatisfying(ApprovalBlockedException.class, e -> {
                    assertThat(e.mayOverride()).isTrue();
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.check()).isEqualTo(CheckId.parse("symbol.mismatch"));
                        assertThat(p.message()).contains("A/RES/70/1");
                    });
                });
        assertThat(translations.history(gate.segment(), UnLanguage.FR)).isEmpty();
    }

    @Test
    void aReviewerOverridesAndTheOverrideKeepsTheCheckId() {
        String why = "The resolution was re-issued under this symbol; confirmed with the editor.";
        assertThat(translations
                        .approveOverriding(gate.approve(ALTERED_SYMBOL), why)
                        .status())
                .isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.overrides(gate.statementId(), UnLanguage.FR))
                .singleElement()
                .satisfies(o -> assertThat(o.overriddenProblems())
                        .extracting(p -> p.check().toString())
                        .isEqualTo(List.of("symbol.mismatch")));
    }

    @Test
    void theRightTranslationApproves() {
        assertThat(translations.save(gate.approve(RIGHT)).status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.overrides(gate.statementId(), UnLanguage.FR)).isEmpty();
    }

    @Test
    void warningsDoNotBlock() {
        // two spaces in a row: space.double, a warning
        String doubled = RIGHT.replace("a rappelé", "a  rappelé");
        assertThat(translations.save(gate.approve(doubled)).status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.overrides(gate.statementId(), UnLanguage.FR)).isEmpty();
    }
}
