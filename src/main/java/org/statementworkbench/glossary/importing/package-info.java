/**
 * The glossary import, internal to the module: a file is parsed and checked ({@code IncomingConcept}), compared
 * with the glossary ({@code ImportClassifier}: new, unchanged, changed, duplicate, conflicting) into an
 * {@code ImportPreview} kept on the server, and committed with the manager's {@code ImportDecisions} in one
 * transaction (new concepts in bulk by {@code NewConcepts}, merges and replacements by {@code ImportUpdates}).
 * {@code GlossaryExchangeService} checks the role and is the way in; {@code ShippedGlossary} loads the shipped
 * glossary on the first start. The preview and decision records are public for the glossary screens.
 */
@NullMarked
package org.statementworkbench.glossary.importing;

import org.jspecify.annotations.NullMarked;
