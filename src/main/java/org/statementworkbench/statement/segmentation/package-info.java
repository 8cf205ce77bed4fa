/** Splitting paragraphs into sentence segments: SRX rules per language plus the UN overlay. */
@NullMarked
package org.statementworkbench.statement.segmentation;

import org.jspecify.annotations.NullMarked;
