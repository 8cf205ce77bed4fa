package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * The review workflow against MariaDB: approved segments are locked until a reviewer reopens them, four eyes,
 * returning a segment with a reason, and a translator's direct service calls refused.
 */
@SpringBootTest
class ReviewWorkflowTest {

    private static final AtomicInteger counter = new AtomicInteger();
    private static final String THANKS = "Je vous remercie.";
    private static final String PLEDGE = "La Thaïlande s’engage à lutter contre la cybercriminalité.";
    private static final String WHY = "The pledge is a commitment: use « réaffirme son engagement ».";

    @Autowired
    TranslationService translations;

    @Autowired
    ReviewService review;

    @Autowired
    TestData data;

    @Autowired
    StatementRepository statements;

    @Autowired
    SegmentRepository segments;

    String translator = "";
    String reviewer = "";
    String otherReviewer = "";
    String admin = "";
    long statementId;
    long pledge;
    long thanks;

    @BeforeEach
    void usersAndStatement() {
        int n = counter.incrementAndGet();
        translator = data.translator("rw-tr-" + n, "Claire Dubois", UnLanguage.FR);
        reviewer = data.reviewer("rw-rev-" + n, "Jean Martin", UnLanguage.FR);
        otherReviewer = data.reviewer("rw-rev2-" + n, "Amélie Laurent", UnLanguage.FR);
        admin = data.admin("rw-admin-" + n, "Sofia Petrova");
        var statement = statements.save(
                new Statement("Statement by Thailand", UnLanguage.EN, EnumSet.of(UnLanguage.FR, UnLanguage.ES)));
        statementId = statement.getId();
        pledge = segments.save(new Segment(statement, 1, 1, "Thailand pledges its commitment to tackle cybercrime."))
                .getId();
        thanks = segments.save(new Segment(statement, 2, 1, "Thank you.")).getId();
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    private TranslationState save(long segment, String text, SegmentStatus status, long base) {
        return translations.save(new SaveTranslation(segment, UnLanguage.FR, text, status, base));
    }

    /** The translator translates, a reviewer approves: an approved segment and its state. */
    private TranslationState approvedByReviewer(long segment, String text) {
        TestSignIn.as(translator, Role.TRANSLATOR);
        TranslationState translated = save(segment, text, SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION);
        TestSignIn.as(reviewer, Role.REVIEWER);
        return save(segment, text, SegmentStatus.APPROVED, translated.version());
    }

    @Test
    void anApprovedSegmentIsLockedForEveryoneAndRestoreToo() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);

