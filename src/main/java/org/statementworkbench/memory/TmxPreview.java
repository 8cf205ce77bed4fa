package org.statementworkbench.memory;

import java.util.Map;
import java.util.UUID;
import org.statementworkbench.base.UnLanguage;

/**
 * What importing a TMX file into a memory would do, shown before the import: the units it holds (in UN languages),
 * texts per language, variants in other languages left out (by tag), units left out (fewer than two UN languages, or
 * too long), units with inline tags, and duplicates within the file and against the memory. {@code id} names the
 * read file on the server until it is imported or discarded.
 */
public record TmxPreview(
        UUID id,
        long memoryId,
        String memoryName,
        String fileName,
        int units,
        Map<UnLanguage, Integer> perLanguage,
        Map<String, Integer> skippedLanguages,
        int skippedSingleLanguage,
        int skippedTooLong,
        int unitsWithTags,
        int duplicatesInFile,
        int duplicatesInMemory) {

    public TmxPreview {
        perLanguage = Map.copyOf(perLanguage);
        skippedLanguages = Map.copyOf(skippedLanguages);
    }

    /** Units of other languages only, how many texts in them: one line for the person. */
    public int skippedTexts() {
        return skippedLanguages.values().stream().mapToInt(Integer::intValue).sum();
    }
}
