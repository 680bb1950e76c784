package dev.codestages.report;

import dev.codestages.lint.FileResult;
import dev.codestages.lint.FileResultSpool;
import dev.codestages.lint.Finding;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations on the
 * file and the pull request: {@code ::error file=F,line=L,col=C,title=[ID] title::message}, with
 * {@code warning} and {@code notice} for the other severities. Values are escaped as the runner
 * expects ({@code %}, CR and LF in the message; also {@code :} and {@code ,} in the properties).
 */
public final class GithubReport implements ReportWriter {

    private final Map<String, RuleInfo> rules;

    public GithubReport(Map<String, RuleInfo> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The annotations come in path order, which may not be the order the files came in: they wait for the end. */
    @Override
    public ReportStream open(Appendable out) {
        return new ReportStream() {
            private final FileResultSpool files = new FileResultSpool();

            @Override
            public void file(FileResult result) throws IOException {
                if (!result.findings().isEmpty()) {
                    files.add(new FileResult(result.path(), result.kind(), result.linted(), result.findings(),
                            List.of()));
                }
            }

            @Override
            public void finish() throws IOException {
                try (FileResultSpool.Reader reader = files.byPath()) {
                    for (FileResult result = reader.next(); result != null; result = reader.next()) {
                        for (Finding finding : result.findings()) {
                            write(finding, out);
                        }
                    }
                } finally {
                    files.close();
                }
            }
        };
    }

    private void write(Finding finding, Appendable out) throws IOException {
        RuleInfo info = rules.get(finding.rule());
        String title = "[" + finding.rule() + "]" + (info == null ? "" : " " + info.title());
        out.append("::").append(command(finding.severity()))
                .append(" file=").append(escapeProperty(finding.file()))
                .append(",line=").append(Integer.toString(finding.line()))
                .append(",col=").append(Integer.toString(finding.column()))
                .append(",title=").append(escapeProperty(title))
                .append("::").append(escapeData(FindingText.messageWithHint(finding)))
                .append('\n');
    }

    private static String command(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "notice";
        }
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
