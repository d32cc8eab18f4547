package org.fourstage.web.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.ProgramChangeKind;
import org.fourstage.domain.progression.AdviceKind;
import org.fourstage.domain.progression.EvidenceItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from {@code messages.properties}: no template writes text
 * of its own, and every message key a template or the Java code names exists. (The same
 * guard as spring-petclinic's {@code I18nPropertiesSyncTest}, reading the templates as
 * markup instead of line by line.)
 */
class AllTextThroughMessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The web module's code and the domain's, whose codes the web module words. */
	private static final List<Path> JAVA = List.of(Path.of("src/main/java"), Path.of("../domain/src/main/java"));

	private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	private static final Path FIXTURE = Path.of("src/test/resources/i18n-fixture/literal-words.html");

	/**
	 * What the web module puts in front of a domain code to make its message key: reasons
	 * of the assessment's derivation are worded as {@code assessment.reason.<code>}.
	 */
	private static final List<String> KEY_PREFIXES = List.of("", "assessment.reason.");

	/**
	 * The code of a reason the domain gives for a finding, worded as
	 * assessment.reason.<code>.
	 */
	private static final Pattern REASON_CODE = Pattern.compile("new Reason\\(\\s*\"([^\"]+)\"");

	/**
	 * A string literal in Java that reads like a message key: {@code "program.saved"}.
	 */
	private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

	@Test
	void noTemplateWritesWordsOfItsOwn() {
		Map<Path, List<String>> findings = new TreeMap<>();
		for (Path template : templates()) {
			List<String> literal = TemplateText.literalTexts(template);
			if (!literal.isEmpty()) {
				findings.put(template, literal);
			}
		}
		assertThat(findings).as("words written in templates instead of messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() {
		Set<String> known = messages().stringPropertyNames();
		Map<Path, Set<String>> missing = new TreeMap<>();
		for (Path template : templates()) {
			Set<String> keys = new TreeSet<>(TemplateText.messageKeys(template));
			keys.removeAll(known);
			if (!keys.isEmpty()) {
				missing.put(template, keys);
			}
		}
		assertThat(missing).as("message keys used in templates but missing in messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyTheJavaCodeNamesExists() throws IOException {
		Properties messages = messages();
		Map<Path, Set<String>> missing = new TreeMap<>();
		for (Path root : JAVA) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((p) -> p.toString().endsWith(".java")).sorted().toList()) {
					Set<String> keys = missingKeys(Files.readString(file, StandardCharsets.UTF_8), messages);
					if (!keys.isEmpty()) {
						missing.put(file, keys);
					}
				}
			}
		}
		assertThat(missing).as("message keys used in Java but missing in messages.properties").isEmpty();
	}

	@Test
	void everyReasonTheDomainGivesHasAMessage() throws IOException {
		Set<String> known = messages().stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("../domain/src/main/java"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = REASON_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					missing.add("assessment.reason." + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("reasons found in the domain").hasSizeGreaterThan(20);
		missing.removeAll(known);
		Stream.of(RedFlag.values())
			.map(RedFlag::messageKey)
			.filter((key) -> !known.contains(key))
			.forEach(missing::add);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyConstantWordedByItsNameHasAMessage() {
		Set<String> known = messages().stringPropertyNames();
		Map<String, List<? extends Enum<?>>> wordedByName = Map.of("advice.evidence.", List.of(EvidenceItem.values()),
				"advice.SideBend.", List.of(SideBend.values()), "advice.ForwardBend.", List.of(ForwardBend.values()),
				"advice.kind.", List.of(AdviceKind.values()), "program.change.",
				Stream.of(ProgramChangeKind.values()).filter((kind) -> kind != ProgramChangeKind.LEGACY_TEXT).toList(),
				"dosage.words.side.", List.of(ExerciseSide.values()), "muscle.", List.of(MuscleGroup.values()));
		Set<String> missing = new TreeSet<>();
		wordedByName.forEach((prefix, constants) -> constants.stream()
			.map((constant) -> prefix + constant.name())
			.filter((key) -> !known.contains(key))
			.forEach(missing::add));
		assertThat(missing).isEmpty();
	}

	@Test
	void findsTheWordsAFixtureTemplateWritesItself() {
		assertThat(TemplateText.literalTexts(FIXTURE)).containsExactly("text \"Welcome back\"",
				"placeholder=\"Search patients\"", "alt=\"FourStage logo\"", "aria-label=\"Close\"", "value=\"Save\"");
	}

	@Test
	void findsTheMissingKeyOfAFixtureTemplate() {
		Set<String> keys = new TreeSet<>(TemplateText.messageKeys(FIXTURE));
		keys.removeAll(messages().stringPropertyNames());
		assertThat(keys).containsExactly("fixture.noSuchKey");
	}

	@Test
	void findsAMissingKeyNamedInJava() {
		String source = """
				result.rejectValue("goal", "program.goal.invalid");
				result.rejectValue("goal", "program.goal.noSuchRule");
				String prefix = "assessment.pattern." + pattern;
				String view = "program/show";
				""";
		assertThat(missingKeys(source, messages())).containsExactly("program.goal.noSuchRule");
	}

	// A literal counts as a key when its first part is the first part of some message
	// key, so property names such as "spring.datasource.url" are not taken for keys.
	private static Set<String> missingKeys(String source, Properties messages) {
		Set<String> known = messages.stringPropertyNames();
		Set<String> prefixes = known.stream()
			.map((key) -> key.substring(0, key.indexOf('.') + 1))
			.collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>();
		Matcher matcher = JAVA_KEY.matcher(source);
		while (matcher.find()) {
			String key = matcher.group(1);
			if (prefixes.contains(key.substring(0, key.indexOf('.') + 1))
					&& KEY_PREFIXES.stream().noneMatch((prefix) -> known.contains(prefix + key))) {
				missing.add(key);
			}
		}
		return missing;
	}

	private static List<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).as("templates found under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
			return templates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties messages() {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages;
	}

}
