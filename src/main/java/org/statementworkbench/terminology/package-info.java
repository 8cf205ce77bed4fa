/**
 * Term recognition and term checks: finds glossary terms in running text in any inflected form (Russian cases,
 * Arabic clitics, French elision, Chinese without spaces) with one trie walk per text position over normalized
 * tokens. Builds from the glossary's published snapshot ({@code ApprovedGlossary}, {@code GlossarySnapshot}) only.
 */
@NullMarked
package org.statementworkbench.terminology;

import org.jspecify.annotations.NullMarked;
