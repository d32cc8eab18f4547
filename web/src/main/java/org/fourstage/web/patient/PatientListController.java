package org.fourstage.web.patient;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.reporting.patient.PatientListPage;
import org.fourstage.reporting.patient.PatientListQuery;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.Paging;

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

	private final PatientListQuery patients;

	private final AuditTrail audit;

	PatientListController(PatientListQuery patients, AuditTrail audit) {
		this.patients = patients;
		this.audit = audit;
	}

	@GetMapping("/patients")
	String list(@AuthenticationPrincipal SignedInUser physio, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String query = (q.length() > 100) ? q.substring(0, 100) : q;
		PatientListPage list = this.patients.page(physio.clinicId().value(), query, Paging.clamp(page), PAGE_SIZE);
		this.audit.success(physio, AuditAction.PATIENT_LIST_VIEWED, "patient", "list");
		model.addAttribute("page", list);
		model.addAttribute("q", query);
		return "patient/list";
	}

}
