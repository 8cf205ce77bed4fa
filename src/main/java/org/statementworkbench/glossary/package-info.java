/**
 * The UN terminology glossary: concepts with terms in the six languages, statuses, approval, curation with a
 * change history, term proposals and their approval, TBX/CSV import and export. This package is the module's
 * API: the services ({@code GlossaryService}, {@code TermProposalService}, {@code GlossaryExchangeService},
 * {@code GlossaryTerms}), {@code GlossaryFiles}, the events and the records the services take and return.
 * The sub-packages are internal: {@code store} (entities, repositories, queries, the change log), {@code importing}
 * (the import pipeline), {@code exchange} (TBX v3/v2 and CSV, read and written) and {@code ui}.
 */
@NullMarked
package org.statementworkbench.glossary;

import org.jspecify.annotations.NullMarked;
