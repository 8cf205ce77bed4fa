package org.statementworkbench.languagecheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossarySnapshot;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.terminology.Analyzers;
import org.statementworkbench.terminology.TermHit;

/**
 * Settles LanguageTool's matches against the glossary, one glossary revision at a time: a spelling match on words of
 * approved terms is dropped (السيبرانية and والسيبرانية, ASEAN, UNODC, "cybercriminalité" are not misspellings when
 * the glossary approves them), and so is any match that overlaps a deprecated, superseded or forbidden term, which
 * the terminology checks report already (not twice). Free of Spring and of LanguageTool, immutable and thread-safe:
 * the batch QA command uses it on the terms of a glossary file, the service on those of the database.
 */
final class GlossaryMatchFilter {

    /** No glossary: matches pass unchanged. */
    public static final GlossaryMatchFilter NONE = new GlossaryMatchFilter(-1, Map.of());

    private final long revision;
    private final Map<UnLanguage, GlossaryWords> languages;

    private GlossaryMatchFilter(long revision, Map<UnLanguage, GlossaryWords> languages) {
        this.revision = revision;
        this.languages = languages;
    }

    /**
     * The filter for these terms.
     *
     * @param revision the glossary revision the terms are from (for {@link #revision()}; -1 for a glossary file)
     */
    public static GlossaryMatchFilter of(long revision, Collection<TermEntry> terms) {
        return of(GlossarySnapshot.of(revision, terms));
    }

    /** The filter for the terms of a glossary snapshot. */
    public static GlossaryMatchFilter of(GlossarySnapshot glossary) {
        Map<UnLanguage, GlossaryWords> words = new EnumMap<>(UnLanguage.class);
        glossary.terms().forEach((language, list) -> {
            GlossaryWords w = new GlossaryWords(Analyzers.forLanguage(language.code()), list);
            if (!w.isEmpty()) {
                words.put(language, w);
            }
        });
        return new GlossaryMatchFilter(glossary.revision(), words);
    }

    /** The glossary revision this filter was built from. */
    public long revision() {
        return revision;
    }

    /** The matches of {@code text} that the glossary does not settle, in their order. */
    public List<LanguageMatch> apply(UnLanguage language, String text, List<LanguageMatch> matches) {
        GlossaryWords words = languages.get(language);
        if (words == null || matches.isEmpty()) {
            return matches;
        }
        List<TermHit> discouraged = words.discouraged(text);
        List<LanguageMatch> kept = new ArrayList<>(matches.size());
        for (LanguageMatch m : matches) {
            if (overlapsAny(m, discouraged)) {
                continue;
            }
            if (m.kind() == MatchKind.SPELLING
                    && m.end() > m.start()
                    && m.end() <= text.length()
                    && words.approvedWords(m.covered(text))) {
                continue;
            }
            kept.add(m);
        }
        return kept.size() == matches.size() ? matches : List.copyOf(kept);
    }

    /** The deprecated, superseded or forbidden term a match overlaps, if any (for tests and reports). */
    Optional<TermHit> discouragedTermAt(UnLanguage language, String text, LanguageMatch match) {
        GlossaryWords words = languages.get(language);
        return words == null
                ? Optional.empty()
                : words.discouraged(text).stream()
                        .filter(h -> overlaps(match, h))
                        .findFirst();
    }

    private static boolean overlapsAny(LanguageMatch m, List<TermHit> hits) {
        for (TermHit h : hits) {
            if (overlaps(m, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(LanguageMatch m, TermHit h) {
        return m.start() < h.end() && h.start() < m.end();
    }
}
