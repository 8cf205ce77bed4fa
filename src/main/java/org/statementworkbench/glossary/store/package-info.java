/**
 * The glossary's persistence, internal to the module: the entities (concepts, terms, proposals, the change log),
 * their repositories, the bulk reads of {@link org.statementworkbench.glossary.store.StoredConcepts}, the search
 * queries and {@link org.statementworkbench.glossary.store.GlossaryLog}, which records every change and bumps the
 * glossary revision. Its types are public for the module's services and import pipeline only: Spring Modulith
 * keeps other modules out of sub-packages ({@code ModularityTests}).
 */
@NullMarked
package org.statementworkbench.glossary.store;

import org.jspecify.annotations.NullMarked;
