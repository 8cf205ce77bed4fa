package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.UsageStatus;

/**
 * How well the terminology checks work on real UN text: the shipped glossary against the SDG goals, targets and
 * indicators in the six languages (aligned by key), for en to each other language and back. A "term hit" is a
 * source occurrence of a concept with approved preferred or admitted terms in the target language. On these correct
 * human translations a term.missing is a false alarm, unless the target sentence really does not render the concept
 * (src/test/resources/terminology/sdg-unrendered.tsv, each case with its reason): then it is a correct alarm. Both
 * the false-alarm rate and the raw rate (every term.missing) are printed and guarded. Then, wherever the target does
 * use the concept's term, it is replaced by a wrong term (a deprecated variant if the concept has one, else another
 * concept's preferred term): term.missing or term.forbidden must then flag the concept.
 */
class SdgTermAccuracyTest {

    private static final Set<UsageStatus> ACCEPTED = Set.of(UsageStatus.PREFERRED, UsageStatus.ADMITTED);
    /**
     * Guards just above the false-alarm rates reached (issue 5 asks for at most 3 % in every pair), so that a
     * regression fails; and the same for the raw rates, correct alarms included.
     */
    private static final Map<String, Double> FALSE_ALARM_GUARD = Map.of(
            "en->ar", 0.023, "ar->en", 0.028, "en->zh", 0.023, "zh->en", 0.017, "en->fr", 0.028, "fr->en", 0.025,
            "en->es", 0.014, "es->en", 0.009, "en->ru", 0.017, "ru->en", 0.030);

    private static final Map<String, Double> RAW_GUARD = Map.of(
            "en->ar", 0.031, "ar->en", 0.047, "en->zh", 0.039, "zh->en", 0.025, "en->fr", 0.067, "fr->en", 0.031,
            "en->es", 0.023, "es->en", 0.009, "en->ru", 0.042, "ru->en", 0.066);
    private static final int MAX_UNRENDERED_LINES = 40;
    private static SdgCorpus corpus;
    private static ShippedTerms shipped;
    private static UnrenderedCases unrendered;

    @BeforeAll
    static void load() {
        corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        shipped = ShippedTerms.get();
        unrendered = UnrenderedCases.load();
    }

    record Pair(String source, String target) {
        @Override
        public String toString() {
            return source + "->" + target;
        }
    }

    /** A term.missing raised on a term hit: SDG key, concept id, the source words. */
    record Alarm(String key, String concept, String found) {
        @Override
        public String toString() {
            return key + " " + concept + " (" + found + ")";
        }
    }

    /** The term hits of a pair, the term.missing raised on them, and those the target really does not render. */
    record Score(int termHits, List<Alarm> alarms, List<Alarm> correct) {
        List<Alarm> falseAlarms() {
            return alarms.stream().filter(a -> !correct.contains(a)).toList();
        }

        double falseAlarmRate() {
            return termHits == 0 ? 0 : (double) falseAlarms().size() / termHits;
        }

        double rawRate() {
            return termHits == 0 ? 0 : (double) alarms.size() / termHits;
        }
    }

    /** An SDG sentence (goal, target or indicator) in the two languages of a pair. */
    record Aligned(String key, String source, String target) {}

    /** The SDG sentences with a text in both languages of the pair, in key order. */
    static List<Aligned> aligned(Pair pair) {
        return corpus.sentences().keySet().stream()
                .map(key -> new Aligned(key, corpus.text(key, pair.source()), corpus.text(key, pair.target())))
                .filter(s -> !s.source().isBlank() && !s.target().isBlank())
                .toList();
    }

    static Score score(Pair pair) {
        TermChecker checker = shipped.checker(pair.source(), pair.target());
        Set<Long> hasTarget = shipped.byLanguage.get(pair.target()).stream()
                .filter(t -> ACCEPTED.contains(t.status()))
                .map(TermEntry::conceptId)
                .collect(Collectors.toSet());
        int hits = 0;
        List<Alarm> alarms = new ArrayList<>();
        List<Alarm> correct = new ArrayList<>();
        for (Aligned sentence : aligned(pair)) {
            TermChecker.SegmentResult result = checker.check(sentence.source(), sentence.target());
            Set<String> missed = result.issues().stream()
                    .filter(TermCheck.MISSING::raised)
                    .map(Issue::subject)
                    .collect(Collectors.toSet());
            for (TermHit h : result.sourceHits()) {
                if (hasTarget.contains(h.term().conceptId())) {
                    hits++;
                    if (missed.contains(h.term().conceptExternalId())) {
                        Alarm alarm = new Alarm(sentence.key(), h.term().conceptExternalId(), h.found());
                        alarms.add(alarm);
                        if (unrendered.covers(alarm.concept(), pair.target(), sentence.key())) {
                            correct.add(alarm);
                        }
                    }
                }
            }
        }
        return new Score(hits, alarms, correct);
    }

    private static Map<Pair, Score> scores;

    static synchronized Map<Pair, Score> scores() {
        if (scores == null) {
            scores = new LinkedHashMap<>();
            for (Pair p : pairs()) {
                scores.put(p, score(p));
            }
        }
        return scores;
    }

