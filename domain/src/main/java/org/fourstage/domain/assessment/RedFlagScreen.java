package org.fourstage.domain.assessment;

import java.util.List;
import java.util.Set;

/**
 * The red flag screen: a single yes is enough for an urgent medical assessment, because
 * each flag on its own can point to a cause that exercise must not delay.
 *
 * @param status clear, or urgent medical assessment
 * @param flags the flags answered yes, in the order of {@link RedFlag}
 */
public record RedFlagScreen(ScreenStatus status, List<RedFlag> flags) {

	public RedFlagScreen {
		flags = List.copyOf(flags);
		if ((status == ScreenStatus.CLEAR) != flags.isEmpty()) {
			throw new IllegalArgumentException("The screen is urgent exactly when a flag is present");
		}
	}

	public static RedFlagScreen of(Set<RedFlag> flags) {
		List<RedFlag> ordered = flags.stream().sorted().toList();
		return new RedFlagScreen(ordered.isEmpty() ? ScreenStatus.CLEAR : ScreenStatus.URGENT_MEDICAL_ASSESSMENT,
				ordered);
	}

	public static RedFlagScreen of(Assessment assessment) {
		return of(assessment.redFlags());
	}

	public boolean isUrgent() {
		return this.status == ScreenStatus.URGENT_MEDICAL_ASSESSMENT;
	}

	/**
	 * The flags as reasons for the physio's screen.
	 * @return one reason per flag
	 */
	public List<Reason> reasons() {
		return this.flags.stream().map((flag) -> new Reason(flag.messageKey())).toList();
	}

}
