package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The {@link TokenAnalyzer} of each language. */
public final class Analyzers {

    /** French elided words: "l'", "d'", "qu'", ... are dropped before the word they attach to. */
    private static final Set<String> FRENCH_ELISION =
            Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");

    private Analyzers() {}

    /** The analyzer for a BCP 47 language tag; languages without their own rules are folded only. */
    public static TokenAnalyzer forLanguage(String tag) {
        String lang = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (lang) {
            case "en" ->
                new Stemming(
                        Stemmers::english,
                        Set.of(),
                        true,
                        Set.of("of", "the", "and", "or", "for", "in", "on", "to", "a", "an"),
                        Set.of("and", "or"),
                        Nominalizations::english,
                        Nominalizations::englishCompound,
                        ENGLISH_OBJECT_OPENERS);
            case "fr" ->
                new Stemming(
                        Stemmers::french,
                        FRENCH_ELISION,
                        false,
                        Set.of(
                                "de", "des", "du", "d", "la", "l", "le", "les", "et", "ou", "a", "au", "aux", "en",
                                "pour"),
                        Set.of("et", "ou"),
                        Nominalizations::french,
                        List::of,
                        Set.of());
            case "es" ->
                new Stemming(
                        Stemmers::spanish,
                        Set.of(
                                "de", "del", "la", "las", "lo", "los", "el", "y", "e", "o", "u", "en", "para", "a",
                                "al"),
                        Set.of("y", "e", "o", "u"),
                        Nominalizations::spanish);
            case "ru" ->
                new Stemming(
                        Stemmers::russian,
                        Set.of("в", "и", "или", "по", "с", "о", "об", "для", "на", "к"),
                        Set.of("и", "или"),
                        Nominalizations::russian);
            case "ar" -> new Arabic();
            default -> new Stemming(UnaryOperator.identity(), Set.of(), Set.of(), w -> null);
        };
    }

    /**
     * Words that open the object of an English verb: an "-ing" word right before one of them is the verb, not the
     * noun ("meeting the needs", "financing their plans"), so it never stands for a noun term ("meeting").
     */
    private static final Set<String> ENGLISH_OBJECT_OPENERS = Set.of(
            "the", "a", "an", "its", "their", "our", "his", "her", "my", "your", "this", "these", "those", "all",
            "every", "each", "both", "such", "some", "any");
    /** The key of such a verb: no term has it. */
    private static final String VERB = "\u0000verb:";

    /**
     * Fold, then stem each word; optional French-style elision and English possessive "'s"; an "-ing" word followed
     * by one of {@code objectOpeners} is keyed as a verb.
     */
    private record Stemming(
            UnaryOperator<String> stemmer,
            Set<String> elided,
            boolean possessive,
            Set<String> functionWords,
            Set<String> conjunctions,
            Function<String, @Nullable String> nominal,
            Function<String, List<String>> rewordings,
            Set<String> objectOpeners)
            implements TokenAnalyzer {

        /** A language without elision, possessive "'s", rewordings of its terms or verb keys. */
        Stemming(
                UnaryOperator<String> stemmer,
                Set<String> functionWords,
                Set<String> conjunctions,
                Function<String, @Nullable String> nominal) {
            this(stemmer, Set.of(), false, functionWords, conjunctions, nominal, List::of, Set.of());
        }

        /** The next word opens an object and only spaces stand between the two. */
        private boolean verbObjectNext(String text, WordSplitter.Span word, WordSplitter.Span next) {
            return objectOpeners.contains(Folding.fold(text.substring(next.start(), next.end())))
                    && text.substring(word.end(), next.start()).isBlank();
        }

        @Override
        public List<String> looseForms(String term) {
            return rewordings.apply(term);
        }

        /** The noun its verb names; a verb keyed apart ("making their decisions") also as the word itself. */
        @Override
        public List<String> nominalKeys(Token token) {
            String folded = Folding.fold(token.surface());
            String noun = nominal.apply(folded);
            List<String> keys = noun == null ? List.of() : List.of(stemmer.apply(noun));
            return token.key().startsWith(VERB)
                    ? Stream.concat(keys.stream(), Stream.of(stemmer.apply(folded)))
                            .toList()
                    : keys;
        }

        @Override
        public boolean functionWord(Token token) {
            return functionWords.contains(Folding.fold(token.surface()));
        }

        @Override
        public boolean conjunction(Token token) {
            return conjunctions.contains(Folding.fold(token.surface()));
        }

        @Override
        public List<Token> text(String text) {
            List<Token> tokens = new ArrayList<>();
            List<WordSplitter.Span> words = WordSplitter.words(text);
            for (int i = 0; i < words.size(); i++) {
                WordSplitter.Span w = words.get(i);
                String surface = text.substring(w.start(), w.end());
                String folded = Folding.fold(surface);
                if (!elided.isEmpty() && elided.contains(folded) && WordSplitter.apostropheAfter(text, w)) {
                    continue;
                }
                if (possessive && folded.equals("s") && WordSplitter.apostropheBefore(text, w)) {
                    continue;
                }
                String key = stemmer.apply(folded);
                if (folded.endsWith("ing") && i + 1 < words.size() && verbObjectNext(text, w, words.get(i + 1))) {
                    key = VERB + key;
                }
                tokens.add(new Token(w.start(), w.end(), surface, List.of(key)));
            }
            return tokens;
        }
    }

