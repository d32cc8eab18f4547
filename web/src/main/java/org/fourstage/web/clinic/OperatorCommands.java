package org.fourstage.web.clinic;

import java.io.PrintStream;
import java.util.List;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.reporting.clinic.ClinicDirectoryQuery;
import org.fourstage.web.account.PasswordLinks;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The operator's commands, run with the application jar instead of starting the server:
 *
 * <pre>
 * java -jar fourstage.jar clinic-add --clinic-name="North Clinic" --admin-email=lead@north.example [--admin-name="Lee North"]
 * java -jar fourstage.jar clinic-list
 * </pre>
 *
 * With the embedded database, stop the running app first: it holds the data folder.
 */
@Component
@ConditionalOnProperty(name = "fourstage.operator-command", havingValue = "true")
public class OperatorCommands implements ApplicationRunner {

	/** The one list of commands; the application's entry point asks it too. */
	static final List<String> COMMANDS = List.of("clinic-add", "clinic-list");

	private final ClinicSetup setup;

	private final ClinicDirectoryQuery directory;

	private final PasswordLinks links;

	private final PrintStream out = System.out;

	OperatorCommands(ClinicSetup setup, ClinicDirectoryQuery directory, PasswordLinks links) {
		this.setup = setup;
		this.directory = directory;
		this.links = links;
	}

	/**
	 * Whether the command line asks for an operator command rather than the server.
	 * @param args the command line
	 * @return true when its first word is one of the commands
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	@Override
	public void run(ApplicationArguments args) {
		String command = args.getNonOptionArgs().isEmpty() ? "" : args.getNonOptionArgs().get(0);
		switch (command) {
			case "clinic-add" -> addClinic(args);
			case "clinic-list" -> listClinics();
			default -> throw new IllegalArgumentException("Unknown command '" + command + "'; use one of " + COMMANDS);
		}
	}

	private void addClinic(ApplicationArguments args) {
		ClinicName name = new ClinicName(option(args, "clinic-name"));
		EmailAddress email = new EmailAddress(option(args, "admin-email"));
		DisplayName adminName = new DisplayName(
				args.containsOption("admin-name") ? option(args, "admin-name") : "Clinic admin");
		Account admin = this.setup.addClinic(name, adminName, email, null);
		PasswordLinks.PasswordLink link = this.links.issue(admin.id(), null);
		this.out.println("Created clinic '" + name + "' with the admin " + email + "; its sign-in code is "
				+ this.setup.signInCode(admin.clinicId()) + ".");
		this.out.println(
				"Hand this one-time link to the admin to set their password (valid until " + link.expiresAt() + "):");
		this.out.println("  " + link.url());
	}

	private void listClinics() {
		this.directory.entries()
			.forEach((entry) -> this.out.println(entry.id() + "  " + entry.createdAt() + "  sign-in code "
					+ entry.signInCode() + "  " + entry.name()));
	}

	private static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + name + "=... is required");
		}
		return values.get(0);
	}

}
