package org.statementworkbench.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statementworkbench.glossary.exchange.TbxConcept;

/**
 * The SDG consistency check: for every concept whose English preferred term occurs in an English SDG sentence, a
 * preferred or admitted term of each other language must occur (in some inflected form, see
 * {@link InflectionTolerantMatcher}) in the aligned sentence of that language, unless an exception with a written
 * reason covers that concept, language and sentence.
 */
final class SdgConsistencyCheck {

    static final List<String> OTHER_LANGUAGES = List.of("ar", "zh", "fr", "ru", "es");

    /** One line of the exception list: concept id, languages, SDG keys, reason. */
    record ExceptionEntry(int line, String conceptId, Set<String> languages, Set<String> keys, String reason) {

        boolean covers(String id, String lang, String key) {
            return conceptId.equals(id) && languages.contains(lang) && keys.contains(key);
        }

        /** Each language and key this line excuses, as "line N: id [lang] key". */
        List<String> cases() {
            List<String> out = new ArrayList<>();
            languages.forEach(lang -> keys.forEach(key -> out.add(describe(lang, key))));
            return out;
        }

        String describe(String lang, String key) {
            return "line " + line + ": " + conceptId + " [" + lang + "] " + key;
        }
    }

    /** What the check found: inconsistencies (to be fixed or excepted), excepted cases used, concepts checked. */
    record Result(List<String> inconsistencies, Set<String> usedCases, int conceptsChecked, int sentencesChecked) {}

    private SdgConsistencyCheck() {}

    static Result run(List<TbxConcept> concepts, SdgCorpus corpus, List<ExceptionEntry> exceptions) {
        List<String> inconsistencies = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        int conceptsChecked = 0;
        int sentencesChecked = 0;
        for (TbxConcept concept : concepts) {
            List<TermDraft> english = concept.terms().stream()
                    .filter(t -> t.languageTag().equals("en") && t.status() == UsageStatus.PREFERRED)
                    .toList();
            List<String> keys = corpus.sentences().keySet().stream()
                    .filter(key -> english.stream()
                            .anyMatch(t ->
                                    InflectionTolerantMatcher.occurs(t.text(), t.type(), corpus.text(key, "en"), "en")))
                    .toList();
            if (keys.isEmpty()) {
                continue;
            }
            conceptsChecked++;
            sentencesChecked += keys.size();
            for (String lang : OTHER_LANGUAGES) {
                List<TermDraft> approved = concept.terms().stream()
                        .filter(t -> t.languageTag().equals(lang)
                                && (t.status() == UsageStatus.PREFERRED || t.status() == UsageStatus.ADMITTED))
                        .toList();
                for (String key : keys) {
                    String sentence = corpus.text(key, lang);
                    if (approved.stream()
                            .anyMatch(t -> InflectionTolerantMatcher.occurs(t.text(), t.type(), sentence, lang))) {
                        continue;
                    }
                    ExceptionEntry exception = exceptions.stream()
                            .filter(e -> e.covers(concept.id(), lang, key))
                            .findFirst()
                            .orElse(null);
                    if (exception != null) {
                        used.add(exception.describe(lang, key));
                    } else {
                        inconsistencies.add(concept.id() + " [" + lang + "] " + key + ": none of "
                                + approved.stream().map(TermDraft::text).toList() + " in \"" + sentence + "\" (en: \""
                                + corpus.text(key, "en") + "\")");
                    }
                }
            }
        }
        return new Result(inconsistencies, used, conceptsChecked, sentencesChecked);
    }

    /** Reads the tab-separated exception list; {@code #} starts a comment line, {@code *} means all languages. */
    static List<ExceptionEntry> readExceptions(String resource) {
        try (InputStream in = SdgConsistencyCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            List<ExceptionEntry> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4 || cells[3].isBlank()) {
                    throw new IllegalStateException(resource + " line " + (i + 1)
                            + ": expected concept id, languages, SDG keys and a reason, separated by tabs");
                }
                Set<String> languages = cells[1].strip().equals("*")
                        ? new LinkedHashSet<>(OTHER_LANGUAGES)
                        : new LinkedHashSet<>(List.of(cells[1].strip().split(",")));
                out.add(new ExceptionEntry(
                        i + 1,
                        cells[0].strip(),
                        languages,
                        new LinkedHashSet<>(List.of(cells[2].strip().split(","))),
                        cells[3].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
