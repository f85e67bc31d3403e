package com.careerbrief.ingest.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;

/**
 * What a document file really holds, sniffed from its bytes (Tika's magic detection), so that a file
 * whose content disagrees with its extension is named for what it is instead of being read as garbage.
 */
final class ContentType {

	private static final Tika TIKA = new Tika();

	/** Kinds a person recognises, with the extension under which careerbrief would read them. */
	private static final Map<String, String[]> KNOWN = Map.of(
			"application/pdf", new String[] { "a PDF document", "pdf" },
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			new String[] { "a Word .docx document", "docx" },
			"application/x-tika-ooxml", new String[] { "a Word .docx (Office zip) document", "docx" },
			"application/zip", new String[] { "a zip archive", null },
			"application/gzip", new String[] { "gzip-compressed data", null },
			"application/x-gzip", new String[] { "gzip-compressed data", null },
			"application/msword", new String[] { "an old Word .doc document", null },
			"text/plain", new String[] { "plain text", "txt" },
			"text/html", new String[] { "an HTML page", "html" },
			"application/xhtml+xml", new String[] { "an HTML page", "html" });

	private ContentType() {
	}

	/** The media type Tika sniffs from the bytes alone (the name is not trusted). */
	static String sniff(byte[] bytes) {
		return TIKA.detect(bytes);
	}

	/**
	 * Why the content cannot be read under this extension, or null when it can.
	 * @param ext the file's extension, lower case, without the dot
	 */
	static String mismatch(String ext, byte[] bytes) {
		if (utf16(bytes) != null) {
			return switch (ext) {
				case "txt", "md", "html", "htm" -> null;
				default -> "content is UTF-16 text, not the " + ext.toUpperCase(Locale.ROOT) + " its ." + ext
						+ " name says";
			};
		}
		String type = sniff(bytes);
		boolean ok = switch (ext) {
			case "txt", "md", "html", "htm" -> type.startsWith("text/") || type.equals("application/xhtml+xml")
					|| type.equals("application/xml");
			case "pdf" -> type.equals("application/pdf");
			case "docx" -> type.equals("application/zip") || type.startsWith("application/x-tika-ooxml")
					|| type.startsWith("application/vnd.openxmlformats");
			default -> true;
		};
		if (ok) {
			return null;
		}
		String[] known = KNOWN.get(type);
		if (known == null && !type.startsWith("image/")) {
			return unrecognised(ext, type);
		}
		String what = known != null ? known[0] : "an image (" + type + ")";
		String expected = switch (ext) {
			case "txt", "md" -> "the plain text";
			case "html", "htm" -> "the HTML page";
			case "pdf" -> "the PDF document";
			default -> "the Word document";
		};
		String rename = known != null && known[1] != null ? "; rename it to ." + known[1] + " to have it read" : "";
		return "content is " + what + ", not " + expected + " its ." + ext + " name says" + rename;
	}

	/**
	 * Why content of no kind a person would name cannot be read under this extension, in the words of what
	 * the file should start with: a counselor-facing operator does not know media types, so the type is
	 * only added at the end, and not at all when it just means "unrecognised bytes".
	 */
	private static String unrecognised(String ext, String type) {
		String reason = switch (ext) {
			case "pdf" -> "does not start like a PDF file (its first bytes are not %PDF-); it may be damaged or not a PDF";
			case "docx" -> "does not start like a Word .docx file (a .docx is a zip archive, whose first bytes are PK);"
					+ " it may be damaged or not a .docx";
			case "html", "htm" -> "does not hold text like an HTML page (its bytes are binary data); it may be damaged"
					+ " or not an HTML page";
			default -> "does not hold text like a ." + ext + " file (its bytes are binary data); it may be damaged or"
					+ " not a text file";
		};
		return type.equals("application/octet-stream") ? reason : reason + " (detected as " + type + ")";
	}

	/** UTF-16 when the bytes start with its byte-order mark, or every other byte is NUL; else null. */
	static Charset utf16(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		int pairs = Math.min(bytes.length, 4096) / 2;
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < pairs; i++) {
			evenNul += bytes[2 * i] == 0 ? 1 : 0;
			oddNul += bytes[2 * i + 1] == 0 ? 1 : 0;
		}
		if (pairs >= 8 && oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (pairs >= 8 && evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/** Whether a zip archive ends with its central directory; a cut-short .docx does not. */
	static boolean zipComplete(byte[] bytes) {
		// End-of-central-directory record: PK\5\6, within the last 22 + 65,535 (comment) bytes.
		int from = Math.max(0, bytes.length - 22 - 65_535);
		for (int i = bytes.length - 22; i >= from; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				return true;
			}
		}
		return false;
	}

}
