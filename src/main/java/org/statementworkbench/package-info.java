@NullMarked
package org.statementworkbench;

import org.jspecify.annotations.NullMarked;
