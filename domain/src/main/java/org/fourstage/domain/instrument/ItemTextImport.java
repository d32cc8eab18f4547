package org.fourstage.domain.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.validation.FieldError;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;

/**
 * Reads licensed item wording from the plain-text file an admin uploads and attaches it
 * to a definition. One item per line, {@code item-id = wording}; blank lines and lines
 * starting with {@code #} are ignored. The file's text is the clinic's licensed copy; the
 * product itself never ships it.
 */
public final class ItemTextImport {

	private ItemTextImport() {
	}

	/**
	 * Parses the file and attaches the wording.
	 * @param definition the instrument the file is for
	 * @param content the file's text
	 * @return the definition with the wording, or violations keyed {@code line[n]}
	 * (1-based) or {@code itemText[id]}
	 */
	public static Validated<InstrumentDefinition> apply(InstrumentDefinition definition, String content) {
		Map<String, String> text = new LinkedHashMap<>();
		List<FieldError> problems = new ArrayList<>();
		String[] lines = content.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String field = "line[" + (i + 1) + "]";
			int separator = line.indexOf('=');
			if (separator <= 0) {
				problems.add(new FieldError(field, "instrument.import.format", "Write each line as item-id = text."));
				continue;
			}
			String itemId = line.substring(0, separator).strip();
			if (text.containsKey(itemId)) {
				problems.add(new FieldError(field, "instrument.import.duplicate", "This item appears twice."));
				continue;
			}
			String wording = line.substring(separator + 1).strip();
			if (!FreeText.isPlain(line)) {
				problems.add(new FieldError(field, "instrument.import.notPlain",
						"Write plain text: no markup and no control characters."));
				continue;
			}
			text.put(itemId, wording);
		}
		if (!problems.isEmpty()) {
			return Validated.invalid(new Violations(problems));
		}
		return definition.withItemText(text);
	}

}
