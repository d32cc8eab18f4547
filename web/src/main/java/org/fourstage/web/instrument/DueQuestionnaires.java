package org.fourstage.web.instrument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.ItemTextRepository;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.tracking.CompletedQuestionnaire;
import org.fourstage.domain.tracking.DueQuestionnaire;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires a patient may fill in themselves today because the measurement
 * schedule asks for them: due or overdue, and with item wording the clinic may show. The
 * others wait for the physio, who enters them from paper at the next visit. The schedule
 * is the program's own copy of the clinic's default, counted from the day the program was
 * assigned.
 */
@Service
public class DueQuestionnaires {

	private final InstrumentResponseRepository responses;

	private final ItemTextRepository texts;

	private final Programs programs;

	private final MeasurementSchedules schedules;

	private final AuditTrail audit;

	private final Clock clock;

	DueQuestionnaires(InstrumentResponseRepository responses, ItemTextRepository texts, Programs programs,
			MeasurementSchedules schedules, AuditTrail audit, Clock clock) {
		this.programs = programs;
		this.schedules = schedules;
		this.responses = responses;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A questionnaire to fill in.
	 *
	 * @param instrumentId its id, as in {@code /my/questionnaires/{id}}
	 * @param due for which program week and day, and whether it is overdue
	 */
	public record Due(String instrumentId, DueQuestionnaire due) {

	}

	/**
	 * The questionnaires the patient may fill in themselves today, most urgent first.
	 * Reading when they were last completed is audited.
	 * @param patient the signed-in patient
	 * @param me the patient's record
	 * @return the questionnaires; empty when none is due or no program is assigned
	 */
	@Transactional
	public List<Due> forPatient(Actor patient, PatientId me) {
		AssignedProgram program = this.programs.forPatient(patient.clinicId(), me).orElse(null);
		if (program == null) {
			return List.of();
		}
		List<CompletedQuestionnaire> completed = new ArrayList<>();
		for (InstrumentDefinition definition : Questionnaires.ALL) {
			this.responses.forPatient(patient.clinicId(), me, definition.id())
				.forEach((response) -> completed.add(new CompletedQuestionnaire(definition.id(),
						response.enteredAt().atZone(this.clock.getZone()).toLocalDate())));
		}
		this.audit.patientData(patient, AuditAction.INSTRUMENT_RESPONSE_VIEWED, AuditTarget.QUESTIONNAIRE, "due", me);
		LocalDate start = program.assignedAt().atZone(this.clock.getZone()).toLocalDate();
		return this.schedules.forProgram(patient.clinicId(), program.id())
			.dueOn(start, LocalDate.now(this.clock), completed)
			.stream()
			.filter((due) -> Questionnaires.find(due.instrument().value())
				.map((shipped) -> this.texts.withClinicText(patient.clinicId(), shipped).hasItemText())
				.orElse(false))
			.map((due) -> new Due(due.instrument().value(), due))
			.toList();
	}

}
