package org.statementworkbench.comment;

/** Why someone was notified of a comment. */
public enum NotificationReason {
    /** They were named with {@code @username} in it. */
    MENTION("mentioned you"),
    /** It replies to a thread they wrote in. */
    REPLY("replied in a thread of yours");

    private final String label;

    NotificationReason(String label) {
        this.label = label;
    }

    /** As a sentence continues after the author's name. */
    public String label() {
        return label;
    }
}
