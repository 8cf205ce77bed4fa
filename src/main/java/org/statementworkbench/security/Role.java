package org.statementworkbench.security;

/**
 * What a user may do. A user holds one or more roles.
 * Use {@link Roles} constants in {@code @RolesAllowed} and {@code @PreAuthorize} expressions.
 */
public enum Role {
    /** Edits the target languages assigned to them. */
    TRANSLATOR("Translator"),
    /** Reviews and approves segments, approves proposed terms. */
    REVIEWER("Reviewer"),
    /** Curates the glossary. */
    GLOSSARY_MANAGER("Glossary manager"),
    /** Manages users, statements and settings. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority: ROLE_ + name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
