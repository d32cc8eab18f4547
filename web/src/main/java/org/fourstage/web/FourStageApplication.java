package org.fourstage.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts FourStage, or runs one operator command ({@code clinic-add},
 * {@code clinic-list}) without the web server. Components of every module live beneath
 * {@code org.fourstage}.
 */
@SpringBootApplication(scanBasePackages = "org.fourstage")
public class FourStageApplication {

	public static void main(String[] args) {
		if (args.length > 0 && (args[0].equals("clinic-add") || args[0].equals("clinic-list"))) {
			var context = new SpringApplicationBuilder(FourStageApplication.class).web(WebApplicationType.NONE)
				.properties("fourstage.operator-command=true", "spring.main.banner-mode=off")
				.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(FourStageApplication.class, args);
	}

}
