package org.fourstage.domain.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A calm, freely moving patient with a persistent, muscle-type ache and no red flags,
 * with {@code withX} overrides for each test.
 */
public final class AssessmentTestData {

	public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 3, 2);

	private AssessmentKind kind = AssessmentKind.INITIAL;

	private LocalDate assessedOn = ASSESSED_ON;

	private int painNow = 3;

	private int painWorst = 5;

	private int painOnWaking = 4;

	private LocalDate onset = ASSESSED_ON.minusDays(120);

	private Set<PainLocation> locations = Set.of(PainLocation.of(BodyRegion.LOW_BACK, BodySide.CENTRAL));

	private boolean spreadsInALine;

	private Set<PainQuality> qualities = EnumSet.of(PainQuality.ACHING);

	private int morningStiffnessMinutes = 10;

	private boolean wakesAtNight;

	private boolean easesWithGentleMovement = true;

	private Set<AggravatingFactor> aggravatingFactors = EnumSet.noneOf(AggravatingFactor.class);

	private SleepPosition sleepPosition = SleepPosition.SIDE;

	private PillowSupport pillowSupport = PillowSupport.BETWEEN_THE_KNEES;

	private Mattress mattress = Mattress.FINE;

	private int fearOfMovement = 2;

	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

	private ForwardBend forwardBend = ForwardBend.COMFORTABLE;

	private SideBend sideBendLeft = SideBend.FREE;

	private SideBend sideBendRight = SideBend.FREE;

	private int proneHoldSeconds = 20;

	private boolean proneHoldCrampedOrShook;

	private boolean pressureReproducesFamiliarAche = true;

	private AssessmentTestData() {
	}

	public static AssessmentTestData anAssessment() {
		return new AssessmentTestData();
	}

	public AssessmentTestData withKind(AssessmentKind kind) {
		this.kind = kind;
		return this;
	}

	public AssessmentTestData assessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
		return this;
	}

	public AssessmentTestData withPain(int now, int worst, int onWaking) {
		this.painNow = now;
		this.painWorst = worst;
		this.painOnWaking = onWaking;
		return this;
	}

	public AssessmentTestData withPainNow(int now) {
		this.painNow = now;
		this.painWorst = Math.max(this.painWorst, now);
		return this;
	}

	public AssessmentTestData withOnsetDaysBefore(int days) {
		this.onset = this.assessedOn.minusDays(days);
		return this;
	}

	public AssessmentTestData withLocations(PainLocation... locations) {
		this.locations = Set.of(locations);
		return this;
	}

	public AssessmentTestData spreadingInALine() {
		this.spreadsInALine = true;
		return this;
	}

	public AssessmentTestData withQualities(PainQuality... qualities) {
		this.qualities = (qualities.length == 0) ? EnumSet.noneOf(PainQuality.class)
				: EnumSet.of(qualities[0], qualities);
		return this;
	}

	public AssessmentTestData withMorningStiffnessMinutes(int minutes) {
		this.morningStiffnessMinutes = minutes;
		return this;
	}

	public AssessmentTestData wakingAtNight(boolean wakes) {
		this.wakesAtNight = wakes;
		return this;
	}

	public AssessmentTestData easingWithGentleMovement(boolean eases) {
		this.easesWithGentleMovement = eases;
		return this;
	}

	public AssessmentTestData aggravatedBy(AggravatingFactor... factors) {
		this.aggravatingFactors = (factors.length == 0) ? EnumSet.noneOf(AggravatingFactor.class)
				: EnumSet.of(factors[0], factors);
		return this;
	}

	public AssessmentTestData sleeping(SleepPosition position, PillowSupport pillow, Mattress mattress) {
		this.sleepPosition = position;
		this.pillowSupport = pillow;
		this.mattress = mattress;
		return this;
	}

	public AssessmentTestData withFearOfMovement(int fear) {
		this.fearOfMovement = fear;
		return this;
	}

	public AssessmentTestData withRedFlags(RedFlag... flags) {
		this.redFlags = (flags.length == 0) ? EnumSet.noneOf(RedFlag.class) : EnumSet.of(flags[0], flags);
		return this;
	}

	public AssessmentTestData withForwardBend(ForwardBend forwardBend) {
		this.forwardBend = forwardBend;
		return this;
	}

	public AssessmentTestData withSideBends(SideBend left, SideBend right) {
		this.sideBendLeft = left;
		this.sideBendRight = right;
		return this;
	}

	public AssessmentTestData withProneHold(int seconds, boolean crampedOrShook) {
		this.proneHoldSeconds = seconds;
		this.proneHoldCrampedOrShook = crampedOrShook;
		return this;
	}

	public AssessmentTestData withPressureReproducingAche(boolean reproduces) {
		this.pressureReproducesFamiliarAche = reproduces;
		return this;
	}

	public Assessment build() {
		return new Assessment(this.kind, this.assessedOn,
				PainIntensity.of(this.painNow, this.painWorst, this.painOnWaking),
				new PainHistory(this.onset, OnsetMechanism.GRADUAL, 1),
				new PainMap(this.locations, this.spreadsInALine), this.qualities,
				new PainBehaviour(45, 30, false, this.morningStiffnessMinutes, this.wakesAtNight,
						this.easesWithGentleMovement, this.aggravatingFactors),
				new SleepAndHabits(this.sleepPosition, this.pillowSupport, this.mattress, 4.0, false, 3,
						this.fearOfMovement, ActivityLevel.MODERATE),
				this.redFlags,
				new PhysicalChecks(this.forwardBend, BackwardLean.COMFORTABLE, this.sideBendLeft, this.sideBendRight,
						this.proneHoldSeconds, this.proneHoldCrampedOrShook, this.pressureReproducesFamiliarAche));
	}

	/**
	 * A complete, valid draft as a form would send it.
	 * @return the draft
	 */
	public static AssessmentDraft aCompleteDraft() {
		return new AssessmentDraft(AssessmentKind.INITIAL, ASSESSED_ON, new AssessmentDraft.Pain(4, 7, 6),
				new AssessmentDraft.History(ASSESSED_ON.minusDays(20), OnsetMechanism.LIFT, 2),
				new AssessmentDraft.Where(Set.of(PainLocation.of(BodyRegion.FLANK, BodySide.LEFT)), false),
				EnumSet.of(PainQuality.DEEP_DULL),
				new AssessmentDraft.Behaviour(30, 20, true, 15, false, true,
						EnumSet.of(AggravatingFactor.ROLLING_OVER_IN_BED)),
				new AssessmentDraft.Habits(SleepPosition.BACK, PillowSupport.NONE, Mattress.WORN_OUT, 7.5, false, 5, 4,
						ActivityLevel.LIGHT),
				EnumSet.noneOf(RedFlag.class), new AssessmentDraft.Checks(ForwardBend.ONE_SIDE_TIGHTER,
						BackwardLean.MUSCULAR_STRETCH, SideBend.PAINFUL_OVER_QL, SideBend.FREE, 12, false, true));
	}

}
