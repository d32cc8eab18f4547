package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The flare-up form. A bean so that one unreadable value leaves the rest in place.
 */
public class FlareUpForm {

	@NotNull(message = "{tracking.form.expired}")
	private @Nullable UUID idempotencyKey;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private @Nullable LocalTime startedAt;

	private @Nullable Integer peakPain;

	private @Nullable FlareTrigger trigger;

	private @Nullable LegSymptoms legSymptoms;

	private boolean sharpOrShooting;

	private Set<RedFlagSign> redFlagSigns = EnumSet.noneOf(RedFlagSign.class);

	private @Nullable String whatHelped;

	/**
	 * An empty form starting today, with a new key.
	 * @param today the day
	 * @return the form
	 */
	static FlareUpForm blank(LocalDate today) {
		FlareUpForm form = new FlareUpForm();
		form.idempotencyKey = UUID.randomUUID();
		form.startedOn = today;
		return form;
	}

	FlareUpRecording.Values values() {
		return new FlareUpRecording.Values(this.startedOn, this.startedAt, null, this.peakPain, this.trigger,
				this.legSymptoms, this.sharpOrShooting, this.redFlagSigns, this.whatHelped);
	}

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

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable LocalTime getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(@Nullable LocalTime startedAt) {
		this.startedAt = startedAt;
	}

	public @Nullable Integer getPeakPain() {
		return this.peakPain;
	}

	public void setPeakPain(@Nullable Integer peakPain) {
		this.peakPain = peakPain;
	}

	public @Nullable FlareTrigger getTrigger() {
		return this.trigger;
	}

	public void setTrigger(@Nullable FlareTrigger trigger) {
		this.trigger = trigger;
	}

	public @Nullable LegSymptoms getLegSymptoms() {
		return this.legSymptoms;
	}

	public void setLegSymptoms(@Nullable LegSymptoms legSymptoms) {
		this.legSymptoms = legSymptoms;
	}

	public boolean isSharpOrShooting() {
		return this.sharpOrShooting;
	}

	public void setSharpOrShooting(boolean sharpOrShooting) {
		this.sharpOrShooting = sharpOrShooting;
	}

	public Set<RedFlagSign> getRedFlagSigns() {
		return this.redFlagSigns;
	}

	public void setRedFlagSigns(@Nullable Set<RedFlagSign> redFlagSigns) {
		this.redFlagSigns = (redFlagSigns != null) ? redFlagSigns : EnumSet.noneOf(RedFlagSign.class);
	}

	public @Nullable String getWhatHelped() {
		return this.whatHelped;
	}

	public void setWhatHelped(@Nullable String whatHelped) {
		this.whatHelped = whatHelped;
	}

}
