package org.fourstage.web.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.reporting.audit.AuditEntry;
import org.fourstage.reporting.audit.AuditFilter;
import org.fourstage.reporting.audit.AuditLogQuery;
import org.fourstage.domain.paging.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic admin's view of the audit log, filtered by person, patient, action (or all
 * security events) and date.
 */
@Controller
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final AuditLogQuery query;

	private final AuditTrail audit;

	AuditLogController(AuditLogQuery query, AuditTrail audit) {
		this.query = query;
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String show(@AuthenticationPrincipal Actor admin, @RequestParam(defaultValue = "") String person,
			@RequestParam(required = false) @Nullable UUID patient, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String knownAction = Stream
			.concat(Stream.of(AuditFilter.SECURITY_EVENTS), Arrays.stream(AuditAction.values()).map(Enum::name))
			.filter((name) -> name.equals(action))
			.findFirst()
			.orElse("");
		String personFilter = (person.length() > 100) ? person.substring(0, 100) : person;
		if (!isStorableDate(from)) {
			model.addAttribute("fromProblem", "audit.filter.dateRange");
			from = null;
		}
		if (!isStorableDate(to)) {
			model.addAttribute("toProblem", "audit.filter.dateRange");
			to = null;
		}
		AuditFilter filter = new AuditFilter(personFilter, (patient != null) ? new PatientId(patient) : null,
				knownAction, from, to);
		Page<AuditEntry> entries = this.query.page(admin.clinicId(), filter, Paging.clamp(page), PAGE_SIZE);
		this.audit.success(admin, AuditAction.AUDIT_LOG_VIEWED, AuditTarget.AUDIT_LOG, "page " + page);
		model.addAttribute("entries", entries);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AuditAction.values());
		return "audit/log";
	}

	// ISO dates may name any year up to 999999999; PostgreSQL timestamps do not reach
	// that far, and nobody was audited before the year 1 or after 9999.
	private static boolean isStorableDate(@Nullable LocalDate date) {
		return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
	}

}
