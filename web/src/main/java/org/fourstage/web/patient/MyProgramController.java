package org.fourstage.web.patient;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's start page: their own program. Until a physio assigns one, it says so.
 */
@Controller
class MyProgramController {

	private final AuditTrail audit;

	MyProgramController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/my/program")
	String myProgram(@AuthenticationPrincipal SignedInUser patient, Model model) {
		this.audit.patientData(patient, AuditAction.PATIENT_VIEWED, "program", "current", patient.patientId());
		model.addAttribute("name", patient.name());
		return "patient/my-program";
	}

}
