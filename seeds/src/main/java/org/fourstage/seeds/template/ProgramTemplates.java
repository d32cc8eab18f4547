package org.fourstage.seeds.template;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateStage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.format.DosageNotation;
import org.fourstage.seeds.format.SeedBlock;
import org.fourstage.seeds.format.SeedBlocks;
import org.fourstage.seeds.format.SeedEntry;
import org.fourstage.seeds.format.SeedFormatException;

/**
 * Reads the program templates and checks every exercise they name against the library.
 */
public final class ProgramTemplates {

	/** The seed file beside this class. */
	public static final String RESOURCE = "templates.seed";

	private static final Pattern STAGE_KEY = Pattern.compile("stage ([1-4]) (goal|exercise|advice)");

	private ProgramTemplates() {
	}

	/**
	 * The templates shipped with FourStage, checked against the shipped library.
	 * @return the templates in file order
	 * @throws SeedFormatException when the seed file is broken or refers to an unknown
	 * exercise
	 */
	public static List<ProgramTemplate> load() {
		return of(SeedBlocks.read(ProgramTemplates.class, RESOURCE), ExerciseLibrary.load());
	}

	/**
	 * Templates read from seed text and checked against a library.
	 * @param source the name used in error messages
	 * @param text the seed text
	 * @param library the library the templates must refer to
	 * @return the templates in order
	 */
	public static List<ProgramTemplate> parse(String source, Reader text, ExerciseLibrary library) {
		return of(SeedBlocks.parse(source, text), library);
	}

	/**
	 * One shipped template.
	 * @param code e.g. {@code standard}
	 * @return the template, or empty when none has that code
	 */
	public static Optional<ProgramTemplate> find(String code) {
		return load().stream().filter((template) -> template.code().equals(code)).findFirst();
	}

	private static List<ProgramTemplate> of(List<SeedBlock> blocks, ExerciseLibrary library) {
		List<ProgramTemplate> templates = new ArrayList<>();
		for (SeedBlock block : blocks) {
			templates.add(template(block, library));
		}
		return List.copyOf(templates);
	}

	private static ProgramTemplate template(SeedBlock block, ExerciseLibrary library) {
		for (SeedEntry entry : block.entries()) {
			if (!entry.key().equals("name") && !entry.key().equals("description")
					&& !STAGE_KEY.matcher(entry.key()).matches()) {
				throw block.error("line " + entry.line() + " has unknown key '" + entry.key() + "'");
			}
		}
		try {
			List<TemplateStage> stages = new ArrayList<>();
			for (Stage stage : Stage.values()) {
				String prefix = "stage " + stage.number() + " ";
				List<TemplateEntry> entries = new ArrayList<>();
				for (String line : block.all(prefix + "exercise")) {
					entries.add(entry(line, library));
				}
				stages.add(new TemplateStage(stage, block.one(prefix + "goal"), entries, block.all(prefix + "advice")));
			}
			return new ProgramTemplate(block.name(), block.one("name"), block.one("description"), stages);
		}
		catch (SeedFormatException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw block.error(ex.getMessage());
		}
	}

	private static TemplateEntry entry(String line, ExerciseLibrary library) {
		int bar = line.indexOf('|');
		ExerciseCode code = ExerciseCode.of(((bar < 0) ? line : line.substring(0, bar)).strip());
		if (library.find(code).isEmpty()) {
			throw new IllegalArgumentException("refers to exercise '" + code + "', which the library lacks");
		}
		Dosage override = (bar < 0) ? null : DosageNotation.parse(line.substring(bar + 1));
		return new TemplateEntry(code, override);
	}

}
