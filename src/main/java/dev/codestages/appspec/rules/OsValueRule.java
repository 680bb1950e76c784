package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** AS005: an 'os' other than exactly linux or windows. */
public final class OsValueRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS005", "os is not linux or windows", Severity.ERROR,
            FileKind.APPSPEC,
            "'os' takes exactly 'linux' or 'windows', in lower case: the OS family, not the distribution. Anything"
                    + " else ('Linux', 'ubuntu', 'amazonlinux') fails the deployment with \"unsupported operating"
                    + " system\". A Linux agent accepts only linux and a Windows agent only windows.",
            AppspecDocPages.OS, """
                    version: 0.0
                    os: ubuntu
                    """, """
                    version: 0.0
                    os: linux
                    """);

    private static final List<String> KNOWN = List.of("linux", "windows");
    private static final Set<String> DISTRIBUTIONS = Set.of("ubuntu", "debian", "amazonlinux", "amazon", "al2",
            "al2023", "amzn", "amzn2", "centos", "rhel", "redhat", "fedora", "suse", "sles", "oraclelinux", "unix");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        if (appspec.root().get("os") instanceof YamlScalar os && !os.isNull() && !KNOWN.contains(os.value())) {
            context.report(os, "os " + os.quoted() + " is not 'linux' or 'windows'; the CodeDeploy agent rejects it",
                    hint(os.value()));
        }
    }

    private static String hint(String value) {
        String plain = value.trim().toLowerCase(Locale.ROOT);
        if (KNOWN.contains(plain)) {
            return "write it in lower case without spaces: '" + plain + "'";
        }
        if (DISTRIBUTIONS.contains(plain.replace(" ", "").replace("-", ""))) {
            return "'os' is the OS family: write 'linux'";
        }
        if (plain.startsWith("win")) {
            return "write 'windows'";
        }
        String typo = DidYouMean.hint(value, KNOWN);
        return typo != null ? typo : "write 'linux' or 'windows'";
    }
}
