package org.statementworkbench.qa.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a segment every language copies as they are: UN document symbols ({@code A/RES/74/174},
 * {@code E/CN.15/2022/L.1}, {@code S/2015/123}, {@code A/76/L.12/Rev.1}; the Arabic and Chinese versions keep them in
 * Latin letters too), web addresses and e-mail addresses. The symbol check compares them; the punctuation and space
 * checks leave them alone (a colon in {@code https://} is no French colon).
 *
 * <p>A document symbol here is an upper-case series mark ({@code A}, {@code E}, {@code ST}, {@code CRC}, ...) and at
 * least two more parts after slashes, with at least one digit in all: {@code HIV/AIDS}, {@code ODA/GNI} and
 * {@code UTC/07:00} are not symbols. Cyrillic capitals are read as letters too, so that a symbol typed with a Cyrillic {@code А} in a Russian
 * text shows up as altered rather than missing.
 */
final class VerbatimTokens {

    /** What a token is, in the words of a message. */
    enum Kind {
        SYMBOL("document symbol"),
        URL("web address"),
        EMAIL("e-mail address");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    record Token(Kind kind, String text, int start, int end) {}

    /** What a symbol is written with: Latin and Cyrillic letters, digits. */
    private static final String SYMBOL_CHARS = "A-Za-z0-9\\u0400-\\u04FF";

    private static final Pattern URL = Pattern.compile(
            "(?<![" + SYMBOL_CHARS + "@.])(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#@!$&+,;=%()]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    /** A series mark (A, E/CN.15's E, ST, ...), then parts after slashes (RES, CN.15, 2022, L.12, Rev.1, ...). */
    private static final Pattern SYMBOL = Pattern.compile("(?<![" + SYMBOL_CHARS + "/.])"
            + "[A-Z\\u0410-\\u042F]{1,10}(?:\\.\\d{1,4})?"
            + "(?:/[" + SYMBOL_CHARS + "]+(?:[.\\-][" + SYMBOL_CHARS + "]+)*)+"
            + "(?![" + SYMBOL_CHARS + "/])");
    /** Characters that end a sentence rather than a web address. */
    private static final String URL_TRAILERS = ".,;:!?)";

    private VerbatimTokens() {}

    /** The tokens of a text, in text order. */
    static List<Token> in(String text) {
        boolean slash = text.indexOf('/') >= 0;
        boolean at = text.indexOf('@') >= 0;
        if (!slash && !at && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = urlEnd(text, url.start(), url.end());
            tokens.add(new Token(Kind.URL, text.substring(url.start(), end), url.start(), end));
        }
        if (at) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                addOutside(tokens, Kind.EMAIL, email, text);
            }
        }
        if (slash) {
            Matcher symbol = SYMBOL.matcher(text);
            while (symbol.find()) {
                if (hasDigit(symbol.group()) && slashes(symbol.group()) >= 2) {
                    addOutside(tokens, Kind.SYMBOL, symbol, text);
                }
            }
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return tokens;
    }

    /** Whether a position lies inside one of the tokens. */
    static boolean covers(List<Token> tokens, int index) {
        for (int i = 0; i < tokens.size(); i++) {
            if (index >= tokens.get(i).start() && index < tokens.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /** Sentence punctuation after an address is not part of it, nor a closing bracket it did not open. */
    private static int urlEnd(String text, int start, int end) {
        int e = end;
        while (e > start && URL_TRAILERS.indexOf(text.charAt(e - 1)) >= 0) {
            if (text.charAt(e - 1) == ')' && count(text, start, e, '(') >= count(text, start, e, ')')) {
                break;
            }
            e--;
        }
        return e;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static void addOutside(List<Token> tokens, Kind kind, Matcher match, String text) {
        if (!covers(tokens, match.start())) {
            tokens.add(new Token(kind, text.substring(match.start(), match.end()), match.start(), match.end()));
        }
    }

    private static int slashes(String text) {
        return count(text, 0, text.length(), '/');
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
