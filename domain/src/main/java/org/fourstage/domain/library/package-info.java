/**
 * The exercise library and program templates: the shared and clinic-own
 * {@link org.fourstage.domain.library.LibraryExercise exercises} with their filter, and
 * the {@link org.fourstage.domain.library.ProgramTemplate templates} a program starts
 * from. Built on the program's stages and dosages; storage lives in other modules.
 */
@NullMarked
package org.fourstage.domain.library;

import org.jspecify.annotations.NullMarked;
