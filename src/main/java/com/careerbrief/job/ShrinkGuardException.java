package com.careerbrief.job;

/** A run that would publish far less than the last published run; it stops before publishing. */
class ShrinkGuardException extends RuntimeException {

	ShrinkGuardException(String message) {
		super(message);
	}
}
