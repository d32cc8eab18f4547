package org.fourstage.web.settings;

import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.validation.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramWeeksTextTest {

	@Test
	void readsWeeksSeparatedByCommasOrSpacesAndNothingAsNone() {
		assertThat(ProgramWeeksText.parse("weeks", " 0, 6,12  52 ,").value()).containsExactly(0, 6, 12, 52);
		assertThat(ProgramWeeksText.parse("weeks", "  ").value()).isEmpty();
		assertThat(ProgramWeeksText.format(MeasurementSchedule.weeks(0, 6, 12))).isEqualTo("0, 6, 12");
	}

	@Test
	void namesWhatIsWrongWithTheTypedWeeks() {
		assertThat(code("6, 0")).isEqualTo("schedule.weeks.order");
		assertThat(code("0, 6, 6")).isEqualTo("schedule.weeks.order");
		assertThat(code("0; 6")).isEqualTo("schedule.weeks.format");
		assertThat(code("1.5")).isEqualTo("schedule.weeks.format");
		assertThat(code("-1, 6")).isEqualTo("schedule.weeks.range");
		assertThat(code("99999999999999999999")).isEqualTo("schedule.weeks.range");
	}

	private static String code(String typed) {
		FieldError error = ProgramWeeksText.parse("weeks", typed).violations().errors().get(0);
		assertThat(error.field()).isEqualTo("weeks");
		return error.code();
	}

}
