package org.statementworkbench.memory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * A TMX file as read ({@link TmxReader}): its units in the UN languages, and what was left out: variants in other
 * languages (by tag, how many), units left with fewer than two UN languages, units too long for the memory.
 */
record TmxFile(
        @Nullable UnLanguage sourceLanguage,
        List<Unit> units,
        Map<String, Integer> skippedLanguages,
        int skippedSingleLanguage,
        int skippedTooLong) {

    /** One {@code <tu>}: its texts by language, document symbol and creation date. */
    record Unit(
            Map<UnLanguage, Text> texts,
            @Nullable String documentSymbol,
            @Nullable Instant createdAt) {

        boolean hasTags() {
            return texts.values().stream()
                    .anyMatch(t -> !t.codes().isEmpty()
                            || !org.statementworkbench.statement.InlineMarkers.stretches(t.text())
                                    .isEmpty());
        }

        /** Same texts in the same languages: what makes two units duplicates. */
        String key() {
            Map<UnLanguage, String> plain = new java.util.EnumMap<>(UnLanguage.class);
            texts.forEach((language, text) -> plain.put(language, text.text()));
            return TmxFile.key(plain);
        }
    }

    /** The duplicate key of texts by language (in the languages' order). */
    static String key(Map<UnLanguage, String> texts) {
        var key = new StringBuilder();
        texts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> key.append(e.getKey().code())
                        .append('\u0001')
                        .append(e.getValue())
                        .append('\u0002'));
        return key.toString();
    }

    /** One {@code <tuv>}: marked text with placeholders (see {@link TmxInline}), its codes, author and date. */
    record Text(
            String text,
            List<String> codes,
            @Nullable String author,
            @Nullable Instant changedAt) {}
}
