/**
 * The program templates as data: the standard four-stage program, the QL-focused variant
 * and the morning-stiffness variant, read from {@code templates.seed} beside
 * {@link org.fourstage.seeds.template.ProgramTemplates} and checked against the exercise
 * library so a template never refers to an exercise that does not exist.
 */
@NullMarked
package org.fourstage.seeds.template;

import org.jspecify.annotations.NullMarked;
