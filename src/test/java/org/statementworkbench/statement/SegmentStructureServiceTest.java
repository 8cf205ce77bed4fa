package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
import org.statementworkbench.statement.importing.TextRun;

/** Splitting and merging segments on MariaDB: numbering, formatting, translations and their history. */
@SpringBootTest
class SegmentStructureServiceTest {

    @Autowired
    SegmentStructureService structure;

    @Autowired
    TranslationService translations;

    @Autowired
    TestData data;

    long statementId;
    String translator = "";
    String reviewer = "";

    @BeforeEach
    void statement() {
        translator = data.translator(TestData.unique("structure-tr"), "Elena Sokolova", UnLanguage.RU);
        reviewer = data.reviewer(TestData.unique("structure-rev"), "Li Wei", UnLanguage.RU, UnLanguage.ZH);
        statementId = data.statement("Statement")
                .into(UnLanguage.RU, UnLanguage.ZH)
                .paragraphs("Mr. Chair,")
                .paragraph(
                        TextRun.bold(
                                "Thailand pledges its commitment to tackle cybercrime, a borderless form of crime"),
                        TextRun.plain(". Thank you."))
                .create();
        // the reviewer writes and approves the Chinese “Thank you” themselves
        data.fourEyesOff(statementId);
        signInAs(translator, Role.TRANSLATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String username, Role role) {
        TestSignIn.as(username, role);
    }

    private List<SegmentRow> russian() {
        return translations.rows(statementId, UnLanguage.RU, SegmentQuery.all(), 0, 20);
    }

    @Test
    void splittingInsideBoldKeepsEachPartBalancedAndRenumbers() {
        SegmentRow second = russian().get(1);
        assertThat(second.source())
                .isEqualTo("**Thailand pledges its commitment to tackle cybercrime, a borderless form of crime**.");
        TranslationState ru = translations.save(new SaveTranslation(
                second.segmentId(),
                UnLanguage.RU,
                "**Таиланд берет на себя обязательство бороться с киберпреступностью**.",
                SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));

        structure.split(
                second.segmentId(),
                "**Thailand pledges its commitment to tackle cybercrime,\n a borderless form of crime**.");

        List<SegmentRow> rows = russian();
        assertThat(rows)
                .extracting(SegmentRow::source)
                .containsExactly(
                        "Mr. Chair,",
                        "**Thailand pledges its commitment to tackle cybercrime,**",
                        "**a borderless form of crime**.",
                        "Thank you.");
        assertThat(rows).extracting(SegmentRow::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).target().text()).isEqualTo(ru.text());
        assertThat(rows.get(1).target().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(rows.get(2).target().version()).isEqualTo(TranslationState.UNSAVED_VERSION);
        assertThat(translations.history(second.segmentId(), UnLanguage.RU)).hasSize(2);
    }

    @Test
    void mergingJoinsSourcesAndTranslationsAndKeepsBothHistories() {
        List<SegmentRow> rows = russian();
        structure.split(rows.get(1).segmentId(), rows.get(1).source().replace("cybercrime, ", "cybercrime,\n "));
        rows = russian();
        translations.save(new SaveTranslation(
                rows.get(1).segmentId(),
                UnLanguage.RU,
                "Таиланд обязуется бороться,",
                SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));
        translations.save(new SaveTranslation(
                rows.get(2).segmentId(),
                UnLanguage.RU,
                "с трансграничной преступностью.",
                SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));

        structure.mergeWithNext(rows.get(1).segmentId());

        List<SegmentRow> merged = russian();
        assertThat(merged).extracting(SegmentRow::number).containsExactly(1, 2, 3);
        assertThat(merged.get(1).source())
                .isEqualTo("**Thailand pledges its commitment to tackle cybercrime,** **a borderless form of crime**.");
        assertThat(merged.get(1).target().text())
                .isEqualTo("Таиланд обязуется бороться, с трансграничной преступностью.");
        assertThat(merged.get(1).target().status()).isEqualTo(SegmentStatus.DRAFT);
        List<Revision> history = translations.history(merged.get(1).segmentId(), UnLanguage.RU);
        assertThat(history)
                .extracting(Revision::text)
                .contains("Таиланд обязуется бороться,", "с трансграничной преступностью.");
        assertThat(history).extracting(Revision::number).doesNotHaveDuplicates();
    }

    @Test
    void mergingAcrossParagraphsOrPastTheEndIsRefused() {
        List<SegmentRow> rows = russian();
        assertThatThrownBy(() -> structure.mergeWithNext(rows.getFirst().segmentId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same paragraph");
        assertThatThrownBy(() -> structure.mergeWithNext(rows.getLast().segmentId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last segment");
        assertThat(russian()).hasSize(3);
    }

    @Test
    void aSplitOfTextThatChangedMeanwhileOrWithoutABreakIsRefused() {
        SegmentRow first = russian().getFirst();
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr.\nPresident,"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed meanwhile");
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr. Chair,"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr. Chair,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Both parts");
        assertThat(russian()).hasSize(3);
    }

    @Test
    void glossaryManagersCannotChangeTheStructure() {
        signInAs("structure-glossary", Role.GLOSSARY_MANAGER);
        long id = russian().getFirst().segmentId();
        assertThatThrownBy(() -> structure.split(id, "Mr.\n Chair,")).isInstanceOf(AccessDeniedException.class);
    }

    private List<SegmentRow> chinese() {
        return translations.rows(statementId, UnLanguage.ZH, SegmentQuery.all(), 0, 20);
    }

    /** The reviewer approves the Chinese "Thank you." (segment 3, same paragraph as segment 2). */
    private TranslationState approveChineseThankYou() {
        signInAs(reviewer, Role.REVIEWER);
        long thankYou = chinese().get(2).segmentId();
        TranslationState approved = translations.save(new SaveTranslation(
                thankYou, UnLanguage.ZH, "谢谢。", SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION));
        signInAs(translator, Role.TRANSLATOR);
        return approved;
    }

    @Test
    void aTranslatorCannotMergeAwayAnotherLanguagesApprovedWork() {
        TranslationState approved = approveChineseThankYou();
        List<SegmentRow> rows = russian();
        translations.save(new SaveTranslation(
                rows.get(2).segmentId(),
                UnLanguage.RU,
                "Благодарю вас.",
                SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));

        assertThatThrownBy(() -> structure.mergeWithNext(rows.get(1).segmentId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(
                        "Merging segments 2 and 3 would change the Chinese translation, which you may " + "not edit");

        List<SegmentRow> after = chinese();
        assertThat(after).hasSize(3);
        assertThat(after.get(2).target())
                .extracting(TranslationState::status, TranslationState::version, TranslationState::updatedBy)
                .containsExactly(SegmentStatus.APPROVED, approved.version(), reviewer);
        assertThat(translations.history(after.get(2).segmentId(), UnLanguage.ZH))
                .extracting(Revision::changedBy)
                .containsOnly(reviewer);
        assertThat(russian().get(2).target().status()).isEqualTo(SegmentStatus.TRANSLATED);
    }

    @Test
    void aTranslatorCannotSplitWhereALanguageOutsideTheirsHasText() {
        signInAs(reviewer, Role.REVIEWER);
        SegmentRow second = chinese().get(1);
        translations.save(new SaveTranslation(
                second.segmentId(),
                UnLanguage.ZH,
                "**泰国承诺打击网络犯罪**。",
                SegmentStatus.DRAFT,
                TranslationState.UNSAVED_VERSION));
        signInAs(translator, Role.TRANSLATOR);

        assertThat(structure.rights(second.segmentId()).splitRefusal()).contains("Chinese translation");
        assertThatThrownBy(() ->
                        structure.split(second.segmentId(), second.source().replace("cybercrime, ", "cybercrime,\n ")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Splitting segment 2 would change the Chinese translation");
        assertThat(russian()).hasSize(3);
        assertThat(chinese().get(1).target().text()).isEqualTo("**泰国承诺打击网络犯罪**。");
    }

    @Test
    void aTranslatorMayNotResetReviewedWorkEvenInTheirOwnLanguage() {
        SegmentRow second = russian().get(1);
        signInAs(reviewer, Role.REVIEWER);
        translations.save(new SaveTranslation(
                second.segmentId(),
                UnLanguage.RU,
                "**Таиланд берет на себя обязательство бороться с киберпреступностью**.",
                SegmentStatus.REVIEWED,
                TranslationState.UNSAVED_VERSION));
        signInAs(translator, Role.TRANSLATOR);

        assertThatThrownBy(() -> structure.split(
                        second.segmentId(), second.source().replace("cybercrime, ", "cybercrime,\n "), true))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("would put reviewed or approved work back to Draft (segment 2 Reviewed in "
                        + "Russian (" + reviewer + ")); only a reviewer may do that.");
        assertThat(russian().get(1).target().status()).isEqualTo(SegmentStatus.REVIEWED);
    }

    @Test
    void aReviewerResetsApprovedWorkOnlyAfterConfirming() {
        approveChineseThankYou();
        signInAs(reviewer, Role.REVIEWER);
        long second = chinese().get(1).segmentId();
        assertThat(structure.rights(second).mayMerge()).isTrue();

        assertThatThrownBy(() -> structure.mergeWithNext(second))
                .isInstanceOfSatisfying(
                        StructureChangeNeedsConfirmation.class,
                        e -> assertThat(e.signedOffWork())
                                .containsExactly("segment 3 Approved in Chinese (" + reviewer + ")"));
        assertThat(chinese()).hasSize(3);
        assertThat(chinese().get(2).target().status()).isEqualTo(SegmentStatus.APPROVED);

        structure.mergeWithNext(second, true);

        List<SegmentRow> merged = chinese();
        assertThat(merged).hasSize(2);
        assertThat(merged.get(1).target().text()).isEqualTo("谢谢。");
        assertThat(merged.get(1).target().status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(translations.history(second, UnLanguage.ZH))
                .extracting(Revision::status)
                .contains(SegmentStatus.APPROVED, SegmentStatus.DRAFT);
    }

    @Test
    void rightsFollowTheSameRules() {
        List<SegmentRow> rows = russian();
        StructureRights first = structure.rights(rows.getFirst().segmentId());
        assertThat(first.maySplit()).isTrue();
        assertThat(first.mergeRefusal())
                .isEqualTo("Segment 1 is the last of its paragraph: there is nothing to " + "merge it with.");
        assertThat(structure.rights(rows.get(1).segmentId()).mayMerge()).isTrue();

        approveChineseThankYou();
        StructureRights second = structure.rights(rows.get(1).segmentId());
        assertThat(second.maySplit()).isTrue();
        assertThat(second.mergeRefusal()).contains("Chinese translation");
        signInAs(reviewer, Role.REVIEWER);
        assertThat(structure.rights(rows.get(1).segmentId()).mayMerge()).isTrue();
        signInAs("structure-glossary", Role.GLOSSARY_MANAGER);
        assertThat(structure.rights(rows.get(1).segmentId()).maySplit()).isFalse();
    }
}
