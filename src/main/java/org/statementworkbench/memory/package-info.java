/**
 * Translation memory: named memories of multilingual units (one text per UN language), filled automatically from
 * approved segments ({@link org.statementworkbench.statement.SegmentApproved}), and fuzzy matching with the
 * conventions of CAT tools ({@link org.statementworkbench.memory.MemoryService#matches}). The database is the source
 * of truth; candidate retrieval goes through a Lucene index derived from it ({@code MemoryIndex}, its only owner),
 * and candidates are then scored exactly ({@code FuzzyScorer}). Administrators manage the memories and exchange them
 * as TMX 1.4b ({@link org.statementworkbench.memory.MemoryAdminService}; {@code TmxReader}, {@code TmxWriter}, inline
 * codes as placeholders: {@code TmxInline}); bulk writes go through JDBC ({@code UnitStore}).
 */
@NullMarked
package org.statementworkbench.memory;

import org.jspecify.annotations.NullMarked;
