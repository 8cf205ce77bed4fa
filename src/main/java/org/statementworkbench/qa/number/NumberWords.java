package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Numbers written in words: the phrases of {@link WordTables} matched word by word (words joined by spaces or
 * hyphens), the longest phrase winning, then a scale word ("twelve million") or per cent after them. Arabic words
 * may carry a clitic (و ف ب ل ك, and لل for ل + ال). Where no phrase starts, a word may still carry a number
 * ({@link NumberStems}: décennal, سنتين, half).
 */
final class NumberWords {

    private final UnLanguage language;
    private final Lexicon lexicon;
    private final PhraseTrie trie;
    private final NumberStems stems;
    private final Set<String> bareScales;
    private static final int HASH_BITS = 1 << 20;
    private final BitSet wordHashes = new BitSet(HASH_BITS);
    private final BitSet stemStarts = new BitSet(0x10000);
    private final Map<String, String> withoutClitic;

    NumberWords(UnLanguage language, Lexicon lexicon) {
        this.language = language;
        this.lexicon = lexicon;
        this.trie = WordTables.build(language);
        this.stems = NumberStems.of(language);
        this.bareScales = lexicon.bareScales();
        this.withoutClitic = language == UnLanguage.AR ? withoutClitic(trie.firstWords()) : Map.of();
        trie.firstWords().forEach(w -> mayStart(w, false));
        withoutClitic.keySet().forEach(w -> mayStart(w, false));
        bareScales.forEach(w -> mayStart(w, false));
        stems.stems().forEach(w -> mayStart(w, true));
    }

    /** Notes a word that can start a number (or, for a stem, its first two letters). */
    private void mayStart(String word, boolean prefix) {
        if (prefix) {
            stemStarts.set(firstTwo(word.charAt(0), word.charAt(1)));
        } else {
            wordHashes.set(hash(word, 0, word.length()));
        }
    }

    /** Whether the word [start, end) of the text may start a number; most words are skipped unread this way. */
    private boolean mayStart(String t, int start, int end) {
        return wordHashes.get(hash(t, start, end))
                || (end > start + 1 && stemStarts.get(firstTwo(t.charAt(start), t.charAt(start + 1))));
    }

    private static int firstTwo(int first, int second) {
        return (Character.toLowerCase(first) * 31 + Character.toLowerCase(second)) & 0xFFFF;
    }

    /** A hash of the lower-case word, computed without making a string of it. */
    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = h * 31 + Character.toLowerCase(s.charAt(i));
        }
        return h & (HASH_BITS - 1);
    }

    /** The words of one text: their ranges, and their lower-case forms as far as they were needed. */
    private static final class Words {
        private final String text;
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private @Nullable String[] lower = new String[32];
        private int size;

        Words(String text) {
            this.text = text;
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetter(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                    lower = Arrays.copyOf(lower, size * 2);
                }
                starts[size] = start;
                ends[size++] = i;
            }
        }

        String word(int k) {
            String w = lower[k];
            if (w == null) {
                w = text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
                lower[k] = w;
            }
            return w;
        }

        /** Whether words k and k + 1 are one phrase: one to three spaces or hyphens between them. */
        boolean joined(int k) {
            int gap = starts[k + 1] - ends[k];
            if (gap < 1 || gap > 3) {
                return false;
            }
            for (int c = ends[k]; c < starts[k + 1]; c++) {
                char ch = text.charAt(c);
                if (ch != ' ' && ch != '-' && ch != NormalizedText.HARD_SPACE) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Match(PhraseTrie.Entry entry, int lastWord) {}

    void read(Claims claims) {
        String t = claims.text().text();
        Words words = new Words(t);
        for (int i = 0; i < words.size; i++) {
            int start = words.starts[i];
            if (!mayStart(t, start, words.ends[i]) || !claims.free(start, words.ends[i])) {
                continue;
            }
            Match match = longest(words, i, claims);
            if (match == null) {
                Lexicon.Found bare = bareScales.contains(words.word(i)) ? lexicon.scaleAt(t, start) : null;
                if (bare != null) {
                    claims.add(MentionKind.NUMBER, bare.factor(), null, start, bare.end(), false);
                } else {
                    stem(claims, words, i);
                }
                continue;
            }
            int end = words.ends[match.lastWord()];
            BigDecimal value = match.entry().value();
            if (value == null) {
                claims.claim(start, end);
            } else {
                MentionKind kind = match.entry().ordinal() ? MentionKind.ORDINAL : MentionKind.NUMBER;
                for (Lexicon.Found s = lexicon.scaleAt(t, end); s != null; s = lexicon.scaleAt(t, end)) {
                    value = value.multiply(s.factor());
                    end = s.end();
                }
                int percent = lexicon.percentAt(t, end);
                if (percent > 0) {
                    kind = MentionKind.PERCENT;
                    end = percent;
                }
                claims.add(kind, value, null, start, end, Mention.small(value));
            }
            while (i + 1 < words.size && words.starts[i + 1] < end) {
                i++;
            }
        }
    }

    private @Nullable Match longest(Words words, int i, Claims claims) {
        Match best = null;
        for (String word : firstWords(words.word(i))) {
            PhraseTrie.Cursor cursor = trie.start();
            int j = i;
            String next = word;
            while (cursor.step(next)) {
                PhraseTrie.Entry entry = cursor.entry();
                if (entry != null && (best == null || j > best.lastWord())) {
                    best = new Match(entry, j);
                }
                if (j + 1 >= words.size || !words.joined(j)) {
                    break;
                }
                j++;
                if (!claims.free(words.starts[j], words.ends[j])) {
                    break;
                }
                next = words.word(j);
            }
        }
        return best;
    }

    /** The word as written or, in Arabic, without the clitic it carries (وال, بال, لل ...); empty if neither starts a phrase. */
    private List<String> firstWords(String word) {
        if (language != UnLanguage.AR) {
            return List.of(word);
        }
        String bare = withoutClitic.get(word);
        return bare == null ? List.of() : List.of(bare);
    }

    /** Arabic: each word that starts a phrase, as written with each clitic, mapped to the word without it. */
    private static Map<String, String> withoutClitic(Set<String> firstWords) {
        Map<String, String> map = new HashMap<>();
        for (String w : firstWords) {
            map.put(w, w);
            for (String clitic : List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")) {
                map.putIfAbsent(clitic + w, w);
            }
            if (w.startsWith("ال")) {
                map.putIfAbsent("لل" + w.substring(2), w);
                map.putIfAbsent("ولل" + w.substring(2), w);
            }
        }
        return Map.copyOf(map);
    }

    private void stem(Claims claims, Words words, int k) {
        NumberStems.Stem stem = stems.match(words.word(k));
        if (stem != null) {
            claims.add(MentionKind.NUMBER, stem.value(), stem.alternative(), words.starts[k], words.ends[k], true);
        }
    }
}
