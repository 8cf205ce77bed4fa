package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.ui.ImmediateUi;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.importing.TextRun;
import org.statementworkbench.terminology.TerminologyIndex;
import org.statementworkbench.terminology.TerminologyUpdated;

/**
 * The editor's terminology: source terms highlighted where the editor shows them (bold text included), target term
 * issues underlined and listed, approved terms inserted at the cursor, proposed terms as hints only, and a glossary
 * change reaching an open editor without a reload.
 */
@SpringBootTest
class TerminologyPanelTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    GlossaryService glossary;

    @Autowired
    TermProposalService proposals;

    @Autowired
    GlossaryTerms glossaryTerms;

    @Autowired
    TerminologyIndex index;

    @Autowired
    UiBroadcasts broadcasts;

    String tag = "";
    String translator = "";
    String reviewer = "";
    long statementId;
    GlossaryConcept treaty;
    GlossaryConcept fund;
    TermProposal gizmo;

    @BeforeEach
    void glossaryAndStatement() {
        tag = TestData.letterTag('q');
        translator = "terms-fr-" + tag;
        reviewer = "terms-rev-" + tag;
        data.translator(translator, "Claire Dubois", UnLanguage.FR, UnLanguage.AR);
        data.glossaryManager(reviewer, "Rui Costa");
        treaty = concept(
                "A treaty on widgets.",
                TestData.preferred("en", "Widget Treaty " + tag),
                TestData.term("fr", "Accord des gadgets " + tag, UsageStatus.FORBIDDEN),
                TestData.preferred("fr", "Traité sur les gadgets " + tag));
        fund = concept(
                "A fund for doohickeys.",
                TestData.preferred("en", "Doohickey Fund " + tag),
                TestData.term("fr", "Caisse des bidules " + tag, UsageStatus.ADMITTED),
                TestData.preferred("fr", "Fonds des bidules " + tag));
        TestSignIn.as(translator, Role.TRANSLATOR);
        gizmo = proposals.propose(new ProposalRequest(
                null, "en", "Gizmo Accord " + tag, "fr", "Accord gizmo " + tag, null, null, null, null, null, null));
        statementId = data.statement("Terms " + tag)
                .body("Security Council")
                .by("Thailand")
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraph(
                        TextRun.plain("The Security Council welcomes the "),
                        TextRun.bold("Widget Treaty " + tag),
                        TextRun.plain(", the Doohickey Fund " + tag + " and the Gizmo Accord " + tag + "."))
                .create();
        waitUntil(() -> index.revision() >= glossaryTerms.revision());
    }

    private GlossaryConcept concept(String definition, TermDraft... terms) {
        return data.concept(ConceptDraft.newConcept(List.of("test"), definition, List.of(terms)));
    }

    /** Waits (at most 5 s) until the background work (index, broadcasts) brings this condition about. */
    private static void waitUntil(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }

    private EditorView openInFrench() {
        EditorView view = navigate(EditorView.class, statementId);
        view.toolbar.language.setValue(UnLanguage.FR);
        return view;
    }

    /** The range painted over exactly this text of the editor. */
    private static HighlightRange rangeOver(SegmentEditor editor, String text) {
        return editor.getRanges().stream()
                .filter(r -> editor.getValue().substring(r.start(), r.end()).equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No range over “" + text + "” in " + editor.getRanges()));
    }

    /** The issues of the current segment about this concept (term issues name it by its external id). */
    private List<Issue> issuesOf(EditorView view, long conceptId) {
        String externalId = externalIdOf(conceptId);
        return view.terminology.result().issues().stream()
                .filter(i -> externalId.equals(i.subject()))
                .toList();
    }

    private String externalIdOf(long conceptId) {
        return glossary.find(conceptId).orElseThrow().externalId();
    }

    @Test
    void sourceTermsAreHighlightedOverTheTextTheEditorShowsBoldIncluded() {
        EditorView view = openInFrench();
        SegmentEditor source = view.editPane.source;
        assertThat(source.getValue()).contains("**Widget Treaty " + tag + "**");

        HighlightRange widget = rangeOver(source, "Widget Treaty " + tag);
        assertThat(widget.kind()).isEqualTo(HighlightKind.TERM_HIT);
        assertThat(widget.message()).isEqualTo("Concept: Widget Treaty " + tag + " → Traité sur les gadgets " + tag);
        assertThat(rangeOver(source, "Doohickey Fund " + tag).message())
                .isEqualTo("Concept: Doohickey Fund " + tag + " → Fonds des bidules " + tag + ", Caisse des bidules "
                        + tag);
        HighlightRange proposed = rangeOver(source, "Gizmo Accord " + tag);
        assertThat(proposed.kind()).isEqualTo(HighlightKind.TERM_HINT);
        assertThat(proposed.message())
                .isEqualTo("Proposed term (not yet approved): Gizmo Accord " + tag + " → Accord gizmo " + tag
                        + " (proposed)");
        // an empty target is not checked yet
        assertThat(view.terminology.result().issues()).isEmpty();
        assertThat(view.editPane.target.getRanges()).isEmpty();
    }

    @Test
    void thePanelListsEachConceptWithItsTargetTermsAndDefinition() {
        EditorView view = openInFrench();
        TerminologyPanel panel = view.terminology.panel;
        assertThat(panel.isOpened()).isTrue();
        String text = panel.concepts.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Widget Treaty " + tag,
                        "A treaty on widgets.",
                        "forbidden, do not use",
                        "Doohickey Fund " + tag,
                        "A fund for doohickeys.",
                        "Gizmo Accord " + tag,
                        "proposed, not yet approved");
        // approved preferred terms first, then admitted; forbidden and proposed terms cannot be inserted
        List<String> insertable =
                panel.insertButtons.stream().map(Button::getText).toList();
        int treatyAt = insertable.indexOf("Traité sur les gadgets " + tag);
        assertThat(insertable.subList(treatyAt, treatyAt + 3))
                .containsExactly(
                        "Traité sur les gadgets " + tag, "Fonds des bidules " + tag, "Caisse des bidules " + tag);
        assertThat(insertable).doesNotContain("Accord des gadgets " + tag, "Accord gizmo " + tag);
        assertThat(targetTermsOfThisTest(panel).map(e -> e.getAttribute("lang")))
                .containsOnly("fr");

        view.toolbar.language.setValue(UnLanguage.AR);
        assertThat(targetTermsOfThisTest(panel).map(e -> e.getAttribute("dir"))).containsOnly("rtl");
    }

    /** The element of the target terms of each of this test's concepts in the panel. */
    private Stream<Element> targetTermsOfThisTest(TerminologyPanel panel) {
        return panel.concepts
                .getElement()
                .getChildren()
                .filter(e -> e.getTextRecursively().contains(tag))
                .map(e -> e.getChild(1));
    }

    @Test
    void targetIssuesAreUnderlinedAndListedWhileProposedTermsStayHints() {
        EditorView view = openInFrench();
        SegmentEditor target = view.editPane.target;
        target.setValue(
                "Le Conseil de sécurité salue l'Accord des gadgets " + tag + " et l'**Accord gizmo " + tag + "**.");

        HighlightRange forbidden = rangeOver(target, "Accord des gadgets " + tag);
        assertThat(forbidden.kind()).isEqualTo(HighlightKind.TERM_ERROR);
        assertThat(forbidden.message())
                .isEqualTo("“Accord des gadgets " + tag + "” is forbidden: use “Traité sur les " + "gadgets " + tag
                        + "”.");
        assertThat(rangeOver(target, "Accord gizmo " + tag).kind()).isEqualTo(HighlightKind.TERM_HINT);

        HighlightRange missing = rangeOver(view.editPane.source, "Doohickey Fund " + tag);
        assertThat(missing.kind()).isEqualTo(HighlightKind.TERM_MISSING);
        assertThat(issuesOf(view, fund.id())).singleElement().satisfies(i -> {
            assertThat(i.check()).hasToString("term.missing");
            assertThat(i.message()).isEqualTo(missing.message()).contains("“Fonds des bidules " + tag + "” or");
        });
        // listed once, in the issues panel; the terminology panel shows the concepts and their terms
        assertThat(view.panes.issues.panel.groups.getElement().getTextRecursively())
                .contains(missing.message(), forbidden.message());
        assertThat(view.terminology.panel.getElement().getTextRecursively())
                .doesNotContain(missing.message(), forbidden.message());
        assertThat(view.terminology.panel.summaryText.getText()).doesNotContain("issue");
        // the proposed term is neither required nor checked
        assertThat(issuesOf(view, gizmo.conceptId())).isEmpty();

        // fixing the translation clears its issues
        target.setValue("Le Conseil de sécurité salue le Traité sur les gadgets " + tag + ", le Fonds des bidules "
                + tag + " et l'Accord gizmo " + tag + ".");
        assertThat(issuesOf(view, treaty.id())).isEmpty();
        assertThat(issuesOf(view, fund.id())).isEmpty();
        assertThat(rangeOver(target, "Fonds des bidules " + tag).kind()).isEqualTo(HighlightKind.TERM_HIT);
    }

    @Test
    void clickingAnApprovedTermOrAltDigitInsertsItAtTheCursor() throws ReflectiveOperationException {
        EditorView view = openInFrench();
        TerminologyPanel panel = view.terminology.panel;
        insertedTerms(view);
        Button fonds = panel.insertButtons.stream()
                .filter(b -> b.getText().equals("Fonds des bidules " + tag))
                .findFirst()
                .orElseThrow();
        test(fonds).click();
        assertThat(insertedTerms(view)).containsExactly("Fonds des bidules " + tag);

        int n = panel.insertButtons.indexOf(fonds) + 1;
        assertThat(fonds.getElement().getAttribute("aria-label")).endsWith("(Alt+" + n + ")");
        fireShortcut((Key) Key.class.getField("DIGIT_" + n).get(null), KeyModifier.ALT);
        assertThat(insertedTerms(view)).containsExactly("Fonds des bidules " + tag);
        assertThat(java.util.Arrays.stream(ShortcutsDialog.SHORTCUTS).map(s -> s[0]))
                .contains("Alt+1 … Alt+9");
    }

    /** The texts the server asked the target editor's element to insert at the cursor since the last call. */
    private List<String> insertedTerms(EditorView view) {
        return calls(view.editPane.target, "insertAtCursor").stream()
                .map(call -> String.valueOf(call.getParameters().get(1)))
                .toList();
    }

    @Test
    void anApprovedProposalReachesTheOpenEditorWithoutAReload() {
        EditorView view = openInFrench();
        view.editPane.target.setValue("Le Conseil de sécurité salue le Traité sur les gadgets " + tag + ".");
        assertThat(rangeOver(view.editPane.source, "Gizmo Accord " + tag).kind())
                .isEqualTo(HighlightKind.TERM_HINT);
        assertThat(issuesOf(view, fund.id())).hasSize(1);

        List<TerminologyUpdated> heard = new CopyOnWriteArrayList<>();
        var registration = broadcasts.register(TerminologyUpdated.class, new ImmediateUi(), Echo.DELIVER, heard::add);
        try {
            TestSignIn.as(reviewer, Role.GLOSSARY_MANAGER);
            TermProposal decided = proposals.decide(gizmo.id(), gizmo.version(), true, null);
            long revision = glossaryTerms.revision();
            TestSignIn.as(translator, Role.TRANSLATOR);
            waitUntil(() -> heard.stream().anyMatch(e -> e.revision() >= revision));
            assertThat(decided.conceptId()).isEqualTo(gizmo.conceptId());
        } finally {
            registration.remove();
        }
        // the editor's update was queued with ui.access while this test holds the session: run it as push would
        runUiUpdatesUntil(() ->
                !rangeOver(view.editPane.source, "Gizmo Accord " + tag).kind().equals(HighlightKind.TERM_HINT));
        // approved now: enforced, and missing from this translation
        HighlightRange approved = rangeOver(view.editPane.source, "Gizmo Accord " + tag);
        assertThat(approved.kind()).isEqualTo(HighlightKind.TERM_MISSING);
        assertThat(approved.message())
                .isEqualTo("“Gizmo Accord " + tag + "” should be translated as “Accord gizmo " + tag + "”.");
        assertThat(issuesOf(view, gizmo.conceptId()))
                .singleElement()
                .satisfies(i -> assertThat(i.check()).hasToString("term.missing"));
        assertThat(view.terminology.panel.insertButtons)
                .extracting(Button::getText)
                .contains("Accord gizmo " + tag);
    }
}
