package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.MemoryMatch;
import org.statementworkbench.memory.MemoryService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.Revision;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The translation memory in the editor: the matches panel lists what another statement's approved segments offer
 * (the difference marked, the origin named), Ctrl+1 puts a match into the target, an exact match fills an empty
 * target as a draft from the memory (never over text, never for someone who may not edit the language), and a
 * confirmed segment's repetitions take its translation. Wording: SDG targets 5.1, 6.1 and 6.2 as the UN publishes
 * them in English and French.
 */
@SpringBootTest
@TestPropertySource(properties = "workbench.memory.fill-exact-matches=true")
class MemoryMatchesViewTest extends SignedInBrowserlessTest {

    static final String WATER =
            "By 2030, achieve universal and equitable access to safe and affordable drinking" + " water for all";
    static final String WATER_FR =
            "D’ici à 2030, assurer l’accès universel et équitable à l’eau potable, à un coût abordable";
    static final String DISCRIMINATION = "End all forms of discrimination against all women and girls everywhere";
    static final String DISCRIMINATION_FR =
            "Mettre fin, partout dans le monde, à toutes les formes de discrimination à l’égard des femmes et des filles";
    static final String SANITATION = "By 2030, achieve access to adequate and equitable sanitation and hygiene for"
            + " all and end open defecation, paying special attention to the needs of women and girls and those in"
            + " vulnerable situations";
    static final String SANITATION_FR = "D’ici à 2030, assurer l’accès de tous, dans des conditions équitables, à"
            + " des services d’assainissement et d’hygiène adéquats et mettre fin à la défécation en plein air, en"
            + " accordant une attention particulière aux besoins des femmes et des filles et des personnes en"
            + " situation vulnérable";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    MemoryService memory;

    String translator = "";
    String admin = "";

