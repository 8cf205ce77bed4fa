package org.statementworkbench.glossary;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Sustainable Development Goals wording in the six languages (src/test/resources/sdg, from open-sdg/sdg-translations):
 * goals, targets and indicators, one YAML map per language and file, aligned by key (e.g. {@code 16-3-title}).
 */
public record SdgCorpus(Map<String, Map<String, String>> sentences) {

    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final List<String> FILES = List.of("global_goals", "global_targets", "global_indicators");

    /**
     * {@code src/test/resources/sdg} from the project directory (the working directory of the tests): a copy of
     * the team's shared/data/sdg (MIT licence, LICENSE and SOURCE.txt beside it), kept in the repository so that the
     * SDG tests run on every clone.
     */
    public static Path defaultLocation() {
        return Path.of("src", "test", "resources", "sdg").toAbsolutePath().normalize();
    }

    public static SdgCorpus load(Path folder) {
        Map<String, Map<String, String>> sentences = new LinkedHashMap<>();
        for (String file : FILES) {
            for (String lang : LANGUAGES) {
                String dir = lang.equals("zh") ? "zh-Hans" : lang;
                Map<String, Object> map = read(folder.resolve(dir).resolve(file + ".yml"));
                map.forEach((key, value) -> sentences
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .put(lang, value == null ? "" : String.valueOf(value)));
            }
        }
        return new SdgCorpus(sentences);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence with this key in this language, empty if that language lacks it. */
    public String text(String key, String lang) {
        return sentences.getOrDefault(key, Map.of()).getOrDefault(lang, "");
    }
}