        for (var who : List.of(translator, reviewer, admin)) {
            TestSignIn.as(
                    who, who.equals(translator) ? Role.TRANSLATOR : who.equals(admin) ? Role.ADMIN : Role.REVIEWER);
            assertThatThrownBy(() -> save(thanks, "Merci.", SegmentStatus.DRAFT, approved.version()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("approved segments are locked; a reviewer must reopen it");
        }
        long first = translations.history(thanks, UnLanguage.FR).getLast().id();
        assertThatThrownBy(() -> translations.restore(thanks, UnLanguage.FR, first, approved.version()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locked");
        assertThat(translations.history(thanks, UnLanguage.FR)).hasSize(2);
        assertThat(data.rows(statementId, UnLanguage.FR).get(1).target())
                .extracting(TranslationState::text, TranslationState::status, TranslationState::version)
                .containsExactly(THANKS, SegmentStatus.APPROVED, approved.version());
    }

    @Test
    void aReviewerReopensWithAReasonKeptInTheHistoryAndTheSegmentCanChangeAgain() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);
        TestSignIn.as(otherReviewer, Role.REVIEWER);
        assertThatThrownBy(() -> review.reopen(thanks, UnLanguage.FR, approved.version(), "typo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10 characters");

        TranslationState reopened =
                review.reopen(thanks, UnLanguage.FR, approved.version(), "  The delegation asked for « Merci ». ");

        assertThat(reopened.status()).isEqualTo(SegmentStatus.REVIEWED);
        assertThat(reopened.text()).isEqualTo(THANKS);
        assertThat(reopened.updatedBy()).isEqualTo(otherReviewer);
        assertThat(reopened.textBy()).isEqualTo(translator);
        Revision newest = translations.history(thanks, UnLanguage.FR).getFirst();
        assertThat(newest.number()).isEqualTo(3);
        assertThat(newest.action()).isEqualTo(ReviewAction.REOPENED);
        assertThat(newest.reason()).isEqualTo("The delegation asked for « Merci ».");
        assertThat(newest.changedBy()).isEqualTo(otherReviewer);
        assertThat(translations.history(thanks, UnLanguage.FR).get(1).action()).isNull();

        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(save(thanks, "Merci.", SegmentStatus.TRANSLATED, reopened.version())
                        .status())
                .isEqualTo(SegmentStatus.TRANSLATED);
    }

    @Test
    void reopeningNeedsAnApprovedSegmentAndTheVersionItSaw() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThatThrownBy(() -> review.reopen(thanks, UnLanguage.FR, approved.version() - 1, WHY))
                .isInstanceOfSatisfying(
                        TranslationConflictException.class,
                        e -> assertThat(e.theirs().version()).isEqualTo(approved.version()));
        TranslationState reopened = review.reopen(thanks, UnLanguage.FR, approved.version(), WHY);
        assertThatThrownBy(() -> review.reopen(thanks, UnLanguage.FR, reopened.version(), WHY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not approved");
    }

    @Test
    void aTranslatorsDirectCallsToReopenReturnApproveAndFourEyesAreRefused() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);
        TestSignIn.as(translator, Role.TRANSLATOR);
        TranslationState translated = save(pledge, PLEDGE, SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION);

        assertThatThrownBy(() -> review.reopen(thanks, UnLanguage.FR, approved.version(), WHY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.returnToTranslator(pledge, UnLanguage.FR, translated.version(), WHY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(pledge, PLEDGE, SegmentStatus.APPROVED, translated.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.approveOverriding(
                        new SaveTranslation(
                                pledge, UnLanguage.FR, PLEDGE, SegmentStatus.APPROVED, translated.version()),
                        WHY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.setFourEyes(statementId, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(pledge, PLEDGE, SegmentStatus.RETURNED, translated.version()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(review.fourEyes(statementId)).isTrue();
        assertThat(translations.history(thanks, UnLanguage.FR)).hasSize(2);
        assertThat(translations.history(pledge, UnLanguage.FR)).hasSize(1);
    }

    @Test
    void aReviewerOutsideTheLanguageCannotReopen() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);
        String spanishReviewer = data.reviewer("rw-es-" + counter.incrementAndGet(), "Lucía Gómez", UnLanguage.ES);
        TestSignIn.as(spanishReviewer, Role.REVIEWER);
        assertThatThrownBy(() -> review.reopen(thanks, UnLanguage.FR, approved.version(), WHY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("working languages");
    }

    @Test
    void fourEyesRefusesTheAuthorsApprovalAndAllowsAnotherReviewers() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        // editing and approving in one save is approving one's own text
        assertThatThrownBy(() -> save(pledge, PLEDGE, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Four eyes")
                .hasMessageContaining("administrators too");
        assertThat(translations.history(pledge, UnLanguage.FR)).isEmpty();

        TranslationState reviewed = save(pledge, PLEDGE, SegmentStatus.REVIEWED, TranslationState.UNSAVED_VERSION);
        assertThat(reviewed.textBy()).isEqualTo(reviewer);
        assertThatThrownBy(() -> save(pledge, PLEDGE, SegmentStatus.APPROVED, reviewed.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.approveOverriding(
                        new SaveTranslation(pledge, UnLanguage.FR, PLEDGE, SegmentStatus.APPROVED, reviewed.version()),
                        WHY))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Four eyes");

        TestSignIn.as(otherReviewer, Role.REVIEWER);
        TranslationState approved = save(pledge, PLEDGE, SegmentStatus.APPROVED, reviewed.version());
        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(approved.textBy()).isEqualTo(reviewer);
    }

    @Test
    void administratorsAreBoundByFourEyesToo() {
        TestSignIn.as(admin, Role.ADMIN);
        TranslationState reviewed = save(thanks, THANKS, SegmentStatus.REVIEWED, TranslationState.UNSAVED_VERSION);
        assertThatThrownBy(() -> save(thanks, THANKS, SegmentStatus.APPROVED, reviewed.version()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("administrators too");
    }

    @Test
    void withFourEyesOffAReviewerApprovesTheirOwnText() {
        TestSignIn.as(reviewer, Role.REVIEWER);
        review.setFourEyes(statementId, false);
        assertThat(review.fourEyes(statementId)).isFalse();

        assertThat(save(pledge, PLEDGE, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION)
                        .status())
                .isEqualTo(SegmentStatus.APPROVED);

        review.setFourEyes(statementId, true);
        TranslationState reviewed = save(thanks, THANKS, SegmentStatus.REVIEWED, TranslationState.UNSAVED_VERSION);
        assertThatThrownBy(() -> save(thanks, THANKS, SegmentStatus.APPROVED, reviewed.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReturnedSegmentGoesBackToTheTranslatorWithItsReasonUntilConfirmed() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        TranslationState translated = save(pledge, PLEDGE, SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION);
        save(thanks, THANKS, SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION);
        assertThat(translations.progress(statementId))
                .filteredOn(p -> p.language() == UnLanguage.FR)
                .singleElement()
                .extracting(p -> p.count(SegmentStatus.TRANSLATED))
                .isEqualTo(2);

        TestSignIn.as(reviewer, Role.REVIEWER);
        TranslationState returned = review.returnToTranslator(pledge, UnLanguage.FR, translated.version(), WHY);
        assertThat(returned.status()).isEqualTo(SegmentStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo(WHY);
        assertThat(returned.status().isDone()).isFalse();
        assertThatThrownBy(() -> review.returnToTranslator(pledge, UnLanguage.FR, returned.version(), WHY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already returned");
        Revision revision = translations.history(pledge, UnLanguage.FR).getFirst();
        assertThat(revision.action()).isEqualTo(ReviewAction.RETURNED);
        assertThat(revision.reason()).isEqualTo(WHY);
        assertThat(revision.status()).isEqualTo(SegmentStatus.RETURNED);

        TestSignIn.as(translator, Role.TRANSLATOR);
        SegmentQuery returnedOnly = new SegmentQuery(Set.of(SegmentStatus.RETURNED), "");
        assertThat(translations.count(statementId, UnLanguage.FR, returnedOnly)).isEqualTo(1);
        SegmentRow row = translations
                .rows(statementId, UnLanguage.FR, returnedOnly, 0, 10)
                .getFirst();
        assertThat(row.segmentId()).isEqualTo(pledge);
        assertThat(row.target().returnReason()).isEqualTo(WHY);

        // a draft keeps it returned, reason and all; confirming it as Translated ends the return
        String better = "La Thaïlande réaffirme son engagement à lutter contre la cybercriminalité.";
        TranslationState draft = save(pledge, better, SegmentStatus.DRAFT, returned.version());
        assertThat(draft.status()).isEqualTo(SegmentStatus.RETURNED);
        assertThat(draft.returnReason()).isEqualTo(WHY);
        TranslationState confirmed = save(pledge, better, SegmentStatus.TRANSLATED, draft.version());
        assertThat(confirmed.status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(confirmed.returnReason()).isNull();
        assertThat(translations.count(statementId, UnLanguage.FR, returnedOnly)).isZero();

        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(save(pledge, better, SegmentStatus.APPROVED, confirmed.version())
                        .status())
                .isEqualTo(SegmentStatus.APPROVED);
    }

    @Test
    void approvedAndUntranslatedSegmentsCannotBeReturned() {
        TranslationState approved = approvedByReviewer(thanks, THANKS);
        TestSignIn.as(otherReviewer, Role.REVIEWER);
        assertThatThrownBy(() -> review.returnToTranslator(thanks, UnLanguage.FR, approved.version(), WHY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reopen it before returning it");
        assertThatThrownBy(
                        () -> review.returnToTranslator(pledge, UnLanguage.FR, TranslationState.UNSAVED_VERSION, WHY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no French translation");
        assertThatThrownBy(() -> review.returnToTranslator(thanks, UnLanguage.FR, approved.version(), "short"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
