package com.careerbrief.model;

/** Who published a figure, which decides how far it is trusted by default. */
public enum SourceKind {
	/** A federal statistical table (BLS OEWS, BLS Employment Projections, O*NET). */
	OFFICIAL,
	/** A state labor-market agency (New York DOL, Washington ESD, Projections Central). */
	AGENCY,
	/** A career article or web page. */
	ARTICLE,
	/** Any other source, for example a job board, from the generic figures CSV. */
	OTHER
}
