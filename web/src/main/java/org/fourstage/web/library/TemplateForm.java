package org.fourstage.web.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.support.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The name, description and stage goals of a clinic's own template.
 *
 * @param name the name physios choose it by
 * @param description who it suits
 * @param goal1 goal of Stage 1
 * @param goal2 goal of Stage 2
 * @param goal3 goal of Stage 3
 * @param goal4 goal of Stage 4
 * @param version the version the physio started from
 */
record TemplateForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") @PlainText String name,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.tooLong}") @PlainText String description,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") @PlainText String goal1,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") @PlainText String goal2,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") @PlainText String goal3,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.tooLong}") @PlainText String goal4,
		@Nullable Integer version) {

	static TemplateForm of(ProgramTemplate template, int version) {
		return new TemplateForm(template.name(), template.description(), template.stage(Stage.CALM_AND_UNLOAD).goal(),
				template.stage(Stage.RESTORE_MOBILITY).goal(), template.stage(Stage.STRENGTHEN_AND_COORDINATE).goal(),
				template.stage(Stage.INTEGRATE_INTO_DAILY_LIFE).goal(), version);
	}

	String goal(Stage stage) {
		return switch (stage) {
			case CALM_AND_UNLOAD -> this.goal1;
			case RESTORE_MOBILITY -> this.goal2;
			case STRENGTHEN_AND_COORDINATE -> this.goal3;
			case INTEGRATE_INTO_DAILY_LIFE -> this.goal4;
		};
	}

}
