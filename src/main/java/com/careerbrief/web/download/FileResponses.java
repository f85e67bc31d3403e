package com.careerbrief.web.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published file as a download: streamed from disk by Spring's resource handling (which answers Range
 * requests and, from the ETag and Last-Modified given here, conditional ones), never read into memory.
 */
public final class FileResponses {

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private FileResponses() {
	}

	/** The file as an attachment named {@code name}; the ETag names the run, so a new run's file never matches. */
	public static ResponseEntity<Resource> download(PublishedRun run, Path file, String name, MediaType type) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			String etag = "\"" + run.runId() + "-" + attributes.size() + "-" + attributes.lastModifiedTime().toMillis() + "\"";
			return ResponseEntity.ok()
				.contentType(type)
				.eTag(etag)
				.lastModified(attributes.lastModifiedTime().toInstant())
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.header(HttpHeaders.ACCEPT_RANGES, "bytes")
				.body(new FileSystemResource(file));
		}
		catch (IOException ex) {
			// pruned between finding and reading it
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, name + " was removed by a newer run: reload the page.");
		}
	}

}
