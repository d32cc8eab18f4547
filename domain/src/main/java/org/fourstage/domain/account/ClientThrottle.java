package org.fourstage.domain.account;

import java.time.Duration;

/**
 * Limits wrong passwords per client address, whichever accounts they are for, so one
 * machine cannot guess at many accounts while staying under each account's count. Devices
 * the person has signed in from before are exempt, so a stranger on the same network (a
 * clinic behind one address) cannot keep its staff out.
 */
public final class ClientThrottle {

	/** Wrong passwords one address may send within {@link #WINDOW}. */
	public static final int MAX_FAILURES = 20;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	private ClientThrottle() {
	}

	/**
	 * Whether an address must wait.
	 * @param recentFailures its wrong passwords within the window
	 * @return true when it has used up its share
	 */
	public static boolean refuses(long recentFailures) {
		return recentFailures >= MAX_FAILURES;
	}

}
