package org.fourstage.web.home;

import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class HomePageIT {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheProductNameTheStagesAndASignInLink() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"display-6\">FourStage</h1>")))
			.andExpect(content().string(containsString("Calm and unload")))
			.andExpect(content().string(containsString("Integrate into daily life")))
			.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFoundRatherThanAnError() throws Exception {
		this.mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

	@Test
	void servesBootstrapFromTheWebjar() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
	}

}
