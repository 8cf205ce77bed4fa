package org.statementworkbench.languagecheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.statementworkbench.base.UnLanguage;

/**
 * How LanguageTool checks UN text in one language: the LanguageTool language code (variant) and the rules switched
 * off because they are wrong for UN style, each with its reason. Read from {@code languagecheck/un-style.tsv}.
 */
public record UnStyleProfile(UnLanguage language, String languageToolCode, Map<String, String> disabledRules) {

    static final String RESOURCE = "languagecheck/un-style.tsv";

    public UnStyleProfile {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(languageToolCode, "languageToolCode");
        disabledRules = Map.copyOf(disabledRules);
    }

    /** The profiles of the six languages. */
    public static Map<UnLanguage, UnStyleProfile> load() {
        try (InputStream in = UnStyleProfile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<UnLanguage, UnStyleProfile> parse(BufferedReader reader) throws IOException {
        Map<UnLanguage, String> variants = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, Map<String, String>> disabled = new EnumMap<>(UnLanguage.class);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[3].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": needs language, setting, value, reason");
            }
            UnLanguage language = UnLanguage.ofCode(f[0]);
            switch (f[1]) {
                case "variant" -> {
                    if (variants.put(language, f[2]) != null) {
                        throw new IllegalStateException(RESOURCE + " line " + number + ": second variant for " + f[0]);
                    }
                }
                case "disable" -> disabled.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(f[2], f[3]);
                default -> throw new IllegalStateException(RESOURCE + " line " + number + ": unknown setting " + f[1]);
            }
        }
        Map<UnLanguage, UnStyleProfile> profiles = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            String code = variants.get(language);
            if (code == null) {
                throw new IllegalStateException(RESOURCE + ": no variant for " + language.code());
            }
            profiles.put(language, new UnStyleProfile(language, code, disabled.getOrDefault(language, Map.of())));
        }
        return profiles;
    }
}
