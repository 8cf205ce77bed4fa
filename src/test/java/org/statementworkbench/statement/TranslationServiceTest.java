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
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/** Saving target segments against MariaDB: roles, version checks, conflicts, revisions, restore, queries. */
@SpringBootTest
class TranslationServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    TranslationService translationService;

    @Autowired
    StatementService statementService;

    @Autowired
    TestData data;

    @Autowired
    StatementRepository statements;

    @Autowired
    SegmentRepository segments;

    String translator = "";
    String reviewer = "";
    long statementId;
    long first;
    long second;
    long third;

    @BeforeEach
    void createUsersAndStatement() {
        int n = counter.incrementAndGet();
        translator = "tr-french-" + n;
        reviewer = "rev-" + n;
        data.translator(translator, "Claire Dubois", UnLanguage.FR, UnLanguage.ES);
        data.reviewer(reviewer, "Jean Martin", UnLanguage.FR);
        var statement = statements.save(new Statement(
                "Statement by Thailand", UnLanguage.EN, EnumSet.of(UnLanguage.FR, UnLanguage.RU, UnLanguage.ES)));
        statementId = statement.getId();
        first = segments.save(new Segment(statement, 1, 1, "Mr. Chair,")).getId();
        second = segments.save(new Segment(statement, 2, 2, "Thailand pledges its commitment to tackle cybercrime."))
                .getId();
        third = segments.save(new Segment(statement, 3, 2, "Thank you.")).getId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String username, Role role) {
        TestSignIn.as(username, role);
    }

    private TranslationState save(long segment, String text, SegmentStatus status, long base) {
        return translationService.save(new SaveTranslation(segment, UnLanguage.FR, text, status, base));
    }

    /** The first save of a segment's French translation. */
    private TranslationState firstSave(long segment, String text, SegmentStatus status) {
        return save(segment, text, status, TranslationState.UNSAVED_VERSION);
    }

    @Test
    void aTranslatorSavesInTheirLanguageAndEverySaveIsARevision() {
        signInAs(translator, Role.TRANSLATOR);
        TranslationState v0 =
                firstSave(second, "La Thaïlande s’engage à lutter contre la cybercriminalité.", SegmentStatus.DRAFT);
        TranslationState v1 = save(
                second,
                "La Thaïlande réaffirme son engagement à lutter contre la cybercriminalité.",
                SegmentStatus.TRANSLATED,
                v0.version());

        assertThat(v1.version()).isGreaterThan(v0.version());
        assertThat(v1.updatedBy()).isEqualTo(translator);
        List<Revision> history = translationService.history(second, UnLanguage.FR);
        assertThat(history).extracting(Revision::number).containsExactly(2, 1);
        assertThat(history.getFirst().status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(history.getLast().text()).isEqualTo("La Thaïlande s’engage à lutter contre la cybercriminalité.");
    }

    @Test
    void translatorsAreRefusedOutsideTheirLanguagesAndForReviewStatuses() {
        signInAs(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> translationService.save(new SaveTranslation(
                        first,
                        UnLanguage.RU,
                        "Г-н Председатель!",
                        SegmentStatus.DRAFT,
                        TranslationState.UNSAVED_VERSION)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("working languages");
        assertThatThrownBy(() -> firstSave(first, "Monsieur le Président,", SegmentStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only reviewers");
        assertThat(translationService.history(first, UnLanguage.FR)).isEmpty();

        TranslationState translated = firstSave(first, "Monsieur le Président,", SegmentStatus.TRANSLATED);
        signInAs(reviewer, Role.REVIEWER);
        TranslationState approved = save(first, "Monsieur le Président,", SegmentStatus.APPROVED, translated.version());
        assertThat(approved.status()).isEqualTo(SegmentStatus.APPROVED);
        assertThat(approved.updatedBy()).isEqualTo(reviewer);
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeIsRefusedWithBothTexts() {
        signInAs(translator, Role.TRANSLATOR);
        TranslationState base = firstSave(third, "Merci.", SegmentStatus.DRAFT);
        signInAs(reviewer, Role.REVIEWER);
        TranslationState reviewers = save(third, "Je vous remercie.", SegmentStatus.REVIEWED, base.version());

        signInAs(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> save(third, "Merci beaucoup.", SegmentStatus.TRANSLATED, base.version()))
                .isInstanceOfSatisfying(TranslationConflictException.class, e -> {
                    assertThat(e.yourText()).isEqualTo("Merci beaucoup.");
                    assertThat(e.theirs().text()).isEqualTo("Je vous remercie.");
                    assertThat(e.theirs().updatedBy()).isEqualTo(reviewer);
                    assertThat(e.theirs().version()).isEqualTo(reviewers.version());
                });
        assertThat(translationService.history(third, UnLanguage.FR))
                .hasSize(2)
                .first()
                .extracting(Revision::text)
                .isEqualTo("Je vous remercie.");

        TranslationState merged =
                save(third, "Je vous remercie beaucoup.", SegmentStatus.TRANSLATED, reviewers.version());
        assertThat(merged.text()).isEqualTo("Je vous remercie beaucoup.");
    }

    @Test
    void twoFirstSavesOfTheSameSegmentCannotBothWin() {
        signInAs(translator, Role.TRANSLATOR);
        firstSave(first, "Monsieur le Président,", SegmentStatus.DRAFT);
        assertThatThrownBy(() -> firstSave(first, "Monsieur le Président !", SegmentStatus.DRAFT))
                .isInstanceOfSatisfying(
                        TranslationConflictException.class,
                        e -> assertThat(e.theirs().text()).isEqualTo("Monsieur le Président,"));
    }

    @Test
    void restoringAnEarlierRevisionIsANewDraftRevision() {
        signInAs(translator, Role.TRANSLATOR);
        TranslationState v0 = firstSave(
                second, "La Thaïlande s’engage à lutter contre la cybercriminalité.", SegmentStatus.TRANSLATED);
        TranslationState v1 = save(
                second,
                "La Thaïlande promet de combattre la cybercriminalité.",
                SegmentStatus.TRANSLATED,
                v0.version());
        Revision firstRevision =
                translationService.history(second, UnLanguage.FR).getLast();

        TranslationState restored = translationService.restore(second, UnLanguage.FR, firstRevision.id(), v1.version());

        assertThat(restored.text()).isEqualTo("La Thaïlande s’engage à lutter contre la cybercriminalité.");
        assertThat(restored.status()).isEqualTo(SegmentStatus.DRAFT);
        Revision newest = translationService.history(second, UnLanguage.FR).getFirst();
        assertThat(newest.number()).isEqualTo(3);
        assertThat(newest.restoredFrom()).isEqualTo(1);
    }

    @Test
    void theSearchTakesWildcardsLiterallyAndCombinesWithStoredStatuses() {
        signInAs(translator, Role.TRANSLATOR);
        firstSave(first, "Monsieur le Président,", SegmentStatus.TRANSLATED);
        firstSave(second, "La Thaïlande s’engage (taux_1 !) à lutter contre la cybercriminalité.", SegmentStatus.DRAFT);

        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.DRAFT), ""))).containsExactly(2);
        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.TRANSLATED, SegmentStatus.DRAFT), "")))
                .containsExactly(1, 2);
        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.NEW, SegmentStatus.DRAFT), "")))
                .containsExactly(2, 3);
        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.APPROVED), "")))
                .isEmpty();
        // _ and ! are text, not wildcards or escapes: "au_" would match "aux" as a LIKE wildcard
        assertThat(numbers(new SegmentQuery(Set.of(), "X_1"))).containsExactly(2);
        assertThat(numbers(new SegmentQuery(Set.of(), "au_"))).isEmpty();
        assertThat(numbers(new SegmentQuery(Set.of(), "1 !)"))).containsExactly(2);
        // a search in the target only finds the segments whose translation has it, with the status filter
        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.DRAFT), "thaïlande")))
                .containsExactly(2);
        assertThat(numbers(new SegmentQuery(Set.of(SegmentStatus.TRANSLATED), "thaïlande")))
                .isEmpty();
        assertThat(translationService.count(
                        statementId,
                        UnLanguage.FR,
                        new SegmentQuery(Set.of(SegmentStatus.NEW, SegmentStatus.DRAFT), "thank")))
                .isOne();
        assertThat(translationService.positionOf(
                        statementId,
                        UnLanguage.FR,
                        new SegmentQuery(Set.of(SegmentStatus.NEW, SegmentStatus.DRAFT), ""),
                        3))
                .isOne();
        // another language's translation does not count
        assertThat(translationService.rows(statementId, UnLanguage.RU, new SegmentQuery(Set.of(), "thaïlande"), 0, 50))
                .isEmpty();
    }

    private List<Integer> numbers(SegmentQuery query) {
        return translationService.rows(statementId, UnLanguage.FR, query, 0, 50).stream()
                .map(SegmentRow::number)
                .toList();
    }

    @Test
    void rowsAreFilteredByStatusAndSearchedInSourceAndTarget() {
        signInAs(translator, Role.TRANSLATOR);
        firstSave(first, "Monsieur le Président,", SegmentStatus.TRANSLATED);

        List<SegmentRow> all = translationService.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 50);
        assertThat(all).extracting(SegmentRow::number).containsExactly(1, 2, 3);
        assertThat(all.get(1).target().version()).isEqualTo(TranslationState.UNSAVED_VERSION);

        var untranslated = new SegmentQuery(Set.of(SegmentStatus.NEW), "");
        assertThat(translationService.rows(statementId, UnLanguage.FR, untranslated, 0, 50))
                .extracting(SegmentRow::number)
                .containsExactly(2, 3);
        assertThat(translationService.count(statementId, UnLanguage.FR, untranslated))
                .isEqualTo(2);
        assertThat(translationService.positionOf(statementId, UnLanguage.FR, untranslated, 3))
                .isEqualTo(1);
        assertThat(translationService.positionOf(statementId, UnLanguage.FR, SegmentQuery.all(), 3))
                .isEqualTo(2);
        assertThat(translationService.rows(statementId, UnLanguage.FR, new SegmentQuery(Set.of(), "PRÉSIDENT"), 0, 50))
                .extracting(SegmentRow::number)
                .containsExactly(1);
        assertThat(translationService.rows(statementId, UnLanguage.FR, new SegmentQuery(Set.of(), "cybercrime"), 0, 50))
                .extracting(SegmentRow::number)
                .containsExactly(2);
        assertThat(translationService.rows(statementId, UnLanguage.FR, new SegmentQuery(Set.of(), "100%"), 0, 50))
                .isEmpty();
        assertThat(translationService.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 1, 1))
                .extracting(SegmentRow::number)
                .containsExactly(2);
    }

    @Test
    void anArchivedStatementCannotBeEditedUntilRestored() {
        data.asAdmin(() -> {
            statementService.archive(statementId);
            return null;
        });
        signInAs(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> firstSave(first, "Monsieur le Président,", SegmentStatus.DRAFT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("archived");
        assertThat(statementService.listStatements()).noneMatch(s -> s.id() == statementId);
        assertThatThrownBy(() -> statementService.archive(statementId)).isInstanceOf(AccessDeniedException.class);

        data.asAdmin(() -> {
            assertThat(statementService.listArchived()).anyMatch(s -> s.id() == statementId);
            statementService.restore(statementId);
            return null;
        });
        signInAs(translator, Role.TRANSLATOR);
        assertThat(firstSave(first, "Monsieur le Président,", SegmentStatus.DRAFT)
                        .text())
                .isEqualTo("Monsieur le Président,");
    }

    @Test
    void anonymousReadersAreRefused() {
        assertThatThrownBy(() -> translationService.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 10))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
