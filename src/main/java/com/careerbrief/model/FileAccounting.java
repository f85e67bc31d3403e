package com.careerbrief.model;

/**
 * What happened to every data row of one input file: read = accepted + filtered + rejected.
 *
 * @param file input file name
 * @param layout the layout detected ("OEWS national 32-column", "O*NET tab-delimited", ...)
 * @param read data rows read (header and preamble lines excluded)
 * @param accepted rows that produced figures or reference data
 * @param filtered rows set aside on purpose, each with a reason
 * @param rejected rows that could not be read, each with a reason
 * @param error a whole-file problem, or null
 */
public record FileAccounting(String file, String layout, long read, long accepted, long filtered, long rejected,
		String error) {

	/** True when every row read is accounted for. */
	public boolean balances() {
		return read == accepted + filtered + rejected;
	}
}
