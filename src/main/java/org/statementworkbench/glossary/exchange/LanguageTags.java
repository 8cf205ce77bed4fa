package org.statementworkbench.glossary.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;

/**
 * Language tags as the glossary stores them: a regional or script variant of a UN language becomes the UN
 * language's code (en-US, en-GB: en; fr-FR, fr-CA: fr; es-419, es-ES: es; ar-SA, ar-EG: ar; ru-RU: ru; zh-Hans,
 * zh-CN, zh-SG: zh), so that its terms are matched and enforced. Traditional Chinese (zh-Hant, zh-TW, zh-HK,
 * zh-MO) is not the UN's Chinese and stays as it is, like every other language (in BCP 47 case: pt-BR, de).
 */
public final class LanguageTags {

    private static final Set<String> UN_CODES =
            Arrays.stream(UnLanguage.values()).map(UnLanguage::code).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    private LanguageTags() {}

    public static String normalized(String tag) {
        String t = tag.strip().replace('_', '-');
        Locale locale = Locale.forLanguageTag(t);
        String language = locale.getLanguage();
        if (language.isEmpty() || "und".equals(locale.toLanguageTag())) {
            return t;
        }
        if (language.equals("zh")) {
            String script = locale.getScript();
            boolean traditional = script.equalsIgnoreCase("Hant")
                    || script.isEmpty() && TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry());
            return traditional ? locale.toLanguageTag() : "zh";
        }
        return UN_CODES.contains(language) ? language : locale.toLanguageTag();
    }

    /** The UN language whose code the tag becomes once normalised; empty for zh-Hant and other languages. */
    public static Optional<UnLanguage> unLanguage(String tag) {
        Optional<UnLanguage> stored = withCode(tag); // a stored tag is normalised already
        return stored.isPresent() ? stored : withCode(normalized(tag));
    }

    private static Optional<UnLanguage> withCode(String code) {
        return Arrays.stream(UnLanguage.values())
                .filter(l -> l.code().equals(code))
                .findFirst();
    }
}
