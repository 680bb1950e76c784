package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** AS023: a files destination that is not a fully qualified path. */
public final class DestinationNotAbsoluteRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS023", "destination is not an absolute path", Severity.WARNING,
            FileKind.APPSPEC,
            "'destination' must be a fully qualified path on the instance (/var/www/html, C:\\inetpub\\wwwroot)."
                    + " The agent does not check it: a relative path is resolved against the agent's own working"
                    + " directory ('/' under systemd), so the files land wherever that happens to be.",
            AppspecDocPages.FILES, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: var/www/html
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    """);

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*|[A-Za-z]:|\\\\\\\\.*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        boolean windows = appspec.isWindows();
        boolean linux = appspec.isLinux();
        for (YamlMapping file : appspec.files()) {
            if (!(file.get("destination") instanceof YamlScalar destination) || destination.isNull()
                    || destination.value().isBlank()) {
                continue;
            }
            String text = destination.value().trim();
            boolean absolute = windows ? WINDOWS_ABSOLUTE.matcher(text).matches()
                    : linux ? text.startsWith("/")
                    : text.startsWith("/") || WINDOWS_ABSOLUTE.matcher(text).matches();
            if (!absolute) {
                context.report(destination, "destination " + destination.quoted() + " is not an absolute path;"
                        + " the agent resolves it against its own working directory",
                        windows ? "write the full path, such as 'C:\\" + text + "'" : "write the full path, such"
                                + " as '/" + text + "'");
            }
        }
    }
}
