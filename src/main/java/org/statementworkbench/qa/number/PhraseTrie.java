package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Number phrases of one language as a trie over lower-case words ("fifty", "third"; "пятьдесят", "третьей"), so a
 * text is matched word by word, the longest phrase winning. A phrase without a value is a stop phrase: it is read
 * and skipped ("pour cent" is not the number 100). Built once, then only read: safe to share between threads.
 */
final class PhraseTrie {

    /** What a phrase stands for: a value and whether it is an ordinal; no value for a stop phrase. */
    record Entry(@Nullable BigDecimal value, boolean ordinal) {}

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);

        @Nullable
        private Entry entry;
    }

    private final Node root = new Node();
    private int size;

    /** Adds a phrase; the first value given for a phrase stays (cardinal readings are added before ordinals). */
    void add(List<String> words, @Nullable BigDecimal value, boolean ordinal) {
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node());
        }
        if (node.entry == null) {
            node.entry = new Entry(value, ordinal);
            size++;
        }
    }

    int size() {
        return size;
    }

    /** A cursor at the root, to walk a phrase word by word. */
    Cursor start() {
        return new Cursor(root);
    }

    /** The words that phrases start with. */
    Set<String> firstWords() {
        return root.next.keySet();
    }

    /** Whether some phrase starts with this word. */
    boolean startsWith(String word) {
        return root.next.containsKey(word);
    }

    /** A position in the trie. */
    static final class Cursor {
        private @Nullable Node node;

        private Cursor(Node node) {
            this.node = node;
        }

        /** Moves on by one word; false (and the cursor is spent) when no phrase continues with it. */
        boolean step(String word) {
            node = node == null ? null : node.next.get(word);
            return node != null;
        }

        /** The phrase that ends here, if any. */
        @Nullable
        Entry entry() {
            return node == null ? null : node.entry;
        }
    }
}
