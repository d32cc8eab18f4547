package org.fourstage.web.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.support.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The physio's decision to move a patient between stages.
 *
 * @param direction FORWARD, BACK or RESET (to Stage 1)
 * @param reason why, in the physio's words
 */
record StageMoveForm(@NotNull(message = "{validation.required}") @Nullable Direction direction,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.tooLong}") @PlainText @Nullable String reason) {

	enum Direction {

		FORWARD, BACK, RESET;

		/**
		 * The stage a move in this direction leads to.
		 * @param current the patient's stage now
		 * @return the stage after the move, the current one when there is none further
		 */
		Stage from(Stage current) {
			return switch (this) {
				case FORWARD -> current.next();
				case BACK -> current.previous();
				case RESET -> Stage.CALM_AND_UNLOAD;
			};
		}

	}

}
