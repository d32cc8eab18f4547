package org.fourstage.domain.assessment;

/**
 * A pain rating on the numeric pain rating scale: 0 is no pain, 10 the worst imaginable.
 *
 * @param value 0 to 10
 */
public record Nprs(int value) implements Comparable<Nprs> {

	public static final int MIN = 0;

	public static final int MAX = 10;

	public Nprs {
		if (!isInRange(value)) {
			throw new IllegalArgumentException("A pain rating is between 0 and 10, not " + value);
		}
	}

	public static Nprs of(int value) {
		return new Nprs(value);
	}

	public static boolean isInRange(int value) {
		return value >= MIN && value <= MAX;
	}

	/**
	 * The change from this rating to a later one; negative means less pain.
	 * @param later the later rating
	 * @return later minus this
	 */
	public int changeTo(Nprs later) {
		return later.value - this.value;
	}

	@Override
	public int compareTo(Nprs other) {
		return Integer.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return this.value + "/10";
	}

}