    /** {replaced, flagged}. */
    static int[] flaggedReplacements(Pair pair) {
        TermChecker checker = shipped.checker(pair.source(), pair.target());
        TermMatcher target = shipped.matchers.get(pair.target());
        List<TermEntry> terms = shipped.byLanguage.get(pair.target());
        List<TermEntry> preferred =
                terms.stream().filter(t -> t.status() == UsageStatus.PREFERRED).toList();
        int replaced = 0;
        int flagged = 0;
        for (Aligned sentence : aligned(pair)) {
            String source = sentence.source();
            String text = sentence.target();
            TermChecker.SegmentResult before = checker.check(source, text);
            Set<Long> inSource =
                    before.sourceHits().stream().map(h -> h.term().conceptId()).collect(Collectors.toSet());
            for (TermHit hit : before.targetHits()) {
                long concept = hit.term().conceptId();
                if (!inSource.contains(concept) || !ACCEPTED.contains(hit.term().status())) {
                    continue;
                }
                String wrong = terms.stream()
                        .filter(t -> t.conceptId() == concept && !ACCEPTED.contains(t.status()))
                        .map(TermEntry::text)
                        .findFirst()
                        .orElse(preferred
                                .get((int) ((concept * 7919) % preferred.size()))
                                .text());
                if (terms.stream()
                        .anyMatch(t ->
                                t.conceptId() == concept && t.text().equals(wrong) && ACCEPTED.contains(t.status()))) {
                    continue;
                }
                StringBuilder b = new StringBuilder(text);
                List<TermHit> same = before.targetHits().stream()
                        .filter(h -> h.term().conceptId() == concept)
                        .toList();
                for (int k = same.size() - 1; k >= 0; k--) {
                    b.replace(same.get(k).start(), same.get(k).end(), wrong);
                }
                replaced++;
                boolean noticed = checker.check(source, b.toString()).issues().stream()
                        .anyMatch(i -> hit.term().conceptExternalId().equals(i.subject())
                                && (TermCheck.MISSING.raised(i) || TermCheck.FORBIDDEN.raised(i)));
                if (noticed) {
                    flagged++;
                } else {
                    System.out.println("not flagged " + pair + " " + sentence.key() + " "
                            + hit.term().conceptExternalId() + ": " + b);
                }
            }
        }
        return new int[] {replaced, flagged};
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String l : List.of("ar", "zh", "fr", "es", "ru")) {
            pairs.add(new Pair("en", l));
            pairs.add(new Pair(l, "en"));
        }
        return pairs;
    }

    @Test
    void wrongOrDeprecatedTargetTermsAreFlagged() {
        StringBuilder table = new StringBuilder("\npair    replaced  flagged\n");
        Map<Pair, int[]> results = new LinkedHashMap<>();
        for (Pair p : pairs()) {
            int[] r = flaggedReplacements(p);
            results.put(p, r);
            table.append(String.format("%s->%s  %8d  %6.1f%%%n", p.source(), p.target(), r[0], 100.0 * r[1] / r[0]));
        }
        System.out.println(table);
        results.forEach((p, r) -> {
            assertThat(r[0]).as("%s replacements", p).isGreaterThan(100);
            assertThat((double) r[1] / r[0]).as("%s flagged", p).isGreaterThanOrEqualTo(0.99);
        });
    }

    @Test
    void falseAlarmsOnCorrectUnTranslations() {
        StringBuilder table =
                new StringBuilder("\npair    term hits  term.missing  not rendered  false alarms  rate    raw rate\n");
        scores().forEach((p, s) -> table.append(String.format(
                "%-6s  %9d  %12d  %12d  %12d  %5.1f%%  %7.1f%%%n",
                p,
                s.termHits(),
                s.alarms().size(),
                s.correct().size(),
                s.falseAlarms().size(),
                100 * s.falseAlarmRate(),
                100 * s.rawRate())));
        System.out.println(table);
        scores().forEach((p, s) -> {
            System.out.println(p + " false alarms: " + s.falseAlarms());
            assertThat(s.termHits()).as("%s term hits", p).isGreaterThan(100);
            assertThat(s.falseAlarmRate())
                    .as("%s false alarm rate", p)
                    .isLessThanOrEqualTo(FALSE_ALARM_GUARD.get(p.toString()));
            assertThat(s.rawRate()).as("%s raw rate", p).isLessThanOrEqualTo(RAW_GUARD.get(p.toString()));
        });
    }

    @Test
    void everyUnrenderedCaseIsWellFormedAndStillNeeded() {
        Set<String> concepts = shipped.byLanguage.values().stream()
                .flatMap(List::stream)
                .map(TermEntry::conceptExternalId)
                .collect(Collectors.toSet());
        Set<String> languages = Set.of("ar", "zh", "en", "fr", "ru", "es");
        assertThat(unrendered.cases())
                .as(UnrenderedCases.RESOURCE + " lines")
                .hasSizeLessThanOrEqualTo(MAX_UNRENDERED_LINES);
        List<String> problems = new ArrayList<>();
        for (UnrenderedCases.Case c : unrendered.cases()) {
            String at = "line " + c.line() + ": " + c.concept();
            if (!concepts.contains(c.concept())) {
                problems.add(at + ": unknown concept id");
            }
            if (!UnrenderedCases.CATEGORIES.contains(c.category()) || c.reason().isBlank()) {
                problems.add(at + ": category must be one of " + UnrenderedCases.CATEGORIES + ", with a reason");
            }
            for (String lang : c.languages()) {
                for (String key : c.keys()) {
                    if (!languages.contains(lang) || corpus.text(key, lang).isBlank()) {
                        problems.add(at + " [" + lang + "] " + key + ": no such SDG sentence");
                    } else if (scores().entrySet().stream()
                            .noneMatch(e -> e.getKey().target().equals(lang)
                                    && e.getValue().correct().stream()
                                            .anyMatch(a -> a.key().equals(key)
                                                    && a.concept().equals(c.concept())))) {
                        problems.add(at + " [" + lang + "] " + key + ": no longer alarmed in any pair; remove it");
                    }
                }
            }
        }
        assertThat(problems).as(UnrenderedCases.RESOURCE).isEmpty();
    }
}
