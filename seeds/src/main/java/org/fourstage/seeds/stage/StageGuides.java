package org.fourstage.seeds.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.fourstage.domain.program.Stage;

/**
 * Reads the stage guides from {@code stage-guides.properties} beside this class.
 */
public final class StageGuides {

	private StageGuides() {
	}

	/**
	 * The guides of all four stages, in stage order.
	 * @return the guides
	 */
	public static List<StageGuide> all() {
		Properties texts = load();
		List<StageGuide> guides = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			String key = "stage." + stage.number();
			guides.add(new StageGuide(stage, required(texts, key + ".name"), required(texts, key + ".goal")));
		}
		return List.copyOf(guides);
	}

	private static Properties load() {
		try (InputStream in = StageGuides.class.getResourceAsStream("stage-guides.properties")) {
			if (in == null) {
				throw new IllegalStateException("stage-guides.properties is missing from the seeds module");
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String required(Properties texts, String key) {
		String text = texts.getProperty(key);
		if (text == null || text.isBlank()) {
			throw new IllegalStateException("stage-guides.properties has no text for " + key);
		}
		return text.strip();
	}

}
