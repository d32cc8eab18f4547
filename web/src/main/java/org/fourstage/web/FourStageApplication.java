package org.fourstage.web;

import org.fourstage.web.clinic.OperatorCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts FourStage, or runs one of the {@link OperatorCommands} without the web server.
 * Components of every module live beneath {@code org.fourstage}.
 */
@SpringBootApplication(scanBasePackages = "org.fourstage")
public class FourStageApplication {

	public static void main(String[] args) {
		if (OperatorCommands.isCommand(args)) {
			var context = new SpringApplicationBuilder(FourStageApplication.class).web(WebApplicationType.NONE)
				.properties("fourstage.operator-command=true", "spring.main.banner-mode=off")
				.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(FourStageApplication.class, args);
	}

}
