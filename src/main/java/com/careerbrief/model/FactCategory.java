package com.careerbrief.model;

/** The kinds of non-numeric fact a brief lists. */
public enum FactCategory {
	EDUCATION_STEP, DEGREE, CERTIFICATION, ACCREDITATION, SKILL, DUTY, WORK_SETTING, CAREER_STEP, CODING_SYSTEM,
	REGULATION, WORK_HOURS, PAY_FACTOR, TESTIMONIAL,
	/** Where students can intern: an article's list under an internships heading. */
	INTERNSHIP,
	/** A course or subject a program teaches: an article's list under a coursework or curriculum heading. */
	COURSEWORK
}
