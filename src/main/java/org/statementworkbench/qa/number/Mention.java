package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Span;

/**
 * One number a text mentions: its value, a second reading where the writing is ambiguous ("1,250" in Arabic is
 * 1250 or 1.25), what kind of number it is, where it is in the text as written, and whether a translation may leave
 * it out or add it ({@code optional}: a small number in words, "one", "un", "a"; a digit 1 standing alone, "niños
 * menores de 1 año" for "infants").
 */
record Mention(MentionKind kind, BigDecimal value, @Nullable BigDecimal alternative, Span span, boolean optional) {

    Mention {
        value = normal(value);
        alternative = alternative == null ? null : normal(alternative);
    }

    /** Whether the two mentions can stand for the same number. */
    boolean sameValue(Mention other) {
        return kind.group() == other.kind.group()
                && (value.equals(other.value)
                        || value.equals(other.alternative)
                        || (alternative != null && alternative.equals(other.value)));
    }

    /** Whether the value is a whole number from 0 to 10, which may be optional when written in words. */
    static boolean small(BigDecimal value) {
        return value.signum() >= 0
                && value.compareTo(BigDecimal.TEN) <= 0
                && value.stripTrailingZeros().scale() <= 0;
    }

    /** The value as a message writes it: plain digits, no exponent. */
    String valueText() {
        return value.toPlainString();
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
