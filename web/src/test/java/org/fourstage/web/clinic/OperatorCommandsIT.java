package org.fourstage.web.clinic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourstage.reporting.clinic.ClinicDirectoryQuery;
import org.fourstage.web.account.PasswordLinks;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebTest
@ExtendWith(OutputCaptureExtension.class)
class OperatorCommandsIT {

	@Autowired
	ClinicSetup setup;

	@Autowired
	ClinicDirectoryQuery directory;

	@Autowired
	PasswordLinks links;

	@Autowired
	MockMvc mvc;

	@Test
	void addsAClinicWithItsAdminAndPrintsTheSetPasswordLink(CapturedOutput output) throws Exception {
		commands().run(new DefaultApplicationArguments("clinic-add", "--clinic-name=North Shore Physio",
				"--admin-email=lead@northshore.example", "--admin-name=Nia North"));

		Matcher link = Pattern.compile("/password/set\\?token=([A-Za-z0-9_-]+)").matcher(output.getOut());
		assertThat(link.find()).isTrue();
		assertThat(output.getOut()).contains("its sign-in code is north-shore-physio");
		this.mvc.perform(get("/password/set").param("token", link.group(1)))
			.andExpect(view().name("account/set-password"));

		commands().run(new DefaultApplicationArguments("clinic-list"));
		assertThat(output.getOut()).contains("sign-in code north-shore-physio  North Shore Physio");
	}

	@Test
	void refusesMissingOrBadOptionsWithoutCreatingAnything() {
		int before = this.directory.entries().size();
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> commands().run(new DefaultApplicationArguments("clinic-add", "--admin-email=a@b.example")))
			.withMessageContaining("--clinic-name");
		assertThatIllegalArgumentException().isThrownBy(() -> commands()
			.run(new DefaultApplicationArguments("clinic-add", "--clinic-name=X", "--admin-email=not-an-email")));
		assertThat(this.directory.entries()).hasSize(before);
	}

	private OperatorCommands commands() {
		return new OperatorCommands(this.setup, this.directory, this.links);
	}

}
