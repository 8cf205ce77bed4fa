package org.statementworkbench.qa.conventions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;

/**
 * Marks that come in pairs (see {@link PunctuationCheck} for the ids): brackets and double quotes opened and not
 * closed or closed and not opened, and the Spanish {@code ¿…?} and {@code ¡…!}.
 *
 * <p>A target is held to balance only where its source is balanced: a quotation that runs over several sentences is
 * split over several segments, and then neither side balances. Single quotes are not counted (’ is also the
 * apostrophe), nor is a list marker such as {@code a)} or {@code ii)} that closes no bracket.
 */
final class PairedMarks {

    static final Convention UNBALANCED = Convention.of(PunctuationCheck.FAMILY, "unbalanced", Severity.ERROR);
    static final Convention INVERTED_MARK = Convention.of(PunctuationCheck.FAMILY, "inverted-mark", Severity.ERROR);

    /** Pairs of the same group are balanced or not together in the source. */
    private enum Group {
        BRACKETS,
        QUOTES
    }

    /** Opening marks, and their closing marks at the same index: brackets first, then quotes from « on. */
    private static final String OPENERS = "(（[【《〈«“\"";

    private static final String CLOSERS = ")）]】》〉»”\"";
    /** The low opening quote of „…“, closed by “. */
    private static final char LOW_QUOTE = '„';

    private static final int CURLY = OPENERS.indexOf('“');
    private static final int STRAIGHT = OPENERS.indexOf('"');
    private static final int GUILLEMET = OPENERS.indexOf('«');

    private static final Pattern LIST_MARKER = Pattern.compile("\\p{L}|\\d{1,3}|[ivx]{1,4}");

    private record Unmatched(int index, boolean opener, Group group) {}

    private PairedMarks() {}

    static void unbalanced(String source, String target, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        Set<Group> unbalancedInSource = EnumSet.noneOf(Group.class);
        for (Unmatched u : unmatched(source, VerbatimTokens.in(source))) {
            unbalancedInSource.add(u.group());
        }
        for (Unmatched u : unmatched(target, verbatim)) {
            if (unbalancedInSource.contains(u.group())) {
                continue;
            }
            String mark = name(target.charAt(u.index()));
            out.add(UNBALANCED.inTarget(
                    u.opener()
                            ? "The " + mark + " is opened but not closed"
                            : "The " + mark + " closes nothing: its opening mark is missing",
                    u.index(),
                    u.index() + 1));
        }
    }

    private static String name(char mark) {
        String kind =
                "《》〈〉".indexOf(mark) >= 0 ? "title mark" : "([（）)]【】".indexOf(mark) >= 0 ? "bracket" : "quotation mark";
        return kind + " " + mark;
    }

    private static List<Unmatched> unmatched(String text, List<VerbatimTokens.Token> verbatim) {
        List<Deque<Integer>> open = new ArrayList<>(OPENERS.length());
        for (int k = 0; k < OPENERS.length(); k++) {
            open.add(new ArrayDeque<>(4));
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int opener = c == LOW_QUOTE ? CURLY : OPENERS.indexOf(c);
            int closer = CLOSERS.indexOf(c);
            if ((opener < 0 && closer < 0) || VerbatimTokens.covers(verbatim, i)) {
                continue;
            }
            boolean closesLow = c == '“' && opensLow(text, open.get(CURLY));
            if (closesLow
                    || (closer >= 0
                            && (closer != STRAIGHT || !open.get(STRAIGHT).isEmpty()))) {
                int pair = closesLow ? CURLY : closer;
                Deque<Integer> stack = open.get(pair);
                if (!stack.isEmpty()) {
                    stack.pop();
                } else if (!isListMarker(text, i)) {
                    unmatched.add(new Unmatched(i, false, group(pair)));
                }
            } else if (opener >= 0) {
                open.get(opener).push(i);
            }
        }
        for (int k = 0; k < open.size(); k++) {
            for (int index : open.get(k)) {
                unmatched.add(new Unmatched(index, true, group(k)));
            }
        }
        return unmatched;
    }

    /** Whether the innermost open double quote is a low one („), which “ closes. */
    private static boolean opensLow(String text, Deque<Integer> openQuotes) {
        Integer top = openQuotes.peek();
        return top != null && text.charAt(top) == LOW_QUOTE;
    }

    private static Group group(int pair) {
        return pair >= GUILLEMET ? Group.QUOTES : Group.BRACKETS;
    }

    /**
     * "a)", "б)", "أ)", "12)", "iv)" at the start of the text or after a space: a list marker (one letter, up to three
     * digits or a small Roman numeral), no bracket.
     */
    private static boolean isListMarker(String text, int close) {
        if (text.charAt(close) != ')' && text.charAt(close) != '）') {
            return false;
        }
        int start = close;
        while (start > 0 && close - start < 4 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        boolean markerStart =
                start == 0 || CharContext.isSpace(text.charAt(start - 1)) || text.charAt(start - 1) == '*';
        return start < close
                && markerStart
                && LIST_MARKER.matcher(text).region(start, close).matches();
    }

    /** Spanish opens a question with ¿ and an exclamation with ¡ in the same sentence. */
    static void inverted(UnLanguage language, String text, List<VerbatimTokens.Token> verbatim, List<Issue> out) {
        if (language != UnLanguage.ES) {
            return;
        }
        pairs(text, verbatim, '¿', '?', "question", out);
        pairs(text, verbatim, '¡', '!', "exclamation", out);
    }

    private static void pairs(
            String text, List<VerbatimTokens.Token> verbatim, char open, char close, String what, List<Issue> out) {
        Deque<Integer> opened = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                opened.push(i);
            } else if (c == close && !VerbatimTokens.covers(verbatim, i)) {
                if (opened.isEmpty()) {
                    out.add(INVERTED_MARK.inTarget(
                            "Spanish opens the " + what + " with “" + open + "” before “" + close + "”", i, i + 1));
                } else {
                    opened.pop();
                }
            }
        }
        for (int index : opened) {
            out.add(INVERTED_MARK.inTarget(
                    "The " + what + " opened with “" + open + "” has no closing “" + close + "”", index, index + 1));
        }
    }
}
