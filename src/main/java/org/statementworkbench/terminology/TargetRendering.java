package org.statementworkbench.terminology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Per concept, whether it is rendered: a concept named several times in the source is looked for once. */
    private final Map<Long, Boolean> rendered = new HashMap<>();

    private @Nullable Map<Long, List<TermHit>> allHits;
    private @Nullable HitSpans hitSpans;
    private LooseTermSearch.@Nullable Text words;

    /** {@code hits}: the approved target hits; {@code inSource}: the concepts of the approved source hits. */
    TargetRendering(TermMatcher target, String text, List<TermHit> hits, Set<Long> inSource) {
        this.target = target;
        this.text = text;
        this.hits = hits;
        this.inSource = inSource;
    }

    /** Whether one of {@code terms}, the approved terms of {@code concept} (always the same ones), renders it. */
    boolean renders(long concept, List<TermEntry> terms) {
        return rendered.computeIfAbsent(
                concept, c -> insideUnnamedTerm(concept) || terms.stream().anyMatch(t -> loosely(concept, t)));
    }

    /**
     * A term of the concept inside (or across) a longer term that won the overlap, where that longer term's concept
     * is not named in the source: "combat terrorism" rendered "مكافحة الإرهاب" (counter-terrorism) does render
     * terrorism. Where the source names the longer concept too ("developing countries ... landlocked developing
     * countries"), the longer term renders that concept, not this one.
     */
    private boolean insideUnnamedTerm(long concept) {
        Map<Long, List<TermHit>> all = allHits;
        HitSpans spans = hitSpans;
        if (all == null || spans == null) {
            all = target.findAll(text).stream()
                    .filter(h -> h.term().approved())
                    .collect(Collectors.groupingBy(h -> h.term().conceptId()));
            spans = new HitSpans(hits);
            allHits = all;
            hitSpans = spans;
        }
        for (TermHit c : all.getOrDefault(concept, List.of())) {
            if (!TermChecker.ACCEPTED.contains(c.term().status())) {
                continue;
            }
            List<TermHit> covering = spans.overlapping(c.start(), c.end());
            if (!covering.isEmpty()
                    && covering.stream()
                            .noneMatch(h -> inSource.contains(h.term().conceptId()))) {
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
        LooseTermSearch.Text index = words;
        if (index == null) {
            index = target.looseIndex(target.tokens(text), hits);
            words = index;
        }
        Set<Long> parts = target.findAll(term.text()).stream()
                .map(p -> p.term().conceptId())
                .collect(Collectors.toSet());
        return index.contains(
                term.text(),
                TermChecker.MAX_GAP,
                o -> o.term().conceptId() != concept && !parts.contains(o.term().conceptId()));
    }
}
