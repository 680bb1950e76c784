package dev.codestages.report;

import dev.codestages.diagram.DiagramLegend;
import dev.codestages.diagram.DiagramPicture;
import dev.codestages.diagram.Xml;
import dev.codestages.lint.ExampleText;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.FileResultSpool;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The one HTML page of codestages, for {@code lint --format html} and {@code diagram --format html}:
 * the pipeline diagrams (SVGs drawn by the diagram package, already escaped and script-free), each under
 * the name of its file, with a legend; the findings table; and the explanation of every rule it names,
 * linked from each finding. A diagram fits the page width and can be zoomed to its own size or twice
 * that with CSS alone (radio buttons), because the page runs no script: a Content-Security-Policy forbids
 * scripts and loading anything, and every text from the linted files is escaped.
 */
public final class HtmlReport implements ReportWriter {

    private static final Pattern SVG_WIDTH = Pattern.compile("^<svg[^>]*? width=\"(\\d+)\"");

    private final String title;
    private final Supplier<List<DiagramPicture>> diagrams;
    private final Map<String, RuleInfo> rules;

    /**
     * @param diagrams the pipelines to show, in order (none for a page of findings only)
     * @param rules    the documentation of the rules, by id
     */
    public HtmlReport(String title, List<DiagramPicture> diagrams, Map<String, RuleInfo> rules) {
        List<DiagramPicture> pictures = List.copyOf(diagrams);
        this.title = title;
        this.diagrams = () -> pictures;
        this.rules = rules;
    }

    /**
     * As the other constructor, with the diagrams drawn when the page is written, after the last file:
     * {@code lint --format html} draws the pipelines it linted.
     */
    public HtmlReport(String title, Supplier<List<DiagramPicture>> diagrams, Map<String, RuleInfo> rules) {
        this.title = title;
        this.diagrams = diagrams;
        this.rules = rules;
    }

