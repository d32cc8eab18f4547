package org.fourstage.web.settings;

import java.util.Map;

import jakarta.validation.Valid;
import org.fourstage.domain.program.FieldViolation;
import org.fourstage.domain.program.InvalidFieldsException;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.ProgressionThresholds;
import org.fourstage.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic admin's page for the progression advisor's thresholds. The domain decides
 * which values are acceptable; this page puts each refusal next to its field.
 */
@Controller
class ProgressionSettingsController {

	/** The message for each field's bounds, by the kind of number it holds. */
	private static final Map<String, String> RANGE_MESSAGES = Map.ofEntries(
			Map.entry("stageOnePainDrop", "settings.progression.range.change"),
			Map.entry("flareSpikePoints", "settings.progression.range.change"),
			Map.entry("stageOnePainCeiling", "settings.progression.range.pain"),
			Map.entry("stageTwoPainCeiling", "settings.progression.range.pain"),
			Map.entry("stageThreePainCeiling", "settings.progression.range.pain"),
			Map.entry("stageOneFlareFreeDays", "settings.progression.range.days"),
			Map.entry("stageThreeFlareFreeDays", "settings.progression.range.days"),
			Map.entry("stageOneAdherencePercent", "settings.progression.range.percent"),
			Map.entry("stageTwoAdherencePercent", "settings.progression.range.percent"),
			Map.entry("stageThreeAdherencePercent", "settings.progression.range.percent"),
			Map.entry("stageThreeEnduranceHoldSeconds", "settings.progression.range.hold"));

	private final ProgressionSettings settings;

	private final ThresholdsEditing editing;

	ProgressionSettingsController(ProgressionSettings settings, ThresholdsEditing editing) {
		this.settings = settings;
		this.editing = editing;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId");
	}

	@GetMapping("/admin/settings/progression")
	String show(@AuthenticationPrincipal SignedInUser admin, Model model) {
		ProgressionThresholds current = this.settings.thresholdsFor(admin.clinicId());
		model.addAttribute("form", ThresholdsForm.of(current));
		model.addAttribute("defaults", ThresholdsForm.of(ProgressionThresholds.DEFAULTS));
		return "settings/progression";
	}

	@PostMapping("/admin/settings/progression")
	String save(@AuthenticationPrincipal SignedInUser admin,
			@Valid @ModelAttribute("form") @Nullable ThresholdsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("defaults", ThresholdsForm.of(ProgressionThresholds.DEFAULTS));
		// The form is null when a value could not even be read, e.g. letters for a
		// number.
		if (form == null || result.hasErrors()) {
			return "settings/progression";
		}
		ProgressionThresholds thresholds;
		try {
			thresholds = form.thresholds();
		}
		catch (InvalidFieldsException ex) {
			// Worded by the field's range message; the violation's own text is the
			// domain's note for developers and never shown.
			for (FieldViolation violation : ex.violations()) {
				result.rejectValue(violation.field(),
						RANGE_MESSAGES.getOrDefault(violation.field(), "settings.progression.range.other"));
			}
			return "settings/progression";
		}
		this.editing.save(admin, thresholds);
		redirect.addFlashAttribute("flashKey", "settings.progression.saved");
		return "redirect:/admin/settings/progression";
	}

}
