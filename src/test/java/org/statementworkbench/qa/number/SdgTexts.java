package org.statementworkbench.qa.number;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.statementworkbench.base.UnLanguage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * SDG files of src/test/resources/sdg (goals, targets or indicators; a copy of ../shared/data/sdg) in the six
 * languages, aligned by key: {@code key -> language -> text}, keys in file order.
 */
record SdgTexts(Map<String, Map<UnLanguage, String>> texts) {

    static final Path FOLDER = Path.of("src", "test", "resources", "sdg");

    /** The given files (e.g. {@code global_targets}), each key with the texts of the languages that have it. */
    static SdgTexts load(List<String> files) {
        Map<String, Map<UnLanguage, String>> texts = new LinkedHashMap<>();
        for (String file : files) {
            for (UnLanguage language : UnLanguage.values()) {
                String folder = language == UnLanguage.ZH ? "zh-Hans" : language.code();
                read(FOLDER.resolve(folder).resolve(file + ".yml")).forEach((key, value) -> {
                    if (value != null && !String.valueOf(value).isBlank()) {
                        texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(language, String.valueOf(value));
                    }
                });
            }
        }
        return new SdgTexts(texts);
    }

    /** The texts whose keys pass the filter. */
    SdgTexts only(Predicate<String> keys) {
        Map<String, Map<UnLanguage, String>> some = new LinkedHashMap<>();
        texts.forEach((key, value) -> {
            if (keys.test(key)) {
                some.put(key, value);
            }
        });
        return new SdgTexts(some);
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
}