    /** A page without findings when {@code report} is null (a diagram alone). */
    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        if (report == null) {
            page(null, out);
        } else {
            ReportWriter.super.write(report, out);
        }
    }

    /**
     * The page comes whole at the end: the diagrams and the counts come before the findings. Only the
     * counts and the ids of the rules found are kept in memory; the findings wait in a spool.
     */
    @Override
    public ReportStream open(Appendable out) {
        return new ReportStream() {
            private final Seen seen = new Seen();

            @Override
            public void file(FileResult result) throws IOException {
                seen.add(result);
            }

            @Override
            public void finish() throws IOException {
                try {
                    page(seen, out);
                } finally {
                    seen.findings.close();
                }
            }
        };
    }

    /** What the page needs of the files seen. */
    private static final class Seen {
        private final FileResultSpool findings = new FileResultSpool();
        private final long[] counts = new long[Severity.values().length];
        private final TreeSet<String> used = new TreeSet<>();
        private int files;

        void add(FileResult result) throws IOException {
            if (result.linted()) {
                files++;
            }
            for (Finding finding : result.findings()) {
                counts[finding.severity().ordinal()]++;
                used.add(finding.rule());
            }
            if (!result.findings().isEmpty()) {
                findings.add(new FileResult(result.path(), result.kind(), result.linted(), result.findings(), List.of()));
            }
        }
    }

    private void page(Seen seen, Appendable out) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(escape("codestages: " + title)).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        List<DiagramPicture> pictures = diagrams.get();
        if (!pictures.isEmpty()) {
            diagrams(pictures, out);
        }
        if (seen != null) {
            findings(seen, out);
            explanations(seen.used, out);
        }
        out.append("<footer>Generated by codestages</footer>\n</body>\n</html>\n");
    }

    private void diagrams(List<DiagramPicture> diagrams, Appendable out) throws IOException {
        out.append("<section id=\"diagram\">\n<h2>").append(diagrams.size() == 1 ? "Pipeline" : "Pipelines")
                .append("</h2>\n");
        out.append("<input type=\"radio\" name=\"zoom\" id=\"zoom-fit\" checked>"
                + "<label for=\"zoom-fit\">Fit to page</label>\n"
                + "<input type=\"radio\" name=\"zoom\" id=\"zoom-1\"><label for=\"zoom-1\">100%</label>\n"
                + "<input type=\"radio\" name=\"zoom\" id=\"zoom-2\"><label for=\"zoom-2\">200%</label>\n");
        out.append("<div class=\"diagrams\">\n");
        for (DiagramPicture picture : diagrams) {
            Matcher width = SVG_WIDTH.matcher(picture.svg());
            // the drawing's own width, for the zoom levels (a CSS variable: no script reads the SVG)
            String size = width.find() ? " style=\"--width: " + width.group(1) + "px\"" : "";
            out.append("<figure class=\"diagram\"><figcaption>").append(escape(picture.heading()))
                    .append("</figcaption>\n<div class=\"canvas\"").append(size).append(">\n").append(picture.svg())
                    .append("</div></figure>\n");
        }
        out.append("</div>\n<div class=\"legend\">\n").append(DiagramLegend.svg()).append("</div>\n</section>\n");
    }

    private void findings(Seen seen, Appendable out) throws IOException {
        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        int files = seen.files;
        out.append("<p class=\"summary\">").append(String.valueOf(files)).append(files == 1 ? " file" : " files")
                .append(" checked: ")
                .append("<span class=\"error\">").append(String.valueOf(seen.counts[Severity.ERROR.ordinal()]))
                .append(" errors</span>, <span class=\"warning\">")
                .append(String.valueOf(seen.counts[Severity.WARNING.ordinal()])).append(" warnings</span>, <span class=\"info\">")
                .append(String.valueOf(seen.counts[Severity.INFO.ordinal()])).append(" info</span></p>\n");
        if (seen.findings.size() == 0) {
            out.append("<p>No problems found.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>File</th><th>Line</th><th>Column</th><th>Severity</th><th>Rule</th>"
                + "<th>Message</th></tr></thead>\n<tbody>\n");
        try (FileResultSpool.Reader reader = seen.findings.byPath()) {
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                for (Finding f : result.findings()) {
                    row(f, out);
                }
            }
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void row(Finding f, Appendable out) throws IOException {
        out.append("<tr class=\"").append(f.severity().label()).append("\"><td>").append(escape(f.file()))
                .append("</td><td>").append(String.valueOf(f.line())).append("</td><td>")
                .append(String.valueOf(f.column())).append("</td><td>").append(f.severity().label())
                .append("</td><td><a href=\"#rule-").append(f.rule()).append("\">").append(f.rule())
                .append("</a></td><td>").append(escape(f.message()));
        if (f.hint() != null) {
            out.append("<div class=\"hint\">hint: ").append(escape(f.hint())).append("</div>");
        }
        out.append("</td></tr>\n");
    }

    private void explanations(TreeSet<String> used, Appendable out) throws IOException {
        if (used.isEmpty()) {
            return;
        }
        out.append("<section id=\"rules\">\n<h2>Rules</h2>\n");
        for (String id : used) {
            RuleInfo info = rules.get(id);
            if (info == null) {
                continue;
            }
            out.append("<article id=\"rule-").append(id).append("\">\n<h3>").append(id).append(": ")
                    .append(escape(info.title())).append("</h3>\n<p class=\"meta\">").append(info.severity().label())
                    .append(" · ").append(info.kind().label()).append("</p>\n<p>").append(escape(info.rationale()))
                    .append("</p>\n<div class=\"examples\"><div><h4>Bad</h4><pre>")
                    .append(escape(ExampleText.printable(info.badExample()))).append("</pre></div><div><h4>Good</h4><pre>")
                    .append(escape(ExampleText.printable(info.goodExample()))).append("</pre></div></div>\n<p>Source: ")
                    .append(escape(info.source())).append("</p>\n</article>\n");
        }
        out.append("</section>\n");
    }

    /** Escapes text for HTML content and attributes (the one escaper the SVG renderer uses too). */
    static String escape(String text) {
        return Xml.escape(text);
    }

    private static final String STYLE = String.join("\n",
            "body { font-family: Helvetica, Arial, sans-serif; margin: 24px; color: #212121; }",
            "h1 { font-size: 24px; } h2 { font-size: 19px; border-bottom: 1px solid #cfd8dc; padding-bottom: 4px; }",
            ".diagram { margin: 0 0 16px; border: 1px solid #eceff1; border-radius: 8px; padding: 8px; }",
            "figcaption { font-weight: bold; color: #37474f; margin-bottom: 6px; overflow-wrap: anywhere; }",
            ".canvas { overflow: auto; }",
            ".canvas svg { display: block; max-width: 100%; height: auto; }",
            "#zoom-1:checked ~ .diagrams .canvas svg { max-width: none; width: var(--width); }",
            "#zoom-2:checked ~ .diagrams .canvas svg { max-width: none; width: calc(2 * var(--width)); }",
            "input[name=zoom] { margin-left: 12px; } label { font-size: 14px; margin-right: 4px; }",
            ".diagrams { margin-top: 8px; } .legend svg { max-width: 100%; height: auto; }",
            "table { border-collapse: collapse; width: 100%; font-size: 14px; }",
            "th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eceff1; vertical-align: top; }",
            "tr.error td:nth-child(4), .summary .error { color: #c62828; font-weight: bold; }",
            "tr.warning td:nth-child(4), .summary .warning { color: #ef6c00; font-weight: bold; }",
            "tr.info td:nth-child(4), .summary .info { color: #1565c0; }",
            ".hint { color: #546e7a; font-size: 13px; margin-top: 2px; }",
            "article { margin: 16px 0; } .meta { color: #546e7a; }",
            ".examples { display: flex; gap: 16px; flex-wrap: wrap; }",
            "pre { background: #f5f7f8; padding: 8px; border-radius: 6px; font-size: 13px; overflow-x: auto; }",
            "footer { margin-top: 32px; color: #90a4ae; font-size: 12px; }",
            "@media print { .canvas { overflow: visible; } .diagram { border: none; }",
            "  input, label { display: none; } }",
            "");
}
