package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.terminology.Analyzers;
import org.statementworkbench.terminology.TermChecker;
import org.statementworkbench.terminology.TermHit;
import org.statementworkbench.terminology.TermMatcher;

/**
 * The terminology checks ({@code term.missing}, {@code term.forbidden}, {@code term.source-deprecated} per unit and
 * {@code term.inconsistent} across the file) as an issue provider. Counts {@code termHits}: the source occurrences
 * of concepts that have an approved term in the target language.
 */
public final class TermIssueProvider implements IssueProvider {

    public static final String TERM_HITS = "termHits";

    private final TermChecker checker;
    private final Set<Long> conceptsInTarget;

    /**
     * @throws QaInputException when the glossary has no term in one of the languages
     */
    public TermIssueProvider(List<TermEntry> glossary, String sourceLanguage, String targetLanguage) {
        List<TermEntry> source = select(glossary, sourceLanguage);
        List<TermEntry> target = select(glossary, targetLanguage);
        checker = new TermChecker(
                new TermMatcher(Analyzers.forLanguage(sourceLanguage), source),
                source,
                new TermMatcher(Analyzers.forLanguage(targetLanguage), target),
                target);
        conceptsInTarget = target.stream()
                .filter(TermEntry::approved)
                .map(TermEntry::conceptId)
                .collect(Collectors.toSet());
    }

    /** The terms of a language: those tagged exactly so if any, else those of the same primary language. */
    private static List<TermEntry> select(List<TermEntry> glossary, String language) {
        List<TermEntry> exact = glossary.stream()
                .filter(t -> LanguageTags.same(t.language(), language))
                .toList();
        List<TermEntry> terms = !exact.isEmpty()
                ? exact
                : glossary.stream()
                        .filter(t -> LanguageTags.matches(t.language(), language))
                        .toList();
        if (terms.isEmpty()) {
            Set<String> languages = new TreeSet<>();
            glossary.forEach(t -> languages.add(t.language()));
            throw new QaInputException("the glossary has no terms in " + language + "; its languages are "
                    + (languages.isEmpty() ? "none" : String.join(", ", languages)));
        }
        return terms;
    }

    @Override
    public Findings check(List<QaUnit> units) {
        List<List<UnitIssue>> perUnit = new ArrayList<>();
        List<List<TermHit>> targetHits = new ArrayList<>();
        int termHits = 0;
        for (QaUnit unit : units) {
            TermChecker.SegmentResult result = checker.check(unit.source(), unit.target());
            perUnit.add(new ArrayList<>(result.issues().stream()
                    .map(i -> new UnitIssue(unit.id(), i))
                    .toList()));
            targetHits.add(result.targetHits());
            termHits += (int) result.sourceHits().stream()
                    .filter(h -> conceptsInTarget.contains(h.term().conceptId()))
                    .count();
        }
        Map<Integer, List<Issue>> inconsistent = TermChecker.inconsistencies(targetHits);
        inconsistent.forEach((i, issues) -> issues.forEach(
                t -> perUnit.get(i).add(new UnitIssue(units.get(i).id(), t))));
        return new Findings(perUnit.stream().flatMap(List::stream).toList(), Map.of(TERM_HITS, termHits));
    }
}
