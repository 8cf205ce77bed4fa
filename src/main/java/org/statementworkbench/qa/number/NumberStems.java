package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Words that carry a number without being number words, matched by their start: "n years" and "n-yearly"
 * (décennal, decenal, десятилетний, العشري = 10, so "the 10-Year Framework" pairs with "le Cadre décennal";
 * biennium = 2), Arabic duals (سنتين, two years; كيلومترين, two kilometres: "within 2 km") and "half" (moitié,
 * mitad, половина, نصف = 50 per cent, or 0.5). All are optional: a translation need not have them. Hand-written:
 * ICU has no such lists.
 */
final class NumberStems {

    record Stem(BigDecimal value, @Nullable BigDecimal alternative) {}

    private final Map<String, Stem> stems = new LinkedHashMap<>();

    private NumberStems(String table) {
        for (String entry : table.isBlank() ? new String[0] : table.split(" ")) {
            String[] stemValue = entry.split("=");
            String[] values = stemValue[1].split("/");
            stems.put(
                    stemValue[0],
                    new Stem(new BigDecimal(values[0]), values.length > 1 ? new BigDecimal(values[1]) : null));
        }
    }

    static NumberStems of(UnLanguage language) {
        return new NumberStems(
                switch (language) {
                    case EN ->
                        "decade=10 decennial=10 biennium=2 biennial=2 triennial=3 quadrennial=4"
                                + " quinquennial=5 half=50/0.5 halv=50/0.5";
                    case FR ->
                        "décenn=10 biennal=2 biennaux=2 triennal=3 quadriennal=4 quinquennal=5" + " moitié=50/0.5";
                    case ES ->
                        "decenal=10 decenio=10 bienal=2 bienio=2 trienal=3 trienio=3 cuatrienal=4"
                                + " quinquenal=5 quinquenio=5 mitad=50/0.5";
                    case RU ->
                        "десятилет=10 двухгодичн=2 двухлетн=2 трехгодичн=3 трехлетн=3 четырехгодичн=4"
                                + " четырехлетн=4 пятилетн=5 половин=50/0.5 вдвое=50/0.5";
                    case AR ->
                        "العشري=10 عشري=10 سنتين=2 سنتان=2 عامين=2 عامان=2 شهرين=2 يومين=2 اسبوعين=2"
                                + " ساعتين=2 مرتين=2 كيلومترين=2 ضعفين=2 نصف=50/0.5 النصف=50/0.5 بالنصف=50/0.5";
                    case ZH -> "";
                });
    }

    /** The stem the lower-case word starts with; null if none. */
    @Nullable
    Stem match(String word) {
        for (Map.Entry<String, Stem> s : stems.entrySet()) {
            if (word.startsWith(s.getKey())) {
                return s.getValue();
            }
        }
        return null;
    }

    /** The stems, each at least two letters long. */
    Set<String> stems() {
        return stems.keySet();
    }
}
