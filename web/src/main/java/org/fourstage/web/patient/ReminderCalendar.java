package org.fourstage.web.patient;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.ExerciseDays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The patient's exercise reminders as an iCalendar file (RFC 5545, written with ical4j):
 * one weekly event on the exercise days of their current stage, which the phone's own
 * calendar then reminds them of, with no server sending anything.
 * <p>
 * A calendar may be shared, synced to other services or seen on a locked screen, so the
 * event says only that it is exercise time, with a link to the app: no stage, no
 * exercise, no diagnosis. Its UID is derived from the patient, so importing a newer file
 * (after the program changed) updates the one event instead of adding a second; its
 * SEQUENCE grows with every change of the program.
 */
@Component
class ReminderCalendar {

	/**
	 * When the reminder rings, in the phone's own time zone (a floating time): early
	 * evening, when most people are home from work.
	 */
	static final LocalTime TIME_OF_DAY = LocalTime.of(18, 0);

	/** How long the event blocks in the calendar. */
	static final Duration LENGTH = Duration.ofMinutes(30);

	private static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

	private final MessageSource messages;

	private final String publicUrl;

	ReminderCalendar(MessageSource messages, @Value("${fourstage.public-url}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/**
	 * The calendar file of a program.
	 * @param program the patient's program as it stands now
	 * @param locale the language of the event's words
	 * @return the file, UTF-8; empty when the current stage has no exercise days
	 */
	Optional<byte[]> of(AssignedProgram program, Locale locale) {
		ExerciseDays days = ExerciseDays.of(program.today());
		if (days.isEmpty()) {
			return Optional.empty();
		}
		String summary = this.messages.getMessage("reminders.event.summary", null, locale);
		URI link = URI.create(this.publicUrl + "/my/program");
		List<WeekDay> weekDays = days.inWeekOrder().stream().map(WeekDay::getWeekDay).toList();
		Recur<LocalDateTime> weekly = new Recur.Builder<LocalDateTime>().frequency(Frequency.WEEKLY)
			.dayList(weekDays)
			.build();

		VEvent event = new VEvent(firstExerciseDay(program.stageStartedOn(), days).atTime(TIME_OF_DAY), LENGTH,
				summary);
		event.add(new Uid(uidOf(program.patientId())));
		event.replace(new DtStamp(program.updatedAt()));
		event.add(new LastModified(program.updatedAt()));
		event.add(new Sequence(sequenceOf(program.updatedAt())));
		event.add(new RRule<>(weekly));
		event.add(new Description(
				this.messages.getMessage("reminders.event.description", new Object[] { link.toString() }, locale)));
		event.add(new Url(link));
		VAlarm alarm = new VAlarm(Duration.ZERO);
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(summary));
		event.add(alarm);

		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//FourStage//Exercise reminders//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", this.messages.getMessage("reminders.calendarName", null, locale)));
		calendar.add(event);
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, text);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("The reminder calendar could not be written", ex);
		}
		return Optional.of(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The UID of a patient's reminder: the same for every file of that patient, and not
	 * their record's id, which means nothing outside the clinic.
	 * @param patientId the patient
	 * @return the UID
	 */
	static String uidOf(PatientId patientId) {
		return UUID.nameUUIDFromBytes(
				("fourstage-exercise-reminder:" + patientId.value()).getBytes(StandardCharsets.UTF_8)) + "@fourstage";
	}

	private static int sequenceOf(Instant updatedAt) {
		// Minutes since 2020: grows with every save or stage move and fits an int for
		// four thousand years.
		return (int) Math.max(0, Duration.between(SEQUENCE_EPOCH, updatedAt).toMinutes());
	}

	/**
	 * The first day of the series: RFC 5545 wants DTSTART to be an occurrence of its own
	 * rule.
	 */
	private static LocalDate firstExerciseDay(LocalDate stageStartedOn, ExerciseDays days) {
		LocalDate first = null;
		for (DayOfWeek day : days.days()) {
			LocalDate next = stageStartedOn.with(TemporalAdjusters.nextOrSame(day));
			if (first == null || next.isBefore(first)) {
				first = next;
			}
		}
		return first;
	}

}
