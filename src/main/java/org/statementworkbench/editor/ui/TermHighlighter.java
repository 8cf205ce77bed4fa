package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.terminology.TermCheck;
import org.statementworkbench.terminology.TermHit;

/**
 * Turns the terminology of one segment (its issues and the cards of its concepts) into the highlight ranges of its
 * source and target editors: approved terms as {@code term-hit}, proposed ones as {@code term-hint} (never an
 * issue), a source term whose approved rendering the target lacks as {@code term-missing}, and a forbidden target
 * term as {@code term-error}. Offsets found in the plain text are mapped back to the marked text the editors hold.
 */
record TermHighlighter(List<Issue> issues, Map<Long, TerminologyPanel.ConceptCard> concepts) {

    List<HighlightRange> source(MarkedOffsets text, List<TermHit> hits) {
        List<HighlightRange> ranges = new ArrayList<>();
        for (TermHit h : hits) {
            String id = "src-" + ranges.size();
            int start = text.start(h.start());
            int end = text.end(h.end());
            Issue missing = issueAt(issues, TermCheck.MISSING, h, true);
            Issue deprecated = issueAt(issues, TermCheck.SOURCE_DEPRECATED, h, true);
            if (!h.term().approved()) {
                ranges.add(new HighlightRange(id, start, end, HighlightKind.TERM_HINT, hint(h, concepts)));
            } else if (missing != null) {
                ranges.add(new HighlightRange(id, start, end, HighlightKind.TERM_MISSING, missing.message()));
            } else {
                ranges.add(new HighlightRange(
                        id,
                        start,
                        end,
                        HighlightKind.TERM_HIT,
                        concept(h, concepts) + (deprecated == null ? "" : " " + deprecated.message())));
            }
        }
        return ranges;
    }

    List<HighlightRange> target(MarkedOffsets text, List<TermHit> hits) {
        List<HighlightRange> ranges = new ArrayList<>();
        for (Issue i : issues) {
            if (i.target() != null) {
                ranges.add(new HighlightRange(
                        "tgt-" + ranges.size(),
                        text.start(i.target().start()),
                        text.end(i.target().end()),
                        HighlightKind.TERM_ERROR,
                        i.message()));
            }
        }
        for (TermHit h : hits) {
            boolean flagged = issues.stream()
                    .anyMatch(i -> i.target() != null
                            && i.target().start() == h.start()
                            && i.target().end() == h.end());
            if (!flagged) {
                ranges.add(new HighlightRange(
                        "tgt-" + ranges.size(),
                        text.start(h.start()),
                        text.end(h.end()),
                        h.term().approved() ? HighlightKind.TERM_HIT : HighlightKind.TERM_HINT,
                        h.term().approved() ? concept(h, concepts) : hint(h, concepts)));
            }
        }
        return ranges;
    }

    private static @Nullable Issue issueAt(List<Issue> issues, TermCheck check, TermHit h, boolean source) {
        return issues.stream()
                .filter(i ->
                        check.raised(i) && Objects.equals(i.subject(), h.term().conceptExternalId()))
                .filter(i -> {
                    Span s = source ? i.source() : i.target();
                    return s != null && s.start() == h.start() && s.end() == h.end();
                })
                .findFirst()
                .orElse(null);
    }

    /** "Concept: Security Council → Conseil de sécurité". */
    static String concept(TermHit h, Map<Long, TerminologyPanel.ConceptCard> concepts) {
        TerminologyPanel.ConceptCard card = concepts.get(h.term().conceptId());
        if (card == null) {
            return "Concept: " + h.term().text();
        }
        String targets = card.targetTerms().stream()
                .filter(TerminologyPanel.TargetTerm::insertable)
                .map(TerminologyPanel.TargetTerm::text)
                .collect(Collectors.joining(", "));
        return "Concept: " + card.sourceTerm() + " → " + (targets.isEmpty() ? "no approved term yet" : targets);
    }

    /** "Proposed term (not yet approved): …", with the concept's approved or proposed target terms if any. */
    static String hint(TermHit h, Map<Long, TerminologyPanel.ConceptCard> concepts) {
        TerminologyPanel.ConceptCard card = concepts.get(h.term().conceptId());
        String targets = card == null
                ? ""
                : card.targetTerms().stream()
                        .filter(t -> !t.doNotUse())
                        .map(t -> t.text() + (t.approved() ? "" : " (proposed)"))
                        .collect(Collectors.joining(", "));
        return "Proposed term (not yet approved): " + h.found() + (targets.isEmpty() ? "" : " → " + targets);
    }
}
