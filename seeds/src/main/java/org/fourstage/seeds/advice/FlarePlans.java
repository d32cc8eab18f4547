package org.fourstage.seeds.advice;

import java.util.List;
import java.util.Set;

import org.fourstage.domain.progression.FlarePlan;
import org.fourstage.seeds.format.SeedBlock;
import org.fourstage.seeds.format.SeedBlocks;
import org.fourstage.seeds.format.SeedFormatException;

/**
 * Reads the Stage 1 flare plan from {@code flare-plan.seed} beside this class.
 */
public final class FlarePlans {

	/** The seed file beside this class. */
	public static final String RESOURCE = "flare-plan.seed";

	private static final Set<String> KEYS = Set.of("unload", "keep-moving", "leave-out", "seek-help");

	private FlarePlans() {
	}

	/**
	 * The Stage 1 flare plan.
	 * @return the plan
	 * @throws SeedFormatException when the seed file has no complete plan
	 */
	public static FlarePlan stageOne() {
		List<SeedBlock> blocks = SeedBlocks.read(FlarePlans.class, RESOURCE);
		SeedBlock block = blocks.stream()
			.filter((candidate) -> candidate.name().equals("stage-1"))
			.findFirst()
			.orElseThrow(() -> new SeedFormatException(RESOURCE + " has no [stage-1] block"));
		block.requireOnlyKeys(KEYS);
		try {
			return new FlarePlan(block.all("unload"), block.all("keep-moving"), block.all("leave-out"),
					block.all("seek-help"));
		}
		catch (IllegalArgumentException ex) {
			throw block.error(ex.getMessage());
		}
	}

}
