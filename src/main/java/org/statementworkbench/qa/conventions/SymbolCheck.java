package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.SegmentCheck;
import org.statementworkbench.qa.SegmentPair;

/**
 * Family {@code symbol}: UN document symbols, web addresses and e-mail addresses must be copied exactly.
 *
 * <ul>
 *   <li>{@code symbol.mismatch} (error): a symbol or address of the source is not in the target, the target has
 *       one the source lacks, or one was altered (a missing and an extra one of the same kind are reported as one
 *       altered token).
 * </ul>
 *
 * <p>Each distinct token must occur at least once on each side: a translation may name a symbol once where the source
 * repeats it. A language folder in a web address ({@code www.un.org/en/} and {@code www.un.org/fr/}) may follow the
 * target language, and a final slash may be left out. What counts as a symbol: see {@link VerbatimTokens}.
 */
public final class SymbolCheck implements SegmentCheck {

    static final String FAMILY = "symbol";
    static final Convention MISMATCH = Convention.of(FAMILY, "mismatch", Severity.ERROR);

    /** A UN language folder in a web address, which the versions of a page in other languages change. */
    private static final Pattern CYRILLIC = Pattern.compile("[\\u0400-\\u04FF]");

    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("/(?:ar|zh|en|fr|ru|es)(?=/|$|[?#])");

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<Issue> check(SegmentPair segment) {
        if (segment.target().isBlank()) {
            return List.of();
        }
        List<VerbatimTokens.Token> source = VerbatimTokens.in(segment.source());
        List<VerbatimTokens.Token> target = VerbatimTokens.in(segment.target());
        if (source.isEmpty() && target.isEmpty()) {
            return List.of();
        }
        List<VerbatimTokens.Token> missing = absent(source, target);
        List<VerbatimTokens.Token> extra = absent(target, source);
        List<Issue> issues = new ArrayList<>();
        for (VerbatimTokens.Token lost : missing) {
            VerbatimTokens.Token altered = takeOfKind(extra, lost.kind());
            if (altered != null) {
                issues.add(MISMATCH.issue(
                        "The " + lost.kind().words + " " + lost.text() + " is written " + altered.text()
                                + (CYRILLIC.matcher(altered.text()).find() ? " (with Cyrillic letters)" : "")
                                + " in the target: copy it exactly",
                        span(lost),
                        span(altered)));
            } else {
                issues.add(MISMATCH.issue(
                        "The " + lost.kind().words + " " + lost.text() + " of the source is missing in the target",
                        span(lost),
                        null));
            }
        }
        for (VerbatimTokens.Token added : extra) {
            issues.add(MISMATCH.issue(
                    "The target has the " + added.kind().words + " " + added.text() + ", which is not in the source",
                    null,
                    span(added)));
        }
        return Convention.inTextOrder(issues);
    }

    /** The distinct tokens of {@code from} that {@code other} lacks, each once. */
    private static List<VerbatimTokens.Token> absent(
            List<VerbatimTokens.Token> from, List<VerbatimTokens.Token> other) {
        List<VerbatimTokens.Token> absent = new ArrayList<>();
        for (VerbatimTokens.Token token : from) {
            String key = key(token);
            boolean found = other.stream().anyMatch(o -> o.kind() == token.kind() && key(o).equals(key));
            boolean listed = absent.stream().anyMatch(a -> key(a).equals(key));
            if (!found && !listed) {
                absent.add(token);
            }
        }
        return absent;
    }

    /** What must be equal: the text itself, or for a web address the text without language folder and final slash. */
    private static String key(VerbatimTokens.Token token) {
        if (token.kind() != VerbatimTokens.Kind.URL) {
            return token.text();
        }
        String url = LANGUAGE_FOLDER.matcher(token.text()).replaceAll("/*");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static VerbatimTokens.@Nullable Token takeOfKind(
            List<VerbatimTokens.Token> tokens, VerbatimTokens.Kind kind) {
        for (Iterator<VerbatimTokens.Token> it = tokens.iterator(); it.hasNext(); ) {
            VerbatimTokens.Token token = it.next();
            if (token.kind() == kind) {
                it.remove();
                return token;
            }
        }
        return null;
    }

    private static Span span(VerbatimTokens.Token token) {
        return new Span(token.start(), token.end());
    }
}
