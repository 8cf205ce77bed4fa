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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/** Splitting and merging segments on MariaDB: numbering, formatting, translations and their history. */
@SpringBootTest
class SegmentStructureServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired SegmentStructureService structure;
    @Autowired TranslationService translations;
    @Autowired StatementImportService importService;
    @Autowired UserService users;

    long statementId;
    String translator = "";

    @BeforeEach
    void statement() {
        translator = "structure-tr-" + counter.incrementAndGet();
        signInAs("structure-admin", Role.ADMIN);
        users.createUser(new NewUser(translator, "Elena Sokolova", "a-long-enough-secret", Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.RU)));
        statementId = importService.importStatement(new NewStatement("Statement", null, null, null, null, null, null,
                null, UnLanguage.EN, EnumSet.of(UnLanguage.RU, UnLanguage.ZH)), new ImportedDocument(List.of(
                        new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                        new ImportedParagraph(List.of(new TextRun("Thailand pledges its commitment to tackle cybercrime, "
                                + "a borderless form of crime", true, false), TextRun.plain(". Thank you."))))), null);
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
        assertThat(second.source()).isEqualTo("**Thailand pledges its commitment to tackle cybercrime, a borderless form of crime**.");
        TranslationState ru = translations.save(new SaveTranslation(second.segmentId(), UnLanguage.RU,
                "**Таиланд берет на себя обязательство бороться с киберпреступностью**.", SegmentStatus.TRANSLATED,
                TranslationState.UNSAVED_VERSION));

        structure.split(second.segmentId(), "**Thailand pledges its commitment to tackle cybercrime,\n a borderless form of crime**.");

        List<SegmentRow> rows = russian();
        assertThat(rows).extracting(SegmentRow::source).containsExactly("Mr. Chair,",
                "**Thailand pledges its commitment to tackle cybercrime,**", "**a borderless form of crime**.",
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
        translations.save(new SaveTranslation(rows.get(1).segmentId(), UnLanguage.RU, "Таиланд обязуется бороться,",
                SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));
        translations.save(new SaveTranslation(rows.get(2).segmentId(), UnLanguage.RU, "с трансграничной преступностью.",
                SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));

        structure.mergeWithNext(rows.get(1).segmentId());

        List<SegmentRow> merged = russian();
        assertThat(merged).extracting(SegmentRow::number).containsExactly(1, 2, 3);
        assertThat(merged.get(1).source()).isEqualTo(
                "**Thailand pledges its commitment to tackle cybercrime,** **a borderless form of crime**.");
        assertThat(merged.get(1).target().text()).isEqualTo("Таиланд обязуется бороться, с трансграничной преступностью.");
        assertThat(merged.get(1).target().status()).isEqualTo(SegmentStatus.DRAFT);
        List<Revision> history = translations.history(merged.get(1).segmentId(), UnLanguage.RU);
        assertThat(history).extracting(Revision::text).contains("Таиланд обязуется бороться,",
                "с трансграничной преступностью.");
        assertThat(history).extracting(Revision::number).doesNotHaveDuplicates();
    }

    @Test
    void mergingAcrossParagraphsOrPastTheEndIsRefused() {
        List<SegmentRow> rows = russian();
        assertThatThrownBy(() -> structure.mergeWithNext(rows.getFirst().segmentId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same paragraph");
        assertThatThrownBy(() -> structure.mergeWithNext(rows.getLast().segmentId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last segment");
        assertThat(russian()).hasSize(3);
    }

    @Test
    void aSplitOfTextThatChangedMeanwhileOrWithoutABreakIsRefused() {
        SegmentRow first = russian().getFirst();
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr.\nPresident,"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed meanwhile");
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr. Chair,"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> structure.split(first.segmentId(), "Mr. Chair,\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Both parts");
        assertThat(russian()).hasSize(3);
    }

    @Test
    void glossaryManagersCannotChangeTheStructure() {
        signInAs("structure-glossary", Role.GLOSSARY_MANAGER);
        long id = russian().getFirst().segmentId();
        assertThatThrownBy(() -> structure.split(id, "Mr.\n Chair,")).isInstanceOf(AccessDeniedException.class);
    }
}
