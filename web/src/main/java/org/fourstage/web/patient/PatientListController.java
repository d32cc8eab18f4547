package org.fourstage.web.patient;

import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.program.Stage;
import org.fourstage.reporting.patient.PatientListEntry;
import org.fourstage.reporting.patient.PatientListFilter;
import org.fourstage.reporting.patient.PatientListQuery;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.domain.paging.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The physio's start page: the clinic's patients, searchable by name or reference.
 */
@Controller
class PatientListController {

	static final int PAGE_SIZE = 25;

	private static final java.util.List<String> STAGES = java.util.List.of("1", "2", "3", "4");

	private final PatientListQuery patients;

	private final AuditTrail audit;

	PatientListController(PatientListQuery patients, AuditTrail audit) {
		this.patients = patients;
		this.audit = audit;
	}

	private static <E extends Enum<E>> @Nullable E oneOf(String value, E[] allowed) {
		for (E candidate : allowed) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

	@GetMapping("/patients")
	String list(@AuthenticationPrincipal SignedInUser physio, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String stage,
			@RequestParam(defaultValue = "") String pattern, @RequestParam(defaultValue = "0") int page, Model model) {
		String query = (q.length() > 100) ? q.substring(0, 100) : q;
		// Unknown filter values are ignored rather than refused: the list is a view, not
		// a form.
		PatientListFilter filter = new PatientListFilter(query, oneOf(status, PatientStatus.values()),
				STAGES.contains(stage) ? Stage.ofNumber(Integer.parseInt(stage)) : null,
				oneOf(pattern, PainPattern.values()));
		Page<PatientListEntry> list = this.patients.page(physio.clinicId(), filter, Paging.clamp(page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", PatientStatus.values());
		model.addAttribute("patterns", PainPattern.values());
		this.audit.success(physio, AuditAction.PATIENT_LIST_VIEWED, AuditTarget.PATIENT, "list");
		model.addAttribute("page", list);
		model.addAttribute("q", query);
		return "patient/list";
	}

}
