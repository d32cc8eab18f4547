package org.fourstage.web.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused request of a signed-in person is audited like any other access; refusals of
 * anonymous clients are counted, so that a client cannot fill the audit table.
 */
@WebTest
class RefusalAuditIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void anotherClinicsPatientIsAuditedAsNotFoundWithItsId() throws Exception {
		UUID elsewhere = this.signedIn.otherClinic().patientId().value();
		this.mvc.perform(get("/patients/{id}", elsewhere).cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());
		UUID missing = UUID.randomUUID();
		this.mvc
			.perform(get("/patients/{id}/notes/{note}/edit", missing, UUID.randomUUID())
				.cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());

		assertThat(refusals("RECORD_NOT_FOUND"))
			.extracting((row) -> row.get("target_type"), (row) -> row.get("target_id"))
			.contains(org.assertj.core.groups.Tuple.tuple("patient", elsewhere.toString()));
		assertThat(refusals("RECORD_NOT_FOUND")).hasSize(2)
			.allSatisfy((row) -> assertThat(row).containsEntry("actor_email", this.signedIn.physio().email().value())
				.containsEntry("outcome", "DENIED")
				.containsEntry("clinic_id", this.signedIn.clinic().id().value()));
	}

	@Test
	void aPageOfAnotherRoleIsAuditedAsAccessDenied() throws Exception {
		this.mvc.perform(get("/admin/accounts").cookie(this.signedIn.physioSession()))
			.andExpect(status().isForbidden());

		assertThat(refusals("ACCESS_DENIED")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("actor_email", this.signedIn.physio().email().value())
				.containsEntry("outcome", "DENIED")
				.containsEntry("detail", "GET /admin/accounts"));
	}

	@Test
	void aFormWithoutItsTokenIsAuditedForTheSignedInPerson() throws Exception {
		UUID patient = this.accounts.patientRecord(this.signedIn.clinic());
		this.mvc.perform(post("/patients/{id}/notes", patient).param("text", "x").cookie(this.signedIn.physioSession()))
			.andExpect(status().isForbidden());

		assertThat(refusals("FORM_TOKEN_REFUSED")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("actor_email", this.signedIn.physio().email().value())
				.containsEntry("detail", "POST /patients/" + patient + "/notes"));
	}

	@Test
	void theAdminReadsTheRefusalsInTheAuditLog() throws Exception {
		this.mvc.perform(get("/admin/accounts").cookie(this.signedIn.physioSession()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/patients/{id}", UUID.randomUUID()).cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());

		String log = this.mvc.perform(get("/admin/audit").cookie(this.signedIn.adminSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(log).contains("<td>Access refused</td>").contains("<td>Record not found</td>");
	}

	@Test
	void aThousandAnonymousRefusalsWriteAtMostOneRowAMinute() throws Exception {
		// A fresh minute for this address, whatever earlier tests sent.
		this.clock.advance(java.time.Duration.ofSeconds(61));
		int before = anonymousRefusals().size();
		for (int i = 0; i < 1000; i++) {
			this.mvc.perform(post("/login").param("email", "a@b.example").param("password", "x"))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/password/set").param("token", "t")).andExpect(status().isForbidden());
		}
		assertThat(anonymousRefusals()).hasSize(before + 1);

		this.clock.advance(java.time.Duration.ofSeconds(61));
		this.mvc.perform(post("/login").param("email", "a@b.example").param("password", "x"))
			.andExpect(status().isForbidden());
		assertThat(anonymousRefusals()).hasSize(before + 2)
			.last()
			.satisfies((row) -> assertThat(row).containsEntry("actor_email", null)
				.containsEntry("client_address", "127.0.0.1")
				.containsEntry("detail", "POST /login; 1999 more refused from this address in the minute before"));
	}

	@Test
	void signInStillWorksWithTheFormToken() throws Exception {
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", this.signedIn.physio().email().value())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().isFound());
	}

	/** The refusals of the person signed in for this test. */
	private List<Map<String, Object>> refusals(String action) {
		return rows("action = :action AND actor_email = :actor",
				Map.of("action", action, "actor", this.signedIn.physio().email().value()));
	}

	private List<Map<String, Object>> anonymousRefusals() {
		return rows("action = 'FORM_TOKEN_REFUSED' AND actor_email IS NULL", Map.of());
	}

	private List<Map<String, Object>> rows(String condition, Map<String, Object> parameters) {
		return this.jdbc
			.sql("SELECT clinic_id, actor_email, target_type, target_id, client_address, outcome, detail "
					+ "FROM audit_events WHERE " + condition + " ORDER BY id")
			.params(parameters)
			.query()
			.listOfRows();
	}

}
