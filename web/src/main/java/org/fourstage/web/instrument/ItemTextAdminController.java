package org.fourstage.web.instrument;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.ItemTextRepository;
import org.fourstage.domain.validation.FieldError;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin imports the licensed item wording of a questionnaire from a text file the
 * licence holder supplied. The product never ships that wording itself.
 */
@Controller
class ItemTextAdminController {

	static final long MAX_FILE_BYTES = 200_000;

	/** A file with more bad lines than this is the wrong file; the first ones say so. */
	static final int MAX_LISTED_PROBLEMS = 30;

	private final ItemTextRepository texts;

	private final ItemTextImporting importing;

	private final AuditTrail audit;

	ItemTextAdminController(ItemTextRepository texts, ItemTextImporting importing, AuditTrail audit) {
		this.texts = texts;
		this.importing = importing;
		this.audit = audit;
	}

	@GetMapping("/admin/instruments")
	String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
		this.audit.success(admin, AuditAction.INSTRUMENT_TEXT_VIEWED, AuditTarget.INSTRUMENT, "list");
		return page(admin, model);
	}

	@PostMapping("/admin/instruments/{instrumentId}/item-text")
	String importText(@AuthenticationPrincipal SignedInUser admin, @PathVariable String instrumentId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		InstrumentDefinition definition = Questionnaires.licensed()
			.stream()
			.filter((one) -> one.id().value().equals(instrumentId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		String problem = null;
		String content = null;
		if (file == null || file.isEmpty()) {
			problem = "instrument.import.noFile";
		}
		else if (file.getSize() > MAX_FILE_BYTES) {
			problem = "instrument.import.tooLarge";
		}
		else {
			content = utf8(file.getBytes());
			if (content == null) {
				problem = "instrument.import.notText";
			}
		}
		if (problem != null || content == null) {
			model.addAttribute("importProblem", problem);
			model.addAttribute("importInstrument", instrumentId);
			return page(admin, model);
		}
		ItemTextImporting.Result imported = this.importing.importText(admin, definition, content);
		if (imported.outcome() == ItemTextImporting.Outcome.UNREADABLE_LINES) {
			model.addAttribute("importInstrument", instrumentId);
			List<FieldError> problems = imported.lineProblems();
			model.addAttribute("lineProblems", problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
			model.addAttribute("moreLineProblems", Math.max(0, problems.size() - MAX_LISTED_PROBLEMS));
			return page(admin, model);
		}
		if (imported.outcome() == ItemTextImporting.Outcome.INCOMPLETE) {
			model.addAttribute("importProblem", "instrument.import.incomplete");
			model.addAttribute("importInstrument", instrumentId);
			return page(admin, model);
		}
		redirect.addFlashAttribute("flashKey", "instrument.import.done");
		return "redirect:/admin/instruments";
	}

	private String page(SignedInUser admin, Model model) {
		Map<String, Integer> imported = new LinkedHashMap<>();
		List<InstrumentDefinition> licensed = Questionnaires.licensed();
		for (InstrumentDefinition definition : licensed) {
			imported.put(definition.id().value(),
					this.texts.find(admin.clinicId(), definition.id(), definition.version()).size());
		}
		model.addAttribute("instruments", licensed);
		model.addAttribute("imported", imported);
		return "instrument/admin";
	}

	/**
	 * A line-numbered problem for the page.
	 * @param error the refusal of the import
	 * @return the line number, or 0 when it is not about a line
	 */
	static int lineOf(FieldError error) {
		String field = error.field();
		if (field.startsWith("line[") && field.endsWith("]")) {
			return Integer.parseInt(field.substring(5, field.length() - 1));
		}
		return 0;
	}

	private static @Nullable String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
