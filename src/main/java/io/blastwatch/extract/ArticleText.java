package io.blastwatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An article body split into sentences, with the lines that are not reporting left out: "Read also" teasers,
 * navigation, donation appeals, headings and photo captions repeated as text.
 */
public final class ArticleText {

    /** Abbreviations after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Words.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "st", "no", "gen", "lt", "col", "maj", "capt", "gov",
            "sen", "rep", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "jr", "sr", "prof", "u.s", "u.k", "approx",
            "km", "ave", "mt", "ft", "sgt", "adm", "cmdr", "pres", "dept", "est", "fig", "vol", "op");
    /** A sentence longer than this is cut at a space, so that no sentence makes the pairing work unbounded. */
    static final int MAX_SENTENCE_CHARS = 1_500;
    /**
     * Text without spaces is cut at this length wherever it is: a sentence is the evidence that travels with every
     * mention and incident, and must never push a record past the broker's size limit.
     */
    static final int HARD_MAX_SENTENCE_CHARS = 2 * MAX_SENTENCE_CHARS;
    private static final int MAX_HEADING_WORDS = 8;
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,2}[.)]\\s");
    private static final int MAX_APPEAL_WORDS = 40;
    private static final int MAX_BYLINE_WORDS = 16;
    /** Captions are short; a paragraph that quotes a photo credit is still a paragraph. */
    private static final int MAX_CAPTION_WORDS = 60;
    /** A picture's credit marks its caption, whatever the caption says. */
    private static final java.util.Set<String> CAPTION_MARKERS = LanguageResource.load("en", "page.txt")
            .words("caption-markers");
    private static final java.util.Set<String> CAPTION_VERBS = LanguageResource.load("en", "page.txt")
            .words("caption-verbs");
    /**
     * "..., on March 22, 2023." or "... on 22 March 2023", then perhaps the picture's credit ("Gleb Garanich/Reuters",
     * "(Handout via Reuters)"): the full day a picture was taken, closing its caption.
     */
    private static final Pattern CAPTION_DAY = Pattern.compile(
            "\\bon (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? (?:19|20)\\d{2}"
                    + "|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? (?:19|20)\\d{2})\\.?"
                    + "(?:\\s*|\\s+[^.]{0,80}(?:/|\\bvia\\b|\\()[^.]{0,80})$");

    private final String text;
    private final List<Sentence> sentences;
    private final List<String> skipped;

    private ArticleText(String text, List<Sentence> sentences, List<String> skipped) {
        this.text = text;
        this.sentences = sentences;
        this.skipped = skipped;
    }

    public static ArticleText of(String text) {
        String body = text == null ? "" : text;
        List<int[]> lines = lines(body);
        List<String> contents = new ArrayList<>(lines.size());
        Map<String, Integer> repeats = new HashMap<>();
        for (int[] line : lines) {
            String content = body.substring(line[0], line[1]).trim();
            contents.add(content);
            repeats.merge(content, 1, Integer::sum);
        }
        Set<String> credited = creditedCaptions(contents);
        List<Sentence> sentences = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int block = -1;
        boolean listOpen = false;
        for (int n = 0; n < lines.size(); n++) {
            int[] line = lines.get(n);
            String content = contents.get(n);
            String reason = credited.contains(content) ? "repeated caption"
                    : noiseReason(content, repeats.getOrDefault(content, 0));
            if (reason != null) {
                skipped.add(reason + ": " + abbreviate(content));
                listOpen = false;
                continue;
            }
            boolean listItem = isListItem(content);
            if (!(listOpen && listItem)) {
                block++;
            }
            listOpen = content.endsWith(":") || listOpen && listItem;
            split(body, line[0], line[1], block, sentences);
        }
        return new ArticleText(body, List.copyOf(sentences), List.copyOf(skipped));
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The lines left out, each with why. */
    public List<String> skipped() {
        return skipped;
    }

    /**
     * "Damage at the site of the strike, on Tuesday, August 8, 2023." and the same line again with the picture's
     * credit in capitals after it ("... 2023.PAP/EPA/HANDOUT"): a page that prints a caption above and below its
     * picture. Both lines are the caption, though the first ends like a sentence. A longer line that goes on in
     * ordinary words (a lead repeated in a caption with more text) proves nothing.
     */
    private static Set<String> creditedCaptions(List<String> contents) {
        Set<String> captions = new java.util.HashSet<>();
        if (contents.size() > MAX_LINES_COMPARED) {
            return captions;
        }
        for (String shorter : contents) {
            if (shorter.length() < MIN_CAPTION_CHARS) {
                continue;
            }
            for (String longer : contents) {
                if (longer.length() > shorter.length() && longer.startsWith(shorter)
                        && credit(longer.substring(shorter.length()))) {
                    captions.add(shorter);
                    captions.add(longer);
                }
            }
        }
        return captions;
    }

    /** Text in capitals, with no word in lower case: an agency's or a photographer's credit. */
    private static boolean credit(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** Pages of more lines than this are not compared line by line (each pair would be). */
    private static final int MAX_LINES_COMPARED = 2_000;
    private static final int MIN_CAPTION_CHARS = 30;

    private static List<int[]> lines(String body) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                if (!isBlank(body, start, i)) {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isBlank(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isListItem(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c == '-' || c == '\u2022' || c == '*' || c == '\u2013' || c == '\u2014'
                || Character.isDigit(c) && NUMBERED_ITEM.matcher(line).lookingAt();
    }

    static String noiseReason(String line, int occurrences) {
        if (startsWithNoisePrefix(line)) {
            return "navigation or promotion";
        }
        int words = wordCount(line, MAX_CAPTION_WORDS + 1);
        boolean terminal = endsLikeSentence(line);
        if (words > MAX_CAPTION_WORDS) {
            // A paragraph of prose, the common line. Every test below but the repeat needs at most
            // MAX_CAPTION_WORDS words, so the paragraph is not folded whole.
            return occurrences > 1 && !terminal ? "repeated caption" : null;
        }
        String folded = TextFolding.fold(line);
        if (words <= MAX_APPEAL_WORDS && hasAppealWord(folded)) {
            return "appeal";
        }
        if (occurrences > 1 && !terminal) {
            return "repeated caption";
        }
        if (words <= MAX_CAPTION_WORDS) {
            for (String marker : CAPTION_MARKERS) {
                if (folded.contains(marker)) {
                    return "photo caption";
                }
            }
            // A year first, then the verbs, then the date pattern: each test is dearer than the one before, and most
            // lines fail the first. Looking up forty verbs in every short line was a twentieth of extraction.
            if (hasYear(folded) && hasCaptionVerb(folded) && CAPTION_DAY.matcher(folded).find()) {
                return "photo caption";
            }
        }
        if (!terminal && words <= MAX_BYLINE_WORDS && (folded.startsWith("by ")
                || folded.contains(" correspondent"))) {
            return "byline";
        }
        if (!terminal && words <= MAX_HEADING_WORDS) {
            return "heading";
        }
        return null;
    }

    /**
     * Whether the line, folded, starts with a noise prefix. Every line of every article is asked, so the line is folded
     * a character at a time as far as each prefix goes, and only prefixes with the line's first letter are tried.
     */
    private static boolean startsWithNoisePrefix(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = TextFolding.fold(line.charAt(0));
        for (String prefix : Vocabulary.NOISE_PREFIXES) {
            if (prefix.charAt(0) == first && startsWithFolded(line, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Folding keeps the length: the folded line starts with the prefix if its first characters fold to it. */
    private static boolean startsWithFolded(String line, String foldedPrefix) {
        if (line.length() < foldedPrefix.length()) {
            return false;
        }
        for (int i = 0; i < foldedPrefix.length(); i++) {
            if (TextFolding.fold(line.charAt(i)) != foldedPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether four digits from 1900 to 2099 stand in the line: {@link #CAPTION_DAY} cannot match without them. */
    static boolean hasYear(String line) {
        for (int i = 0; i + 4 <= line.length(); i++) {
            if (Chars.yearAt(line, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCaptionVerb(String folded) {
        for (String verb : CAPTION_VERBS) {
            if (containsWords(folded, verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase stands in the folded text as whole words. */
    private static boolean containsWords(String folded, String phrase) {
        int at = folded.indexOf(phrase);
        while (at >= 0) {
            int end = at + phrase.length();
            boolean before = at == 0 || !Character.isLetter(folded.charAt(at - 1));
            boolean after = end == folded.length() || !Character.isLetter(folded.charAt(end));
            if (before && after) {
                return true;
            }
            at = folded.indexOf(phrase, at + 1);
        }
        return false;
    }

    /** Words of a line, counting no further than the limit: a long paragraph is not read twice. */
    private static int wordCount(String line, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && count < limit; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** Whether a word of the line, its letters only ("Subscribe!" is "subscribe"), is an appeal's word. */
    private static boolean hasAppealWord(String folded) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Chars.isPatternSpace(c)) {
                if (mayBeAppealWord(letters) && Vocabulary.APPEAL_WORDS.contains(letters.toString())) {
                    return true;
                }
                letters.setLength(0);
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return false;
    }

    /**
     * The first letters and lengths of the appeal words, as bits: most words of a line differ from all of them in one
     * or the other, and are not made strings to be looked up.
     */
    private static final java.util.BitSet APPEAL_WORD_SHAPES = shapes(Vocabulary.APPEAL_WORDS);
    private static final int MAX_SHAPE_LENGTH = 32;

    private static java.util.BitSet shapes(Set<String> words) {
        java.util.BitSet shapes = new java.util.BitSet();
        for (String w : words) {
            if (w.isEmpty() || w.length() >= MAX_SHAPE_LENGTH || w.charAt(0) < 'a' || w.charAt(0) > 'z') {
                throw new IllegalArgumentException("an appeal word must be 1 to 31 letters a to z: " + w);
            }
            shapes.set(shape(w.charAt(0), w.length()));
        }
        return shapes;
    }

    private static int shape(char first, int length) {
        return (first - 'a') * MAX_SHAPE_LENGTH + length;
    }

    private static boolean mayBeAppealWord(CharSequence letters) {
        int n = letters.length();
        return n > 0 && n < MAX_SHAPE_LENGTH && APPEAL_WORD_SHAPES.get(shape(letters.charAt(0), n));
    }

    private static boolean endsLikeSentence(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\u00BB') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
        }
        return false;
    }

    /** Splits [from, to) into sentences at a full stop, question or exclamation mark followed by a capital or digit. */
    private static void split(String body, int from, int to, int block, List<Sentence> out) {
        int start = skipSpace(body, from, to);
        int i = start;
        while (i < to) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(body, start, i, to)) {
                int end = i + 1;
                while (end < to && isClosing(body.charAt(end))) {
                    end++;
                }
                add(body, block, start, end, out);
                start = skipSpace(body, end, to);
                i = start;
            } else if (i - start >= MAX_SENTENCE_CHARS && (Character.isWhitespace(c)
                    || i - start >= HARD_MAX_SENTENCE_CHARS && !Character.isLowSurrogate(c))) {
                add(body, block, start, i, out);
                start = skipSpace(body, i, to);
                i = start;
            } else {
                i++;
            }
        }
        if (start < to) {
            add(body, block, start, to, out);
        }
    }

    private static boolean endsSentence(String body, int sentenceStart, int dot, int to) {
        int next = dot + 1;
        while (next < to && isClosing(body.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        if (!Character.isWhitespace(body.charAt(next))) {
            return false;
        }
        int after = skipSpace(body, next, to);
        if (after >= to) {
            return true;
        }
        char first = body.charAt(after);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C'
                || first == '\'' || first == '(' || first == '\u00AB';
        if (!opens || body.charAt(dot) != '.') {
            return opens;
        }
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(body.charAt(wordStart - 1))) {
            wordStart--;
        }
        int lead = wordStart;
        while (lead < dot && (body.charAt(lead) == '(' || body.charAt(lead) == '"' || body.charAt(lead) == '\'')) {
            lead++;
        }
        String word = TextFolding.fold(body.substring(lead, dot));
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        return !(word.length() == 1 && Character.isLetter(word.charAt(0))); // an initial: "J. Smith"
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '\u00BB';
    }

    private static int skipSpace(String body, int i, int to) {
        while (i < to && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(String body, int block, int start, int end, List<Sentence> out) {
        int e = end;
        while (e > start && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(out.size(), block, start, e, body.substring(start, e)));
        }
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
