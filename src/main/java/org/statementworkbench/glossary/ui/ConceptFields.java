package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.TermDraft;

/** The concept-level fields of the editor: external id, subject fields (new ones typed in), definition, note, source. */
class ConceptFields extends FormLayout {

    final TextField externalId = new TextField("External id");
    final MultiSelectComboBox<String> subjects = new MultiSelectComboBox<>("Subject fields");
    final TextArea definition = new TextArea("Definition");
    final TextArea note = new TextArea("Note");
    final TextField source = new TextField("Source");

    private final List<String> knownSubjects;

    ConceptFields(List<String> subjectFields, boolean editable) {
        knownSubjects = new ArrayList<>(subjectFields);
        subjects.setItems(knownSubjects);
        subjects.setAllowCustomValue(true);
        subjects.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (value.isEmpty()) {
                return;
            }
            Set<String> chosen = new LinkedHashSet<>(subjects.getValue());
            known(List.of(value));
            chosen.add(value);
            subjects.setValue(chosen);
        });
        subjects.setHelperText(editable ? "Type a new subject field and press Enter to add it" : null);
        externalId.setHelperText(editable ? "Left empty, one is made" : null);
        definition.setMaxHeight("8em");
        note.setMaxHeight("8em");
        add(externalId, subjects, definition, note, source);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 3));
        setColspan(subjects, 2);
        externalId.setReadOnly(!editable);
        subjects.setReadOnly(!editable);
        definition.setReadOnly(!editable);
        note.setReadOnly(!editable);
        source.setReadOnly(!editable);
    }

    private void known(List<String> values) {
        List<String> added =
                values.stream().filter(v -> !knownSubjects.contains(v)).toList();
        if (!added.isEmpty()) {
            knownSubjects.addAll(added);
            subjects.setItems(knownSubjects);
        }
    }

    void fill(@Nullable GlossaryConcept c) {
        if (c != null) {
            known(c.subjectFields());
        }
        externalId.setValue(c == null ? "" : c.externalId());
        subjects.setValue(c == null ? Set.of() : new LinkedHashSet<>(c.subjectFields()));
        definition.setValue(c == null || c.definition() == null ? "" : c.definition());
        note.setValue(c == null || c.note() == null ? "" : c.note());
        source.setValue(c == null || c.source() == null ? "" : c.source());
    }

    ConceptDraft draft(@Nullable Long id, long version, List<TermDraft> terms) {
        return new ConceptDraft(
                id,
                version,
                blankToNull(externalId.getValue()),
                List.copyOf(subjects.getValue()),
                blankToNull(definition.getValue()),
                blankToNull(note.getValue()),
                blankToNull(source.getValue()),
                terms);
    }

    /** Whether these fields hold what the draft holds (blank and absent alike, subject fields in any order). */
    boolean sameAs(ConceptDraft d) {
        return same(externalId.getValue(), d.externalId())
                && subjects.getValue().equals(new HashSet<>(d.subjectFields()))
                && same(definition.getValue(), d.definition())
                && same(note.getValue(), d.note())
                && same(source.getValue(), d.source());
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
