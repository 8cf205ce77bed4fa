package org.statementworkbench.qa.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;

/**
 * The number checks: numbers compared by value, not by digit strings, in the six UN languages. {@code
 * number.missing}: a number of the source is not in the translation; {@code number.extra}: the translation has a
 * number the source does not; {@code number.mismatch}: the translation has another number where the source has one.
 * All are errors. "12.8 million" = "1 280多万" = "12,8 millions", "fifty-third" = "cinquante-troisième" =
 * "пятьдесят третьей" = 53, "3 p.m." = "15 heures", "16 May" = "16 mai", "(a)" = "(أ)". Lenient where UN
 * translations legitimately differ: small numbers in words ("a", "un", "one of"), a digit 1 standing alone, a number
 * repeated on one side, and list markers where the other side has no list, may appear on one side only. Reading is
 * per language ({@code NumberReader}), pairing in {@code MentionPairing}. Stateless and thread-safe; the first call
 * for a language builds its word tables from ICU (a fraction of a second).
 */
public final class NumberCheck implements SegmentCheck {

    public static final String FAMILY = "number";
    public static final CheckId MISSING = new CheckId(FAMILY, "missing");
    public static final CheckId EXTRA = new CheckId(FAMILY, "extra");
    public static final CheckId MISMATCH = new CheckId(FAMILY, "mismatch");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<Issue> check(SegmentPair segment) {
        List<Mention> source = NumberReader.of(segment.sourceLanguage()).read(segment.source());
        List<Mention> target = NumberReader.of(segment.targetLanguage()).read(segment.target());
        if (source.isEmpty() && target.isEmpty()) {
            return List.of();
        }
        MentionPairing.Result result = MentionPairing.pair(source, target, segment.source(), segment.target());
        if (result.clean()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (MentionPairing.Mismatch m : result.mismatches()) {
            issues.add(new Issue(
                    MISMATCH,
                    Severity.ERROR,
                    "The source has " + describe(m.source(), segment.source()) + " where the translation has "
                            + written(m.target(), segment.target()) + ".",
                    m.source().span(),
                    m.target().span()));
        }
        for (Mention m : result.extra()) {
            issues.add(new Issue(
                    EXTRA,
                    Severity.ERROR,
                    "The translation has " + describe(m, segment.target()) + ", which is not in the source.",
                    null,
                    m.span()));
        }
        for (Mention m : result.missing()) {
            issues.add(new Issue(
                    MISSING,
                    Severity.ERROR,
                    "The source has " + describe(m, segment.source()) + ", which is not in the translation.",
                    m.span(),
                    null));
        }
        issues.sort(Comparator.comparing((Issue i) -> i.target() == null)
                .thenComparingInt(i -> start(i.target()))
                .thenComparingInt(i -> start(i.source())));
        return List.copyOf(issues);
    }

    /** E.g. {@code the number "12,8 millions" (12800000)}. */
    static String describe(Mention m, String text) {
        return m.kind().label() + " " + written(m, text);
    }

    /** The mention as written, with its value when the writing is not plain digits. */
    static String written(Mention m, String text) {
        String as = m.span().of(text);
        boolean plain = as.equals(m.valueText()) || m.kind().group() != MentionKind.Group.VALUE;
        return "\u201C" + as + "\u201D" + (plain ? "" : " (" + m.valueText() + ")");
    }

    private static int start(@org.jspecify.annotations.Nullable Span span) {
        return span == null ? -1 : span.start();
    }
}
