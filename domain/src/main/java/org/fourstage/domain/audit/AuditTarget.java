package org.fourstage.domain.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record an audit entry names. Each keeps the code stored in the audit log,
 * which must never change: entries already written carry it.
 */
public enum AuditTarget {

	ACCOUNT("account"),

	ALERT("alert"),

	ASSESSMENT("assessment"),

	AUDIT_LOG("audit_log"),

	CHECK_IN("check-in"),

	CLINIC("clinic"),

	EXERCISE("exercise"),

	EXERCISE_SESSION("exercise-session"),

	FLARE_UP("flare-up"),

	INSTRUMENT("instrument"),

	INSTRUMENT_RESPONSE("instrument-response"),

	NOTE("note"),

	PATIENT("patient"),

	PROGRAM("program"),

	PROGRAM_HISTORY("program_history"),

	PROGRAM_SHEET("program-sheet"),

	PROGRESS("progress"),

	QUESTIONNAIRE("questionnaire"),

	REMINDER_CALENDAR("reminder-calendar"),

	TEMPLATE("template");

	private final String code;

	AuditTarget(String code) {
		this.code = code;
	}

	/**
	 * The kind with the given stored code.
	 * @param code a code as stored in the audit log
	 * @return the kind, or empty when no kind has that code
	 */
	public static Optional<AuditTarget> ofCode(String code) {
		return Arrays.stream(values()).filter((target) -> target.code.equals(code)).findFirst();
	}

	/**
	 * The kind as stored in the audit log.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

}
