/** Reading statement files (txt, md, docx, html, pasted text) into paragraphs of formatted text runs. */
@NullMarked
package org.statementworkbench.statement.importing;

import org.jspecify.annotations.NullMarked;
