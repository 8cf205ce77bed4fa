/**
 * Shared kernel: the six UN official languages and the base UI (main layout, error handling).
 * Open module: every feature may use it; it uses no feature.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.statementworkbench.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
