package org.fourstage.seeds.stage;

import org.fourstage.domain.program.Stage;

/**
 * A stage's name and its goal in plain words.
 *
 * @param stage the stage
 * @param name its short name
 * @param goal what the patient works towards in it
 */
public record StageGuide(Stage stage, String name, String goal) {

}
