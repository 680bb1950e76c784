package dev.codestages.bundle;

import dev.codestages.appspec.Appspec;
import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.lint.CrossFileCheck;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.KindDetector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.MemoryFile;
import dev.codestages.lint.ModelRule;
import dev.codestages.lint.ModelRuleSet;
import dev.codestages.lint.Rule;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecSource;
import dev.codestages.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The bundle checks ({@code BN###}): each AppSpec against its revision bundle ({@code --bundle DIR}, or
 * the bundle {@link InferredBundle} infers, where a missing script is only a warning), and, once every
 * buildspec in its folder or above has been seen ({@link Session#settle}, else at the end), each
 * EC2/On-Premises AppSpec against the artifacts of those buildspecs. An AppSpec whose file name is not an
 * AppSpec name (a file linted with {@code --type appspec}) has no bundle unless {@code --bundle} gives one.
 */
public final class BundleCheck implements CrossFileCheck {

    private final ModelRuleSet<BundleContext> bundleRules;
    private final ModelRuleSet<Pairing> pairingRules;
    private final List<Rule> all;

    /**
     * @param bundleRules  the rules about one AppSpec and its bundle folder
     * @param pairingRules the rules checked once all files are seen: AppSpecs against buildspec artifacts
     */
    public BundleCheck(List<? extends ModelRule<BundleContext>> bundleRules, List<? extends PairingRule> pairingRules) {
        this.bundleRules = new ModelRuleSet<>(bundleRules);
        this.pairingRules = new ModelRuleSet<>(pairingRules);
        List<Rule> rules = new ArrayList<>(bundleRules);
        rules.addAll(pairingRules);
        rules.sort(Comparator.comparing(Rule::id));
        this.all = List.copyOf(rules);
    }

    @Override
    public List<? extends Rule> rules() {
        return all;
    }

    @Override
    public Session start(LintOptions options, List<MemoryFile> memory) {
        return new BundleSession(options, memory);
    }

    private final class BundleSession implements Session {

        private final LintOptions options;
        private final List<MemoryFile> memory;
        private final List<AppspecNeeds> appspecs = Collections.synchronizedList(new ArrayList<>());
        private final List<Pairing.BuildspecArtifacts> buildspecs =
                Collections.synchronizedList(new ArrayList<>());
        /** The folders a build could run in, by buildspec folder: one walk up to the repository per folder. */
        private final Map<Path, List<Path>> rootsByFolder = new ConcurrentHashMap<>();

        BundleSession(LintOptions options, List<MemoryFile> memory) {
            this.options = options;
            this.memory = memory;
        }

        @Override
        public boolean add(SpecFile file, FileKind kind, YamlMapping root, Object model, FindingCollector out) {
            if (model instanceof Buildspec buildspec) {
                List<ArtifactDefinition> definitions = buildspec.artifacts();
                if (!definitions.isEmpty()) {
                    Path folder = folderOf(file.path());
                    List<Path> roots = memory != null ? List.of(folder) : rootsByFolder.computeIfAbsent(folder,
                            f -> ArtifactBundleFinder.upToRepository(f, InferredBundle.repositoryRoot(f)));
                    buildspecs.add(new Pairing.BuildspecArtifacts(file.displayPath(),
                            file.path().toAbsolutePath().normalize(), folder, definitions, roots));
                    return true;
                }
            } else if (model instanceof Appspec appspec) {
                return addAppspec(file, appspec, out);
            }
            return false;
        }

        private boolean addAppspec(SpecFile file, Appspec appspec, FindingCollector out) {
            Path name = file.path().getFileName();
            if (name == null) {
                return false;
            }
            String fileName = name.toString();
            BundleTree tree;
            String pathInBundle;
            if (memory != null) {
                tree = new MemoryBundle(memory);
                pathInBundle = file.path().toString().replace('\\', '/');
            } else if (options.bundle() != null) {
                Path bundleRoot = options.bundle().toAbsolutePath().normalize();
                Path appspecPath = file.path().toAbsolutePath().normalize();
                tree = new DiskBundle(bundleRoot);
                pathInBundle = appspecPath.startsWith(bundleRoot)
                        ? bundleRoot.relativize(appspecPath).toString().replace('\\', '/') : null;
            } else if (KindDetector.byName(file.path()) == FileKind.APPSPEC) {
                InferredBundle.Inferred inferred = InferredBundle.of(appspec, file.path().toAbsolutePath().normalize());
                int before = out.findings().size();
                ArtifactBundleFinder.Found artifact = inferred.artifact();
                boolean added = check(inferred.context(), file, out, artifact == null ? null
                        : new AppspecNeeds.BundleArtifact(artifact.file(), artifact.definition().path()));
                InferredBundle.soften(inferred, out.findings(), before);
                return added;
            } else {
                return false;
            }
            return check(new BundleContext(appspec, tree, fileName, pathInBundle), file, out, null);
        }

        private boolean check(BundleContext context, SpecFile file, FindingCollector out,
                           AppspecNeeds.BundleArtifact bundleFrom) {
            Appspec appspec = context.appspec();
            bundleRules.check(context, out);
            if (appspec.isEc2()) {
                appspecs.add(needs(context, file, bundleFrom));
                return true;
            }
            return false;
        }

        private Path folderOf(Path file) {
            if (memory != null) {
                return Path.of("");
            }
            Path parent = file.toAbsolutePath().normalize().getParent();
            return parent != null ? parent : Path.of("").toAbsolutePath();
        }

        private AppspecNeeds needs(BundleContext context, SpecFile file, AppspecNeeds.BundleArtifact bundleFrom) {
            Map<String, AppspecNeeds.Need> needs = new LinkedHashMap<>();
            List<AppspecNeeds.MissingSource> missing = new ArrayList<>();
            Set<String> absent = new HashSet<>();
            for (BundleContext.ScriptFile script : context.scripts()) {
                if (script.path() != null && script.kind() == BundleTree.Kind.MISSING) {
                    absent.add(script.path());
                }
                if (script.path() != null) {
                    needs.putIfAbsent(script.path(), new AppspecNeeds.Need(script.path(), AppspecNeeds.NeedKind.FILE,
                            "script of " + script.script().eventName()));
                }
            }
            for (BundleContext.SourceFile source : context.sources()) {
                if (source.path() == null || source.path().isEmpty()) {
                    continue;
                }
                AppspecNeeds.NeedKind kind = source.kind() == BundleTree.Kind.DIRECTORY ? AppspecNeeds.NeedKind.FOLDER
                        : source.kind() == BundleTree.Kind.FILE ? AppspecNeeds.NeedKind.FILE
                        : AppspecNeeds.NeedKind.EITHER;
                needs.putIfAbsent(source.path(), new AppspecNeeds.Need(source.path(), kind, "files source"));
                if (source.kind() == BundleTree.Kind.MISSING) {
                    absent.add(source.path());
                    missing.add(new AppspecNeeds.MissingSource(source.source().start(), source.source().value(),
                            source.path()));
                }
            }
            return new AppspecNeeds(file.displayPath(), folderOf(file.path()), context.fileName(),
                    List.copyOf(needs.values()), missing, bundleFrom, Set.copyOf(absent), inFolder(absent, file));
        }

        /** The absent paths that are in the AppSpec's own folder on disk. */
        private Set<String> inFolder(Set<String> absent, SpecFile file) {
            if (memory != null || absent.isEmpty()) {
                return Set.of();
            }
            DiskBundle folder = new DiskBundle(folderOf(file.path()));
            Set<String> found = new HashSet<>();
            for (String path : absent) {
                if (folder.kind(path) != BundleTree.Kind.MISSING) {
                    found.add(path);
                }
            }
            return Set.copyOf(found);
        }

        /**
         * An AppSpec settles once every folder from the file system's root down to its own is closed: every
         * buildspec it pairs with has been seen. A buildspec goes once its folder is finished and no AppSpec
         * that has not settled lies in it or below it: no AppSpec can pair with it any more. Only called
         * between batches, when no file is being added.
         */
        @Override
        public Settled settle(SpecSource source) {
            if (memory != null) {
                return Settled.NOTHING; // a rule's example: its bundle is all there at once, and small
            }
            List<Finding> findings = new ArrayList<>();
            List<String> released = new ArrayList<>();
            Map<Path, Boolean> closedDown = new HashMap<>();
            synchronized (appspecs) {
                appspecs.removeIf(appspec -> {
                    if (!closedDown(appspec.folder(), source, closedDown)) {
                        return false;
                    }
                    findings.addAll(pair(appspec));
                    released.add(appspec.display());
                    return true;
                });
            }
            synchronized (buildspecs) {
                if (!buildspecs.isEmpty() || !rootsByFolder.isEmpty()) {
                    Set<Path> waitedFor = foldersAboveAppspecs();
                    Map<Path, Boolean> gone = new HashMap<>();
                    Predicate<Path> goes = folder -> gone.computeIfAbsent(folder,
                            f -> !waitedFor.contains(f) && source.finished(f));
                    buildspecs.removeIf(buildspec -> {
                        if (!goes.test(buildspec.folder())) {
                            return false;
                        }
                        released.add(buildspec.display());
                        return true;
                    });
                    rootsByFolder.keySet().removeIf(goes);
                }
            }
            return new Settled(findings, released);
        }

        /** True when {@code folder} and every folder above it are closed, remembered per folder in {@code known}. */
        private boolean closedDown(Path folder, SpecSource source, Map<Path, Boolean> known) {
            if (folder == null) {
                return true;
            }
            Boolean closed = known.get(folder);
            if (closed == null) {
                closed = closedDown(folder.getParent(), source, known) && source.closed(folder);
                known.put(folder, closed);
            }
            return closed;
        }

        /** The folders of the AppSpecs that have not settled, and every folder above them. */
        private Set<Path> foldersAboveAppspecs() {
            Set<Path> folders = new HashSet<>();
            synchronized (appspecs) {
                for (AppspecNeeds appspec : appspecs) {
                    Path folder = appspec.folder();
                    while (folder != null && folders.add(folder)) { // the folders above one already added are in
                        folder = folder.getParent();
                    }
                }
            }
            return folders;
        }

        @Override
        public List<Finding> finish() {
            List<Finding> findings = new ArrayList<>();
            for (AppspecNeeds appspec : appspecs) {
                findings.addAll(pair(appspec));
            }
            return findings;
        }

        /** The pairing rules' findings for an AppSpec and the buildspecs in its folder or above it. */
        private List<Finding> pair(AppspecNeeds appspec) {
            List<Pairing.BuildspecArtifacts> paired = buildspecs.stream()
                    .filter(b -> appspec.folder().startsWith(b.folder()))
                    .toList();
            FindingCollector out = new FindingCollector(appspec.display());
            pairingRules.check(new Pairing(appspec, paired), out);
            return out.findings();
        }
    }
}
