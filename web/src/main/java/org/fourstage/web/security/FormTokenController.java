package org.fourstage.web.security;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A fresh form token for the patient's phone. Entries kept on the phone while it was
 * offline are sent later, perhaps after the token of the page they were made on has
 * changed (a new sign-in renews it); the script asks here first. It also tells whose
 * session this is, so that the phone sends an entry only in the name of the person who
 * made it. No patient data is read.
 */
@Controller
class FormTokenController {

	@GetMapping(path = "/my/form-token", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FormToken> formToken(@AuthenticationPrincipal SignedInUser user, CsrfToken token) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new FormToken(token.getParameterName(), token.getToken(), user.accountId().value().toString()));
	}

	/**
	 * What the phone needs to send a kept form.
	 *
	 * @param parameterName the form field that carries the token
	 * @param token the token
	 * @param owner the signed-in account, as the page names it
	 */
	record FormToken(String parameterName, String token, String owner) {

	}

}
