package org.fourstage.web.program;

import org.fourstage.domain.progression.CriterionCheck;
import org.fourstage.web.support.Wording;
import org.springframework.stereotype.Component;

/**
 * Words one check of the progression advisor: the rule, what was seen, and whether data
 * was missing ("adherence 60 % or more: 59 % (599 of 1000 sessions)"). The program page
 * reaches it as {@code ${@adviceWording.check(c)}}.
 */
@Component("adviceWording")
public class AdviceWording {

	private final Wording wording;

	AdviceWording(Wording wording) {
		this.wording = wording;
	}

	/**
	 * The check in the reader's language.
	 * @param check the check
	 * @return the rule, followed by what was seen and by "no data" where they apply
	 */
	public String check(CriterionCheck check) {
		String text = this.wording.of(check.rule());
		if (check.seen() != null) {
			text = this.wording.of("advice.check.seen", text, this.wording.of(check.seen()));
		}
		if (check.noData()) {
			text = this.wording.of("advice.check.noData", text);
		}
		return text;
	}

}