    /**
     * Arabic: a term word's key is its folded form without the article; a text word also offers its forms without
     * the conjunctions و/ف, the prepositions ب/ك/ل and the article (ل + ال written لل), so "لمجلس" and
     * "والجمعية" meet "مجلس" and "الجمعية"; a broken plural also offers its singular ({@link ArabicPlurals}:
     * "الجرائم" meets "الجريمة").
     */
    private static final class Arabic implements TokenAnalyzer {

        private static final String ARTICLE = "ال";

        @Override
        public List<Token> text(String text) {
            List<Token> tokens = new ArrayList<>();
            for (WordSplitter.Span w : WordSplitter.words(text)) {
                String surface = text.substring(w.start(), w.end());
                List<String> keys = candidates(Folding.fold(surface));
                List<String> singulars = ArabicPlurals.get().singulars(surface);
                if (!singulars.isEmpty()) {
                    Set<String> all = new LinkedHashSet<>(keys);
                    all.addAll(singulars);
                    keys = List.copyOf(all);
                }
                tokens.add(new Token(w.start(), w.end(), surface, keys));
            }
            return tokens;
        }

        @Override
        public List<Token> term(String term) {
            List<Token> tokens = new ArrayList<>();
            for (WordSplitter.Span w : WordSplitter.words(term)) {
                String surface = term.substring(w.start(), w.end());
                tokens.add(new Token(w.start(), w.end(), surface, List.of(withoutArticle(Folding.fold(surface)))));
            }
            return tokens;
        }

        /** Without the article, and sound plural and dual endings (-ون/-ين/-ان) read alike; ذوي as ذوو. */
        private static String withoutArticle(String w) {
            return endings(w.startsWith(ARTICLE) && w.length() >= 4 ? w.substring(2) : w);
        }

        private static String endings(String s) {
            if (s.equals("ذوي") || s.equals("ذوا")) {
                return "ذوو";
            }
            if (s.length() >= 5 && (s.endsWith("ون") || s.endsWith("ين") || s.endsWith("ان"))) {
                return s.substring(0, s.length() - 2);
            }
            return s;
        }

        private static List<String> candidates(String w) {
            Set<String> bases = new LinkedHashSet<>();
            bases.add(w);
            for (String conj : new String[] {"", "و", "ف"}) {
                if (!w.startsWith(conj) || w.length() - conj.length() < 2) {
                    continue;
                }
                String w1 = w.substring(conj.length());
                for (String prep : new String[] {"", "ب", "ك", "ل"}) {
                    if (!w1.startsWith(prep) || w1.length() - prep.length() < 2) {
                        continue;
                    }
                    String w2 = w1.substring(prep.length());
                    bases.add(w2);
                    if (prep.equals("ل") && w2.startsWith("ل") && w2.length() >= 3) {
                        bases.add(w2.substring(1));
                    }
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(withoutArticle(w));
            for (String b : bases) {
                keys.add(endings(b));
                keys.add(withoutArticle(b));
            }
            for (String b : bases) {
                suffixed(b, keys);
                if (b.startsWith(ARTICLE) && b.length() >= 4) {
                    suffixed(b.substring(2), keys);
                }
            }
            return List.copyOf(keys);
        }

        /** Attached possessive pronouns (from two letters: ها هم هما هن كم نا), longest first. */
        private static final String[] PRONOUNS = {"هما", "ها", "هم", "هن", "كم", "نا"};

        /**
         * The word without an attached possessive pronoun ("تنوعها", its diversity, to "تنوع"; ta marbuta, written
         * ت before it, read as ه again: "قدرتها" to "قدره") and without the sound feminine plural or dual ending
         * ("اللقاحات" to "لقاح", "منظمات" and "منظمتان" to "منظمه"; a noun in -يا takes -يات: "تكنولوجيات" to
         * "تكنولوجيا"). At least three letters stay.
         */
        private static void suffixed(String w, Set<String> keys) {
            String s = w;
            for (String p : PRONOUNS) {
                if (s.endsWith(p) && s.length() - p.length() >= 3) {
                    s = s.substring(0, s.length() - p.length());
                    keys.add(s);
                    if (s.endsWith("ت")) {
                        keys.add(s.substring(0, s.length() - 1) + "ه");
                    }
                    break;
                }
            }
            if (s.endsWith("ات") && s.length() >= 5) {
                String stem = s.substring(0, s.length() - 2);
                keys.add(stem);
                keys.add(stem + "ه");
                if (stem.endsWith("ي")) {
                    keys.add(stem + "ا");
                }
            } else if ((s.endsWith("تان") || s.endsWith("تين")) && s.length() >= 6) {
                keys.add(s.substring(0, s.length() - 3) + "ه");
            }
        }
    }
}
