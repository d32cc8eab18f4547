package org.fourstage.domain.account;

import org.fourstage.domain.identity.AccountId;
import java.time.Instant;

/**
 * What sign-in throttling remembers besides the account's own count: the devices a person
 * has signed in from (by the hash of a secret kept in a cookie of that device) and the
 * wrong passwords sent from each client address.
 */
public interface SignInHistory {

	/**
	 * Whether the account has signed in from this device and the device has not since
	 * sent {@link SignInThrottle#DEVICE_FAILURES} wrong passwords in a row.
	 * @param account the account
	 * @param device the device's secret
	 * @return true for a known device
	 */
	boolean isKnownDevice(AccountId account, OneTimeToken device);

	/**
	 * Remembers a device after a successful sign-in and clears its wrong passwords.
	 * @param account the account
	 * @param device the device's secret
	 * @param now the moment of the sign-in
	 */
	void rememberDevice(AccountId account, OneTimeToken device, Instant now);

	/**
	 * Counts a wrong password from a device; at the limit the device is forgotten.
	 * @param account the account
	 * @param device the device's secret
	 */
	void deviceFailed(AccountId account, OneTimeToken device);

	/**
	 * Counts a failed sign-in from a client address, and forgets those older than the
	 * window.
	 * @param clientAddress the address
	 * @param now the moment of the failure
	 */
	void clientFailed(String clientAddress, Instant now);

	/**
	 * Failed sign-ins from a client address since a moment.
	 * @param clientAddress the address
	 * @param since the start of the window
	 * @return how many
	 */
	long clientFailuresSince(String clientAddress, Instant since);

}
