package org.fourstage.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts FourStage. Components of every module live beneath {@code org.fourstage}.
 */
@SpringBootApplication(scanBasePackages = "org.fourstage")
public class FourStageApplication {

	public static void main(String[] args) {
		SpringApplication.run(FourStageApplication.class, args);
	}

}
