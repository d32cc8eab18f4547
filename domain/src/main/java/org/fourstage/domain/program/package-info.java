/**
 * A patient's four-stage rehabilitation program in the clinic's words: the
 * {@link org.fourstage.domain.program.Stage stages}, the exercises prescribed in each
 * with their {@link org.fourstage.domain.program.Dosage}, the customised
 * {@link org.fourstage.domain.program.Program} with its versions, stage moves and
 * plain-words change descriptions. Everything here is a pure value or function; storage
 * and screens live in other modules.
 */
@NullMarked
package org.fourstage.domain.program;

import org.jspecify.annotations.NullMarked;
