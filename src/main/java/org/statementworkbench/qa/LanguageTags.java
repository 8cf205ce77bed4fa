package org.statementworkbench.qa;

import java.util.Locale;
import java.util.regex.Pattern;

/** BCP 47 tags as the command compares them: "en" matches "en-US" and "EN-GB" (primary subtag, any case). */
final class LanguageTags {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

    private LanguageTags() {}

    static boolean valid(String tag) {
        return TAG.matcher(tag).matches();
    }

    static String primary(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    static boolean matches(String fileTag, String wanted) {
        return primary(fileTag).equals(primary(wanted));
    }

    static boolean same(String a, String b) {
        return a.strip().replace('_', '-').equalsIgnoreCase(b.strip().replace('_', '-'));
    }
}
