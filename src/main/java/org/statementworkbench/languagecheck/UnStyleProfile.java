package org.statementworkbench.languagecheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.statementworkbench.base.UnLanguage;

/**
 * How LanguageTool checks UN text in one language: the LanguageTool language code (variant), the rules switched off
 * because they are wrong for UN style, and UN wording that LanguageTool misreads ({@link AcceptedWording}: a match
 * lying wholly inside such wording is a false alarm and is dropped, whatever rule raised it). Every setting carries
 * its reason. Read from {@code languagecheck/un-style.tsv}.
 */
public record UnStyleProfile(
        UnLanguage language,
        String languageToolCode,
        Map<String, String> disabledRules,
        List<AcceptedWording> acceptedWording) {

    static final String RESOURCE = "languagecheck/un-style.tsv";

    /**
     * Wording that is correct UN usage although LanguageTool flags it, e.g. the list markers {@code a)}, {@code b)}
     * of UN French and Russian texts, or "least developed countries".
     */
    public record AcceptedWording(Pattern pattern, String reason) {

        public AcceptedWording {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public UnStyleProfile {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(languageToolCode, "languageToolCode");
        disabledRules = Map.copyOf(disabledRules);
        acceptedWording = List.copyOf(acceptedWording);
    }

    public UnStyleProfile(UnLanguage language, String languageToolCode, Map<String, String> disabledRules) {
        this(language, languageToolCode, disabledRules, List.of());
    }

    /** Whether the span [start, end) of {@code text} lies wholly inside accepted UN wording. */
    public boolean accepts(String text, int start, int end) {
        return covered(acceptedSpans(text), start, end);
    }

    /** The matches found in {@code text} minus those lying wholly inside accepted UN wording. */
    public List<LanguageMatch> withoutAccepted(String text, List<LanguageMatch> matches) {
        if (acceptedWording.isEmpty() || matches.isEmpty()) {
            return matches;
        }
        List<int[]> spans = acceptedSpans(text);
        if (spans.isEmpty()) {
            return matches;
        }
        return matches.stream().filter(m -> !covered(spans, m.start(), m.end())).toList();
    }

    /** Where accepted wording occurs in the text: [start, end) of each occurrence of each pattern. */
    private List<int[]> acceptedSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (AcceptedWording wording : acceptedWording) {
            Matcher m = wording.pattern().matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    private static boolean covered(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] <= start && end <= span[1]) {
                return true;
            }
        }
        return false;
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

    /**
     * Reads the profile file: {@code language TAB setting TAB value TAB reason} per line, settings {@code variant}
     * (a LanguageTool language code), {@code disable} (a rule id) and {@code accept} (a regular expression).
     *
     * @throws IllegalStateException naming the line at fault
     */
    static Map<UnLanguage, UnStyleProfile> parse(BufferedReader reader) throws IOException {
        Map<UnLanguage, String> variants = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, Map<String, String>> disabled = new EnumMap<>(UnLanguage.class);
        Map<UnLanguage, List<AcceptedWording>> accepted = new EnumMap<>(UnLanguage.class);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String at = RESOURCE + " line " + number + ": ";
            if (f.length != 4 || f[2].isBlank() || f[3].isBlank()) {
                throw new IllegalStateException(at + "needs language, setting, value and reason, separated by tabs");
            }
            for (String field : f) {
                if (!field.equals(field.strip())) {
                    throw new IllegalStateException(at + "'" + field + "' has spaces around it");
                }
            }
            UnLanguage language = UnLanguage.fromTag(f[0])
                    .filter(l -> l.code().equals(f[0]))
                    .orElseThrow(
                            () -> new IllegalStateException(at + "'" + f[0] + "' is not ar, zh, en, fr, ru or es"));
            switch (f[1]) {
                case "variant" -> {
                    if (variants.putIfAbsent(language, f[2]) != null) {
                        throw new IllegalStateException(at + "second variant for " + f[0]);
                    }
                }
                case "disable" -> {
                    if (disabled.computeIfAbsent(language, l -> new LinkedHashMap<>())
                                    .putIfAbsent(f[2], f[3])
                            != null) {
                        throw new IllegalStateException(at + f[2] + " is already disabled for " + f[0]);
                    }
                }
                case "accept" ->
                    accepted.computeIfAbsent(language, l -> new ArrayList<>())
                            .add(new AcceptedWording(pattern(f[2], at), f[3]));
                default ->
                    throw new IllegalStateException(at + "unknown setting '" + f[1] + "' (variant, disable or accept)");
            }
        }
        Map<UnLanguage, UnStyleProfile> profiles = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            String code = variants.get(language);
            if (code == null) {
                throw new IllegalStateException(RESOURCE + ": no variant for " + language.code());
            }
            profiles.put(
                    language,
                    new UnStyleProfile(
                            language,
                            code,
                            disabled.getOrDefault(language, Map.of()),
                            accepted.getOrDefault(language, List.of())));
        }
        return profiles;
    }

    private static Pattern pattern(String regex, String at) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(at + "not a regular expression: " + e.getDescription(), e);
        }
        if (pattern.matcher("").matches()) {
            throw new IllegalStateException(at + "the pattern " + regex + " matches empty text");
        }
        return pattern;
    }
}
