/**
 * The number checks ({@code number.missing}, {@code number.extra}, {@code number.mismatch}): a reader per language
 * finds the numbers a text mentions (digits with the language's separators, number words and ordinals, Chinese
 * numerals, scale words, per cent, times, month names, list markers) as values, and {@link
 * org.statementworkbench.qa.number.NumberCheck} pairs the values of the source with those of the target.
 */
@NullMarked
package org.statementworkbench.qa.number;

import org.jspecify.annotations.NullMarked;
