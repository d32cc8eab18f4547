package org.fourstage.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.PasswordTokens.LinkNotice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Tells a person, right after they sign in, that somebody else issued a set-password link
 * for their account that already had a password: who, when, who confirmed it and whether
 * it was used. Whoever used such a link signs in as that person too, so the notice is
 * read per device: reading it on one device does not hide it on the others.
 */
@Controller
class LinkNoticeController {

	static final String PATH = "/account/notices";

	/** How far back a sign-in tells about resets. */
	static final Duration PERIOD = Duration.ofDays(90);

	private final PasswordTokens tokens;

	private final LinkNoticeReading reading;

	private final Clock clock;

	LinkNoticeController(PasswordTokens tokens, LinkNoticeReading reading, Clock clock) {
		this.tokens = tokens;
		this.reading = reading;
		this.clock = clock;
	}

	static Instant since(Instant now) {
		return now.minus(PERIOD);
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
		List<LinkNotice> notices = KnownDeviceCookie.of(request)
			.map((device) -> this.tokens.unreadNotices(user.accountId(), device, since(this.clock.instant())))
			.orElse(List.of());
		if (notices.isEmpty()) {
			return "redirect:/start";
		}
		model.addAttribute("notices", notices);
		return "account/link-notices";
	}

	@PostMapping(PATH)
	String read(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		KnownDeviceCookie.of(request).ifPresent((device) -> this.reading.markRead(user, user.patientId(), device));
		return "redirect:/start";
	}

}
