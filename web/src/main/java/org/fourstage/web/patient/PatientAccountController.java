package org.fourstage.web.patient;

import java.util.UUID;

import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DuplicateEmailException;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio opens the portal account of a patient registered without one, with the email
 * address on the patient's record, and hands over its set-password link.
 */
@Controller
class PatientAccountController {

	private final PatientRepository patients;

	private final AccountRepository accounts;

	private final PatientRecords records;

	PatientAccountController(PatientRepository patients, AccountRepository accounts, PatientRecords records) {
		this.patients = patients;
		this.accounts = accounts;
		this.records = records;
	}

	@PostMapping("/patients/{patientId}/account")
	String openAccount(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			RedirectAttributes redirect) {
		Patient patient = this.patients.find(physio.clinicId(), new PatientId(patientId))
			.orElseThrow(NotFoundException::new);
		String email = patient.details().email();
		if (email == null || !EmailAddress.isValid(email)) {
			redirect.addFlashAttribute("errorKey", "patient.account.needsEmail");
		}
		else if (this.accounts.findByPatient(physio.clinicId(), patient.id()).isPresent()) {
			redirect.addFlashAttribute("errorKey", "patient.account.exists");
		}
		else {
			try {
				redirect.addFlashAttribute("passwordLink", this.records.openAccount(physio, patient));
				redirect.addFlashAttribute("flashKey", "patient.account.opened");
			}
			catch (DuplicateEmailException ex) {
				redirect.addFlashAttribute("errorKey", "account.email.taken");
			}
		}
		return "redirect:/patients/" + patient.id();
	}

}
