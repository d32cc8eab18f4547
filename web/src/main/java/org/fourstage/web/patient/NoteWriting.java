package org.fourstage.web.patient;

import java.time.Clock;
import java.util.UUID;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.ClinicalNote;
import org.fourstage.domain.patient.ClinicalNotes;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing clinical notes, as use cases: a new note or addendum, and the author's
 * correction within the edit window, each saved with its audit entry in one transaction.
 */
@Service
class NoteWriting {

	private final ClinicalNotes notes;

	private final AuditTrail audit;

	private final Clock clock;

	NoteWriting(ClinicalNotes notes, AuditTrail audit, Clock clock) {
		this.notes = notes;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ClinicalNote add(Actor physio, PatientId patient, String body, @Nullable UUID addendumTo) {
		ClinicalNote note = this.notes.add(physio.clinicId(), patient, physio.accountId(), body, addendumTo);
		this.audit.patientData(physio, AuditAction.NOTE_WRITTEN, AuditTarget.NOTE, note.id(), patient);
		return note;
	}

	/**
	 * Replaces the body of a note still inside its edit window.
	 * @param physio the note's author
	 * @param note the note
	 * @param body the corrected body
	 * @return false when the window closed meanwhile; nothing is written then
	 */
	@Transactional
	boolean correct(Actor physio, ClinicalNote note, String body) {
		if (!this.notes.correct(note, body, this.clock.instant().minus(ClinicalNote.EDIT_WINDOW))) {
			return false;
		}
		this.audit.patientData(physio, AuditAction.NOTE_CORRECTED, AuditTarget.NOTE, note.id(), note.patientId());
		return true;
	}

}
