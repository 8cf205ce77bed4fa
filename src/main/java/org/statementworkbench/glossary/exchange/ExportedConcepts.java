package org.statementworkbench.glossary.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.TermDraft;

/**
 * Stored concepts as exchange records: approved terms only (a concept without one is left out); the definition
 * at concept level in TBX, as the English one in CSV (its only definition column); a note or source of several
 * lines as several notes or sources, which an import joins again.
 */
public final class ExportedConcepts {

    private ExportedConcepts() {}

    public static List<TbxConcept> of(Collection<GlossaryConcept> concepts, ImportFormat format) {
        List<TbxConcept> out = new ArrayList<>(concepts.size());
        for (GlossaryConcept c : concepts) {
            List<TermDraft> terms = c.terms().stream()
                    .filter(t -> t.approval() == Approval.APPROVED)
                    .map(t -> t.toDraft().withId(null))
                    .toList();
            if (terms.isEmpty()) {
                continue;
            }
            Map<String, String> definitions =
                    c.definition() == null ? Map.of() : Map.of(format == ImportFormat.TBX ? "" : "en", c.definition());
            out.add(new TbxConcept(
                    c.externalId(), c.subjectFields(), definitions, lines(c.note()), lines(c.source()), terms));
        }
        return out;
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
