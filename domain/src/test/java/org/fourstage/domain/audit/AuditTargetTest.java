package org.fourstage.domain.audit;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTargetTest {

	@Test
	void keepsTheCodesAlreadyWrittenToTheAuditLog() {
		assertThat(Arrays.stream(AuditTarget.values()).map(AuditTarget::code)).containsExactlyInAnyOrder("account",
				"assessment", "audit_log", "clinic", "exercise", "instrument", "instrument-response", "note", "patient",
				"program", "program_history", "program-sheet", "questionnaire", "reminder-calendar", "template",
				"exercise-session", "check-in", "flare-up", "progress", "alert");
	}

	@Test
	void findsEachKindByItsCodeAndNoneForAnUnknownOne() {
		for (AuditTarget target : AuditTarget.values()) {
			assertThat(AuditTarget.ofCode(target.code())).contains(target);
		}
		assertThat(AuditTarget.ofCode("stage")).isEmpty();
	}

}
