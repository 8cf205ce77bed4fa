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
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * A translation filled from the memory remembers the match's score (column {@code memory_score}, V23) in its state
 * and its revision until a person edits or confirms it; the memory never overwrites a person's text, saves only
 * drafts, and only for those who may edit the language. Repetitions are the same source's still empty or
 * memory-filled targets. Wording: SDG targets 5.1 and 6.1 in English and French.
 */
@SpringBootTest
class TranslationFromMemoryTest {

    static final String WATER =
            "By 2030, achieve universal and equitable access to safe and affordable drinking" + " water for all";
    static final String WATER_FR =
            "D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un coût abordable";
    static final String DISCRIMINATION = "End all forms of discrimination against all women and girls everywhere";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    String translator = "";
    long statementId;
    List<SegmentRow> rows = List.of();

    @BeforeEach
    void statement() {
        translator = data.translator(TestData.unique("origin-tr"), "Claire Dubois", UnLanguage.FR);
        statementId = data.statement(TestData.unique("SDG 6.1"))
                .into(UnLanguage.FR)
                .paragraphs(WATER, DISCRIMINATION, WATER + "  ", WATER)
                .create();
        rows = data.asAdmin(() -> data.rows(statementId, UnLanguage.FR));
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    private TranslationState fill(int row, int score) {
        return translations.saveFromMemory(
                new SaveTranslation(
                        rows.get(row).segmentId(),
                        UnLanguage.FR,
                        WATER_FR,
                        SegmentStatus.DRAFT,
                        TranslationState.UNSAVED_VERSION),
                score);
    }

    @Test
    void theScoreIsKeptInStateAndRevisionUntilAPersonConfirms() {
        TranslationState filled = fill(0, 101);
        assertThat(filled.memoryScore()).isEqualTo(101);
        assertThat(filled.status()).isEqualTo(SegmentStatus.DRAFT);
        long segment = rows.getFirst().segmentId();
        assertThat(data.rows(statementId, UnLanguage.FR).getFirst().target().memoryScore())
                .isEqualTo(101);
        assertThat(translations.history(segment, UnLanguage.FR).getFirst().memoryScore())
                .isEqualTo(101);

        // saving the draft unchanged changes nothing; confirming makes it the person's
        TranslationState same = translations.save(
                new SaveTranslation(segment, UnLanguage.FR, WATER_FR, SegmentStatus.DRAFT, filled.version()));
        assertThat(same.memoryScore()).isEqualTo(101);
        TranslationState confirmed = translations.save(
                new SaveTranslation(segment, UnLanguage.FR, WATER_FR, SegmentStatus.TRANSLATED, same.version()));
        assertThat(confirmed.memoryScore()).isNull();
        assertThat(translations.history(segment, UnLanguage.FR))
                .extracting(Revision::memoryScore)
                .containsExactly(null, 101);
    }

    @Test
    void theMemoryNeverOverwritesAPersonsText() {
        long segment = rows.getFirst().segmentId();
        String mine = "D’ici à 2030, assurer l’accès universel et équitable à l’eau potable";
        TranslationState saved = data.translate(segment, UnLanguage.FR, mine, SegmentStatus.DRAFT);

        assertThatThrownBy(() -> translations.saveFromMemory(
                        new SaveTranslation(segment, UnLanguage.FR, WATER_FR, SegmentStatus.DRAFT, saved.version()),
                        100))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not overwrite");
        assertThat(translations.history(segment, UnLanguage.FR))
                .singleElement()
                .extracting(Revision::text)
                .isEqualTo(mine);

        // but a draft the memory filled may be filled again
        TranslationState first = fill(1, 87);
        TranslationState again = translations.saveFromMemory(
                new SaveTranslation(
                        rows.get(1).segmentId(), UnLanguage.FR, WATER_FR + ".", SegmentStatus.DRAFT, first.version()),
                100);
        assertThat(again.memoryScore()).isEqualTo(100);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        long segment = rows.getFirst().segmentId();
        assertThatThrownBy(() -> translations.saveFromMemory(
                        new SaveTranslation(
                                segment,
                                UnLanguage.FR,
                                WATER_FR,
                                SegmentStatus.TRANSLATED,
                                TranslationState.UNSAVED_VERSION),
                        100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draft");
        assertThatThrownBy(() -> fill(0, 102)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fill(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(translations.history(segment, UnLanguage.FR)).isEmpty();
    }

    @Test
    void someoneWhoMayNotEditTheLanguageIsRefused() {
        TestSignIn.as(data.translator(TestData.unique("origin-es"), "Lucía Gómez", UnLanguage.ES), Role.TRANSLATOR);
        assertThatThrownBy(() -> fill(0, 100)).isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(translations.history(rows.getFirst().segmentId(), UnLanguage.FR))
                .isEmpty();
    }

    @Test
    void repetitionsAreTheSameSourcesTargetsStillToDo() {
        fill(2, 100); // memory-filled: still to do
        data.translate(rows.get(3).segmentId(), UnLanguage.FR, WATER_FR, SegmentStatus.TRANSLATED); // done

        assertThat(translations.repetitions(rows.getFirst().segmentId(), UnLanguage.FR))
                .extracting(SegmentRow::number)
                .containsExactly(rows.get(2).number());
    }
}
