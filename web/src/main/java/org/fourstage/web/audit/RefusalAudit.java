package org.fourstage.web.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Audits refused requests: a record that does not exist or belongs to another clinic, a
 * page of another role, a form without its token.
 * <p>
 * A signed-in person's refusals are written one by one, with the record asked for. An
 * anonymous client could send thousands a second, so its refusals are counted instead: at
 * most one row per client address and minute, and that row tells how many more the
 * address had in the minute before. Beyond {@value #TRACKED_ADDRESSES} addresses in one
 * minute, the rest share a single count, so neither the table nor the memory grows with
 * the number of clients.
 */
@Component
public class RefusalAudit {

	static final int TRACKED_ADDRESSES = 1000;

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final String OTHER_ADDRESSES = "*";

	private static final int DETAIL_LENGTH = 300;

	private final AuditTrail trail;

	private final Clock clock;

	private final Map<String, Window> anonymous = new HashMap<>();

	RefusalAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Records that the record named in the address was not found for this person.
	 * @param request the refused request
	 */
	public void notFound(HttpServletRequest request) {
		refused(request, AuditAction.RECORD_NOT_FOUND);
	}

	/**
	 * Records a refusal.
	 * @param request the refused request
	 * @param action why it was refused
	 */
	public void refused(HttpServletRequest request, AuditAction action) {
		String detail = request.getMethod() + " " + request.getRequestURI();
		Optional<Actor> user = signedIn();
		if (user.isPresent()) {
			Target target = target(request);
			// A kind the audit log does not know is left out; the address in the detail
			// names it.
			AuditTarget kind = (target.type() != null) ? AuditTarget.ofCode(target.type()).orElse(null) : null;
			this.trail.record(user.get(), action, kind, target.id(), null, AuditOutcome.DENIED, shorten(detail));
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Integer> earlier = admit(address);
		if (earlier.isPresent()) {
			String counted = (earlier.get() > 0)
					? detail + "; " + earlier.get() + " more refused from this address in the minute before" : detail;
			this.trail.record(new AuditEvent(null, null, null, null, action, null, null, null, address,
					AuditOutcome.DENIED, shorten(counted)));
		}
	}

	/**
	 * Opens a new minute for the address, or counts the refusal in the open one.
	 * @return how many refusals the closed minute counted, when a row is to be written
	 */
	private synchronized Optional<Integer> admit(String address) {
		Instant now = this.clock.instant();
		String key = address;
		if (!this.anonymous.containsKey(key) && this.anonymous.size() >= TRACKED_ADDRESSES) {
			this.anonymous.values().removeIf((window) -> window.isOver(now));
			if (this.anonymous.size() >= TRACKED_ADDRESSES) {
				key = OTHER_ADDRESSES;
			}
		}
		Window window = this.anonymous.get(key);
		if (window == null || window.isOver(now)) {
			this.anonymous.put(key, new Window(now, 0));
			return Optional.of((window != null) ? window.counted() : 0);
		}
		this.anonymous.put(key, new Window(window.start(), window.counted() + 1));
		return Optional.empty();
	}

	private static Optional<Actor> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * The innermost record named in the address, such as the note of
	 * {@code /patients/{patientId}/notes/{noteId}}: its kind from the path segment before
	 * it, its id as given. The detail keeps the whole path with every id.
	 */
	private static Target target(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(pattern instanceof String path) || !(variables instanceof Map<?, ?> values)) {
			return new Target(null, null);
		}
		Target target = new Target(null, null);
		String previous = "";
		for (String segment : path.split("/")) {
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String name = segment.substring(1, segment.length() - 1);
				if ((name.equals("id") || name.endsWith("Id")) && values.get(name) != null) {
					String kind = previous.endsWith("s") ? previous.substring(0, previous.length() - 1) : previous;
					target = new Target(kind, shorten(String.valueOf(values.get(name))));
				}
			}
			else {
				previous = segment;
			}
		}
		return target;
	}

	private static String shorten(String text) {
		return (text.length() > DETAIL_LENGTH) ? text.substring(0, DETAIL_LENGTH) : text;
	}

	private record Target(@Nullable String type, @Nullable String id) {
	}

	private record Window(Instant start, int counted) {

		boolean isOver(Instant now) {
			return !now.isBefore(this.start.plus(WINDOW));
		}

	}

}
