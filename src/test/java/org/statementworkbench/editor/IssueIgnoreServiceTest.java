package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.ui.ImmediateUi;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.ApprovalBlockedException;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Ignoring issues of any check family against MariaDB (the V15 table): a reason is required, only people who edit
 * the language may ignore, ignores are remembered, only reviewers take them back, and an ignored error still blocks
 * approval.
 */
@SpringBootTest
class IssueIgnoreServiceTest {

    /** SDG target 3.1 in the UN's English and French, the French with a wrong figure. */
    static final String SOURCE =
            "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births";

    static final String WRONG_FIGURE = "D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous"
            + " de 70 pour 10 000 naissances vivantes";

    static final String REASON = "The figure was corrected in the delegation's delivered text.";

    @Autowired
    IssueIgnoreService ignores;

    @Autowired
    TranslationService translations;

    @Autowired
    TestData data;

    @Autowired
    UiBroadcasts broadcasts;

    @Autowired
    SegmentStructureService structure;

    String translator = "";
    String spanishTranslator = "";
    String reviewer = "";
    long statementId;
    long segment;
    TranslationState translated = TranslationState.unsaved();
    IgnoreKey key = IgnoreKey.of(mismatch(), SOURCE, WRONG_FIGURE);

    @BeforeEach
    void statementAndPeople() {
        translator = data.translator(TestData.unique("ignore-fr"), "Claire Dubois", UnLanguage.FR);
        spanishTranslator = data.translator(TestData.unique("ignore-es"), "Rosa Pérez", UnLanguage.ES);
        reviewer = data.reviewer(TestData.unique("ignore-rev"), "Jean Martin", UnLanguage.FR);
        statementId = data.statement(TestData.unique("Statement on maternal health"))
                .into(UnLanguage.FR, UnLanguage.ES)
                .paragraphs(SOURCE)
                .create();
        segment = data.asAdmin(() -> data.rows(statementId, UnLanguage.FR))
                .getFirst()
                .segmentId();
        TestSignIn.as(translator, Role.TRANSLATOR);
        translated = data.translate(segment, UnLanguage.FR, WRONG_FIGURE, SegmentStatus.TRANSLATED);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    static Issue mismatch() {
        return BuiltInChecks.check(
                        BuiltInChecks.all(), new SegmentPair(UnLanguage.EN, SOURCE, UnLanguage.FR, WRONG_FIGURE))
                .stream()
                .filter(i -> i.check().equals(CheckId.parse("number.mismatch")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theKeyIsTheCheckAndTheWordsOfBothTexts() {
        assertThat(key.check()).hasToString("number.mismatch");
        assertThat(key.targetText()).isEqualTo("10 000");
        assertThat(key.sourceText()).isEqualTo("100,000");
    }

    @Test
    void anIgnoreNeedsAReasonOfTenCharactersAndNothingIsStoredWithout() {
        assertThatThrownBy(() -> ignores.ignore(segment, UnLanguage.FR, key, "  it's ok  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10 characters");
        assertThat(ignores.ignored(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void someoneWithoutTheLanguageIsRefusedInTheService() {
        TestSignIn.as(spanishTranslator, Role.TRANSLATOR);
        assertThatThrownBy(() -> ignores.ignore(segment, UnLanguage.FR, key, REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ignores.ignored(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void anIgnoreIsRememberedWithItsReasonAndWhoAndShownToReviewers() {
        IssueIgnore stored = ignores.ignore(segment, UnLanguage.FR, key, "  " + REASON + " ");
        assertThat(ignores.ignore(segment, UnLanguage.FR, key, "Once more, with another reason."))
                .isEqualTo(stored);

        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(ignores.ignored(segment, UnLanguage.FR)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo(key);
            assertThat(i.reason()).isEqualTo(REASON);
            assertThat(i.ignoredBy()).isEqualTo(translator);
        });
        assertThat(ignores.ignoredInStatement(statementId, UnLanguage.FR)).containsOnlyKeys(segment);
        assertThat(ignores.ignored(segment, UnLanguage.ES)).isEmpty();
    }

    @Test
    void anIgnoreStaysOnTheFirstPartOfASplitAndOnTheSegmentMergedBack() {
        IssueIgnore stored = ignores.ignore(segment, UnLanguage.FR, key, REASON);

        structure.split(segment, SOURCE.replace("ratio to", "ratio\n to"));
        List<Long> parts = data.rows(statementId, UnLanguage.FR).stream()
                .map(r -> r.segmentId())
                .toList();
        assertThat(parts).hasSize(2).first().isEqualTo(segment);
        assertThat(ignores.ignored(segment, UnLanguage.FR)).containsExactly(stored);
        assertThat(ignores.ignored(parts.get(1), UnLanguage.FR)).isEmpty();

        structure.mergeWithNext(segment);
        assertThat(ignores.ignored(segment, UnLanguage.FR)).containsExactly(stored);
        assertThat(ignores.ignoredInStatement(statementId, UnLanguage.FR)).containsOnlyKeys(segment);
    }

    @Test
    void openEditorsHearOfIgnoresAndOfTheirTakingBack() {
        List<IssueIgnoresChanged> heard = new CopyOnWriteArrayList<>();
        var registration = broadcasts.register(IssueIgnoresChanged.class, new ImmediateUi(), Echo.DELIVER, heard::add);
        try {
            IssueIgnore stored = ignores.ignore(segment, UnLanguage.FR, key, REASON);
            TestSignIn.as(reviewer, Role.REVIEWER);
            ignores.unignore(stored.id());
            await().until(() -> heard.size() == 2);
        } finally {
            registration.remove();
        }
        assertThat(heard).containsOnly(new IssueIgnoresChanged(segment, UnLanguage.FR));
    }

    @Test
    void onlyAReviewerTakesAnIgnoreBack() {
        IssueIgnore stored = ignores.ignore(segment, UnLanguage.FR, key, REASON);
        assertThatThrownBy(() -> ignores.unignore(stored.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(ignores.ignored(segment, UnLanguage.FR)).hasSize(1);

        TestSignIn.as(reviewer, Role.REVIEWER);
        ignores.unignore(stored.id());
        assertThat(ignores.ignored(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void anIgnoredErrorStillBlocksApprovalUntilAReviewerOverrides() {
        ignores.ignore(segment, UnLanguage.FR, key, REASON);
        TestSignIn.as(reviewer, Role.REVIEWER);
        int revisions = translations.history(segment, UnLanguage.FR).size();
        var approve =
                new SaveTranslation(segment, UnLanguage.FR, WRONG_FIGURE, SegmentStatus.APPROVED, translated.version());

        assertThatThrownBy(() -> translations.save(approve))
                .isInstanceOfSatisfying(
                        ApprovalBlockedException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> assertThat(p.check()).hasToString("number.mismatch")));
        assertThat(translations.history(segment, UnLanguage.FR)).hasSize(revisions);

        assertThat(translations.approveOverriding(approve, REASON).status()).isEqualTo(SegmentStatus.APPROVED);
    }
}
