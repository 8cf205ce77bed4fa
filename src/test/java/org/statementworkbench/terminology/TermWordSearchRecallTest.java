package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statementworkbench.glossary.GlossarySnapshot;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.glossary.SearchFolding;
import org.statementworkbench.glossary.TermEntry;

/**
 * How often the glossary search finds a concept when someone types a term as running text has it: every shipped
 * glossary term that the term matcher finds in the SDG goals, targets and indicators (text the word index was not
 * tuned on) in a form other than its own, used as the search text. Prefix search alone against prefix search plus
 * the word index, per language, printed. Both use the same analyzers, so this measures that the search keeps up
 * with the term checks, not the analyzers' own accuracy.
 */
class TermWordSearchRecallTest {

    private static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ru", "es");

    @Test
    void inflectedFormsFromTheSdgTextsFindTheirConcepts() {
        ShippedTerms shipped = ShippedTerms.get();
        TermWordIndex.Words words = TermWordIndex.build(GlossarySnapshot.of(
                1, shipped.byLanguage.values().stream().flatMap(List::stream).toList()));
        List<TermEntry> all =
                shipped.byLanguage.values().stream().flatMap(List::stream).toList();
        Map<Long, Long> conceptOfTerm = all.stream().collect(Collectors.toMap(TermEntry::termId, TermEntry::conceptId));
        SdgCorpus corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        StringBuilder table = new StringBuilder("lang  forms  prefix  +inflected  concepts per search\n");
        int totalForms = 0;
        int totalPrefix = 0;
        int totalBoth = 0;
        for (String lang : LANGUAGES) {
            Map<String, Long> forms = new HashMap<>();
            for (String key : corpus.sentences().keySet()) {
                for (TermHit hit : shipped.matchers.get(lang).find(corpus.text(key, lang))) {
                    if (!SearchFolding.fold(hit.found())
                            .equals(SearchFolding.fold(hit.term().text()))) {
                        forms.put(hit.found(), hit.term().conceptId());
                    }
                }
            }
            int prefix = 0;
            int both = 0;
            long returned = 0;
            for (Map.Entry<String, Long> form : forms.entrySet()) {
                Set<Long> byPrefix = prefixSearch(all, form.getKey());
                Set<Long> found = new java.util.HashSet<>(byPrefix);
                words.termIds(form.getKey(), null, false).forEach(id -> found.add(conceptOfTerm.get(id)));
                prefix += byPrefix.contains(form.getValue()) ? 1 : 0;
                both += found.contains(form.getValue()) ? 1 : 0;
                returned += found.size();
            }
            table.append(String.format(
                    "%-4s  %5d  %5.1f%%  %9.1f%%  %.1f%n",
                    lang,
                    forms.size(),
                    100.0 * prefix / forms.size(),
                    100.0 * both / forms.size(),
                    (double) returned / forms.size()));
            totalForms += forms.size();
            totalPrefix += prefix;
            totalBoth += both;
        }
        table.append(String.format(
                "all   %5d  %5.1f%%  %9.1f%%%n",
                totalForms, 100.0 * totalPrefix / totalForms, 100.0 * totalBoth / totalForms));
        System.out.println(table);
        assertThat(totalForms).isGreaterThan(100);
        assertThat(totalBoth).as(table.toString()).isGreaterThan(totalPrefix);
        // the search finds whatever form the term checks recognise
        assertThat(totalBoth).as(table.toString()).isEqualTo(totalForms);
    }

    /** The search as it was: a word of a term starts with the folded text. */
    private static Set<Long> prefixSearch(List<TermEntry> terms, String text) {
        String pattern = " " + SearchFolding.fold(text);
        return terms.stream()
                .filter(t -> (" " + SearchFolding.fold(t.text()) + " ").contains(pattern))
                .map(TermEntry::conceptId)
                .collect(Collectors.toSet());
    }
}
