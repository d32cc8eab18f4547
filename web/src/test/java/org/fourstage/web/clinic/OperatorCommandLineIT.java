package org.fourstage.web.clinic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fourstage.web.FourStageApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the operator's commands the way the README does: in a JVM of their own, started
 * like the jar, with the app stopped and the embedded database in a data folder. Running
 * them inside a test's web context would hide what only the command line lacks.
 */
class OperatorCommandLineIT {

	@TempDir
	Path dataDir;

	@Test
	void addsAndListsClinicsWithTheAppStopped() throws Exception {
		Run added = run("clinic-add", "--clinic-name=North Clinic", "--admin-email=lead@north.example",
				"--admin-name=Lee North");
		assertThat(added.exitCode()).as(added.output()).isZero();
		assertThat(added.output()).contains("Created clinic 'North Clinic' with the admin lead@north.example")
			.containsPattern("http://localhost:\\d+/password/set\\?token=[A-Za-z0-9_-]+");

		Run listed = run("clinic-list");
		assertThat(listed.exitCode()).as(listed.output()).isZero();
		assertThat(listed.output()).contains("North Clinic");
	}

	@Test
	void refusesBadOptionsWithAMessageAndANonZeroExit() throws Exception {
		Run refused = run("clinic-add", "--admin-email=lead@north.example");
		assertThat(refused.exitCode()).isNotZero();
		assertThat(refused.output()).contains("--clinic-name=... is required");
	}

	@Test
	void saysSoWhenTheAppHoldsTheDataFolder() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FourStageApplication.class)
			.run("--server.port=0", "--fourstage.data-dir=" + this.dataDir, "--spring.datasource.url=")) {
			Run refused = run("clinic-list");
			assertThat(refused.exitCode()).isNotZero();
			assertThat(refused.output()).contains("in use by another FourStage instance");
		}
	}

	private Run run(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), FourStageApplication.class.getName()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("FOURSTAGE_"));
		builder.environment().put("FOURSTAGE_DATA_DIR", this.dataDir.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {
	}

}
