package org.statementworkbench.terminology;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.TermEntry;

/**
 * Whether a target segment renders a concept that none of its term hits shows: a term of the concept inside a
 * longer term, or its words spread by coordination and insertions. Built for one segment when a source concept is
 * not among the target hits; computes the target's extra analysis only once, and only if needed.
 */
final class TargetRendering {

    private final TermMatcher target;
    private final String text;
    private final List<TermHit> hits;
    private final Set<Long> inSource;
    private @Nullable List<TermHit> allHits;
    private @Nullable List<Token> tokens;

    /** {@code hits}: the approved target hits; {@code inSource}: the concepts of the approved source hits. */
    TargetRendering(TermMatcher target, String text, List<TermHit> hits, Set<Long> inSource) {
        this.target = target;
        this.text = text;
        this.hits = hits;
        this.inSource = inSource;
    }

    /** Whether one of {@code terms}, the approved terms of {@code concept}, renders it in the segment. */
    boolean renders(long concept, List<TermEntry> terms) {
        return insideUnnamedTerm(concept) || terms.stream().anyMatch(t -> loosely(concept, t));
    }

    /**
     * A term of the concept inside (or across) a longer term that won the overlap, where that longer term's concept
     * is not named in the source: "combat terrorism" rendered "مكافحة الإرهاب" (counter-terrorism) does render
     * terrorism. Where the source names the longer concept too ("developing countries ... landlocked developing
     * countries"), the longer term renders that concept, not this one.
     */
    private boolean insideUnnamedTerm(long concept) {
        if (allHits == null) {
            allHits = target.findAll(text).stream().filter(h -> h.term().approved()).toList();
        }
        for (TermHit c : allHits) {
            if (c.term().conceptId() != concept || !TermChecker.ACCEPTED.contains(c.term().status())) {
                continue;
            }
            boolean covered = false;
            boolean unnamed = true;
            for (TermHit h : hits) {
                if (h.start() < c.end() && c.start() < h.end()) {
                    covered = true;
                    unnamed &= !inSource.contains(h.term().conceptId());
                }
            }
            if (covered && unnamed) {
                return true;
            }
        }
        return false;
    }

    /**
     * The term's words loosely (coordination, insertions): the words of other terms found in the segment do not
     * count, except those of terms that are part of this one ("التنمية المستدامة" in "الشراكة العالمية من أجل تحقيق
     * التنمية المستدامة").
     */
    private boolean loosely(long concept, TermEntry term) {
        if (tokens == null) {
            tokens = target.tokens(text);
        }
        Set<Long> parts = target.findAll(term.text()).stream().map(p -> p.term().conceptId())
                .collect(Collectors.toSet());
        List<TermHit> others = hits.stream()
                .filter(o -> o.term().conceptId() != concept && !parts.contains(o.term().conceptId())).toList();
        return target.containsLoosely(tokens, term.text(), TermChecker.MAX_GAP, others);
    }
}
