package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/** The glossary screen per role: translators search and read; glossary managers curate. */
@SpringBootTest
class GlossaryViewTest extends SignedInBrowserlessTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    TestData data;

    String tag = "";
    String manager = "";

    @BeforeEach
    void people() {
        tag = TestData.tag('v');
        manager = data.glossaryManager("gvm-" + tag, "Gloria Manager");
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
    }

    private GlossaryConcept ccpcj() {
        List<TermDraft> terms =
                new ArrayList<>(TestData.ccpcjTerms("Commission on Crime Prevention and Criminal Justice " + tag));
        terms.add(1, TermDraft.of("en", "CCPCJ", TermType.ACRONYM, UsageStatus.ADMITTED));
        terms.add(TestData.preferred("ru", "Комиссия по предупреждению преступности и уголовному правосудию"));
        terms.add(TestData.preferred("es", "Comisión de Prevención del Delito y Justicia Penal"));
        return glossary.create(new ConceptDraft(
                null,
                0,
                "ccpcj-" + tag,
                List.of("crime prevention " + tag),
                "Functional commission of ECOSOC",
                null,
                null,
                terms));
    }

    private GlossaryConcept simple(String id, String english) {
        return glossary.create(TestData.draft(id + "-" + tag, List.of(), null, TestData.preferred("en", english)));
    }

    private List<Long> shown(GlossaryView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).id())
                .toList();
    }

    private ConceptEditor openEditor(GlossaryView view, GlossaryConcept concept) {
        view.open(concept.id());
        return find(ConceptEditor.class).last();
    }

    /** Opens the glossary screen, then the editor of this concept. */
    private ConceptEditor openEditor(GlossaryConcept concept) {
        return openEditor(navigate(GlossaryView.class), concept);
    }

    /** Selects this concept in the list, as a click on its row does. */
    private static void select(GlossaryView view, GlossaryConcept concept) {
        view.grid.select(view.grid
                .getDataProvider()
                .fetch(new Query<>())
                .filter(c -> c.id() == concept.id())
                .findFirst()
                .orElseThrow());
    }

    private static TermEditor term(ConceptEditor editor, String language, int index) {
        return editor.terms.languages.stream()
                .filter(b -> b.language.equals(language))
                .findFirst()
                .orElseThrow()
                .terms
                .get(index);
    }

    @Test
    void aTranslatorSearchesFoldedInAnyLanguageAndCannotCurate() {
        GlossaryConcept c = ccpcj();
        String translator = data.translator("gvt-" + tag, "Tarek Translator", UnLanguage.AR, UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);
        GlossaryView view = navigate(GlossaryView.class);
        assertThat(view.newConcept.isVisible()).isFalse();
        assertThat(view.merge.isVisible()).isFalse();

        view.search.setValue("prevention du crime");
        assertThat(shown(view)).contains(c.id());
        assertThat(view.resultCount.getText()).matches("[1-9]\\d* concepts?");
        view.search.setValue("لَجْنَةُ مَنْعِ الجَرِيمَةِ");
        assertThat(shown(view)).contains(c.id());
        view.search.setValue("刑事司法");
        assertThat(shown(view)).contains(c.id());
        view.search.setValue("ccpcj");
        view.match.setValue(GlossaryView.WHOLE_WORDS);
        assertThat(shown(view)).contains(c.id());
        view.search.setValue("ccp");
        assertThat(shown(view)).doesNotContain(c.id());
        view.match.setValue(GlossaryView.STARTS_WITH);
        view.subject.setValue("crime prevention " + tag);
        assertThat(shown(view)).containsExactly(c.id());
        assertThat(GlossaryGrid.preferred(test(view.grid).getRow(0), UnLanguage.EN))
                .startsWith("Commission on Crime");
        assertThat(GlossaryGrid.others(test(view.grid).getRow(0), UnLanguage.EN))
                .isEqualTo("CCPCJ");

        ConceptEditor editor = openEditor(view, c);
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.retire.isVisible()).isFalse();
        assertThat(editor.mergeInto.isVisible()).isFalse();
        assertThat(editor.history.isVisible()).isTrue();
        assertThat(editor.fields.definition.isReadOnly()).isTrue();
        TermEditor arabic = term(editor, "ar", 0);
        assertThat(arabic.text.isReadOnly()).isTrue();
        assertThat(arabic.text.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.remove.isAttached()).isFalse();
        assertThat(editor.terms.languages).extracting(b -> b.language).startsWith("ar", "zh", "en", "fr", "ru", "es");
    }

    @Test
    void aManagerCreatesAConceptAndChangesATermsStatus() {
        simple("existing", "Member State " + tag);
        GlossaryView view = navigate(GlossaryView.class);
        test(view.newConcept).click();
        ConceptEditor editor = find(ConceptEditor.class).single();
        test(editor.fields.externalId).setValue("ms-" + tag);
        test(term(editor, "en", 0).text).setValue("member state " + tag);
        assertThat(term(editor, "en", 0).duplicates.getChildren()).isNotEmpty();
        test(term(editor, "fr", 0).text).setValue("État Membre");
        test(editor.save).click();

        GlossaryConcept saved = glossary.findByExternalId("ms-" + tag).orElseThrow();
        assertThat(saved.terms())
                .extracting(t -> t.languageTag() + ":" + t.text())
                .containsExactlyInAnyOrder("en:member state " + tag, "fr:État Membre");
        assertThat(editor.getHeaderTitle()).isEqualTo("Concept ms-" + tag);

        term(editor, "fr", 0).status.setValue(UsageStatus.DEPRECATED);
        test(editor.save).click();
        assertThat(glossary.find(saved.id())
                        .orElseThrow()
                        .terms(UnLanguage.FR)
                        .getFirst()
                        .status())
                .isEqualTo(UsageStatus.DEPRECATED);
        assertThat(editor.hasChanges()).isFalse();
    }

    @Test
    void aConflictShowsTheirChangeAndKeepsTheDraft() {
        GlossaryConcept c = ccpcj();
        ConceptEditor editor = openEditor(c);
        test(editor.fields.note).setValue("My note");

        var theirs = c.toDraft();
        glossary.update(new ConceptDraft(
                theirs.id(),
                theirs.version(),
                theirs.externalId(),
                theirs.subjectFields(),
                "Their definition",
                null,
                null,
                theirs.terms()));
        test(editor.save).click();

        assertThat(editor.conflict.isVisible()).isTrue();
        assertThat(editor.conflict.getElement().getTextRecursively()).contains("+ definition: Their definition");
        assertThat(editor.fields.note.getValue()).isEqualTo("My note");
        assertThat(editor.error.getText()).contains("not saved");
        assertThat(glossary.find(c.id()).orElseThrow().note()).isNull();

        editor.requestClose();
        var discard = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .single();
        assertThat(editor.isOpened()).isTrue();
        discard.close();

        test(editor.conflict.loadTheirs).click();
        assertThat(editor.fields.definition.getValue()).isEqualTo("Their definition");
        assertThat(editor.fields.note.getValue()).isEmpty();
        assertThat(editor.hasChanges()).isFalse();
    }

    @Test
    void aManagerMergesFromTheEditorWithAConceptPicker() {
        GlossaryConcept keep = simple("picker-keep", "General Assembly " + tag);
        GlossaryConcept duplicate = simple("picker-dup", "UNGA " + tag);
        ConceptEditor editor = openEditor(keep);
        test(editor.mergeInto).click();
        MergeConceptsDialog merge = find(MergeConceptsDialog.class).single();
        assertThat(merge.confirm.isEnabled()).isFalse();
        merge.picker.setValue(duplicate);
        assertThat(merge.keep.getValue().id()).isEqualTo(keep.id());
        test(merge.confirm).click();
        assertThat(glossary.find(duplicate.id()).orElseThrow().mergedInto()).isEqualTo(keep.id());
        assertThat(editor.isOpened()).isFalse();
    }

    @Test
    void aManagerRetiresRestoresMergesAndReadsTheHistory() {
        GlossaryConcept keep = simple("keep", "Economic and Social Council " + tag);
        GlossaryConcept duplicate = simple("dup", "ECOSOC " + tag);
        GlossaryView view = navigate(GlossaryView.class);
        view.search.setValue(tag);

        ConceptEditor editor = openEditor(view, keep);
        test(editor.retire).click();
        RetireDialog retire = find(RetireDialog.class).single();
        test(retire.confirm).click();
        assertThat(retire.reason.isInvalid()).isTrue();
        test(retire.reason).setValue("Duplicate entry");
        test(retire.confirm).click();
        assertThat(glossary.find(keep.id()).orElseThrow().retiredReason()).isEqualTo("Duplicate entry");
        assertThat(editor.status.getElement().getTextRecursively()).contains("Retired: Duplicate entry, by " + manager);
        assertThat(shown(view)).doesNotContain(keep.id());
        view.showRetired.setValue(true);
        assertThat(shown(view)).contains(keep.id());
        test(editor.restore).click();
        assertThat(glossary.find(keep.id()).orElseThrow().retired()).isFalse();
        editor.close();

        select(view, keep);
        select(view, duplicate);
        assertThat(view.merge.isEnabled()).isTrue();
        test(view.merge).click();
        MergeConceptsDialog merge = find(MergeConceptsDialog.class).single();
        merge.keep.setValue(merge.keep
                .getListDataView()
                .getItems()
                .filter(c -> c.id() == keep.id())
                .findFirst()
                .orElseThrow());
        test(merge.confirm).click();
        GlossaryConcept kept = glossary.find(keep.id()).orElseThrow();
        assertThat(kept.terms(UnLanguage.EN)).extracting(t -> t.text()).contains("ECOSOC " + tag);
        assertThat(glossary.find(duplicate.id()).orElseThrow().mergedInto()).isEqualTo(keep.id());

        ConceptEditor again = openEditor(view, kept);
        test(again.history).click();
        ConceptHistoryDialog history = find(ConceptHistoryDialog.class).single();
        String text = history.entries.getElement().getTextRecursively();
        assertThat(text).contains("merged", "restored", "retired", "created").contains("+ [en] ECOSOC " + tag);
    }
}
