/** The administrators' view of the translation memories: manage, import and export TMX. */
@NullMarked
package org.statementworkbench.memory.ui;

import org.jspecify.annotations.NullMarked;
