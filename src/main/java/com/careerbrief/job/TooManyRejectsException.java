package com.careerbrief.job;

/** Thrown when an operator chose to fail a run once rejected input rows pass a limit. */
public class TooManyRejectsException extends RuntimeException {

	public TooManyRejectsException(String message) {
		super(message);
	}

}
