package com.careerbrief.report.pdf;

import java.util.List;

import com.lowagie.text.Element;

/** One titled part of the counselor brief; a section with nothing to say is left out, not printed empty. */
interface BriefSection {

	/** The heading, also the bookmark (outline entry) a reader jumps to. */
	String title();

	/** False when the report holds nothing for this section. */
	boolean hasContent(BriefContext context);

	/** The section's content below its heading. */
	List<Element> body(BriefContext context);

	/** True for short sections that should move to the next page whole rather than leave their heading behind. */
	default boolean keepTogether() {
		return false;
	}
}
