package org.statementworkbench.qa.number;

/**
 * What a number mention is, for pairing and for messages. Mentions pair only within their {@link #group()}: a list
 * marker "(b)" is not the number 2, and a month name is not a day (though a month may stand for the number of the
 * same value when nothing else pairs with it, as in "16 May" against "16/5").
 */
enum MentionKind {
    NUMBER("the number", Group.VALUE),
    ORDINAL("the ordinal", Group.VALUE),
    PERCENT("the percentage", Group.VALUE),
    TIME("the time", Group.VALUE),
    MONTH("the month", Group.MONTH),
    MARKER("the list marker", Group.MARKER);

    enum Group {
        VALUE,
        MONTH,
        MARKER
    }

    private final String label;
    private final Group group;

    MentionKind(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    /** How a message names a mention of this kind, e.g. "the number". */
    String label() {
        return label;
    }

    Group group() {
        return group;
    }
}
