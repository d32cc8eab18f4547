package org.fourstage.web.program;

import java.util.UUID;

import org.fourstage.web.support.FormValues;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The physio's choice when assigning a program: which template, which stage to begin in,
 * and why that stage.
 *
 * @param templateId the chosen template's id, as sent
 * @param startStage the number of the stage to begin in, as sent
 * @param reason why that stage
 */
public record AssignForm(@Nullable String templateId, @Nullable String startStage, @Nullable String reason) {

	/**
	 * The form a physio starts from.
	 * @param startStage the stage to offer
	 * @param reason the reason to offer
	 * @return the form
	 */
	static AssignForm offering(int startStage, String reason) {
		return new AssignForm(null, Integer.toString(startStage), reason);
	}

	/**
	 * The choice typed; an id or stage that cannot be read is refused next to its field.
	 * Whether the choice is allowed is {@link ProgramAssignment}'s rule.
	 * @param errors where refusals go
	 * @return the choice, or null when something could not be read
	 */
	ProgramAssignment.@Nullable Choice choice(Errors errors) {
		FormValues values = FormValues.into(errors);
		UUID template = values.choice("templateId", this.templateId, UUID::fromString);
		Integer stage = values.number("startStage", this.startStage, 1, ProgramAssignment.MAX_START_STAGE);
		if (errors.hasErrors()) {
			return null;
		}
		return new ProgramAssignment.Choice(template, (stage != null) ? stage : 0,
				(this.reason != null) ? this.reason : "");
	}

}
