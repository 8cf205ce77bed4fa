package org.statementworkbench.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * A reproducible memory of as many distinct, realistic English-French units as a benchmark needs, from the SDG texts:
 * unit k is English sentence a (with word i left out) followed by sentence b, French a + b beside it, for
 * a = k mod S, b = (k / S) mod S, i = k / S² (S sentences of eight words or more), so every unit is real UN wording
 * and no two are equal (from {@link #distinct()}). Shared by {@link MemoryScaleBench} (the index alone) and {@link TmxImportBench} (the import).
 */
final class SdgUnits {

    private final List<String> english;
    private final List<String> french;

    private SdgUnits(List<String> english, List<String> french) {
        this.english = english;
        this.french = french;
    }

    /**
     * The sentence pairs of the SDG corpus whose English has eight words or more (French in NFC). Some pairs occur
     * more than once in the corpus (the same target or indicator under two numbers), so a few units repeat others.
     */
    static SdgUnits load() {
        return load(false);
    }

    /** As {@link #load()}, each pair once: no two units have the same texts (what a TMX import counts as duplicates). */
    static SdgUnits distinct() {
        return load(true);
    }

    private static SdgUnits load(boolean distinct) {
        SdgCorpus corpus = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        corpus.sentences().values().forEach(m -> {
            String e = m.getOrDefault("en", "").strip();
            String f = Normalizer.normalize(m.getOrDefault("fr", "").strip(), Normalizer.Form.NFC);
            if (e.split(" ").length >= 8 && !f.isEmpty() && (!distinct || seen.add(List.of(e, f)))) {
                en.add(e);
                fr.add(f);
            }
        });
        return new SdgUnits(List.copyOf(en), List.copyOf(fr));
    }

    /** The English sentences the units are made of. */
    List<String> english() {
        return english;
    }

    /** Unit k's English text. */
    String source(long k) {
        int s = english.size();
        String a = english.get((int) (k % s));
        String b = english.get((int) ((k / s) % s));
        String[] words = a.split(" ");
        int drop = (int) ((k / ((long) s * s)) % (words.length + 1)); // words.length: nothing left out
        var text = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            if (w != drop) {
                text.append(text.isEmpty() ? "" : " ").append(words[w]);
            }
        }
        return text.append(' ').append(b).toString();
    }

    /** Unit k's French text. */
    String target(long k) {
        int s = french.size();
        return french.get((int) (k % s)) + " " + french.get((int) ((k / s) % s));
    }
}
