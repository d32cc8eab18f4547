package org.fourstage.domain.progression;

import java.util.List;

/**
 * The Stage 1 flare plan shown with every flare-up and with advice to regress: how to
 * unload, how to keep moving, what to leave out for now, and when to get help. The texts
 * live in the seeds so clinicians can reword them without touching code.
 *
 * @param unload positions and ways to take load off the back
 * @param keepMoving short, frequent, easy movement such as walks
 * @param leaveOut what to skip until the flare settles, such as holds that provoke
 * @param seekHelp when to contact the physiotherapist or seek urgent medical help
 */
public record FlarePlan(List<String> unload, List<String> keepMoving, List<String> leaveOut, List<String> seekHelp) {

	public FlarePlan {
		unload = nonEmpty(unload, "unload");
		keepMoving = nonEmpty(keepMoving, "keep moving");
		leaveOut = nonEmpty(leaveOut, "leave out");
		seekHelp = nonEmpty(seekHelp, "seek help");
	}

	private static List<String> nonEmpty(List<String> texts, String part) {
		if (texts.isEmpty() || texts.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("The flare plan needs text for '" + part + "'");
		}
		return List.copyOf(texts);
	}

}
