package org.fourstage.web.settings;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic admin's page for the clinic's default measurement schedule, which every
 * program copies when it is assigned.
 */
@Controller
class MeasurementScheduleController {

	private static final String VIEW = "settings/measurement-schedule";

	/** The choices of the scale's interval: none, then every 1 to 12 weeks. */
	private static final List<Integer> SCALE_INTERVALS = IntStream
		.rangeClosed(0, MeasurementSchedule.MOST_WEEKS_BETWEEN_SCALES)
		.boxed()
		.toList();

	private final MeasurementSchedules schedules;

	private final MeasurementScheduleEditing editing;

	MeasurementScheduleController(MeasurementSchedules schedules, MeasurementScheduleEditing editing) {
		this.schedules = schedules;
		this.editing = editing;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("scaleIntervals", SCALE_INTERVALS);
		model.addAttribute("defaults", MeasurementScheduleForm.of(MeasurementSchedule.DEFAULTS));
	}

	@GetMapping("/admin/settings/measurement-schedule")
	String show(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("form", MeasurementScheduleForm.of(this.schedules.defaultFor(admin.clinicId())));
		return VIEW;
	}

	@PostMapping("/admin/settings/measurement-schedule")
	String save(@AuthenticationPrincipal SignedInUser admin,
			@Valid @ModelAttribute("form") @Nullable MeasurementScheduleForm form, BindingResult result,
			RedirectAttributes redirect) {
		// The form is null when a value could not even be read, e.g. letters for a
		// number.
		if (form == null) {
			rejectUnbound(MeasurementScheduleForm.weekViolations(typed(result, "disabilityIndexWeeks"),
					typed(result, "startBackWeeks")), result);
			return VIEW;
		}
		Validated<MeasurementSchedule> schedule = form.schedule();
		if (result.hasErrors() || !schedule.isValid()) {
			BindingErrors.apply(schedule.violations(), result);
			return VIEW;
		}
		this.editing.save(admin, schedule.value());
		redirect.addFlashAttribute("flashKey", "settings.schedule.saved");
		return "redirect:/admin/settings/measurement-schedule";
	}

	/**
	 * Marks fields of a form that could not be made: with no form to read the value from,
	 * the value is the one typed.
	 */
	private static void rejectUnbound(Violations violations, BindingResult result) {
		for (org.fourstage.domain.validation.FieldError error : violations.errors()) {
			if (!result.hasFieldErrors(error.field())) {
				result.addError(new FieldError(result.getObjectName(), error.field(),
						result.getFieldValue(error.field()), false,
						result.resolveMessageCodes(error.code(), error.field()), null, error.defaultMessage()));
			}
		}
	}

	private static @Nullable String typed(BindingResult result, String field) {
		return (result.getFieldValue(field) instanceof String text) ? text : null;
	}

}