    /** Targets 6.1 and 5.1 approved in French in an earlier statement, and found in the memory. */
    @BeforeEach
    void approvedElsewhere() {
        admin = data.admin(TestData.unique("tm-admin"), "Sofia Petrova");
        translator = data.translator(TestData.unique("tm-tr"), "Claire Dubois", UnLanguage.FR);
        long earlier = data.statement(TestData.unique("SDG 5 and 6"))
                .into(UnLanguage.FR)
                .paragraphs(WATER, DISCRIMINATION)
                .create();
        data.fourEyesOff(earlier);
        TestSignIn.as(admin, Role.ADMIN);
        List<SegmentRow> rows = data.rows(earlier, UnLanguage.FR);
        approve(rows.get(0).segmentId(), WATER_FR);
        approve(rows.get(1).segmentId(), DISCRIMINATION_FR);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            TestSignIn.as(admin, Role.ADMIN);
            return !memory.matches(UnLanguage.EN, UnLanguage.FR, WATER, null, 1, 100)
                            .isEmpty()
                    && !memory.matches(UnLanguage.EN, UnLanguage.FR, DISCRIMINATION, null, 1, 100)
                            .isEmpty();
        });
    }

    private void approve(long segmentId, String text) {
        translations.approveOverriding(
                new SaveTranslation(segmentId, UnLanguage.FR, text, SegmentStatus.APPROVED, -1),
                "The wording is the UN translation of the SDG target.");
    }

    private long statement(String... paragraphs) {
        return data.statement(TestData.unique("SDG targets"))
                .into(UnLanguage.FR)
                .paragraphs(paragraphs)
                .create();
    }

    private EditorView open(long statementId, String user, Role role) {
        TestSignIn.as(user, role);
        EditorView view = navigate(EditorView.class, statementId);
        runUiUpdatesUntil(() -> !view.memory
                .panel
                .list
                .getChildren()
                .findFirst()
                .map(c -> c.hasClassName("memory-none") && texts(c).contains("Looking up"))
                .orElse(true));
        return view;
    }

    private static String texts(Component c) {
        return c.getElement().getTextRecursively();
    }

    private List<Component> cards(EditorView view) {
        return view.memory
                .panel
                .list
                .getChildren()
                .filter(c -> c.hasClassName("memory-match"))
                .toList();
    }

    private List<Object> replacedWith(EditorView view) {
        return calls(view.editPane.target, "replaceValue").stream()
                .map(call -> call.getParameters().getLast())
                .toList();
    }

    @Test
    void thePanelShowsAFuzzyMatchWithItsDifferenceAndOriginAndCtrl1PutsItIn() {
        // target 6.1 without "and equitable": the approved 6.1 is a fuzzy match
        String shorter = WATER.replace(" and equitable", "");
        long statementId = statement(shorter);

        EditorView view = open(statementId, translator, Role.TRANSLATOR);

        List<Component> cards = cards(view);
        assertThat(cards).isNotEmpty();
        Component best = cards.getFirst();
        Span score = (Span) best.getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .findFirst()
                .orElseThrow();
        int percent = Integer.parseInt(score.getText().replace("%", ""));
        assertThat(percent).isBetween(SegmentMemory.MIN_SCORE, MemoryMatch.EXACT - 1);
        assertThat(score.getClassNames()).contains(MemoryMatchesPanel.band(percent));
        assertThat(texts(best))
                .contains(WATER_FR)
                .contains("Approved statements")
                .contains(admin);
        var removed = best.getElement()
                .getChildren()
                .flatMap(e -> e.getChildren())
                .filter(e -> e.getClassList().contains("diff-removed"))
                .map(e -> e.getText())
                .toList();
        assertThat(String.join("", removed)).contains("and equitable");
        assertThat(view.memory.panel.summaryText.getText()).isEqualTo("Memory matches · best " + percent + "%");
        // a fuzzy match is only offered: the target stays empty
        assertThat(view.editPane.savedState().version()).isEqualTo(TranslationState.UNSAVED_VERSION);

        fireShortcut(Key.DIGIT_1, KeyModifier.CONTROL);
        assertThat(replacedWith(view)).containsExactly(WATER_FR);
    }

    @Test
    void anExactMatchFillsTheEmptyTargetAsADraftFromMemoryUntilAPersonConfirmsIt() {
        long statementId = statement(WATER);

        EditorView view = open(statementId, translator, Role.TRANSLATOR);
        runUiUpdatesUntil(() -> view.editPane.savedState().fromMemory());

        TranslationState filled = view.editPane.savedState();
        assertThat(filled.text()).isEqualTo(WATER_FR);
        assertThat(filled.status()).isEqualTo(SegmentStatus.DRAFT);
        assertThat(filled.memoryScore()).isGreaterThanOrEqualTo(MemoryMatch.EXACT);
        assertThat(view.editPane.header.state.getText())
                .startsWith("Draft · from memory " + filled.memoryScore() + "%");
        assertThat(SegmentGrid.statusLabel(filled)).isEqualTo("From memory " + filled.memoryScore() + "%");
        assertThat(calls(view.editPane.target, "offerValue")).isNotEmpty();
        long segmentId = data.rows(statementId, UnLanguage.FR).getFirst().segmentId();
        List<Revision> history = translations.history(segmentId, UnLanguage.FR);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.memoryScore()).isEqualTo(filled.memoryScore());
            assertThat(r.changedBy()).isEqualTo(translator);
        });

        // the browser took the text (as offerValue does); the translator confirms it
        view.editPane.target.setValue(WATER_FR);
        test(view.editPane.actions.confirm).click();
        TranslationState confirmed =
                data.rows(statementId, UnLanguage.FR).getFirst().target();
        assertThat(confirmed.status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(confirmed.fromMemory()).isFalse();
        assertThat(translations.history(segmentId, UnLanguage.FR).getFirst().memoryScore())
                .isNull();
    }

    @Test
    void anExactMatchNeverOverwritesText() {
        long statementId = statement(WATER);
        TestSignIn.as(translator, Role.TRANSLATOR);
        long segmentId = data.rows(statementId, UnLanguage.FR).getFirst().segmentId();
        String mine = "D’ici à 2030, assurer l’accès universel et équitable à l’eau potable";
        data.translate(segmentId, UnLanguage.FR, mine, SegmentStatus.DRAFT);

        EditorView view = open(statementId, translator, Role.TRANSLATOR);

        assertThat(cards(view)).isNotEmpty();
        assertThat(view.editPane.savedState().text()).isEqualTo(mine);
        assertThat(view.editPane.savedState().fromMemory()).isFalse();
        assertThat(translations.history(segmentId, UnLanguage.FR)).hasSize(1);
    }

    @Test
    void nothingIsFilledOrPutInForSomeoneWhoMayNotEditTheLanguage() {
        long statementId = statement(WATER);
        String spanish = data.translator(TestData.unique("tm-es"), "Lucía Gómez", UnLanguage.ES);

        EditorView view = open(statementId, spanish, Role.TRANSLATOR);

        assertThat(cards(view)).isNotEmpty();
        assertThat(view.memory.panel.useButtons)
                .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
        assertThat(view.editPane.savedState().version()).isEqualTo(TranslationState.UNSAVED_VERSION);
        fireShortcut(Key.DIGIT_1, KeyModifier.CONTROL);
        assertThat(replacedWith(view)).isEmpty();
        assertThat(data.asAdmin(() -> data.rows(statementId, UnLanguage.FR))
                        .getFirst()
                        .target()
                        .version())
                .isEqualTo(TranslationState.UNSAVED_VERSION);
    }

    @Test
    void aConfirmedSegmentsRepetitionsTakeItsTranslation() {
        long statementId = statement(SANITATION, DISCRIMINATION, SANITATION);

        EditorView view = open(statementId, translator, Role.TRANSLATOR);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 1");
        view.editPane.target.setValue(SANITATION_FR);
        test(view.editPane.actions.confirm).click();

        RepetitionsDialog dialog = find(RepetitionsDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Apply to 1 repetition?");
        assertThat(dialog.question.getText()).contains("segment 3");
        assertThat(view.editPane.header.position.getText())
                .as("waits for the answer")
                .startsWith("Segment 1");
        test(dialog.apply).click();

        List<SegmentRow> rows = data.rows(statementId, UnLanguage.FR);
        assertThat(rows.get(2).target().text()).isEqualTo(SANITATION_FR);
        assertThat(rows.get(2).target().status()).isEqualTo(SegmentStatus.TRANSLATED);
        assertThat(rows.get(2).target().updatedBy()).isEqualTo(translator);
        assertThat(translations.history(rows.get(2).segmentId(), UnLanguage.FR)).hasSize(1);
        assertThat(view.editPane.header.position.getText()).as("then moves on").startsWith("Segment 2");
    }

    @Test
    void theShortcutsAreListedAndFreeOfOtherUses() {
        assertThat(Arrays.stream(ShortcutsDialog.SHORTCUTS).map(s -> s[0])).contains("Ctrl+1 … Ctrl+3");
        // no other editor shortcut takes Ctrl with a digit (Alt+1..9 insert terms)
        assertThat(Arrays.stream(ShortcutsDialog.SHORTCUTS).map(s -> s[0]))
                .filteredOn(k -> k.matches(".*Ctrl\\+[0-9].*"))
                .containsExactly("Ctrl+1 … Ctrl+3");
    }
}
