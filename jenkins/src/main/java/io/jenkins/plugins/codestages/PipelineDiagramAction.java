package io.jenkins.plugins.codestages;

import hudson.model.Item;
import hudson.model.Run;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

/**
 * The pipeline diagram on a build: a summary line on the run page ({@code summary.jelly}), a page with
 * the diagram and the findings ({@code index.jelly}), and the SVG itself from the build folder, served
 * only to users who may read the job, as {@code image/svg+xml} with a Content-Security-Policy that
 * forbids scripts. Saved in build.xml with plugin classes of JDK fields only.
 */
public class PipelineDiagramAction implements RunAction2 {

    /** Where the step stores the SVG: this folder of the build's folder, this file name. */
    static final String SVG_FOLDER = "codestages";
    static final String SVG_NAME = "pipeline.svg";

    /** Even if an SVG carried a script or a link, a browser opening it directly runs and loads nothing. */
    static final String SVG_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

    private final String pipeline;
    private final boolean diagram;
    private final List<FindingRow> findings;
    private final int omitted;
    private final int errors;
    private final int warnings;
    private final int infos;

    private transient Run<?, ?> run;

    PipelineDiagramAction(String pipeline, boolean diagram, List<FindingRow> findings, int omitted, int errors,
                          int warnings, int infos) {
        this.pipeline = pipeline;
        this.diagram = diagram;
        this.findings = new ArrayList<>(findings);
        this.omitted = omitted;
        this.errors = errors;
        this.warnings = warnings;
        this.infos = infos;
    }

    @Override
    public String getIconFileName() {
        return "symbol-project-relationship";
    }

    @Override
    public String getDisplayName() {
        return "Pipeline diagram";
    }

    @Override
    public String getUrlName() {
        return "codestages";
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** What was drawn: a file in the workspace, or the workspace's implicit pipeline. */
    public String getPipeline() {
        return pipeline;
    }

    public boolean isDiagram() {
        return diagram;
    }

    public List<FindingRow> getFindings() {
        return Collections.unmodifiableList(findings);
    }

    public int getOmitted() {
        return omitted;
    }

    public int getErrors() {
        return errors;
    }

    public int getWarnings() {
        return warnings;
    }

    public int getInfos() {
        return infos;
    }

    /** {@code <run>/codestages/svg}: the diagram, for the page's {@code <img>} (where no script ever runs). */
    @GET
    public void doSvg(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        run.checkPermission(Item.READ);
        File svg = new File(new File(run.getRootDir(), SVG_FOLDER), SVG_NAME);
        if (!diagram || !svg.isFile()) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setContentType("image/svg+xml;charset=UTF-8");
        rsp.setHeader("Content-Security-Policy", SVG_POLICY);
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setContentLengthLong(svg.length());
        Files.copy(svg.toPath(), rsp.getOutputStream());
    }
}
