/**
 * The UN terminology glossary: concepts with terms in the six languages, statuses, approval, and TBX/CSV
 * exchange. So far: reading TBX ({@code glossary.exchange}); storage, curation and approval follow.
 */
@NullMarked
package org.statementworkbench.glossary;

import org.jspecify.annotations.NullMarked;
