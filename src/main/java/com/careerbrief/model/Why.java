package com.careerbrief.model;

/** Why a figure was chosen as the one that holds, as facts the reports put into words ({@code report/verdict}). */
public sealed interface Why {

	/**
	 * The newest official figure (the chosen figure's value, period and source).
	 *
	 * @param hybridCode the wider hybrid code it is published for, or null when published for the occupation
	 * @param olderCode the older code it was published under (29-2071 for 29-2072), or null
	 * @param olderSetAside how many older official figures of the same measure were set aside
	 * @param dated true when a newer official release measures it differently
	 * @param agreeing how many other sources agree with it
	 */
	record NewestOfficial(String hybridCode, String olderCode, int olderSetAside, boolean dated, int agreeing)
			implements Why {
	}

	/**
	 * No official figure: the value of one claim, chosen by the weighted votes of the non-official sources.
	 *
	 * @param claimId the claim whose value is reported
	 * @param footing that claim on the common footing
	 * @param reworded true when the claim's own wording of the statistic differs from the one chosen for
	 * @param pool how many non-official figures competed
	 * @param agreeing how many of them back the value
	 * @param weight the claim's source weight
	 * @param setAside how many other non-official figures were set aside as dated before {@code datedBefore}
	 * @param datedBefore the year before which those were dated (a newer figure's, or the newest official pay's), 0 when none
	 * @param outvoted the claim with more (or as much) weight it was chosen over by the shape of pay, or null
	 */
	record FromSources(String claimId, Footing footing, boolean reworded, int pool, int agreeing, double weight,
			int setAside, int datedBefore, Outvoted outvoted) implements Why {
	}

	/** The claim a value was chosen over, and whether its sources weighed more (else as much). */
	record Outvoted(String claimId, Footing footing, boolean moreWeight) {
	}
}
