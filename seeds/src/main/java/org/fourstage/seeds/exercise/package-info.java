/**
 * The exercise library as data: every exercise of the four stages with its instructions,
 * cautions, target muscle group and default dosage, read from {@code exercises.seed}
 * beside {@link org.fourstage.seeds.exercise.ExerciseLibrary}. The texts are written in
 * our own words for patients doing the exercises alone at home.
 */
@NullMarked
package org.fourstage.seeds.exercise;

import org.jspecify.annotations.NullMarked;
