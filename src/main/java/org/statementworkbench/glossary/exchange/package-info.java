/** Reading (and later writing) glossary exchange files: TBX v3 and v2, CSV. */
@NullMarked
package org.statementworkbench.glossary.exchange;

import org.jspecify.annotations.NullMarked;
