package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * Runs the terminology checks ({@link TermCheck}) on a pair of languages. Only approved terms are enforced; proposed
 * ones are found by the matchers but never raise an issue. Immutable and thread-safe.
 */
public final class TermChecker {

    static final Set<UsageStatus> ACCEPTED = Set.of(UsageStatus.PREFERRED, UsageStatus.ADMITTED);
    /** Words allowed between two words of a term before it counts as missing (coordination, insertions). */
    static final int MAX_GAP = 3;

    private final TermMatcher source;
    private final TermMatcher target;
    /** Per concept, its approved preferred and admitted terms, preferred first (what a translation may use). */
    private final Map<Long, List<TermEntry>> sourceTerms;

    private final Map<Long, List<TermEntry>> targetTerms;

    /** {@code sourceTerms}/{@code targetTerms}: the terms each matcher was built from. */
    public TermChecker(
            TermMatcher source, List<TermEntry> sourceTerms, TermMatcher target, List<TermEntry> targetTerms) {
        this.source = source;
        this.target = target;
        this.sourceTerms = byConcept(sourceTerms);
        this.targetTerms = byConcept(targetTerms);
    }

    private static Map<Long, List<TermEntry>> byConcept(List<TermEntry> terms) {
        return terms.stream()
                .filter(t -> t.approval() == Approval.APPROVED && ACCEPTED.contains(t.status()))
                .sorted(Comparator.comparingInt(t -> t.status() == UsageStatus.PREFERRED ? 0 : 1))
                .collect(Collectors.groupingBy(TermEntry::conceptId));
    }

    private static List<TermEntry> accepted(Map<Long, List<TermEntry>> terms, long conceptId) {
        return terms.getOrDefault(conceptId, List.of());
    }

    /** The result of checking one segment: the issues and the approved source hits (for term.inconsistent). */
    public record SegmentResult(List<Issue> issues, List<TermHit> sourceHits, List<TermHit> targetHits) {}

    /** Checks one segment; an empty target is not checked (nothing is translated yet). */
    public SegmentResult check(String sourceText, String targetText) {
        List<TermHit> sourceHits = approved(source.find(sourceText));
        List<TermHit> targetHits = targetText.isBlank() ? List.of() : approved(target.find(targetText));
        List<Issue> issues = new ArrayList<>();
        for (TermHit h : sourceHits) {
            if (!ACCEPTED.contains(h.term().status())) {
                issues.add(TermCheck.SOURCE_DEPRECATED.issue(
                        "“" + h.found() + "” is " + status(h.term().status()) + replacement(sourceTerms, h), h, true));
            }
        }
        if (targetText.isBlank()) {
            return new SegmentResult(issues, sourceHits, targetHits);
        }
        Map<Long, List<TermHit>> inTarget =
                targetHits.stream().collect(Collectors.groupingBy(h -> h.term().conceptId()));
        for (TermHit h : targetHits) {
            if (!ACCEPTED.contains(h.term().status())) {
                issues.add(TermCheck.FORBIDDEN.issue(
                        "“" + h.found() + "” is " + status(h.term().status()) + replacement(targetTerms, h), h, false));
            }
        }
        // a source term shared by several concepts (a homonym) is rendered if any of its concepts is
        Map<String, List<TermHit>> bySpan = new LinkedHashMap<>();
        for (TermHit h : sourceHits) {
            bySpan.computeIfAbsent(h.start() + ":" + h.end(), k -> new ArrayList<>())
                    .add(h);
        }
        Set<Long> reported = new HashSet<>();
        Set<Long> inSource = sourceHits.stream().map(h -> h.term().conceptId()).collect(Collectors.toSet());
        TargetRendering rendering = null;
        for (List<TermHit> senses : bySpan.values()) {
            List<TermHit> expected = senses.stream()
                    .filter(h -> !accepted(targetTerms, h.term().conceptId()).isEmpty())
                    .toList();
            if (expected.isEmpty()) {
                continue;
            }
            // rendered, or a forbidden term that term.forbidden reports
            boolean satisfied = expected.stream()
                    .anyMatch(h -> inTarget.containsKey(h.term().conceptId()));
            if (!satisfied) {
                if (rendering == null) {
                    rendering = new TargetRendering(target, targetText, targetHits, inSource);
                }
                TargetRendering r = rendering;
                satisfied = expected.stream()
                        .anyMatch(h -> r.renders(
                                h.term().conceptId(),
                                accepted(targetTerms, h.term().conceptId())));
            }
            TermHit h = expected.get(0);
            if (!satisfied && reported.add(h.term().conceptId())) {
                issues.add(TermCheck.MISSING.issue(
                        "“" + h.found() + "” should be translated as "
                                + quoted(accepted(targetTerms, h.term().conceptId())) + ".",
                        h,
                        true));
            }
        }
        issues.sort(Comparator.comparingInt(TermChecker::position));
        return new SegmentResult(issues, sourceHits, targetHits);
    }

