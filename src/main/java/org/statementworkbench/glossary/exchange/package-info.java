/**
 * Reading and writing glossary exchange files: TBX v3 (DCA and DCT style) and v2, CSV; the formats
 * ({@link org.statementworkbench.glossary.exchange.ImportFormat}) and stored concepts as exchange records.
 */
@NullMarked
package org.statementworkbench.glossary.exchange;

import org.jspecify.annotations.NullMarked;
