/**
 * The UN terminology glossary: concepts with terms in the six languages, statuses, approval, and TBX/CSV
 * exchange ({@code glossary.exchange}: TBX v3/v2 and CSV, read and written), curation with a change history, term
 * proposals and their approval. {@link org.statementworkbench.glossary.GlossaryService} is the module's API.
 */
@NullMarked
package org.statementworkbench.glossary;

import org.jspecify.annotations.NullMarked;