    /**
     * term.inconsistent over a statement: for each concept rendered by more than one approved full form, every
     * occurrence of a term other than the one used most often (earliest on a tie). Returns issues per segment index.
     */
    public static Map<Integer, List<Issue>> inconsistencies(List<List<TermHit>> targetHitsPerSegment) {
        Map<Long, Map<Long, Integer>> uses = new HashMap<>();
        Map<Long, TermEntry> terms = new HashMap<>();
        for (List<TermHit> hits : targetHitsPerSegment) {
            for (TermHit h : hits) {
                if (ACCEPTED.contains(h.term().status()) && h.term().approved() && fullForm(h.term())) {
                    uses.computeIfAbsent(h.term().conceptId(), k -> new LinkedHashMap<>())
                            .merge(h.term().termId(), 1, Integer::sum);
                    terms.put(h.term().termId(), h.term());
                }
            }
        }
        Map<Long, Long> usual = new HashMap<>();
        uses.forEach((concept, counts) -> {
            if (counts.size() > 1) {
                usual.put(
                        concept,
                        counts.entrySet().stream()
                                .max(Map.Entry.comparingByValue())
                                .orElseThrow()
                                .getKey());
            }
        });
        Map<Integer, List<Issue>> out = new LinkedHashMap<>();
        for (int i = 0; i < targetHitsPerSegment.size(); i++) {
            for (TermHit h : targetHitsPerSegment.get(i)) {
                Long main = usual.get(h.term().conceptId());
                if (main != null
                        && main != h.term().termId()
                        && ACCEPTED.contains(h.term().status())) {
                    TermEntry usualTerm = Objects.requireNonNull(terms.get(main), "usual term not among the hits");
                    out.computeIfAbsent(i, k -> new ArrayList<>())
                            .add(TermCheck.INCONSISTENT.issue(
                                    "“" + h.found() + "” and “" + usualTerm.text()
                                            + "” render the same concept in this statement; use one of them throughout.",
                                    h,
                                    false));
                }
            }
        }
        return out;
    }

    /** Acronyms and short forms beside a full form are usual UN style, not an inconsistency. */
    private static boolean fullForm(TermEntry t) {
        return t.type() == TermType.FULL_FORM || t.type() == TermType.VARIANT || t.type() == TermType.PHRASE;
    }

    private static List<TermHit> approved(List<TermHit> hits) {
        return hits.stream().filter(h -> h.term().approved()).toList();
    }

    private static String replacement(Map<Long, List<TermEntry>> terms, TermHit h) {
        List<TermEntry> use = accepted(terms, h.term().conceptId());
        return use.isEmpty() ? "; there is no approved replacement yet." : ": use " + quoted(use) + ".";
    }

    private static String quoted(List<TermEntry> terms) {
        return terms.stream().map(t -> "“" + t.text() + "”").distinct().collect(Collectors.joining(" or "));
    }

    private static String status(UsageStatus s) {
        return switch (s) {
            case DEPRECATED -> "deprecated";
            case SUPERSEDED -> "superseded";
            case FORBIDDEN -> "forbidden";
            default -> "admitted";
        };
    }

    private static int position(Issue i) {
        return i.source() != null
                ? i.source().start()
                : i.target() == null ? 0 : 100_000 + i.target().start();
    }
}
