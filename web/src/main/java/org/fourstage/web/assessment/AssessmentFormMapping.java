package org.fourstage.web.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.fourstage.domain.assessment.ActivityLevel;
import org.fourstage.domain.assessment.AggravatingFactor;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentValidator;
import org.fourstage.domain.assessment.BackwardLean;
import org.fourstage.domain.assessment.BodyRegion;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.Mattress;
import org.fourstage.domain.assessment.Nprs;
import org.fourstage.domain.assessment.OnsetMechanism;
import org.fourstage.domain.assessment.PainLocation;
import org.fourstage.domain.assessment.PainQuality;
import org.fourstage.domain.assessment.PillowSupport;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.BodySide;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.assessment.SleepPosition;
import org.fourstage.domain.validation.FieldError;
import org.fourstage.domain.validation.Violations;
import org.fourstage.web.support.FormValues;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * Reads the posted form into the domain's draft, and a stored draft back into the form.
 * Text that is not a number, a date or one of the offered choices is refused against its
 * field by {@link FormValues}; ranges and required answers are the domain validator's
 * job.
 */
final class AssessmentFormMapping {

	/** Domain field paths whose form field has another name. */
	private static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("redFlags", "redFlagsAsked"),
			Map.entry("pain.now", "painNow"), Map.entry("pain.worstLast24Hours", "painWorst"),
			Map.entry("pain.onWaking", "painOnWaking"), Map.entry("pain", "painNow"), Map.entry("history", "onsetDate"),
			Map.entry("where", "locations"), Map.entry("behaviour", "sittingToleranceMinutes"),
			Map.entry("sleepAndHabits", "sleepPosition"), Map.entry("physicalChecks", "forwardBend"));

	/** Problems that only mean "not answered yet", which a draft may have. */
	private static final Set<String> MISSING_CODES = Set.of("assessment.required", "assessment.section.missing",
			"assessment.locations.empty");

	private final FormValues values;

	private AssessmentFormMapping(Errors errors) {
		this.values = FormValues.into(errors);
	}

	/**
	 * The draft the form describes; unreadable values are left out and refused on
	 * {@code errors}.
	 * @param form the posted form
	 * @param errors where refusals go
	 * @return the draft
	 */
	static AssessmentDraft read(AssessmentForm form, Errors errors) {
		return new AssessmentFormMapping(errors).draft(form);
	}

	/**
	 * Puts the domain validator's problems next to their form fields.
	 * @param violations the problems
	 * @param errors the form's errors
	 * @param draft true to keep only what a draft must already get right
	 */
	static void reject(Violations violations, Errors errors, boolean draft) {
		for (FieldError error : violations.errors()) {
			if (draft && MISSING_CODES.contains(error.code())) {
				continue;
			}
			String field = formField(error.field());
			// The mapping may already have refused the same field as unreadable.
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, error.code(), error.defaultMessage());
			}
		}
	}

	static String formField(String domainField) {
		String mapped = FORM_FIELDS.get(domainField);
		if (mapped != null) {
			return mapped;
		}
		return domainField.substring(domainField.lastIndexOf('.') + 1);
	}

	private AssessmentDraft draft(AssessmentForm form) {
		return new AssessmentDraft(choice("kind", form.kind(), AssessmentKind::valueOf),
				date("assessedOn", form.assessedOn()),
				new AssessmentDraft.Pain(rating("painNow", form.painNow()), rating("painWorst", form.painWorst()),
						rating("painOnWaking", form.painOnWaking())),
				new AssessmentDraft.History(date("onsetDate", form.onsetDate()),
						choice("mechanism", form.mechanism(), OnsetMechanism::valueOf),
						number("previousEpisodes", form.previousEpisodes())),
				new AssessmentDraft.Where(locations(form.locations()), AssessmentForm.isTrue(form.spreadsInALine())),
				choices("qualities", form.qualities(), PainQuality.class),
				new AssessmentDraft.Behaviour(minutes("sittingToleranceMinutes", form.sittingToleranceMinutes()),
						minutes("standingToleranceMinutes", form.standingToleranceMinutes()),
						AssessmentForm.isTrue(form.worseOnWaking()),
						minutes("morningStiffnessMinutes", form.morningStiffnessMinutes()),
						AssessmentForm.isTrue(form.wakesAtNight()),
						AssessmentForm.isTrue(form.easesWithGentleMovement()),
						choices("aggravatingFactors", form.aggravatingFactors(), AggravatingFactor.class)),
				new AssessmentDraft.Habits(choice("sleepPosition", form.sleepPosition(), SleepPosition::valueOf),
						choice("pillowSupport", form.pillowSupport(), PillowSupport::valueOf),
						choice("mattress", form.mattress(), Mattress::valueOf),
						decimal("deskHoursPerDay", form.deskHoursPerDay()), AssessmentForm.isTrue(form.liftsAtWork()),
						rating("stress", form.stress()), rating("fearOfMovement", form.fearOfMovement()),
						choice("activityLevel", form.activityLevel(), ActivityLevel::valueOf)),
				AssessmentForm.isTrue(form.redFlagsAsked()) ? choices("redFlags", form.redFlags(), RedFlag.class)
						: redFlagsWithoutScreen(form.redFlags()),
				new AssessmentDraft.Checks(choice("forwardBend", form.forwardBend(), ForwardBend::valueOf),
						choice("backwardLean", form.backwardLean(), BackwardLean::valueOf),
						choice("sideBendLeft", form.sideBendLeft(), SideBend::valueOf),
						choice("sideBendRight", form.sideBendRight(), SideBend::valueOf),
						number("proneHoldSeconds", form.proneHoldSeconds()),
						AssessmentForm.isTrue(form.proneHoldCrampedOrShook()),
						AssessmentForm.isTrue(form.pressureReproducesFamiliarAche())));
	}

	// A ticked flag counts even when the "went through them all" box was forgotten: a
	// flag must never be lost because of a missing tick elsewhere.
	private @Nullable Set<RedFlag> redFlagsWithoutScreen(@Nullable List<String> values) {
		Set<RedFlag> flags = choices("redFlags", values, RedFlag.class);
		return flags.isEmpty() ? null : flags;
	}

	private @Nullable Integer rating(String field, @Nullable String value) {
		return this.values.number(field, value, 0, Nprs.MAX);
	}

	private @Nullable Integer minutes(String field, @Nullable String value) {
		return this.values.number(field, value, 0, AssessmentValidator.MAX_MINUTES);
	}

	private @Nullable Integer number(String field, @Nullable String value) {
		return this.values.number(field, value);
	}

	private @Nullable Double decimal(String field, @Nullable String value) {
		return this.values.decimal(field, value);
	}

	private @Nullable LocalDate date(String field, @Nullable String value) {
		return this.values.date(field, value);
	}

	private <E> @Nullable E choice(String field, @Nullable String value, Function<String, E> parse) {
		return this.values.choice(field, value, parse);
	}

	private <E extends Enum<E>> Set<E> choices(String field, @Nullable List<String> values, Class<E> type) {
		return this.values.choices(field, values, type);
	}

	private Set<PainLocation> locations(@Nullable List<String> values) {
		Set<PainLocation> chosen = new LinkedHashSet<>();
		if (values == null) {
			return chosen;
		}
		for (String value : values) {
			PainLocation location = location(value);
			if (location != null) {
				chosen.add(location);
			}
			else {
				this.values.refuseChoice("locations");
			}
		}
		return chosen;
	}

	private static @Nullable PainLocation location(String value) {
		String[] parts = value.strip().split(":", 2);
		if (parts.length != 2) {
			return null;
		}
		try {
			BodyRegion region = BodyRegion.valueOf(parts[0]);
			BodySide side = BodySide.valueOf(parts[1]);
			return PainLocation.isAllowed(region, side) ? PainLocation.of(region, side) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The places the body chart offers, as REGION:SIDE, region by region.
	 * @return the offered places
	 */
	static Map<BodyRegion, List<String>> offeredLocations() {
		Map<BodyRegion, List<String>> offered = new java.util.LinkedHashMap<>();
		for (BodyRegion region : BodyRegion.values()) {
			List<String> sides = new ArrayList<>();
			for (BodySide side : BodySide.values()) {
				if (PainLocation.isAllowed(region, side)) {
					sides.add(region.name() + ":" + side.name());
				}
			}
			offered.put(region, sides);
		}
		return offered;
	}

	/**
	 * The form showing a stored draft.
	 * @param draft the answers
	 * @param version the stored version
	 * @return the form
	 */
	static AssessmentForm form(AssessmentDraft draft, int version) {
		AssessmentDraft.Pain pain = orEmpty(draft.pain(), new AssessmentDraft.Pain(null, null, null));
		AssessmentDraft.History history = orEmpty(draft.history(), new AssessmentDraft.History(null, null, null));
		AssessmentDraft.Where where = orEmpty(draft.where(), new AssessmentDraft.Where(null, false));
		AssessmentDraft.Behaviour behaviour = orEmpty(draft.behaviour(),
				new AssessmentDraft.Behaviour(null, null, false, null, false, false, null));
		AssessmentDraft.Habits habits = orEmpty(draft.sleepAndHabits(),
				new AssessmentDraft.Habits(null, null, null, null, false, null, null, null));
		AssessmentDraft.Checks checks = orEmpty(draft.physicalChecks(),
				new AssessmentDraft.Checks(null, null, null, null, null, false, false));
		List<String> locations = (where.locations() != null)
				? where.locations().stream().map((l) -> l.region().name() + ":" + l.side().name()).sorted().toList()
				: List.of();
		return new AssessmentForm(Integer.toString(version), text(draft.kind()), text(draft.assessedOn()),
				text(pain.now()), text(pain.worstLast24Hours()), text(pain.onWaking()), text(history.onsetDate()),
				text(history.mechanism()), text(history.previousEpisodes()), locations, flag(where.spreadsInALine()),
				names(draft.qualities()), text(behaviour.sittingToleranceMinutes()),
				text(behaviour.standingToleranceMinutes()), flag(behaviour.worseOnWaking()),
				text(behaviour.morningStiffnessMinutes()), flag(behaviour.wakesAtNight()),
				flag(behaviour.easesWithGentleMovement()), names(behaviour.aggravatingFactors()),
				text(habits.sleepPosition()), text(habits.pillowSupport()), text(habits.mattress()),
				hours(habits.deskHoursPerDay()), flag(habits.liftsAtWork()), text(habits.stress()),
				text(habits.fearOfMovement()), text(habits.activityLevel()), flag(draft.redFlags() != null),
				names(draft.redFlags()), text(checks.forwardBend()), text(checks.backwardLean()),
				text(checks.sideBendLeft()), text(checks.sideBendRight()), text(checks.proneHoldSeconds()),
				flag(checks.proneHoldCrampedOrShook()), flag(checks.pressureReproducesFamiliarAche()));
	}

	private static <T> T orEmpty(@Nullable T value, T empty) {
		return (value != null) ? value : empty;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable String hours(@Nullable Double value) {
		if (value == null) {
			return null;
		}
		return (value == Math.rint(value)) ? Long.toString(value.longValue())
				: String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
	}

	private static @Nullable String flag(boolean value) {
		return value ? "true" : null;
	}

	private static List<String> names(@Nullable Set<? extends Enum<?>> values) {
		return (values != null) ? values.stream().map(Enum::name).sorted().toList() : List.of();
	}

}
