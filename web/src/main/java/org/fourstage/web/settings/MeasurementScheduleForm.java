package org.fourstage.web.settings;

import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.validation.constraints.NotNull;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The admin's form for the clinic's default measurement schedule.
 *
 * @param painViaCheckIns whether pain is measured through the daily check-ins
 * @param patientSpecificScaleEveryWeeks weeks between patient-specific scales, 0 for none
 * @param disabilityIndexWeeks the disability index's program weeks as typed
 * @param startBackWeeks STarT Back's program weeks as typed
 */
record MeasurementScheduleForm(@NotNull(message = "{validation.required}") @Nullable Boolean painViaCheckIns,
		@NotNull(message = "{validation.required}") @Nullable Integer patientSpecificScaleEveryWeeks,
		@Nullable String disabilityIndexWeeks, @Nullable String startBackWeeks) {

	static MeasurementScheduleForm of(MeasurementSchedule schedule) {
		return new MeasurementScheduleForm(schedule.painViaCheckIns(), schedule.patientSpecificScaleEveryWeeks(),
				ProgramWeeksText.format(schedule.disabilityIndexWeeks()),
				ProgramWeeksText.format(schedule.startBackWeeks()));
	}

	/**
	 * The schedule, or every field that stops it.
	 * @return the schedule or the refused fields with their message codes
	 */
	Validated<MeasurementSchedule> schedule() {
		return check(this.painViaCheckIns, this.patientSpecificScaleEveryWeeks, this.disabilityIndexWeeks,
				this.startBackWeeks);
	}

	/**
	 * What is wrong with the weeks typed, also when another field could not be read and
	 * so no form was made.
	 * @param disabilityIndexWeeks the disability index's weeks as typed
	 * @param startBackWeeks STarT Back's weeks as typed
	 * @return the refusals of the two week fields
	 */
	static Violations weekViolations(@Nullable String disabilityIndexWeeks, @Nullable String startBackWeeks) {
		Violations all = check(true, MeasurementSchedule.DEFAULTS.patientSpecificScaleEveryWeeks(),
				disabilityIndexWeeks, startBackWeeks)
			.violations();
		return new Violations(all.errors()
			.stream()
			.filter((error) -> error.field().equals("disabilityIndexWeeks") || error.field().equals("startBackWeeks"))
			.toList());
	}

	private static Validated<MeasurementSchedule> check(@Nullable Boolean painViaCheckIns,
			@Nullable Integer patientSpecificScaleEveryWeeks, @Nullable String disabilityIndexWeeks,
			@Nullable String startBackWeeks) {
		Validated<SortedSet<Integer>> disabilityIndex = ProgramWeeksText.parse("disabilityIndexWeeks",
				text(disabilityIndexWeeks));
		Validated<SortedSet<Integer>> startBack = ProgramWeeksText.parse("startBackWeeks", text(startBackWeeks));
		// the domain checks the bounds of whatever could be read, so that every wrong
		// field is named in one round trip
		Validated<MeasurementSchedule> checked = MeasurementSchedule.validated(Boolean.TRUE.equals(painViaCheckIns),
				(patientSpecificScaleEveryWeeks != null) ? patientSpecificScaleEveryWeeks : 0,
				disabilityIndex.isValid() ? disabilityIndex.value() : new TreeSet<>(),
				startBack.isValid() ? startBack.value() : new TreeSet<>());
		Violations all = required("painViaCheckIns", painViaCheckIns)
			.and(required("patientSpecificScaleEveryWeeks", patientSpecificScaleEveryWeeks))
			.and(disabilityIndex.violations())
			.and(startBack.violations())
			.and(checked.violations());
		return all.isEmpty() ? checked : Validated.invalid(all);
	}

	private static Violations required(String field, @Nullable Object value) {
		return (value != null) ? Violations.none()
				: Violations.of(field, "validation.required", "Please fill this in.");
	}

	private static String text(@Nullable String typed) {
		return (typed != null) ? typed : "";
	}

}
