package org.fourstage.domain.tracking;

/**
 * An entry as kept after a create request, and whether this request made it. A request
 * repeated with the same idempotency key (a double tap, a phone sending again after its
 * connection came back) finds the entry the first request made instead of a second one.
 *
 * @param <T> the kind of entry
 * @param entry the entry
 * @param created true when this request made it; false when it existed already
 */
public record Saved<T>(T entry, boolean created) {

}
