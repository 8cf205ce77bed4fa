package org.statementworkbench.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * src/test/resources/terminology/sdg-unrendered.tsv: the SDG sentences where a correct UN translation really does not
 * render a concept (left out, another version of the indicator, another concept named, the term misspelled in the
 * UN file), so that term.missing there is a correct alarm. Paraphrases and homonyms are never listed.
 */
record UnrenderedCases(List<UnrenderedCases.Case> cases) {

    static final String RESOURCE = "/terminology/sdg-unrendered.tsv";
    static final Set<String> CATEGORIES = Set.of("not-in-text", "other-concept", "misspelled");

    /** One line: the concept is not rendered in these languages' sentences of these SDG keys. */
    record Case(int line, String concept, Set<String> languages, Set<String> keys, String category, String reason) {

        boolean covers(String concept, String language, String key) {
            return this.concept.equals(concept) && languages.contains(language) && keys.contains(key);
        }
    }

    static UnrenderedCases load() {
        try (InputStream in = Objects.requireNonNull(UnrenderedCases.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": 5 tab-separated cells expected");
                }
                cases.add(new Case(
                        i + 1, cells[0].strip(), split(cells[1]), split(cells[2]), cells[3].strip(), cells[4].strip()));
            }
            return new UnrenderedCases(List.copyOf(cases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> split(String cell) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : cell.split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    /** Whether term.missing for this concept in this target language and SDG key is a correct alarm. */
    boolean covers(String concept, String language, String key) {
        return cases.stream().anyMatch(c -> c.covers(concept, language, key));
    }
}
