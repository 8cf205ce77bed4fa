package org.statementworkbench.base;

import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in the UN's (English alphabetical) order. */
public enum UnLanguage {
    AR("ar", "Arabic", "العربية", true),
    ZH("zh", "Chinese", "中文", false),
    EN("en", "English", "English", false),
    FR("fr", "French", "Français", false),
    RU("ru", "Russian", "Русский", false),
    ES("es", "Spanish", "Español", false);

    private final String code;
    private final String englishName;
    private final String nativeName;
    private final boolean rightToLeft;

    UnLanguage(String code, String englishName, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.englishName = englishName;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** BCP 47 primary language subtag, as stored in the database. */
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Accepts "fr", "FR", "fr-FR", "zh-Hans" and the like. */
    public static Optional<UnLanguage> fromTag(String tag) {
        // read for every text of a memory import or index page: no regular expression, no stream
        String trimmed = tag.trim();
        int end = 0;
        while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
            end++;
        }
        if (end != 2) {
            return Optional.empty();
        }
        String primary = trimmed.substring(0, 2).toLowerCase(Locale.ROOT);
        for (UnLanguage language : VALUES) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    private static final UnLanguage[] VALUES = values();

    public static UnLanguage ofCode(String code) {
        return fromTag(code).orElseThrow(() -> new IllegalArgumentException("Not a UN official language: " + code));
    }
}
