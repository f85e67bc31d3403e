package com.careerbrief.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/** The brief's fonts and colours, created once per brief: embedded Liberation Sans so ≥, – and ’ render. */
final class BriefFonts {

	static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
	static final Color LIGHT = new Color(0xE8, 0xEF, 0xF6);
	static final Color MUTED = new Color(0x59, 0x59, 0x59);
	static final Color RULE = new Color(0xB4, 0xC6, 0xD9);
	static final float BODY_SIZE = 8.5f;

	final BaseFont regular;
	final BaseFont bold;
	final BaseFont italic;

	BriefFonts() {
		regular = load("LiberationSans-Regular.ttf");
		bold = load("LiberationSans-Bold.ttf");
		italic = load("LiberationSans-Italic.ttf");
	}

	Font body() {
		return new Font(regular, BODY_SIZE);
	}

	Font bodyBold() {
		return new Font(bold, BODY_SIZE);
	}

	Font small() {
		return new Font(regular, 7f, Font.NORMAL, MUTED);
	}

	Font smallItalic() {
		return new Font(italic, 7f, Font.NORMAL, MUTED);
	}

	Font heading() {
		return new Font(bold, 10.5f, Font.NORMAL, ACCENT);
	}

	Font title() {
		return new Font(bold, 17f, Font.NORMAL, ACCENT);
	}

	Font factValue() {
		return new Font(bold, 11f, Font.NORMAL, Color.BLACK);
	}

	/*
	 * openpdf-fonts-extra ships the TTF files under /liberation on the classpath; reading the bytes
	 * ourselves works from a jar, and Identity-H with embedding keeps every glyph we use. The parsed font
	 * is cached by OpenPDF (cached = true) and shared by every brief, which is safe: the glyphs each
	 * document uses, and so its embedded subset, are tracked by that document's writer. Holding the
	 * instances here also spares inflating 1.2 MB of font files from the jar for every brief.
	 */
	private static final java.util.Map<String, BaseFont> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

	private static BaseFont load(String file) {
		return LOADED.computeIfAbsent(file, BriefFonts::read);
	}

	private static BaseFont read(String file) {
		String path = "liberation/" + file;
		try (InputStream in = BriefFonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font " + path + " not on the classpath (openpdf-fonts-extra)");
			}
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
