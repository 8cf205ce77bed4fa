package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcaster;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.terminology.TermChecker;
import org.statementworkbench.terminology.TermHit;
import org.statementworkbench.terminology.TerminologyIndex;
import org.statementworkbench.terminology.TerminologyUpdated;

/**
 * The terminology of the segment being edited: highlights the source's terms and the target's term issues in the
 * two editors, fills the {@link TerminologyPanel} with the concepts found (their terms to insert) and hands its
 * issues to the issues panel ({@link #result()}). Re-checks whenever the target text reaches the server (300 ms
 * after typing stops, on save, on a new segment) and when the glossary changed, in every open editor. One check
 * takes well under a millisecond; concepts are read from the glossary once per glossary revision.
 */
class SegmentTerminology {

    private static final Key[] DIGITS = {
        Key.DIGIT_1,
        Key.DIGIT_2,
        Key.DIGIT_3,
        Key.DIGIT_4,
        Key.DIGIT_5,
        Key.DIGIT_6,
        Key.DIGIT_7,
        Key.DIGIT_8,
        Key.DIGIT_9
    };

    final TerminologyPanel panel;
    private final TerminologyIndex index;
    private final GlossaryService glossary;
    private final SegmentEditor source;
    private final SegmentEditor target;
    private final TargetRanges targetRanges;
    private final Map<Long, Optional<GlossaryConcept>> concepts = new HashMap<>();
    private UnLanguage sourceLanguage = UnLanguage.EN;
    private UnLanguage targetLanguage = UnLanguage.FR;
    private TermChecker.SegmentResult result = new TermChecker.SegmentResult(List.of(), List.of(), List.of());

    SegmentTerminology(
            TerminologyIndex index,
            GlossaryService glossary,
            UiBroadcaster<TerminologyUpdated> updates,
            SegmentEditor source,
            SegmentEditor target,
            TargetRanges targetRanges) {
        this.index = index;
        this.targetRanges = targetRanges;
        this.glossary = glossary;
        this.source = source;
        this.target = target;
        this.panel = new TerminologyPanel(this::insert);
        target.addValueChangeListener(e -> recheck());
        updates.register(panel, event -> glossaryChanged());
        for (int i = 0; i < DIGITS.length; i++) {
            int n = i + 1;
            Shortcuts.addShortcutListener(panel, () -> panel.insert(n), DIGITS[i], KeyModifier.ALT);
        }
    }

    /** A new segment (or language) is shown in the editors. */
    void show(UnLanguage sourceLanguage, UnLanguage targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        recheck();
    }

    /** The term matchers were rebuilt: concepts may have changed too. */
    void glossaryChanged() {
        concepts.clear();
        recheck();
    }

    /** The result of the last check. */
    TermChecker.SegmentResult result() {
        return result;
    }

    void recheck() {
        var src = new MarkedOffsets(source.getValue());
        var tgt = new MarkedOffsets(target.getValue());
        result = index.checker(sourceLanguage, targetLanguage).check(src.plain(), tgt.plain());
        List<TermHit> sourceHits = index.matcher(sourceLanguage).find(src.plain());
        List<TermHit> targetHits = tgt.plain().isBlank()
                ? List.of()
                : index.matcher(targetLanguage).find(tgt.plain());
        Map<Long, TerminologyPanel.ConceptCard> cards = new LinkedHashMap<>();
        for (TermHit h : sourceHits) {
            cards.computeIfAbsent(h.term().conceptId(), id -> card(id, sourceHits));
        }
        List<TerminologyPanel.ConceptCard> inSource = new ArrayList<>(cards.values());
        for (TermHit h : targetHits) {
            cards.computeIfAbsent(h.term().conceptId(), id -> card(id, targetHits));
        }
        var highlighter = new TermHighlighter(result.issues(), cards);
        source.setRanges(highlighter.source(src, sourceHits));
        targetRanges.terms(highlighter.target(tgt, targetHits));
        panel.show(inSource, targetLanguage);
    }

    private void insert(String term) {
        if (!target.isReadOnly()) {
            target.insertAtCursor(term);
        }
    }

    private TerminologyPanel.ConceptCard card(long conceptId, List<TermHit> hits) {
        List<TermHit> own =
                hits.stream().filter(h -> h.term().conceptId() == conceptId).toList();
        boolean proposed = own.stream().noneMatch(h -> h.term().approved());
        String found = own.isEmpty() ? "" : own.getFirst().term().text();
        String externalId = own.isEmpty() ? "" : own.getFirst().term().conceptExternalId();
        return concept(conceptId)
                .map(c -> new TerminologyPanel.ConceptCard(
                        conceptId,
                        c.externalId(),
                        proposed,
                        c.preferred(sourceLanguage).map(GlossaryTerm::text).orElse(found),
                        targetTerms(c),
                        c.definition()))
                .orElseGet(() ->
                        new TerminologyPanel.ConceptCard(conceptId, externalId, proposed, found, List.of(), null));
    }

    /** Approved preferred, admitted, then proposed, then the ones not to use. */
    private List<TerminologyPanel.TargetTerm> targetTerms(GlossaryConcept concept) {
        return concept.terms(targetLanguage).stream()
                .filter(t -> t.approval() != Approval.REJECTED)
                .map(t -> new TerminologyPanel.TargetTerm(t.text(), t.status(), t.approval() == Approval.APPROVED))
                .sorted(Comparator.comparingInt(SegmentTerminology::rank))
                .toList();
    }

    private static int rank(TerminologyPanel.TargetTerm t) {
        if (t.insertable()) {
            return t.status().ordinal();
        }
        return t.approved() ? 200 : 100;
    }

    private Optional<GlossaryConcept> concept(long id) {
        Optional<GlossaryConcept> known = concepts.get(id);
        if (known == null) {
            try {
                known = glossary.find(id);
            } catch (AccessDeniedException | AuthenticationException e) {
                return Optional.empty();
            }
            concepts.put(id, known);
        }
        return known;
    }
}
