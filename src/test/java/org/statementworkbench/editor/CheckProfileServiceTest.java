package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;

/**
 * A statement's check profile is stored (reviewers change it, translators only read it) and the approval gates
 * honour it: an error demoted to a warning no longer blocks, a warning promoted to an error does.
 */
@SpringBootTest
class CheckProfileServiceTest {

    /** SDG target 3.1. */
    static final String SOURCE =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births.";

    static final String RIGHT = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous de 70"
            + " pour 100 000 naissances vivantes.";

    /** 100 000 became 10 000: number.mismatch, an error. */
    static final String WRONG_NUMBER = RIGHT.replace("100 000", "10 000");

    /** Two spaces in a row: space.double, a warning. */
    static final String DOUBLE_SPACE = RIGHT.replace("naissances vivantes", "naissances  vivantes");

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    CheckProfileService profiles;

    String reviewer = "";
    String translator = "";
    ApprovingReviewer gate = new ApprovingReviewer("", 0, 0);
    long statementId;

    @BeforeEach
    void statement() {
        gate = ApprovingReviewer.create(data, "profile", SOURCE);
        reviewer = gate.reviewer();
        statementId = gate.statementId();
        translator = data.translator(TestData.unique("profile-tr"), "Claire Dubois", UnLanguage.FR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStatementStartsWithTheUnDefaultAndKeepsWhatAReviewerSaves() {
        assertThat(profiles.profile(statementId)).isEqualTo(CheckProfile.UN_DEFAULT);
        var profile = CheckProfile.UN_DEFAULT
                .with("number", Level.WARNING)
                .with("punct.final-missing", Level.OFF)
                .with("lt", Level.OFF);
        assertThat(profiles.save(statementId, profile)).isEqualTo(profile);
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(profiles.profile(statementId)).isEqualTo(profile);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(profiles.save(statementId, profile.with("lt", null))).isEqualTo(profile.with("lt", null));
        assertThat(profiles.save(statementId, CheckProfile.UN_DEFAULT)).isEqualTo(CheckProfile.UN_DEFAULT);
    }

    @Test
    void aTranslatorCannotChangeTheProfile() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> profiles.save(statementId, CheckProfile.UN_DEFAULT.with("number", Level.OFF)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(profiles.profile(statementId)).isEqualTo(CheckProfile.UN_DEFAULT);
    }

    @Test
    void aNumberErrorDemotedToAWarningNoLongerBlocksApproval() {
        assertThatThrownBy(() -> translations.save(gate.approve(WRONG_NUMBER)))
                .isInstanceOfSatisfying(
                        ApprovalBlockedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.check().toString())
                                .containsExactly("number.mismatch"));
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("number.mismatch", Level.WARNING));
        assertThat(translations.save(gate.approve(WRONG_NUMBER)).status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(translations.overrides(statementId, UnLanguage.FR)).isEmpty();
    }

    @Test
    void aWarningPromotedToAnErrorBlocksApproval() {
        profiles.save(statementId, CheckProfile.UN_DEFAULT.with("space", Level.ERROR));
        assertThatThrownBy(() -> translations.save(gate.approve(DOUBLE_SPACE)))
                .isInstanceOfSatisfying(
                        ApprovalBlockedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.check() + " " + p.severity().label())
                                .containsExactly("space.double error"));
        assertThat(translations.save(gate.approve(RIGHT)).status()).isEqualTo(SegmentStatus.APPROVED);
    }

    @Test
    void termErrorsSwitchedOffNoLongerBlock() {
        // the seeded glossary has "Security Council": COUNCIL_TERM_MISSING is a term error
        ApprovingReviewer other = ApprovingReviewer.create(data, "term-profile", TestData.COUNCIL_SENTENCE);
        SaveTranslation save = other.approve(TestData.COUNCIL_TERM_MISSING);
        assertThatThrownBy(() -> translations.save(save)).isInstanceOf(ApprovalBlockedException.class);
        profiles.save(other.statementId(), CheckProfile.UN_DEFAULT.with("term", Level.OFF));
        assertThat(translations.save(save).status()).isEqualTo(SegmentStatus.APPROVED);
    }
}
