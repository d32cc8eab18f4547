package org.fourstage.web.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fourstage.domain.account.Account;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class AuditLogPageIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@BeforeEach
	void activity() throws Exception {
		this.signedIn.adminSession();
		SignIn.attempt(this.mvc, this.signedIn.physio(), "a wrong password for the log");
		this.signedIn.physioSession();
		this.signedIn.otherClinic().physioSession();
	}

	@Test
	void showsTheClinicsOwnEntriesOnly() throws Exception {
		this.mvc.perform(get("/admin/audit").cookie(this.signedIn.adminSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.signedIn.physio().email().value())))
			.andExpect(content().string(containsString("<td>Sign-in failed</td>")))
			.andExpect(content().string(not(containsString(this.signedIn.otherClinic().physio().email().value()))));
	}

	@Test
	void filtersByPersonActionAndDate() throws Exception {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

		this.mvc
			.perform(get("/admin/audit").param("person", "phil")
				.param("action", "SIGN_IN_FAILED")
				.cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("<td>Sign-in failed</td>")))
			.andExpect(content().string(not(containsString("<td>Signed in</td>"))));
		this.mvc
			.perform(get("/admin/audit").param("from", today).param("to", today).cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString(this.signedIn.physio().email().value())));
		this.mvc.perform(get("/admin/audit").param("from", tomorrow).cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("No entries match.")));
	}

	@Test
	void theSecurityEventsFilterShowsFailedSignInsAndNewAccountsButNotOrdinaryWork() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Nina Newcomer")
				.param("email", "nina." + java.util.UUID.randomUUID().toString().substring(0, 6) + "@test.example")
				.param("role", "PHYSIO"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/audit").param("action", "SECURITY_EVENTS").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("<option value=\"SECURITY_EVENTS\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<td>Sign-in failed</td>")))
			.andExpect(content().string(containsString("<td>Account created</td>")))
			.andExpect(content().string(containsString("<td>Set-password link made</td>")))
			.andExpect(content().string(not(containsString("<td>Signed in</td>"))))
			.andExpect(content().string(not(containsString("<td>Audit log viewed</td>"))));
	}

	@Test
	void ignoresUnknownActionsAndAnswersMalformedFiltersWithoutData() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("action", "'; DROP TABLE audit_events; --")
				.cookie(this.signedIn.adminSession()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/audit").param("patient", "not-a-uuid").cookie(this.signedIn.adminSession()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(this.signedIn.physio().email().value()))));
		this.mvc.perform(get("/admin/audit").param("from", "21/11/2026").cookie(this.signedIn.adminSession()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesADateBeyondWhatTheDatabaseHoldsNextToTheField() throws Exception {
		this.mvc
			.perform(get("/admin/audit").param("from", "+999999999-12-31")
				.param("to", "-999999999-01-01")
				.cookie(this.signedIn.adminSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date between the years 1 and 9999.")))
			.andExpect(content().string(containsString(this.signedIn.physio().email().value())));
	}

	@Test
	void aSearchForAPersonWithControlCharactersIsRefusedPlainly() throws Exception {
		this.mvc.perform(get("/admin/audit").param("person", "phil\u0000").cookie(this.signedIn.adminSession()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString(this.signedIn.physio().email().value()))));
	}

	@Test
	void readingTheLogIsItselfAudited() throws Exception {
		this.mvc.perform(get("/admin/audit").cookie(this.signedIn.adminSession())).andExpect(status().isOk());

		this.mvc.perform(get("/admin/audit").param("action", "AUDIT_LOG_VIEWED").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("Audit log viewed")));
	}

}
