/**
 * The small text format the seed files are written in: named blocks of {@code key: value}
 * lines, where a repeated key keeps its order (steps, cautions). It is plain enough for a
 * clinician to edit and needs no library to read, and {@link DosageNotation} reads a
 * dosage written as {@code sets=3, reps=10, holdSeconds=5}.
 */
@NullMarked
package org.fourstage.seeds.format;

import org.jspecify.annotations.NullMarked;
