package org.statementworkbench.security;

/** Role names as compile-time constants, for annotations such as {@code @RolesAllowed(Roles.ADMIN)}. */
public final class Roles {
    public static final String TRANSLATOR = "TRANSLATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String GLOSSARY_MANAGER = "GLOSSARY_MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
