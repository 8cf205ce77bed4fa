/** Reading and writing glossary exchange files: TBX v3 (DCA and DCT style) and v2, CSV. */
@NullMarked
package org.statementworkbench.glossary.exchange;

import org.jspecify.annotations.NullMarked;
