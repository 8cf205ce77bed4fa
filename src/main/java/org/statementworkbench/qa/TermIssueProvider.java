package org.statementworkbench.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermLanguage;
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
     * @throws QaInputException when the glossary has no term in one of the languages (the glossary's terms are those
     *     of the six UN languages, {@link TermEntry})
     */
    public TermIssueProvider(List<TermEntry> glossary, String sourceLanguage, String targetLanguage) {
        UnLanguage sourceUn = language(glossary, sourceLanguage);
        UnLanguage targetUn = language(glossary, targetLanguage);
        List<TermEntry> source = terms(glossary, sourceUn);
        List<TermEntry> target = terms(glossary, targetUn);
        checker = new TermChecker(
                new TermMatcher(Analyzers.forLanguage(sourceUn.code()), source),
                source,
                new TermMatcher(Analyzers.forLanguage(targetUn.code()), target),
                target);
        conceptsInTarget = target.stream()
                .filter(TermEntry::approved)
                .map(TermEntry::conceptId)
                .collect(Collectors.toSet());
    }

    /** The UN language of a tag ("fr", "fr-FR", "zh-Hans": as the glossary reads a file's tags) with terms in it. */
    private static UnLanguage language(List<TermEntry> glossary, String tag) {
        Optional<UnLanguage> language = TermLanguage.unLanguageOf(tag);
        if (language.isEmpty() || terms(glossary, language.get()).isEmpty()) {
            Set<String> languages = new TreeSet<>();
            glossary.forEach(t -> languages.add(t.language().code()));
            throw new QaInputException("the glossary has no terms in " + tag + "; its languages are "
                    + (languages.isEmpty() ? "none" : String.join(", ", languages))
                    + (language.isEmpty() ? " (the term checks cover the six UN languages)" : ""));
        }
        return language.get();
    }

    private static List<TermEntry> terms(List<TermEntry> glossary, UnLanguage language) {
        return glossary.stream().filter(t -> t.language() == language).toList();
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
