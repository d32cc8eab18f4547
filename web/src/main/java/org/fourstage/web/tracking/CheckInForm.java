package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.fourstage.domain.tracking.CheckIn;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The daily check-in form. A bean rather than a record: a number that cannot be read
 * leaves the rest of what was typed in place, next to its message. The ranges are the
 * domain's to check.
 */
public class CheckInForm {

	@NotNull(message = "{tracking.form.expired}")
	private @Nullable UUID idempotencyKey;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate day;

	private @Nullable Integer morningPain;

	private @Nullable Integer eveningPain;

	private @Nullable Integer morningStiffnessMinutes;

	private @Nullable Integer sleepQuality;

	private @Nullable Integer sittingToleranceMinutes;

	/**
	 * An empty form for a day, with a new key.
	 * @param day the day
	 * @return the form
	 */
	static CheckInForm blank(LocalDate day) {
		CheckInForm form = new CheckInForm();
		form.idempotencyKey = UUID.randomUUID();
		form.day = day;
		return form;
	}

	/**
	 * A form holding a check-in, for its correction.
	 * @param checkIn the check-in
	 * @return the form
	 */
	static CheckInForm of(CheckIn checkIn) {
		CheckInForm form = new CheckInForm();
		form.day = checkIn.entry().day();
		form.morningPain = checkIn.entry().morningPain();
		form.eveningPain = checkIn.entry().eveningPain();
		form.morningStiffnessMinutes = checkIn.entry().morningStiffnessMinutes();
		form.sleepQuality = checkIn.entry().sleepQuality();
		form.sittingToleranceMinutes = checkIn.entry().sittingToleranceMinutes();
		return form;
	}

	CheckInRecording.Values values() {
		return new CheckInRecording.Values(this.day, this.morningPain, this.eveningPain, this.morningStiffnessMinutes,
				this.sleepQuality, this.sittingToleranceMinutes);
	}

	/**
	 * Gives a form whose key was lost or unreadable a new one, so the next save works.
	 */
	void renewKeyIfMissing() {
		if (this.idempotencyKey == null) {
			this.idempotencyKey = UUID.randomUUID();
		}
	}

	public @Nullable UUID getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(@Nullable UUID idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public @Nullable LocalDate getDay() {
		return this.day;
	}

	public void setDay(@Nullable LocalDate day) {
		this.day = day;
	}

	public @Nullable Integer getMorningPain() {
		return this.morningPain;
	}

	public void setMorningPain(@Nullable Integer morningPain) {
		this.morningPain = morningPain;
	}

	public @Nullable Integer getEveningPain() {
		return this.eveningPain;
	}

	public void setEveningPain(@Nullable Integer eveningPain) {
		this.eveningPain = eveningPain;
	}

	public @Nullable Integer getMorningStiffnessMinutes() {
		return this.morningStiffnessMinutes;
	}

	public void setMorningStiffnessMinutes(@Nullable Integer morningStiffnessMinutes) {
		this.morningStiffnessMinutes = morningStiffnessMinutes;
	}

	public @Nullable Integer getSleepQuality() {
		return this.sleepQuality;
	}

	public void setSleepQuality(@Nullable Integer sleepQuality) {
		this.sleepQuality = sleepQuality;
	}

	public @Nullable Integer getSittingToleranceMinutes() {
		return this.sittingToleranceMinutes;
	}

	public void setSittingToleranceMinutes(@Nullable Integer sittingToleranceMinutes) {
		this.sittingToleranceMinutes = sittingToleranceMinutes;
	}

}
